import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import { ConflictException, CreateScheduleCommand, DeleteScheduleCommand, SchedulerClient, UpdateScheduleCommand } from '@aws-sdk/client-scheduler';
import { Metrics } from '@aws-lambda-powertools/metrics';
import middy from '@middy/core';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EventBridgeScheduler } from '../../functions/adapters/eventbridge-scheduler.adapter.js';
import { SesMailer } from '../../functions/adapters/ses-mailer.adapter.js';
import { checkDeadline, stepKind } from '../../functions/deadline-check/deadline-check.js';
import { instrumentation } from '../../functions/shared/instrumentation.js';
import { EmfMetrics, metrics, type Counted } from '../../functions/shared/metrics.js';
import { definition, isolatedHarness, seedLandlord } from '../support/api-harness.js';
import { mailFixture } from '../support/mail-fixtures.js';

const ses = mockClient(SESv2Client);
const scheduler = mockClient(SchedulerClient);
afterEach(() => {
  ses.reset();
  scheduler.reset();
});

/**
 * What the process emitted since the last look: what the API's middy stack flushed at the end of each
 * request, and what the parts run without it here (intake, dispatcher, deadline check) counted since.
 * Summed and sorted, so a test compares the whole list: a metric counted twice, or one too many, fails.
 */
const flushes = vi.spyOn(metrics, 'flush');
function emitted(): Counted[] {
  const all = [...flushes.mock.results.flatMap((result) => (result.type === 'return' ? (result.value as Counted[]) : [])), ...metrics.flush()];
  flushes.mockClear();
  const summed = new Map<string, Counted>();
  for (const counted of all) {
    const key = JSON.stringify([counted.metric, counted.dimensions]);
    summed.set(key, { ...counted, value: (summed.get(key)?.value ?? 0) + counted.value });
  }
  return [...summed.values()].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}
beforeEach(() => void emitted());

async function setUp() {
  const h = await isolatedHarness('2026-11-02T10:00:00Z');
  const landlord = await seedLandlord(h.call);
  const to = `complaints+${landlord.landlordId.toLowerCase()}@riverside.example`;
  let n = 0;
  const deliver = async (raw: Buffer, verdicts?: { spam: string; virus: string }) => {
    const rawKey = `inbound/metrics-${++n}.eml`;
    await h.blobs.put(rawKey, raw, 'message/rfc822');
    const [outcome] = await h.intake.receive({ rawKey, raw, recipients: [to], receivedAt: new Date('2026-11-02T09:59:00Z'), ...(verdicts && { verdicts }) });
    return outcome!;
  };
  return { h, ...landlord, to, deliver };
}

