import {
  ConflictException,
  CreateScheduleCommand,
  DeleteScheduleCommand,
  ResourceNotFoundException,
  SchedulerClient,
  UpdateScheduleCommand,
} from '@aws-sdk/client-scheduler';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { SHIPPED_BANK_HOLIDAYS } from '../../domain/calendar/bank-holidays.js';
import { WorkingCalendar } from '../../domain/calendar/working-calendar.js';
import { acknowledge, logComplaint } from '../../domain/complaint/lifecycle.js';
import { desiredSchedules, scheduleChanges } from '../../domain/schedules/deadline-schedules.js';
import { EventBridgeScheduler } from '../../functions/adapters/eventbridge-scheduler.adapter.js';
import { scheduleName, scheduleOps } from '../../functions/shared/schedule-ops.js';
import { outboxItem } from '../../functions/adapters/complaint-item.js';
import { STORE } from '../../functions/http/limits.js';
import type { ScheduledCheck } from '../../domain/complaint/complaint.js';
import { itemBytes } from '../support/item-size.js';

const scheduler = mockClient(SchedulerClient);
afterEach(() => scheduler.reset());

const target = {
  groupName: 'complaints-deadlines',
  targetArn: 'arn:aws:lambda:eu-west-2:111122223333:function:deadline-check',
  roleArn: 'arn:aws:iam::111122223333:role/scheduler-invoke-deadline-check',
  deadLetterArn: 'arn:aws:sqs:eu-west-2:111122223333:deadline-dlq',
};
const adapter = () => new EventBridgeScheduler(new SchedulerClient({ region: 'eu-west-2' }), target);
const policy = { timeZone: 'Europe/London', calendar: new WorkingCalendar(SHIPPED_BANK_HOLIDAYS['england-and-wales']) };
const ctx = (iso: string) => ({ now: new Date(iso), actor: { userId: 'u', roles: [] }, policy });

/** The schedule requests a complaint's transition queues, carried out against the mocked Scheduler. */
async function carryOut(ops: ReturnType<typeof scheduleOps>) {
  for (const schedule of ops.flatMap((message) => message.schedules)) {
    if (schedule.op === 'upsert') await adapter().upsert(schedule.name, new Date(schedule.fireAt!), schedule.payload!);
    else await adapter().delete(schedule.name);
  }
}

