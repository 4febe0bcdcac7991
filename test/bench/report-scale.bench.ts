import { randomUUID } from 'node:crypto';
import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { APIGatewayProxyEventV2WithJWTAuthorizer, Context } from 'aws-lambda';
import fc from 'fast-check';
import { SHIPPED_BANK_HOLIDAYS } from '../../domain/calendar/bank-holidays.js';
import { contributions } from '../../domain/reports/aggregates.js';
import { listedEntries } from '../../domain/reports/details.js';
import { entrySk } from '../../functions/adapters/dynamodb-report-aggregates.adapter.js';
import { createDocumentClient } from '../../functions/adapters/dynamodb-client.js';
import { reportKeys } from '../../functions/adapters/table-design.js';
import { createHttpApi } from '../../functions/http-api/app.js';
import { createReportsApi } from '../../functions/reports/app.js';
import { routedAsGateway } from '../../infra/local/api-gateway-bridge.js';
import { composeReports } from '../../functions/report-aggregates/compose.js';
import { composeCore } from '../../functions/shared/compose.js';
import { ensureTable, startDynamoDbLocal } from '../../infra/local/dynamodb-local.js';
import { runScript, script } from '../support/random-history.js';
import { percentile, row, timeInterleaved } from './stats.js';

const TEMPLATES = 2000;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 20);
const TZ = 'Europe/London';

/**
 * The annual report's time at 10,000 and at 100,000 complaints in the landlord's year, on DynamoDB Local,
 * with the governance report's beside it. The aggregate items are seeded directly as the consumer would
 * have left them: day counters summed from complaints made by the real lifecycle (2,000 random histories,
 * each standing for N/2,000 complaints), and one listed entry per improvement or Ombudsman order of every
 * complaint, as many as N makes.
 */
export async function reportScaleBench(): Promise<string[]> {
  const dynamo = await startDynamoDbLocal();
  const tableName = 'bench-reports';
  try {
    await ensureTable(dynamo.endpoint, tableName);
    const db = createDocumentClient(dynamo.endpoint);
    const core = composeCore({ db, tableName, clock: { now: () => new Date('2026-06-01T10:00:00Z') }, holidays: SHIPPED_BANK_HOLIDAYS, defaultFromAddress: 'b@bench.example' });
    const handler = routedAsGateway(createHttpApi({ ...core, releaser: { release: async () => undefined } as never }), { reports: createReportsApi({ ...core, ...composeReports(db, tableName, core.landlords) }) });
    const call = async (method: string, path: string, landlordId: string, body?: unknown) => {
      const url = new URL(path, 'http://local');
      const event = {
        version: '2.0',
        rawPath: url.pathname,
        rawQueryString: url.search.slice(1),
        headers: { 'content-type': 'application/json' },
        ...(url.search && { queryStringParameters: Object.fromEntries(url.searchParams) }),
        requestContext: { requestId: randomUUID(), http: { method, path: url.pathname }, authorizer: { jwt: { claims: { sub: 'bench', landlord_id: landlordId, roles: ['admin'] }, scopes: [] } } },
        body: body === undefined ? undefined : JSON.stringify(body),
        isBase64Encoded: false,
      } as unknown as APIGatewayProxyEventV2WithJWTAuthorizer;
      const result = await handler(event, { awsRequestId: randomUUID(), getRemainingTimeInMillis: () => 30_000 } as Context);
      if ((result.statusCode ?? 200) >= 300) throw new Error(`${method} ${path}: ${result.statusCode} ${result.body}`);
      return result;
    };

    const templates = fc.sample(script, { numRuns: TEMPLATES, seed: 42 }).map((s, i) => runScript(s, `t${i}`).at(-1)!);
    const seed = async (landlordId: string, complaints: number): Promise<number> => {
      await call('PUT', '/v1/landlord', landlordId, {
        name: 'Bench Homes', homes: 10000, division: 'england-and-wales', timeZone: TZ, complaintsOfficerEmail: 'o@bench.example', inboundAddresses: [`in-${landlordId}@bench.example`],
        homesByTenure: [{ asOf: '2026-03-31', lowCostRental: 40000, lowCostHomeOwnership: 3000 }],
      });
      const days = new Map<string, Record<string, number>>();
      const details: Record<string, unknown>[] = [];
      templates.forEach((template, t) => {
        const copies = Math.floor(complaints / TEMPLATES) + (t < complaints % TEMPLATES ? 1 : 0);
        for (const { day, key, value } of contributions(template, { timeZone: TZ })) {
          const counters = days.get(day) ?? {};
          counters[`c:${key}`] = (counters[`c:${key}`] ?? 0) + value * copies;
          days.set(day, counters);
        }
        for (const entry of listedEntries(template, TZ)) {
          for (let copy = 0; copy < copies; copy += 1) {
            const copied = { ...entry, id: `${t}-${copy}#${entry.id}` };
            details.push({ PK: reportKeys.aggregatePk(landlordId), SK: entrySk(copied), entity: 'report_entry', kind: entry.kind, item: entry.item });
          }
        }
      });
      const items = [...[...days.entries()].map(([day, counters]) => ({ PK: reportKeys.aggregatePk(landlordId), SK: reportKeys.daySk(day), entity: 'report_day', ...counters })), ...details];
      for (let start = 0; start < items.length; start += 25) {
        await db.send(new BatchWriteCommand({ RequestItems: { [tableName]: items.slice(start, start + 25).map((Item) => ({ PutRequest: { Item } })) } }));
      }
      return details.length;
    };
    const small = `bench-10k-${randomUUID().slice(0, 6)}`;
    const large = `bench-100k-${randomUUID().slice(0, 6)}`;
    const detailsSmall = await seed(small, 10_000);
    const detailsLarge = await seed(large, 100_000);
    const annual = (landlordId: string) => () => call('GET', '/v1/reports/annual?year=2025', landlordId);
    for (let i = 0; i < 3; i += 1) await Promise.all([annual(small)(), annual(large)()]); // warm-up
    const tsm = (landlordId: string) => () => call('GET', '/v1/reports/tsm?from=2025-04-01&to=2026-03-31', landlordId);
    const governance = (landlordId: string) => () => call('GET', '/v1/reports/governance?from=2026-01-01&to=2026-03-31', landlordId);
    const [at10k, at100k, tsm10k, tsm100k, gov10k, gov100k] = await timeInterleaved(ROUNDS, annual(small), annual(large), tsm(small), tsm(large), governance(small), governance(large));
    const govRatio = percentile(gov100k!, 50) / percentile(gov10k!, 50);
    const ratio = percentile(at100k!, 50) / percentile(at10k!, 50);
    return [
      `Annual report (GET /v1/reports/annual?year=2025, in process) on DynamoDB Local, ${ROUNDS} interleaved rounds`,
      row(`10,000 complaints (${detailsSmall} listed entries)`, at10k!),
      row(`100,000 complaints (${detailsLarge} listed entries)`, at100k!, at10k!),
      `  ratio 100k / 10k at p50: ${ratio.toFixed(2)} (target <= 1.2) ${ratio <= 1.2 ? 'MET' : 'NOT MET'}`,
      'TSM for the same year (day counters only, no details items)',
      row('10,000 complaints', tsm10k!),
      row('100,000 complaints', tsm100k!, tsm10k!),
      'Governance for a quarter (counters, one page of each list, overdue complaints from the sparse indexes; none seeded here)',
      row('10,000 complaints', gov10k!),
      row('100,000 complaints', gov100k!, gov10k!),
      `  ratio 100k / 10k at p50: ${govRatio.toFixed(2)}`,
    ];
  } finally {
    await dynamo.stop();
  }
}