describe('business metrics counted where things happen', () => {
  it('a complaint logged by the API counts under its channel; one logged from email under email', async () => {
    const t = await setUp();
    expect(emitted()).toEqual([]); // saving settings and staff is not a business metric
    const created = await t.h.call('POST', '/v1/complaints', { caller: t.handler, body: { channel: 'phone', resident: { name: 'Ann' }, description: 'Damp' } });
    expect(created.status).toBe(201);
    expect(emitted()).toEqual([{ metric: 'ComplaintsLogged', dimensions: { channel: 'phone' }, value: 1 }]);

    expect(await t.deliver(mailFixture('multipart-alternative.eml', { TO: t.to }))).toMatchObject({ outcome: 'logged' });
    expect(emitted()).toEqual([{ metric: 'ComplaintsLogged', dimensions: { channel: 'email' }, value: 1 }]);
  });

  it('a transition counts under its audit event type, once per committed change; a refused one not at all', async () => {
    const t = await setUp();
    const created = await t.h.call('POST', '/v1/complaints', { caller: t.handler, body: { channel: 'web', resident: { name: 'Ann' }, description: 'Damp' } });
    emitted();
    const path = `/v1/complaints/${created.body.id}`;
    expect((await t.h.call('POST', `${path}/acknowledge`, { caller: t.handler, body: { handlerId: 'h1', definition } })).status).toBe(200);
    expect((await t.h.call('POST', `${path}/acknowledge`, { caller: t.handler, body: { handlerId: 'h1', definition } })).status).toBe(422);
    expect(emitted()).toEqual([{ metric: 'Transitions', dimensions: { kind: 'acknowledged' }, value: 1 }]);
  });

  it('a letter that fails: retried, then failed for good, and the officer’s alert sent', async () => {
    const t = await setUp();
    await t.h.call('POST', '/v1/complaints', { caller: t.handler, body: { channel: 'email', resident: { name: 'Ann', email: 'ann@example.org' }, description: 'Damp' } });
    emitted();
    ses.on(SendEmailCommand).callsFake((input: { Destination: { ToAddresses: string[] } }) => {
      if (input.Destination.ToAddresses[0] === 'ann@example.org') throw new Error('MessageRejected: address blacklisted');
      return { MessageId: 'alert-1' };
    });
    const dispatcher = t.h.dispatcherWith(new SesMailer(new SESv2Client({ region: 'eu-west-2' }), 'eu-west-2'), { maxAttempts: 2, backoffMs: 1_000 });
    await dispatcher.sweep();
    expect(emitted()).toEqual([{ metric: 'LettersRetried', dimensions: { kind: 'receipt' }, value: 1 }]);
    t.h.clock.set('2026-11-02T10:00:05Z');
    await dispatcher.sweep();
    await dispatcher.sweep(); // the alert, queued as the receipt failed
    expect(emitted()).toEqual([
      { metric: 'LettersFailed', dimensions: { kind: 'receipt' }, value: 1 },
      { metric: 'LettersSent', dimensions: { kind: 'delivery_failed' }, value: 1 },
    ]);
  });

  it('a missed deadline counts the transition and the step missed; a second firing counts nothing', async () => {
    const t = await setUp();
    const created = await t.h.call('POST', '/v1/complaints', { caller: t.handler, body: { channel: 'web', resident: { name: 'Ann' }, description: 'Damp' } });
    emitted();
    t.h.clock.set('2026-11-10T00:00:05Z');
    const payload = { landlordId: t.landlordId, complaintId: created.body.id, step: 'stage1-acknowledge', kind: 'check' as const, dueBy: '2026-11-09' };
    expect(await checkDeadline(t.h.core, payload)).toBe('overdue');
    expect(emitted()).toEqual([
      { metric: 'DeadlinesMissed', dimensions: { step: 'stage1-acknowledge' }, value: 1 },
      { metric: 'Transitions', dimensions: { kind: 'overdue' }, value: 1 },
    ]);
    expect(await checkDeadline(t.h.core, payload)).toBe('nothing');
    expect(emitted()).toEqual([]);
  });

  it('a step with an id is counted by its kind, so each action does not make a metric series', () => {
    expect(['stage1-acknowledge', 'stage2-update', 'action-7f3a-11', 'improvement-x', 'order-9'].map(stepKind)).toEqual([
      'stage1-acknowledge',
      'stage2-update',
      'action',
      'improvement',
      'order',
    ]);
  });

  it('quarantined mail counts under its reason', async () => {
    const t = await setUp();
    expect(await t.deliver(mailFixture('html-only.eml', { TO: t.to }), { spam: 'FAIL', virus: 'PASS' })).toMatchObject({ outcome: 'quarantined', reason: 'spam' });
    expect(await t.deliver(mailFixture('auto-reply.eml', { TO: t.to }))).toMatchObject({ outcome: 'quarantined', reason: 'automatic' });
    expect(emitted()).toEqual([
      { metric: 'MailQuarantined', dimensions: { reason: 'automatic' }, value: 1 },
      { metric: 'MailQuarantined', dimensions: { reason: 'spam' }, value: 1 },
    ]);
  });

  it('each EventBridge Scheduler call counts under its operation', async () => {
    scheduler.on(CreateScheduleCommand).rejectsOnce(new ConflictException({ Message: 'exists', message: 'exists', $metadata: {} })).resolves({});
    scheduler.on(UpdateScheduleCommand).resolves({});
    scheduler.on(DeleteScheduleCommand).resolves({});
    const adapter = new EventBridgeScheduler(new SchedulerClient({ region: 'eu-west-2' }), { groupName: 'g', targetArn: 'arn:t', roleArn: 'arn:r', deadLetterArn: 'arn:d' });
    const payload = { landlordId: 'L', complaintId: 'C', step: 'stage1-response', kind: 'check' as const, dueBy: '2026-11-30' };
    await adapter.upsert('chk-a', new Date('2026-12-01T00:00:00Z'), payload); // exists already: create, then update
    await adapter.upsert('chk-b', new Date('2026-12-01T00:00:00Z'), payload);
    await adapter.delete('chk-a');
    expect(emitted()).toEqual([
      { metric: 'ScheduleCalls', dimensions: { operation: 'create' }, value: 2 },
      { metric: 'ScheduleCalls', dimensions: { operation: 'delete' }, value: 1 },
      { metric: 'ScheduleCalls', dimensions: { operation: 'update' }, value: 1 },
    ]);
  });
});