describe('EventBridge Scheduler adapter', () => {
  it('creates one-time UTC at() schedules for a London due date in GMT, with target, DLQ, retries and self-deletion', async () => {
    scheduler.on(CreateScheduleCommand).resolves({});
    const logged = logComplaint({ channel: 'phone', resident: { name: 'A' }, description: 'x', receivedAt: '2026-11-02T10:00:00Z' }, { id: 'c1', reference: 'CMP-2026-000001', landlordId: 'L1' }, ctx('2026-11-02T10:00:00Z')).complaint;
    const desired = desiredSchedules(logged, policy, 2, new Date('2026-11-02T10:00:00Z'));
    await carryOut(scheduleOps(logged, scheduleChanges([], desired), new Date('2026-11-02T10:00:00Z'), () => 'id'));
    const calls = scheduler.commandCalls(CreateScheduleCommand).map((call) => call.args[0].input);
    expect(calls).toEqual([
      {
        Name: scheduleName('L1', 'c1', { key: 'stage1-acknowledge:reminder', kind: 'reminder' }),
        GroupName: 'complaints-deadlines',
        ScheduleExpression: 'at(2026-11-05T09:00:00)',
        ScheduleExpressionTimezone: 'UTC',
        FlexibleTimeWindow: { Mode: 'OFF' },
        ActionAfterCompletion: 'DELETE',
        Target: {
          Arn: target.targetArn,
          RoleArn: target.roleArn,
          Input: JSON.stringify({ landlordId: 'L1', complaintId: 'c1', step: 'stage1-acknowledge', kind: 'reminder', dueBy: '2026-11-09' }),
          RetryPolicy: { MaximumRetryAttempts: 10, MaximumEventAgeInSeconds: 86_400 },
          DeadLetterConfig: { Arn: target.deadLetterArn },
        },
      },
      expect.objectContaining({ ScheduleExpression: 'at(2026-11-10T00:00:00)', Name: expect.stringMatching(/^chk-[0-9a-f]{48}$/) }),
    ]);
    for (const call of calls) expect(call.Name!.length).toBeLessThanOrEqual(64);
  });

  it('uses the UTC instant of the London time across BST: a check at the end of 30 March 2026 is at(2026-03-30T23:00:00)', async () => {
    scheduler.on(CreateScheduleCommand).resolves({});
    const logged = logComplaint({ channel: 'web', resident: { name: 'A' }, description: 'x', receivedAt: '2026-03-23T10:00:00Z' }, { id: 'c2', reference: 'CMP-2026-000002', landlordId: 'L1' }, ctx('2026-03-23T10:00:00Z')).complaint;
    expect(logged.deadlines.stage1.acknowledgeBy).toBe('2026-03-30');
    const desired = desiredSchedules(logged, policy, 2, new Date('2026-03-23T10:00:00Z'));
    await carryOut(scheduleOps(logged, scheduleChanges([], desired), new Date(), () => 'id'));
    expect(scheduler.commandCalls(CreateScheduleCommand).map((call) => call.args[0].input.ScheduleExpression)).toEqual([
      'at(2026-03-26T09:00:00)', // Thursday 09:00 GMT
      'at(2026-03-30T23:00:00)', // midnight BST
    ]);
  });

  it('moves an existing schedule with UpdateSchedule (same name), and deletes those no longer needed', async () => {
    scheduler.on(CreateScheduleCommand).rejects(new ConflictException({ message: 'exists', Message: 'exists', $metadata: {} }));
    scheduler.on(UpdateScheduleCommand).resolves({});
    scheduler.on(DeleteScheduleCommand).resolves({});
    const logged = logComplaint({ channel: 'web', resident: { name: 'A' }, description: 'x', receivedAt: '2026-11-02T10:00:00Z' }, { id: 'c3', reference: 'CMP-2026-000003', landlordId: 'L1' }, ctx('2026-11-02T10:00:00Z')).complaint;
    const before = desiredSchedules(logged, policy, 2, new Date('2026-11-02T10:00:00Z'));
    const acked = acknowledge(logged, { handlerId: 'h1', definition: { understanding: 'u', outcomesSought: ['o'], notResponsibleFor: [], excludedParts: [] } }, ctx('2026-11-04T09:00:00Z')).complaint;
    const after = desiredSchedules(acked, policy, 2, new Date('2026-11-04T09:00:00Z'));
    await carryOut(scheduleOps(acked, scheduleChanges(before, after), new Date(), () => 'id'));
    expect(scheduler.commandCalls(DeleteScheduleCommand).map((call) => call.args[0].input)).toEqual([
      { Name: scheduleName('L1', 'c3', before[0]!), GroupName: 'complaints-deadlines' },
      { Name: scheduleName('L1', 'c3', before[1]!), GroupName: 'complaints-deadlines' },
    ]);
    expect(scheduler.commandCalls(UpdateScheduleCommand).map((call) => call.args[0].input.ScheduleExpression)).toEqual([
      'at(2026-11-16T09:00:00)',
      'at(2026-11-19T00:00:00)',
    ]);
  });

  it('deleting a schedule that already fired (and deleted itself) is fine', async () => {
    scheduler.on(DeleteScheduleCommand).rejects(new ResourceNotFoundException({ message: 'gone', Message: 'gone', $metadata: {} }));
    await expect(adapter().delete('chk-x')).resolves.toBeUndefined();
  });

  it('10.3: a change that moves every schedule at once (a settings change, all 45 open steps) queues one outbox message, far within an item', () => {
    const logged = logComplaint({ channel: 'web', resident: { name: 'A' }, description: 'x', receivedAt: '2026-11-02T10:00:00Z' }, { id: 'c4', reference: 'CMP-2026-000004', landlordId: 'L1' }, ctx('2026-11-02T10:00:00Z')).complaint;
    const steps = Array.from({ length: 45 }, (_, n) => `action-${String(n).padStart(36, '0')}`);
    const checks = (fireAt: string): ScheduledCheck[] =>
      steps.flatMap((step) => (['reminder', 'check'] as const).map((kind) => ({ key: `${step}:${kind}:${fireAt}`, kind, step, dueBy: '2026-12-01', fireAt })));
    const [message, ...more] = scheduleOps(logged, { deletes: checks('2026-11-30T09:00:00.000Z'), upserts: checks('2026-11-27T09:00:00.000Z') }, new Date(), () => 'id');
    expect(more).toEqual([]);
    expect(message!.schedules).toHaveLength(180);
    expect(itemBytes(outboxItem(message!))).toBeLessThan(STORE.itemBytes / 6);
    expect(scheduleOps(logged, { deletes: [], upserts: [] }, new Date(), () => 'id')).toEqual([]);
  });
});
