import { randomUUID } from 'node:crypto';
import { GetCommand, TransactWriteCommand, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import { createDocumentClient } from '../../functions/adapters/dynamodb-client.js';
import { keys } from '../../functions/adapters/table-design.js';
import { DEFAULT_LOCAL_JWT_SECRET, signLocalToken } from '../../infra/local/local-jwt.js';
import { startLocalStack } from '../../infra/local/local-stack.js';
import { row, timeInterleaved } from './stats.js';

const N = Number(process.env.BENCH_N ?? 300);
const WARMUP = 50;

/**
 * POST /v1/complaints and an acknowledge over HTTP through the local stack (gateway bridge, JWT,
 * middy, zod, domain, DynamoDB Local), against a bare TransactWriteItems of exactly the items the API
 * just committed (complaint, event, reference, counter, settings and staff checks, letters and
 * schedule moves), replayed under a mirror landlord on the same DynamoDB Local, request by request.
 */
export async function apiLatencyBench(): Promise<string[]> {
  // The outbox is not swept during the run: dispatching would load the store under one side only.
  const stack = await startLocalStack({ port: 0, jwtSecret: DEFAULT_LOCAL_JWT_SECRET, tableName: 'bench', sweepIntervalMs: 3_600_000 });
  const bare = createDocumentClient(stack.dynamoEndpoint);
  try {
    const landlordId = `bench-${randomUUID().slice(0, 8)}`;
    const mirror = `mirror-${randomUUID().slice(0, 8)}`;
    let committed: TransactWriteCommandInput | undefined;
    stack.db.middlewareStack.add(
      (next, context) => async (args) => {
        if (context.commandName === 'TransactWriteItemsCommand') committed = structuredClone((args as { input: TransactWriteCommandInput }).input);
        return next(args);
      },
      { step: 'initialize', name: 'bench-capture' },
    );
    /** The last transaction the API committed, moved to the mirror landlord. */
    const replay = async () => {
      const input = JSON.parse(JSON.stringify(committed).replaceAll(landlordId, mirror)) as TransactWriteCommandInput;
      await bare.send(new TransactWriteCommand(input));
    };

    const api = async (caller: string, method: string, path: string, body: unknown) => {
      const token = await signLocalToken(DEFAULT_LOCAL_JWT_SECRET, { sub: 'bench', landlordId: caller, roles: ['admin', 'officer'] });
      return async () => {
        const response = await fetch(`${stack.apiUrl}${path}`, {
          method,
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });
        const json = (await response.json()) as { id: string };
        if (response.status >= 300) throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(json)}`);
        return json;
      };
    };
    const settings = (address: string) => ({
      name: 'Bench Homes',
      homes: 5000,
      division: 'england-and-wales',
      timeZone: 'Europe/London',
      complaintsOfficerEmail: 'officer@bench.example',
      inboundAddresses: [address],
    });
    // Both landlords get the same settings and staff, so the replayed conditions hold.
    for (const [who, address] of [[landlordId, 'in@bench.example'], [mirror, 'in@mirror.example']] as const) {
      await (await api(who, 'PUT', '/v1/landlord', settings(address)))();
      await (await api(who, 'PUT', '/v1/staff/h1', { name: 'Handler', email: 'h1@bench.example' }))();
    }
    const complaintBody = { channel: 'web', resident: { name: 'Bench Resident', email: 'r@bench.example' }, description: 'The boiler has failed twice this month.' };
    const ackBody = { handlerId: 'h1', definition: { understanding: 'Boiler failures', outcomesSought: ['A working boiler'] } };
    const create = await api(landlordId, 'POST', '/v1/complaints', complaintBody);

    // A process's first create allocates its reference with an atomic ADD outside the transaction;
    // give the mirror its own first complaint the same way, so later counter moves replay as they are.
    await create();
    await (await api(mirror, 'POST', '/v1/complaints', complaintBody))();
    for (let i = 0; i < WARMUP; i += 1) {
      await create();
      await replay();
    }
    const [createApi, createBase] = await timeInterleaved(N, () => create(), () => replay());

    const ids: string[] = [];
    for (let i = 0; i < N; i += 1) {
      ids.push((await create()).id);
      await replay();
    }
    const acknowledges = await Promise.all(ids.map((id) => api(landlordId, 'POST', `/v1/complaints/${id}/acknowledge`, ackBody)));
    let items = 0;
    const [ackApi, ackBase, ackReadBase] = await timeInterleaved(
      N,
      (i) => acknowledges[i]!(),
      async () => {
        items = committed!.TransactItems!.length;
        await replay();
      },
      // The same transaction's size, preceded by the GetItem a transition needs (the complaint's state).
      async (i) => {
        await bare.send(new GetCommand({ TableName: 'bench', Key: { PK: keys.complaint(mirror, ids[i]!), SK: keys.complaintSk }, ConsistentRead: true }));
      },
    );
    const readThenWrite = ackBase!.map((ms, i) => ms + ackReadBase![i]!);

    return [
      `API latency: ${N} requests, each followed by a bare replay of the transaction it committed, after ${WARMUP} warm-up (local stack, DynamoDB Local in memory)`,
      row('bare TransactWriteItems, as a create commits', createBase!),
      row('POST /v1/complaints over HTTP', createApi!, createBase),
      row(`bare TransactWriteItems, as an acknowledge commits (${items} items)`, ackBase!),
      row('POST .../acknowledge over HTTP', ackApi!, ackBase),
      row('bare GetItem + that TransactWriteItems', readThenWrite),
      row('POST .../acknowledge vs bare GetItem + transact', ackApi!, readThenWrite),
    ];
  } finally {
    bare.destroy();
    await stack.stop();
  }
}