describe('the EMF the Powertools adapter prints', () => {
  const spies: { mockRestore(): void }[] = [];
  /** A Powertools Metrics printing through the global console (dev mode), with output forced on. */
  function printing() {
    vi.stubEnv('POWERTOOLS_DEV', 'true');
    vi.stubEnv('POWERTOOLS_METRICS_DISABLED', 'false');
    const lines: unknown[] = [];
    const log = vi.spyOn(console, 'log').mockImplementation((line: string) => void lines.push(JSON.parse(line)));
    spies.push(log);
    const adapter = new EmfMetrics(new Metrics({ namespace: 'HousingComplaints', serviceName: 'housing-complaints' }));
    return { adapter, lines, log };
  }
  afterEach(() => {
    vi.unstubAllEnvs();
    for (const spy of spies.splice(0)) spy.mockRestore(); // not restoreAllMocks: the flush spy above must stay
  });

  it('one record per metric and dimension value, summed over the invocation, in a breakdown and a total dimension set', () => {
    const { adapter, lines } = printing();
    adapter.count('ComplaintsLogged', 'email');
    adapter.count('ComplaintsLogged', 'email');
    adapter.count('DeadlinesMissed', 'stage1-response', 3);
    expect(adapter.flush()).toHaveLength(2);
    expect(lines).toEqual([
      {
        _aws: { Timestamp: expect.any(Number), CloudWatchMetrics: [{ Namespace: 'HousingComplaints', Dimensions: [['service', 'channel'], ['service']], Metrics: [{ Name: 'ComplaintsLogged', Unit: 'Count' }] }] },
        service: 'housing-complaints',
        channel: 'email',
        ComplaintsLogged: 2,
      },
      {
        _aws: { Timestamp: expect.any(Number), CloudWatchMetrics: [{ Namespace: 'HousingComplaints', Dimensions: [['service', 'step'], ['service']], Metrics: [{ Name: 'DeadlinesMissed', Unit: 'Count' }] }] },
        service: 'housing-complaints',
        step: 'stage1-response',
        DeadlinesMissed: 3,
      },
    ]);
    expect(adapter.flush()).toEqual([]);
    expect(lines).toHaveLength(2); // an empty flush prints nothing, not even Powertools' empty-metrics warning
  });

  it('prints nothing when POWERTOOLS_METRICS_DISABLED is set, as in tests and the local stack', () => {
    vi.stubEnv('POWERTOOLS_METRICS_DISABLED', 'true');
    const log = vi.spyOn(console, 'log');
    const write = vi.spyOn(process.stdout, 'write');
    spies.push(log, write);
    const adapter = new EmfMetrics(new Metrics({ namespace: 'HousingComplaints', serviceName: 'housing-complaints' }));
    adapter.count('MailQuarantined', 'virus');
    expect(adapter.flush()).toEqual([{ metric: 'MailQuarantined', dimensions: { reason: 'virus' }, value: 1 }]);
    expect(log).not.toHaveBeenCalled();
    expect(write).not.toHaveBeenCalled();
  });
});

describe('the middy stack every entry point uses', () => {
  const context = { awsRequestId: 'r-1', functionName: 'test', getRemainingTimeInMillis: () => 30_000 } as never;

  it('flushes what an invocation counted when it returns, and when it throws', async () => {
    const ok = middy(async () => void metrics.count('LettersSent', 'receipt')).use(instrumentation());
    const broken = middy(async () => {
      metrics.count('LettersFailed', 'receipt');
      throw new Error('boom');
    }).use(instrumentation());
    await ok({}, context);
    expect(flushes.mock.results.map((result) => result.value)).toEqual([[{ metric: 'LettersSent', dimensions: { kind: 'receipt' }, value: 1 }]]);
    await expect(broken({}, context)).rejects.toThrow('boom');
    expect(flushes.mock.results.map((result) => result.value)[1]).toEqual([{ metric: 'LettersFailed', dimensions: { kind: 'receipt' }, value: 1 }]);
    expect(metrics.flush()).toEqual([]);
  });
});
