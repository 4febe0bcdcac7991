import { CreateScheduleCommand, DeleteScheduleCommand, SchedulerClient } from '@aws-sdk/client-scheduler';
import { SendEmailCommand, SESv2Client } from '@aws-sdk/client-sesv2';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { EventBridgeScheduler } from '../../functions/adapters/eventbridge-scheduler.adapter.js';
import { SesMailer } from '../../functions/adapters/ses-mailer.adapter.js';
import { runDeadlineCheck } from '../../functions/deadline-check/deadline-check.js';
import { scheduleName } from '../../functions/shared/schedule-ops.js';
import { definition, isolatedHarness, seedLandlord } from '../support/api-harness.js';

const ses = mockClient(SESv2Client);
const scheduler = mockClient(SchedulerClient);
afterEach(() => {
  ses.reset();
  scheduler.reset();
});
afterAll(() => {
  ses.restore();
  scheduler.restore();
});

const target = {
  groupName: 'complaints-deadlines',
  targetArn: 'arn:aws:lambda:eu-west-2:111122223333:function:deadline-check',
  roleArn: 'arn:aws:iam::111122223333:role/scheduler-invoke-deadline-check',
  deadLetterArn: 'arn:aws:sqs:eu-west-2:111122223333:deadline-dlq',
};
const ADDRESS = '12 Mill Lane\nRiverside\nRV1 2AB';

/** The real dispatcher, SES mailer and Scheduler adapter, over mocked AWS clients. */
async function harness() {
  const h = await isolatedHarness('2026-11-02T10:00:00Z'); // a Monday
  ses.on(SendEmailCommand).resolves({ MessageId: 'ses-1' });
  scheduler.on(CreateScheduleCommand).resolves({});
  scheduler.on(DeleteScheduleCommand).resolves({});
  const dispatcher = h.dispatcherWith(new SesMailer(new SESv2Client({ region: 'eu-west-2' }), 'eu-west-2'), {}, new EventBridgeScheduler(new SchedulerClient({ region: 'eu-west-2' }), target));
  const { landlordId, handler, officer } = await seedLandlord(h.call, { postalAddress: 'Riverside House\nRV1 1AA' });
  const created = await h.call('POST', '/v1/complaints', {
    caller: handler,
    body: { channel: 'phone', resident: { name: 'Dee Post', address: ADDRESS }, description: 'Damp in the bedroom', receivedAt: '2026-11-02T09:00:00Z' },
  });
  h.clock.set('2026-11-03T09:00:00Z'); // Tuesday: the acknowledgement is queued to print
  expect((await h.call('POST', `/v1/complaints/${created.body.id}/acknowledge`, { caller: handler, body: { handlerId: 'h1', definition } })).status).toBe(200);
  const [letter] = (await h.call('GET', '/v1/letters?status=to_print', { caller: officer })).body.items;
  const step = `letter-print:${letter.id}`;
  const name = scheduleName(landlordId, created.body.id, { key: `${step}:check`, kind: 'check' });
  const payload = { landlordId, complaintId: created.body.id as string, step, kind: 'check' as const, dueBy: '2026-11-04' };
  return { h, dispatcher, landlordId, handler, officer, complaintId: created.body.id as string, reference: created.body.reference as string, letter, name, payload };
}

const printCheckDeletes = (name: string) => scheduler.commandCalls(DeleteScheduleCommand).map((call) => call.args[0].input).filter((input) => input.Name === name);
const printCheckCreates = (name: string) => scheduler.commandCalls(CreateScheduleCommand).filter((call) => call.args[0].input.Name === name);

