import { request } from 'node:http';
import { DEFAULT_LOCAL_JWT_SECRET, signLocalToken } from '../../infra/local/local-jwt.js';
import { startLocalStack } from '../../infra/local/local-stack.js';
import { fuzzApi, seedFuzzTarget, type Send } from '../support/api-fuzz.js';

const N = Number(process.env.FUZZ_N ?? 5_000);

/**
 * The fuzzer `npm test` runs (test/integration/api-fuzz.test.ts), longer and over HTTP through the
 * local stack (gateway bridge and its authorizer included), with a fresh seed each run unless
 * FUZZ_SEED is set: the seed is printed so a failure can be replayed.
 */
export async function fuzzBench(): Promise<string[]> {
  const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
  const stack = await startLocalStack({ port: 0, jwtSecret: DEFAULT_LOCAL_JWT_SECRET, tableName: 'fuzz', sweepIntervalMs: 3_600_000 });
  try {
    const token = await signLocalToken(DEFAULT_LOCAL_JWT_SECRET, { sub: 'fuzz', landlordId: `fuzz-${seed}`, roles: ['viewer', 'handler', 'officer', 'admin'] });
    const { hostname, port } = new URL(stack.apiUrl);
    // node:http rather than fetch: the fuzzer sends bodies on GET routes too, which fetch refuses to.
    const send: Send = (fuzzRequest) =>
      new Promise((answered, failed) => {
        const outgoing = request(
          {
            hostname,
            port,
            method: fuzzRequest.method,
            path: fuzzRequest.path,
            headers: {
              ...fuzzRequest.headers,
              authorization: `Bearer ${token}`,
              // As curl and browsers send it; Node's server refuses a chunked GET body.
              ...(fuzzRequest.body !== undefined && { 'content-length': String(Buffer.byteLength(fuzzRequest.body)) }),
            },
          },
          (response) => {
            const chunks: Buffer[] = [];
            response.on('data', (chunk: Buffer) => chunks.push(chunk));
            response.on('end', () => {
              const text = Buffer.concat(chunks).toString('utf8');
              let body: unknown = text;
              try {
                body = JSON.parse(text);
              } catch {
                // not JSON: judged as it is
              }
              answered({ status: response.statusCode ?? 0, body });
            });
          },
        );
        outgoing.on('error', failed);
        outgoing.end(fuzzRequest.body);
      });
    const known = await seedFuzzTarget(send);
    const document = (await send({ method: 'GET', path: '/v1/openapi.json', headers: {}, expect: 'any', note: 'document' })).body as Parameters<typeof fuzzApi>[1];
    const started = performance.now();
    const { requests, failures, operations } = await fuzzApi(send, document, known, { seed, numRuns: N });
    const seconds = (performance.now() - started) / 1000;
    return [
      `API fuzz over HTTP: seed ${seed} (FUZZ_SEED=${seed} replays it), ${operations} operations`,
      `  requests sent   ${requests} in ${seconds.toFixed(1)} s (${(requests / seconds).toFixed(0)}/s)`,
      `  failures found  ${failures.length}`,
      ...failures.slice(0, 20).map((failure) => `  - ${failure.problem}: ${failure.request.method} ${failure.request.path} (${failure.request.note}) -> ${failure.status} ${failure.answer}`),
      ...(failures.length > 20 ? [`  ... and ${failures.length - 20} more`] : []),
    ];
  } finally {
    await stack.stop();
  }
}
