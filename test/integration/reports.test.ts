import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { marshall } from '@aws-sdk/util-dynamodb';
import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { APIGatewayProxyEventV2WithJWTAuthorizer, Context, DynamoDBRecord } from 'aws-lambda';
import { beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { inject } from 'vitest';
import { SHIPPED_BANK_HOLIDAYS } from '../../domain/calendar/bank-holidays.js';
import { addDays, dateInZone, type PlainDate } from '../../domain/calendar/plain-date.js';
import type { Complaint } from '../../domain/complaint/complaint.js';
import { DEFAULT_CATEGORIES } from '../../domain/landlord/report-settings.js';
import { createDocumentClient } from '../../functions/adapters/dynamodb-client.js';
import { complaintItem } from '../../functions/adapters/complaint-item.js';
import { queryAll } from '../../functions/adapters/dynamodb-query-all.js';
import { reportKeys } from '../../functions/adapters/table-design.js';
import { createHttpApi } from '../../functions/http-api/app.js';
import { createReportsApi } from '../../functions/reports/app.js';
import { routedAsGateway } from '../../infra/local/api-gateway-bridge.js';
import { InboundIntake } from '../../functions/inbound-email/inbound-intake.js';
import { aggregatingAfterCommit } from '../../functions/report-aggregates/after-commit.js';
import { composeReports } from '../../functions/report-aggregates/compose.js';
import { applyStreamRecords } from '../../functions/report-aggregates/report-aggregates.js';
import { composeCore } from '../../functions/shared/compose.js';
import { FileBlobStore } from '../../infra/local/file-blob-store.js';
import { assertMatchesContract, seedLandlord, type Answer, type Caller } from '../support/api-harness.js';
import { figuresOf, oracleFigures } from '../support/reports-oracle.js';
import { dynamoEndpoint } from '../support/dynamodb-endpoint.js';

/**
 * A realistic mixed year driven through the API, with report counters kept after each commit by the stream
 * consumer's code, then every report figure compared with the records recomputed by the oracle.
 */

const TZ = 'Europe/London';
const COMPLAINTS = 250;
const CONCURRENCY = 20;
const homesByTenure = [
  { asOf: '2025-03-31', lowCostRental: 4000, lowCostHomeOwnership: 300 },
  { asOf: '2026-03-31', lowCostRental: 4100, lowCostHomeOwnership: 320 },
];

/**
 * The harness clock, moved per complaint: each complaint's story runs on its own timeline (its steps in
 * order of their days), so many stories can run at once while each sees the date its step happened on.
 */
class StoryClock {
  private readonly timeline = new AsyncLocalStorage<{ now: Date }>();
  constructor(private base: Date) {}
  now = (): Date => this.timeline.getStore()?.now ?? this.base;
  set(iso: string): void {
    const story = this.timeline.getStore();
    if (story) story.now = new Date(iso);
    else this.base = new Date(iso);
  }
  story<T>(run: () => Promise<T>): Promise<T> {
    return this.timeline.run({ now: this.base }, run);
  }
}

function reportsHarness(startAt: string) {
  const tableName = inject('tableName');
  const db = createDocumentClient(dynamoEndpoint());
  const clock = new StoryClock(new Date(startAt));
  const base = composeCore({ db, tableName, clock, holidays: SHIPPED_BANK_HOLIDAYS, defaultFromAddress: 'complaints@test.example' });
  const reports = composeReports(db, tableName, base.landlords);
  const commits: Complaint[] = [];
  const complaints = aggregatingAfterCommit(
    base.complaints,
    {
      apply: async (complaint) => {
        commits.push(complaint);
        return reports.aggregates.apply(complaint);
      },
    },
    (error) => {
      throw error;
    },
  );
  const core = { ...base, complaints };
  const intake = new InboundIntake({ ...core, blobs: new FileBlobStore(mkdtempSync(join(tmpdir(), 'reports-blobs-'))) });
  const handler = routedAsGateway(createHttpApi({ ...core, releaser: intake }), { reports: createReportsApi({ ...core, ...reports }) });
  async function call(method: string, path: string, options: { caller: Caller; body?: unknown; accept?: string }): Promise<Answer & { text: string }> {
    const url = new URL(path, 'http://local');
    const query = Object.fromEntries(url.searchParams);
    const event = {
      version: '2.0',
      routeKey: '$default',
      rawPath: url.pathname,
      rawQueryString: url.search.slice(1),
      headers: { 'content-type': 'application/json', ...(options.accept && { accept: options.accept }) },
      ...(Object.keys(query).length > 0 && { queryStringParameters: query }),
      requestContext: {
        requestId: randomUUID(),
        http: { method, path: url.pathname, protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'vitest' },
        authorizer: { jwt: { claims: { sub: options.caller.sub, landlord_id: options.caller.landlordId, roles: options.caller.roles }, scopes: [] } },
      },
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      isBase64Encoded: false,
    } as unknown as APIGatewayProxyEventV2WithJWTAuthorizer;
    const result = await handler(event, { awsRequestId: randomUUID(), functionName: 'test', getRemainingTimeInMillis: () => 30_000 } as Context);
    const text = result.body ?? '';
    const json = (result.headers?.['content-type'] as string | undefined)?.startsWith('application/json');
    const answer = { status: result.statusCode ?? 200, body: json && text ? JSON.parse(text) : undefined, text, headers: (result.headers ?? {}) as Record<string, string> };
    // Every answer is held to its documented schema (closed objects), so a field the document lacks fails here.
    if (json) assertMatchesContract(method, url.pathname, answer);
    return answer;
  }
  return { call, clock, db, tableName, reports, base, commits };
}

/** A small seeded generator, so a failing year can be replayed. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  return { next, chance: (p: number) => next() < p, pick: <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]! };
}

type Step = { day: PlainDate; run: () => Promise<void> };

async function limited<T>(items: readonly T[], limit: number, each: (item: T) => Promise<void>): Promise<void> {
  let index = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (index < items.length) await each(items[index++]!);
    }),
  );
}

const definition = { understanding: 'The repair was not done', outcomesSought: ['Do the repair'] };


describe('reports over a mixed year driven through the API', () => {
  const h = reportsHarness('2025-04-01T10:00:00Z');
  let landlord: Awaited<ReturnType<typeof seedLandlord>>;
  const ids: string[] = [];
  const failures: string[] = [];

  const expectOk = (what: string, answer: Answer) => {
    if (answer.status >= 300) failures.push(`${what}: ${answer.status} ${JSON.stringify(answer.body)}`);
    return answer;
  };

  beforeAll(async () => {
    landlord = await seedLandlord(h.call as never, { homesByTenure, financialYearStartMonth: 4 });
    const { handler, officer } = landlord;
    const rng = random(11);
    const stories: Step[][] = [];
    let steps: Step[] = [];
    const at = (day: PlainDate, run: () => Promise<void>) => steps.push({ day, run });
    const post = (caller: Caller, id: () => string, path: string, body: unknown = {}) => async () => {
      expectOk(`${path} on ${h.clock.now().toISOString()}`, await h.call('POST', `/v1/complaints/${id()}/${path}`, { caller, body }));
    };
    const complaint = (id: () => string) => h.base.complaints.get(landlord.landlordId, id());

    for (let i = 0; i < COMPLAINTS; i += 1) {
      // Complaints arrive through the year and into the next, so escalations and late steps cross its end.
      const received = addDays('2025-04-01', Math.floor((i * 400) / COMPLAINTS));
      steps = [];
      stories.push(steps);
      let id = '';
      const me = () => id;
      const tenureAtStart = rng.pick(['low_cost_rental', 'low_cost_home_ownership', undefined, 'later'] as const);
      at(received, async () => {
        const created = expectOk('log', await h.call('POST', '/v1/complaints', {
          caller: handler,
          body: {
            channel: rng.pick(['phone', 'email', 'web', 'letter', 'in_person']),
            resident: { name: `Resident ${i}` },
            description: 'The repair was not done',
            category: rng.pick([...DEFAULT_CATEGORIES.slice(0, 5), 'Lifts']),
            ...(tenureAtStart !== undefined && tenureAtStart !== 'later' && { tenure: tenureAtStart }),
            ...(rng.chance(0.1) && { representative: { name: 'A Friend', relationship: 'neighbour' } }),
          },
        }));
        id = created.body?.id ?? '';
        ids.push(id);
      });
      if (rng.chance(0.06)) {
        const ground = rng.pick(['over_12_months', 'legal_proceedings', 'previously_considered']);
        // 2.3: the 12-month ground needs the matter's date on record, over 12 months before receipt.
        if (ground === 'over_12_months') {
          at(addDays(received, 1), async () => {
            expectOk('matter', await h.call('PUT', `/v1/complaints/${me()}/matter`, { caller: handler, body: { arose: addDays(received, -800), basis: 'occurred' } }));
          });
        }
        at(addDays(received, 2), post(handler, me, 'refuse', { ground, explanation: 'Outside the policy' }));
        continue;
      }
      const ackDay = addDays(received, rng.chance(0.12) ? 10 : 2);
      at(ackDay, post(handler, me, 'acknowledge', { handlerId: 'h1', definition }));
      if (tenureAtStart === 'later') at(ackDay, post(officer, me, 'tenure', { tenure: 'low_cost_rental' })); // concurrent with the acknowledgement
      if (rng.chance(0.09)) {
        at(addDays(ackDay, 1), post(handler, me, 'withdraw', {}));
        continue;
      }
      const extended = rng.chance(0.2);
      if (extended) at(addDays(received, 11), post(handler, me, 'extend', { workingDays: 5, reason: 'Waiting for a survey' }));
      const late = rng.chance(0.15);
      const respondDay = addDays(received, late ? 30 : extended ? 17 : 11);
      const decision = rng.pick(['upheld', 'partly_upheld', 'not_upheld']);
      const withRemedy = decision !== 'not_upheld' && rng.chance(0.5);
      const withAction = decision !== 'not_upheld' && rng.chance(0.3);
      at(respondDay, post(handler, me, 'respond', {
        decision,
        reasons: 'Because',
        remedies: withRemedy ? [{ kind: 'financial', description: 'Compensation', amount: 50 + (i % 7) * 25, dueBy: addDays(respondDay, 14) }] : [],
        outstandingActions: withAction ? [{ description: 'Repair the gutter', dueBy: addDays(respondDay, 20) }] : [],
      }));
      if (withRemedy || withAction) {
        const doneDay = addDays(respondDay, rng.chance(0.3) ? 30 : 7);
        at(doneDay, async () => {
          const current = await complaint(me);
          for (const item of [...current!.remedies, ...current!.outstandingActions].filter((x) => x.dueBy && !x.completedAt)) {
            expectOk('complete', await h.call('POST', `/v1/complaints/${id}/actions/${item.id}/complete`, { caller: handler }));
          }
        });
      }
      if (rng.chance(0.15)) {
        const learnDay = addDays(respondDay, 3);
        at(learnDay, post(officer, me, 'learning', { rootCause: 'Contractor missed the job', lessons: 'Check jobs are closed', improvements: [{ description: 'Weekly job audit', owner: 'Repairs lead', dueBy: addDays(learnDay, 30) }] }));
        if (rng.chance(0.6)) {
          at(addDays(learnDay, rng.chance(0.5) ? 20 : 45), async () => {
            const current = await complaint(me);
            const improvement = current!.learning!.improvements[0]!;
            expectOk('improvement', await h.call('POST', `/v1/complaints/${id}/learning/improvements/${improvement.id}/complete`, { caller: officer, body: { evidence: 'Audit running' } }));
          });
        }
      }
      if (rng.chance(0.28)) {
        const requested = addDays(respondDay, 6);
        at(requested, post(officer, me, 'escalate', { requestedAt: `${requested}T09:00:00Z` }));
        if (rng.chance(0.12)) {
          at(addDays(requested, 2), post(officer, me, 'refuse', { ground: 'previously_considered', explanation: 'Already answered' }));
          continue;
        }
        at(addDays(requested, rng.chance(0.15) ? 12 : 3), post(officer, me, 'acknowledge', { handlerId: 'h2', definition }));
        const lateTwo = rng.chance(0.2);
        at(addDays(requested, lateTwo ? 45 : 24), post(officer, me, 'respond', { decision: rng.pick(['upheld', 'not_upheld']), reasons: 'Reviewed' }));
        if (rng.chance(0.25)) {
          const referred = addDays(requested, 50);
          at(referred, post(officer, me, 'ombudsman-referral', { referredOn: referred, reference: `HOS-${i}` }));
          const severe = rng.chance(0.3);
          at(addDays(referred, 20), post(officer, me, 'ombudsman-determination', {
            determinedOn: addDays(referred, 20),
            findings: [{ element: 'Repairs', finding: severe ? 'severe_maladministration' : rng.pick(['maladministration', 'service_failure', 'no_maladministration']) }],
            orders: [{ description: 'Pay £200', dueBy: addDays(referred, 48) }],
          }));
          if (rng.chance(0.5)) {
            at(addDays(referred, 40), async () => {
              const current = await complaint(me);
              const order = current!.ombudsman!.determination!.orders[0]!;
              expectOk('order', await h.call('POST', `/v1/complaints/${id}/ombudsman-orders/${order.id}/complete`, { caller: officer, body: { evidence: 'Paid' } }));
            });
          }
        }
      }
    }

    // Many stories at once, each moving its clock day by day; a day's changes to one complaint run concurrently.
    await limited(stories, CONCURRENCY, (story) =>
      h.clock.story(async () => {
        for (const day of [...new Set(story.map((step) => step.day))].sort()) {
          h.clock.set(`${day}T11:00:00Z`);
          await Promise.all(story.filter((step) => step.day === day).map((step) => step.run()));
        }
      }),
    );
  }, 300_000);

  const finals = async (): Promise<Complaint[]> => Promise.all(ids.map(async (id) => (await h.base.complaints.get(landlord.landlordId, id))!));

  it('the year went through without a refused change (so the comparisons below are over what was meant)', () => {
    expect(failures).toEqual([]);
    expect(ids).toHaveLength(COMPLAINTS);
  });

  it('8.1, CH01, CH02: every annual report figure equals the oracle over the records, for both financial years', async () => {
    const records = await finals();
    expect(records.filter((c) => c.stages.stage2).length).toBeGreaterThan(15);
    expect(records.filter((c) => c.refusal).length).toBeGreaterThan(3);
    expect(records.filter((c) => c.withdrawal).length).toBeGreaterThan(3);
    expect(records.filter((c) => c.stages.stage2 && c.stages.stage1.receivedOn < '2026-04-01' && c.stages.stage2.receivedOn >= '2026-04-01').length).toBeGreaterThan(0);
    for (const [year, from, to] of [[2025, '2025-04-01', '2026-03-31'], [2026, '2026-04-01', '2027-03-31']] as const) {
      const annual = await h.call('GET', `/v1/reports/annual?year=${year}`, { caller: landlord.officer });
      expect(annual.status).toBe(200);
      expect(figuresOf(annual.body)).toEqual(oracleFigures(records, { from, to }, { timeZone: TZ, categories: DEFAULT_CATEGORIES, homesByTenure }));
    }
  });

  it('CH01, CH02: the TSM route gives the oracle figures for a period of days, and its CSV carries numerator and denominator', async () => {
    const records = await finals();
    const tsm = await h.call('GET', '/v1/reports/tsm?from=2025-07-01&to=2026-03-31', { caller: landlord.officer });
    expect(tsm.status).toBe(200);
    const oracle = oracleFigures(records, { from: '2025-07-01', to: '2026-03-31' }, { timeZone: TZ, categories: DEFAULT_CATEGORIES, homesByTenure }).tsm;
    expect(tsm.body.byTenure.low_cost_rental.ch01).toEqual(oracle.lowCostRental.ch01);
    expect(tsm.body.byTenure.low_cost_rental.ch02.stage1).toMatchObject(oracle.lowCostRental.ch02.stage1);
    expect(tsm.body.byTenure.low_cost_home_ownership.ch02.stage2).toMatchObject(oracle.lowCostHomeOwnership.ch02.stage2);
    const csv = await h.call('GET', '/v1/reports/tsm?from=2025-07-01&to=2026-03-31', { caller: landlord.officer, accept: 'text/csv' });
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    const row = csv.text.split('\r\n').find((line) => line.startsWith('CH01(1) per 1000 homes,Low-cost rental'))!;
    expect(row.split(',').slice(2, 4)).toEqual([String(oracle.lowCostRental.ch01.stage1.received), String(oracle.lowCostRental.ch01.stage1.homes)]);
  });

  it('CH01, CH02: a period longer than a year equals the oracle, and two periods that split it add up to it', async () => {
    const records = await finals();
    const figures = async (from: string, to: string) => (await h.call('GET', `/v1/reports/tsm?from=${from}&to=${to}`, { caller: landlord.officer })).body.byTenure;
    const whole = await figures('2025-04-01', '2027-03-31');
    const oracle = oracleFigures(records, { from: '2025-04-01', to: '2027-03-31' }, { timeZone: TZ, categories: DEFAULT_CATEGORIES, homesByTenure }).tsm;
    expect(whole.low_cost_rental.ch01.stage1.received).toBe(oracle.lowCostRental.ch01.stage1.received);
    expect(whole.low_cost_rental.ch02.stage2).toMatchObject(oracle.lowCostRental.ch02.stage2);
    expect(whole.low_cost_home_ownership.ch02.stage1).toMatchObject(oracle.lowCostHomeOwnership.ch02.stage1);
    // Split at an odd day, not a month: every numerator and denominator of the parts sums to the whole's.
    const [first, second] = [await figures('2025-04-01', '2025-11-17'), await figures('2025-11-18', '2027-03-31')];
    for (const tenure of ['low_cost_rental', 'low_cost_home_ownership'] as const) {
      for (const stage of ['stage1', 'stage2'] as const) {
        expect(first[tenure].ch01[stage].received + second[tenure].ch01[stage].received).toBe(whole[tenure].ch01[stage].received);
        for (const field of ['responded', 'onTimeWithExtensions', 'onTimeStrict'] as const) {
          expect(first[tenure].ch02[stage][field] + second[tenure].ch02[stage][field]).toBe(whole[tenure].ch02[stage][field]);
        }
      }
    }
    expect(whole.low_cost_rental.ch01.stage2.received).toBeGreaterThan(first.low_cost_rental.ch01.stage2.received);
  });

  it('5.11, 9.7: a counted state taken back is taken out of the counters: a refused escalation leaves stage 2, a completed improvement leaves open and overdue', async () => {
    const other = await seedLandlord(h.call as never, { homesByTenure, financialYearStartMonth: 4 });
    const count = async () => {
      const annual = (await h.call('GET', '/v1/reports/annual?year=2025', { caller: other.officer })).body;
      const gov = (await h.call('GET', '/v1/reports/governance?from=2025-07-01&to=2025-09-30', { caller: other.officer })).body;
      return { stage2: annual.volumes.received.stage2, refused2: annual.refusals.byGround.find((row: { ground: string }) => row.ground === 'previously_considered').stage2, open: gov.learning.open, overdue: gov.learning.overdue };
    };
    h.clock.set('2025-06-02T10:00:00Z');
    const id = (await h.call('POST', '/v1/complaints', { caller: other.handler, body: { channel: 'phone', resident: { name: 'Ann' }, description: 'Leak', tenure: 'low_cost_rental' } })).body.id;
    await h.call('POST', `/v1/complaints/${id}/acknowledge`, { caller: other.handler, body: { handlerId: 'h1', definition } });
    h.clock.set('2025-06-09T10:00:00Z');
    await h.call('POST', `/v1/complaints/${id}/respond`, { caller: other.handler, body: { decision: 'not_upheld', reasons: 'Because' } });
    await h.call('POST', `/v1/complaints/${id}/learning`, { caller: other.officer, body: { improvements: [{ description: 'Audit', owner: 'Lead', dueBy: '2025-06-20' }] } });
    h.clock.set('2025-06-23T10:00:00Z'); // the improvement was due on the 20th: overdue now
    await h.call('POST', `/v1/complaints/${id}/escalate`, { caller: other.officer, body: {} });
    expect(await count()).toEqual({ stage2: 1, refused2: 0, open: 1, overdue: 1 });
    await h.call('POST', `/v1/complaints/${id}/refuse`, { caller: other.officer, body: { ground: 'previously_considered', explanation: 'Already answered' } });
    const improvement = (await h.base.complaints.get(other.landlordId, id))!.learning!.improvements[0]!;
    expect((await h.call('POST', `/v1/complaints/${id}/learning/improvements/${improvement.id}/complete`, { caller: other.officer, body: { evidence: 'Done' } })).status).toBe(200);
    expect(await count()).toEqual({ stage2: 0, refused2: 1, open: 0, overdue: 0 });
    h.clock.set('2025-04-01T10:00:00Z');
  });

  it('9.7: the governance report compares the quarter with the one before, from the same counters as the oracle', async () => {
    const records = await finals();
    const gov = await h.call('GET', '/v1/reports/governance?from=2025-10-01&to=2025-12-31', { caller: landlord.officer });
    expect(gov.status).toBe(200);
    const current = oracleFigures(records, { from: '2025-10-01', to: '2025-12-31' }, { timeZone: TZ, categories: DEFAULT_CATEGORIES, homesByTenure });
    const previous = oracleFigures(records, { from: '2025-07-01', to: '2025-09-30' }, { timeZone: TZ, categories: DEFAULT_CATEGORIES, homesByTenure });
    expect(gov.body.current.received).toEqual(current.volumes.received);
    expect(gov.body.previous.received).toEqual(previous.volumes.received);
    expect(gov.body.current.outcomes).toEqual(current.outcomes);
    const improvements = records.flatMap((c) => c.learning?.improvements ?? []);
    expect(gov.body.learning.open).toBe(improvements.filter((i) => !i.completedAt).length);
    const completedOn = (i: { completedAt?: string }) => (i.completedAt ? dateInZone(new Date(i.completedAt), TZ) : '');
    expect(gov.body.learning.completedInPeriod).toBe(improvements.filter((i) => completedOn(i) >= '2025-10-01' && completedOn(i) <= '2025-12-31').length);
    expect(gov.body.learning.completedInPeriod).toBeGreaterThan(0);
  });

  it('8.1a, 8.3: the self-assessment has a row per provision, computes 6.2 from the records, and keeps the landlord’s audited entry', async () => {
    const records = await finals();
    const put = await h.call('PUT', '/v1/self-assessment/2025/1.2', { caller: landlord.officer, body: { compliant: 'yes', evidence: 'Policy section 2 defines a complaint as the Code does' } });
    expect(put.status).toBe(200);
    const unknown = await h.call('PUT', '/v1/self-assessment/2025/99.9', { caller: landlord.officer, body: { compliant: 'yes', evidence: 'x' } });
    expect(unknown.status).toBe(404);
    const sa = await h.call('GET', '/v1/reports/self-assessment?year=2025', { caller: landlord.officer });
    expect(sa.status).toBe(200);
    expect(sa.body.rows.find((row: any) => row.provision === '1.2')).toMatchObject({ compliance: 'yes', evidence: ['Policy section 2 defines a complaint as the Code does'] });
    const acknowledged = records.filter((c) => c.refusal?.stage !== 1 && c.stages.stage1.acknowledgedOn && c.stages.stage1.acknowledgedOn >= '2025-04-01' && c.stages.stage1.acknowledgedOn <= '2026-03-31');
    const row62 = sa.body.rows.find((row: any) => row.provision === '6.2');
    expect(row62.evidence[0]).toContain(`of ${acknowledged.length} stage 1 complaints`);
    const events = await queryAll(h.db, { TableName: h.tableName, KeyConditionExpression: 'PK = :pk AND begins_with(SK, :e)', ExpressionAttributeValues: { ':pk': `LANDLORD#${landlord.landlordId}`, ':e': 'REPORT_EVENT#' } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ type: 'self_assessment_entry_recorded', userId: 'officer-1', before: null });
    const csv = await h.call('GET', '/v1/reports/self-assessment?year=2025', { caller: landlord.officer, accept: 'text/csv' });
    expect(csv.text.split('\r\n')[0]).toBe('Code section,Code requirement,Comply: yes/no,Evidence,Commentary / explanation');

    // An answer the records contradict is kept, with its commentary, and the row warns of the difference.
    const contrary = row62.compliance === 'yes' ? 'no' : 'yes';
    const entry = { compliant: contrary, evidence: 'Our own audit of acknowledgements', commentary: 'Sampled in March' };
    expect((await h.call('PUT', '/v1/self-assessment/2025/6.2', { caller: landlord.officer, body: entry })).body).toMatchObject({ year: 2025, provision: '6.2', ...entry });
    const warned = (await h.call('GET', '/v1/reports/self-assessment?year=2025', { caller: landlord.officer })).body.rows.find((row: any) => row.provision === '6.2');
    expect(warned.landlord).toEqual(entry);
    expect(warned.warning).toContain(`the landlord answered "${contrary}" but the records show "${row62.compliance}"`);
  });

  it('8.2: the governing body’s response is saved, audited and published with the annual report', async () => {
    const before = h.clock.now();
    h.clock.set('2026-07-01T10:00:00Z'); // after the year's end, when a board meets on its report
    onTestFinished(() => h.clock.set(before.toISOString()));
    const put = await h.call('PUT', '/v1/reports/annual/2025/governing-body-response', { caller: landlord.admin, body: { text: 'The board accepts the report.', recordedOn: '2026-06-20' } });
    expect(put.status).toBe(200);
    const annual = await h.call('GET', '/v1/reports/annual?year=2025', { caller: landlord.officer });
    expect(annual.body.governingBodyResponse).toEqual({ text: 'The board accepts the report.', recordedOn: '2026-06-20' });
    const handlerCannot = await h.call('GET', '/v1/reports/annual?year=2025', { caller: landlord.handler });
    expect(handlerCannot.status).toBe(403);
    for (const recordedOn of ['2099-01-01', '1990-01-01']) {
      const refused = await h.call('PUT', '/v1/reports/annual/2025/governing-body-response', { caller: landlord.admin, body: { text: 'Rewritten', recordedOn } });
      expect(refused.status, recordedOn).toBe(400);
      expect(refused.body.error.details[0].field).toBe('recordedOn');
    }
    expect((await h.call('GET', '/v1/reports/annual?year=2025', { caller: landlord.officer })).body.governingBodyResponse.text).toBe('The board accepts the report.');
  });

  it('8.1, 8.2: the annual report as one self-contained printable page: headline figures, non-empty SVG charts, table headers, no script', async () => {
    const annual = (await h.call('GET', '/v1/reports/annual?year=2025', { caller: landlord.officer })).body;
    const page = await h.call('GET', '/v1/reports/annual?year=2025', { caller: landlord.officer, accept: 'text/html' });
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    const html = page.text;
    expect(html).toContain(`We received ${annual.volumes.received.stage1} stage 1 complaints and ${annual.volumes.received.stage2} stage 2 complaints in 2025/26.`);
    const svgs = html.match(/<svg[\s\S]*?<\/svg>/g) ?? [];
    expect(svgs.length).toBe(2);
    for (const svg of svgs) expect(svg).toMatch(/<rect x="\d+" y="\d+" width="[1-9]\d*"/);
    expect(html).toContain('<th scope="col">Category</th>');
    expect(html).not.toMatch(/<script|<link|src=|url\(/i);
  });

  it('aggregates: a redelivered change, an older image arriving late and concurrent deliveries of one change are each counted once', async () => {
    const before = (await h.call('GET', '/v1/reports/annual?year=2025', { caller: landlord.officer })).body;
    const byId = new Map<string, Complaint[]>();
    for (const image of h.commits) byId.set(image.id, [...(byId.get(image.id) ?? []), image]);
    const changed = [...byId.values()].filter((images) => images.length >= 4).slice(0, 20);
    expect(changed.length).toBeGreaterThan(5);
    const record = (image: Complaint, sequence: number): DynamoDBRecord => ({
      eventName: 'MODIFY',
      dynamodb: { SequenceNumber: String(sequence), NewImage: marshall(complaintItem(image), { removeUndefinedValues: true }) as never },
    });
    // The stream handler's own code: every image again (redelivery), the older ones after the newer (replay).
    const replay = changed.flatMap((images, n) => [...images].reverse().map((image, k) => record(image, n * 100 + k)));
    expect(await applyStreamRecords(replay, h.reports.aggregates)).toEqual({ batchItemFailures: [] });
    // Several consumers delivering the latest image of the same complaints at once.
    const outcomes = await Promise.all(changed.flatMap((images) => [1, 2, 3].map(() => h.reports.aggregates.apply(images.at(-1)!))));
    expect(outcomes.every((outcome) => outcome === 'already_applied')).toBe(true);
    const after = (await h.call('GET', '/v1/reports/annual?year=2025', { caller: landlord.officer })).body;
    expect(after).toEqual(before);
  });

  it('aggregates: rebuild from the records (counters lost, then POST /v1/reports/rebuild) gives the same reports', async () => {
    const reports = async () => Promise.all([
      h.call('GET', '/v1/reports/annual?year=2025', { caller: landlord.officer }),
      h.call('GET', '/v1/reports/annual?year=2026', { caller: landlord.officer }),
      h.call('GET', '/v1/reports/governance?from=2025-10-01&to=2025-12-31', { caller: landlord.officer }),
    ]).then((answers) => answers.map((answer) => answer.body));
    const before = await reports();
    const items = await queryAll(h.db, { TableName: h.tableName, KeyConditionExpression: 'PK = :pk', ExpressionAttributeValues: { ':pk': reportKeys.aggregatePk(landlord.landlordId) } });
    for (let start = 0; start < items.length; start += 25) {
      await h.db.send(new BatchWriteCommand({ RequestItems: { [h.tableName]: items.slice(start, start + 25).map((item) => ({ DeleteRequest: { Key: { PK: item.PK, SK: item.SK } } })) } }));
    }
    const emptied = (await h.call('GET', '/v1/reports/annual?year=2025', { caller: landlord.officer })).body;
    expect(emptied.volumes.received).toEqual({ stage1: 0, stage2: 0 });
    const forbidden = await h.call('POST', '/v1/reports/rebuild', { caller: landlord.officer });
    expect(forbidden.status).toBe(403);
    const rebuilt = await h.call('POST', '/v1/reports/rebuild', { caller: landlord.admin });
    expect(rebuilt.body).toEqual({ complaints: COMPLAINTS, applied: COMPLAINTS });
    expect(await reports()).toEqual(before);
    // A second rebuild over counters already right moves nothing.
    await h.call('POST', '/v1/reports/rebuild', { caller: landlord.admin });
    expect(await reports()).toEqual(before);
  }, 120_000); // two rebuilds of every complaint: its time grows with the year's size, not with a wait
});