describe('a posted letter left unprinted alerts the complaints officer (issue 12), against DynamoDB Local', () => {
  it('6.2, 6.9: queued on Tuesday, still unprinted when Wednesday ends: one alert to the officer, audited, whatever the firings', async () => {
    const { h, dispatcher, officer, complaintId, reference, letter, name, payload } = await harness();
    await dispatcher.sweep(100);

    // The print check is a one-time EventBridge schedule at the end of the next working day (London), for the deadline check.
    expect(printCheckCreates(name).map((call) => call.args[0].input)).toEqual([
      {
        Name: name,
        GroupName: target.groupName,
        ScheduleExpression: 'at(2026-11-05T00:00:00)',
        ScheduleExpressionTimezone: 'UTC',
        FlexibleTimeWindow: { Mode: 'OFF' },
        ActionAfterCompletion: 'DELETE',
        Target: {
          Arn: target.targetArn,
          RoleArn: target.roleArn,
          Input: JSON.stringify(payload),
          RetryPolicy: { MaximumRetryAttempts: 10, MaximumEventAgeInSeconds: 86_400 },
          DeadLetterConfig: { Arn: target.deadLetterArn },
        },
      },
    ]);
    expect(ses.commandCalls(SendEmailCommand)).toHaveLength(0); // nothing is emailed to a resident without email

    // Fired early (a clock skew, a hand-made run), it does nothing.
    h.clock.set('2026-11-04T23:00:00Z');
    expect(await runDeadlineCheck(h.core, payload)).toBe('nothing');

    h.clock.set('2026-11-05T00:00:07Z');
    expect(await runDeadlineCheck(h.core, payload)).toBe('print_alerted');
    expect(await runDeadlineCheck(h.core, payload)).toBe('nothing'); // Scheduler's retry: once per letter
    await dispatcher.sweep(100);
    const alerts = ses.commandCalls(SendEmailCommand).map((call) => call.args[0].input);
    expect(alerts.map((input) => [input.Destination?.ToAddresses, input.Content?.Simple?.Subject?.Data])).toEqual([
      [['complaints@riverside.example'], `[${reference}] Not yet posted: the stage 1 acknowledgement letter`],
    ]);
    const text = alerts[0]!.Content!.Simple!.Body!.Text!.Data!;
    expect(text).toContain('queued to print on Tuesday 3 November 2026 and should have been posted by Wednesday 4 November 2026');
    expect(text).toContain(`/v1/letters/${letter.id}.pdf`);
    // Its check is settled: the schedule (already fired and self-deleted) is deleted, never moved again.
    expect(printCheckDeletes(name)).toEqual([{ Name: name, GroupName: target.groupName }]);
    expect(printCheckCreates(name)).toHaveLength(1);

    const events = (await h.call('GET', `/v1/complaints/${complaintId}/events`, { caller: officer })).body.items;
    expect(events.filter((event: { type: string }) => event.type === 'letter_print_overdue')).toEqual([
      expect.objectContaining({ actor: { userId: 'deadline-check', roles: [] }, detail: { letterId: letter.id, letter: 'stage 1 acknowledgement', queuedOn: '2026-11-03', printBy: '2026-11-04' } }),
    ]);
    const listed = (await h.call('GET', '/v1/letters?status=to_print', { caller: officer })).body.items;
    expect(listed).toEqual([expect.objectContaining({ id: letter.id, overdue: true, printAlertedAt: '2026-11-05T00:00:07.000Z' })]);
  });

  it('5.12: posted in time, the letter is on the audit trail, its check is deleted, and no alert is raised', async () => {
    const { h, dispatcher, handler, officer, complaintId, letter, name, payload } = await harness();
    await dispatcher.sweep(100);
    const before = (await h.call('GET', `/v1/complaints/${complaintId}`, { caller: officer })).body.version;
    h.clock.set('2026-11-04T15:00:00Z');
    const posted = await h.call('POST', `/v1/letters/${letter.id}/posted`, { caller: handler, body: {} });
    expect(posted.status).toBe(200);
    expect(posted.body).toMatchObject({ status: 'posted', postedOn: '2026-11-04', postedBy: 'handler-1' });
    await dispatcher.sweep(100);
    expect(printCheckDeletes(name)).toEqual([{ Name: name, GroupName: target.groupName }]);

    const complaint = await h.call('GET', `/v1/complaints/${complaintId}`, { caller: officer });
    expect(complaint.body.version).toBe(before + 1);
    const events = (await h.call('GET', `/v1/complaints/${complaintId}/events`, { caller: officer })).body.items;
    expect(events.at(-1)).toMatchObject({
      seq: before + 1,
      type: 'letter_posted',
      actor: { userId: 'handler-1' },
      detail: { letterId: letter.id, letter: 'stage 1 acknowledgement', postedOn: '2026-11-04' },
    });

    // Had the schedule fired anyway (it was being deleted), nothing is sent.
    h.clock.set('2026-11-05T00:00:07Z');
    expect(await runDeadlineCheck(h.core, payload)).toBe('nothing');
    await dispatcher.sweep(100);
    expect(ses.commandCalls(SendEmailCommand)).toHaveLength(0);
    // A second posting is refused and writes nothing: no event, no correspondence.
    expect((await h.call('POST', `/v1/letters/${letter.id}/posted`, { caller: handler, body: {} })).status).toBe(409);
    expect((await h.call('GET', `/v1/complaints/${complaintId}`, { caller: officer })).body.version).toBe(before + 1);
    const records = (await h.call('GET', `/v1/complaints/${complaintId}/correspondence`, { caller: officer })).body.items;
    expect(records.filter((item: { letterId?: string; recordedBy: string }) => item.letterId === letter.id && item.recordedBy === 'handler-1')).toHaveLength(1);
  });

  it('is isolated per landlord: another landlord can neither post the letter nor have its check fire', async () => {
    const { h, complaintId, letter, payload } = await harness();
    const other = await seedLandlord(h.call);
    expect((await h.call('POST', `/v1/letters/${letter.id}/posted`, { caller: other.officer, body: {} })).status).toBe(404);
    h.clock.set('2026-11-05T00:00:07Z');
    expect(await runDeadlineCheck(h.core, { ...payload, landlordId: other.landlordId })).toBe('gone');
    expect(await runDeadlineCheck(h.core, { ...payload, complaintId: `${complaintId}-x` })).toBe('gone');
  });
});
