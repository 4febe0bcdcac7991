import { describe, expect, it } from 'vitest';
import { fuzzApi, seedFuzzTarget, type Send } from '../support/api-fuzz.js';
import { isolatedHarness, newLandlordId } from '../support/api-harness.js';

/** Bounded for `npm test`; `npm run bench -- fuzz` runs the same fuzzer longer, over HTTP. */
const SEED = 20_261_102;
const REQUESTS = 600;

describe('bad input on every route (fast-check over the OpenAPI document)', () => {
  it(`${REQUESTS} requests, seed ${SEED}: no 5xx, no 2xx for invalid input, every 4xx in the error shape`, async () => {
    // A table of its own: the fuzzer saves settings and inbound addresses no other test should meet.
    const { call } = await isolatedHarness('2026-11-02T10:00:00Z');
    const caller = { sub: 'fuzz-user', landlordId: newLandlordId(), roles: ['viewer', 'handler', 'officer', 'admin'] };
    const send: Send = async (request) => {
      const answer = await call(request.method, request.path, { caller, headers: request.headers, ...(request.body !== undefined && { rawBody: request.body }) });
      return { status: answer.status, body: answer.body };
    };
    const known = await seedFuzzTarget(send);
    const document = (await call('GET', '/v1/openapi.json')).body;
    const { requests, failures, operations } = await fuzzApi(send, document, known, { seed: SEED, numRuns: REQUESTS });
    expect(operations).toBe(Object.values(document.paths).flatMap((methods) => Object.keys(methods as object)).length);
    expect(requests).toBeGreaterThanOrEqual(REQUESTS);
    expect(failures).toEqual([]);
  }, 60_000);
});
