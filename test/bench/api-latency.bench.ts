import { randomUUID } from 'node:crypto';
import { GetCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { SHIPPED_BANK_HOLIDAYS } from '../../domain/calendar/bank-holidays.js';
import { acknowledge, logComplaint } from '../../domain/complaint/lifecycle.js';
import { auditEvent } from '../../domain/complaint/audit-event.js';
import { landlordPolicy, DEFAULT_SETTINGS } from '../../domain/landlord/settings.js';
import { createDocumentClient } from '../../functions/adapters/dynamodb-client.js';
import { complaintItem } from '../../functions/adapters/complaint-item.js';
import { keys } from '../../functions/adapters/table-design.js';
import { DEFAULT_LOCAL_JWT_SECRET, signLocalToken } from '../../infra/local/local-jwt.js';
import { startLocalStack } from '../../infra/local/local-stack.js';
import { row, timeInterleaved } from './stats.js';

const N = Number(process.env.BENCH_N ?? 300);
const WARMUP = 50;

/**
 * POST /v1/complaints and an acknowledge, over HTTP through the local stack (gateway bridge, JWT,
 * middy, zod, domain, DynamoDB Local), against a bare TransactWriteItems of the same items on the
 * same DynamoDB Local in the same run.
 */
export async function apiLatencyBench(): Promise<string[]> {
  const stack = await startLocalStack({ port: 0, jwtSecret: DEFAULT_LOCAL_JWT_SECRET, tableName: 'bench' });
  const db = createDocumentClient(stack.dynamoEndpoint);
  try {
    const landlordId = `bench-${randomUUID().slice(0, 6)}`;
    const token = await signLocalToken(DEFAULT_LOCAL_JWT_SECRET, { sub: 'bench', landlordId, roles: ['admin', 'officer'] });
    const send = async (method: string, path: string, body: unknown) => {
      const response = await fetch(`${stack.apiUrl}${path}`, {
        method,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      const json = (await response.json()) as { id: string };
      if (response.status >= 300) throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(json)}`);
      return json;
    };
    const settings = {
      name: 'Bench Homes',
      homes: 5000,
      division: 'england-and-wales',
      timeZone: 'Europe/London',
      complaintsOfficerEmail: 'officer@bench.example',
      inboundAddresses: ['complaints@bench.example'],
    };
    await send('PUT', '/v1/landlord', settings);
    await send('PUT', '/v1/staff/h1', { name: 'Handler', email: 'h1@bench.example' });
    const complaintBody = { channel: 'web', resident: { name: 'Bench Resident', email: 'r@bench.example' }, description: 'The boiler has failed twice this month.' };
    const ackBody = { handlerId: 'h1', definition: { understanding: 'Boiler failures', outcomesSought: ['A working boiler'], notResponsibleFor: [], excludedParts: [] } };


    // The baseline: the same items the API commits, prebuilt, sent bare.
    const policy = landlordPolicy({ ...DEFAULT_SETTINGS, ...settings } as typeof DEFAULT_SETTINGS, SHIPPED_BANK_HOLIDAYS);
    const ctx = { now: new Date(), actor: { userId: 'bench', roles: ['officer'] }, policy };
    const settingsCheck = {
      ConditionCheck: {
        TableName: 'bench',
        Key: { PK: keys.landlord(landlordId), SK: keys.settingsSk },
        ConditionExpression: '#version = :v',
        ExpressionAttributeNames: { '#version': 'version' },
        ExpressionAttributeValues: { ':v': 1 },
      },
    };
    const baseLandlord = `${landlordId}-base`;
    const logged = Array.from({ length: 3 * N + WARMUP }, (_, i) =>
      logComplaint(complaintBody as Parameters<typeof logComplaint>[0], { id: randomUUID(), reference: `CMP-2026-${String(i + 1).padStart(6, '0')}`, landlordId: baseLandlord }, ctx),
    );
    const createItems = (i: number) => {
      const { complaint, event } = logged[i]!;
      return [
        settingsCheck,
        { Put: { TableName: 'bench', Item: complaintItem(complaint), ConditionExpression: 'attribute_not_exists(PK)' } },
        {
          Put: {
            TableName: 'bench',
            Item: { PK: keys.landlord(baseLandlord), SK: keys.referenceSk(complaint.reference), entity: 'reference', complaintId: complaint.id },
            ConditionExpression: 'attribute_not_exists(PK)',
          },
        },
        { Put: { TableName: 'bench', Item: { PK: keys.complaint(baseLandlord, complaint.id), SK: keys.eventSk(event.seq), ...event }, ConditionExpression: 'attribute_not_exists(PK)' } },
        {
          Update: {
            TableName: 'bench',
            Key: { PK: keys.landlord(baseLandlord), SK: keys.counterSk(2026) },
            UpdateExpression: 'SET #seq = :next',
            ConditionExpression: i === 0 ? 'attribute_not_exists(#seq)' : '#seq = :previous',
            ExpressionAttributeNames: { '#seq': 'seq' },
            ExpressionAttributeValues: { ':next': i + 1, ...(i > 0 && { ':previous': i }) },
          },
        },
      ];
    };
    const bare = (TransactItems: unknown[]) => db.send(new TransactWriteCommand({ TransactItems } as never));
    for (let i = 0; i < WARMUP; i += 1) {
      await send('POST', '/v1/complaints', complaintBody);
      await bare(createItems(i));
    }
    const [createApi, createBase] = await timeInterleaved(N, () => send('POST', '/v1/complaints', complaintBody), (i) => bare(createItems(WARMUP + i)));
    const ids: string[] = [];
    for (let i = 0; i < N; i += 1) {
      ids.push((await send('POST', '/v1/complaints', complaintBody)).id);
      await bare(createItems(WARMUP + N + i));
    }
    for (let i = 0; i < N; i += 1) await bare(createItems(WARMUP + 2 * N + i)); // the counter moves in order

    const ackItems = (i: number) => {
      const before = logged[WARMUP + N + i]!.complaint;
      const { complaint } = acknowledge(before, ackBody as Parameters<typeof acknowledge>[1], ctx);
      const event = auditEvent('acknowledged', before, complaint, ctx.actor);
      return [
        settingsCheck,
        {
          ConditionCheck: {
            TableName: 'bench',
            Key: { PK: keys.landlord(landlordId), SK: keys.staffSk('h1') },
            ConditionExpression: '#active = :true',
            ExpressionAttributeNames: { '#active': 'active' },
            ExpressionAttributeValues: { ':true': true },
          },
        },
        {
          Put: {
            TableName: 'bench',
            Item: complaintItem(complaint),
            ConditionExpression: '#version = :expected',
            ExpressionAttributeNames: { '#version': 'version' },
            ExpressionAttributeValues: { ':expected': before.version },
          },
        },
        { Put: { TableName: 'bench', Item: { PK: keys.complaint(baseLandlord, complaint.id), SK: keys.eventSk(event.seq), ...event }, ConditionExpression: 'attribute_not_exists(PK)' } },
      ];
    };
    const prebuilt = Array.from({ length: 2 * N }, (_, i) => ackItems(i));
    const readThenWrite = async (i: number) => {
      const id = logged[WARMUP + 2 * N + i]!.complaint.id;
      await db.send(new GetCommand({ TableName: 'bench', Key: { PK: keys.complaint(baseLandlord, id), SK: keys.complaintSk }, ConsistentRead: true }));
      await bare(prebuilt[N + i]!);
    };
    const [ackApi, ackBase, ackReadBase] = await timeInterleaved(
      N,
      (i) => send('POST', `/v1/complaints/${ids[i]}/acknowledge`, ackBody),
      (i) => bare(prebuilt[i]!),
      readThenWrite,
    );

    return [
      `API latency: ${N} requests, each alternated with its bare baseline, after ${WARMUP} warm-up (local stack, DynamoDB Local in memory)`,
      row('bare TransactWriteItems (5 items, as create)', createBase!),
      row('POST /v1/complaints over HTTP', createApi!, createBase),
      row('bare TransactWriteItems (4 items, as acknowledge)', ackBase!),
      row('POST .../acknowledge over HTTP', ackApi!, ackBase),
      row('bare GetItem + the same TransactWriteItems', ackReadBase!),
      row('POST .../acknowledge vs bare GetItem + transact', ackApi!, ackReadBase),
    ];
  } finally {
    db.destroy();
    await stack.stop();
  }
}
