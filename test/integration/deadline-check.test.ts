import { DeleteCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import type { ScheduleOutboxMessage } from '../../domain/ports/outbox.port.js';
import type { Scheduler } from '../../domain/ports/scheduler.port.js';
import { checkDeadline } from '../../functions/deadline-check/deadline-check.js';
import { keys } from '../../functions/adapters/table-design.js';
import { definition, isolatedHarness, seedLandlord } from '../support/api-harness.js';
import { countDynamoDbCalls } from '../support/dynamodb-call-counter.js';

async function scheduleOpsOf(h: Awaited<ReturnType<typeof isolatedHarness>>, landlordId: string, complaintId: string) {
  const { Items } = await h.db.send(
    new QueryCommand({
      TableName: h.tableName,
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :outbox)',
      ExpressionAttributeValues: { ':pk': keys.complaint(landlordId, complaintId), ':outbox': 'OUTBOX#' },
    }),
  );
  // In commit order: by creation time (one message per change, its deletes before its upserts, as queued).
  return (Items ?? [])
    .filter((item) => item.kind === 'schedule')
    .map((item) => item as unknown as ScheduleOutboxMessage)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
    .flatMap((item) => item.schedules);
}

describe('the deadline check against DynamoDB Local', () => {
  it('costs at most 3 reads and 1 transaction, with no scan, warm or cold; a second firing writes nothing', async () => {
    const h = await isolatedHarness('2026-11-02T10:00:00Z');
    const { handler, landlordId } = await seedLandlord(h.call);
    const created = await h.call('POST', '/v1/complaints', { caller: handler, body: { channel: 'web', resident: { name: 'A' }, description: 'x' } });
    const payload = { landlordId, complaintId: created.body.id, step: 'stage1-acknowledge', kind: 'check' as const, dueBy: '2026-11-09' };
    h.clock.set('2026-11-10T00:00:05Z');
    const counter = countDynamoDbCalls(h.db);

    h.landlords.forget(landlordId); // a cold Lambda: settings not cached
    const first = await counter.measure(() => checkDeadline(h.core, payload));
    expect(first.result).toBe('overdue');
    expect(first).toMatchObject({ reads: 3, transactions: 1, writes: 0, scans: 0 });

    const again = await counter.measure(() => checkDeadline(h.core, payload));
    expect(again.result).toBe('nothing');
    expect(again).toMatchObject({ reads: 2, transactions: 0, writes: 0, scans: 0 });
  });

  async function lifecycle(h: Awaited<ReturnType<typeof isolatedHarness>>, afterEachStep: () => Promise<unknown>) {
    const { handler, officer, landlordId } = await seedLandlord(h.call);
    const step = async (answer: Promise<{ status: number; body: any }>) => { // eslint-disable-line @typescript-eslint/no-explicit-any
      const result = await answer;
      expect(result.status, JSON.stringify(result.body)).toBeLessThan(300);
      await afterEachStep();
      return result.body;
    };
    const created = await step(h.call('POST', '/v1/complaints', { caller: handler, body: { channel: 'web', resident: { name: 'A' }, description: 'x' } }));
    const path = `/v1/complaints/${created.id}`;
    await step(h.call('POST', `${path}/acknowledge`, { caller: handler, body: { handlerId: 'h1', definition } }));
    h.clock.set('2026-11-05T10:00:00Z');
    await step(h.call('POST', `${path}/extend`, { caller: handler, body: { workingDays: 5, reason: 'Survey', updateEveryWorkingDays: 5 } }));
    h.clock.set('2026-11-12T10:00:00Z');
    await step(h.call('POST', `${path}/respond`, { caller: handler, body: { decision: 'partly_upheld', reasons: 'r', outstandingActions: [{ description: 'Fix', dueBy: '2026-12-18' }] } }));
    h.clock.set('2026-11-13T10:00:00Z');
    await step(h.call('POST', `${path}/escalate`, { caller: handler, body: {} }));
    await step(h.call('POST', `${path}/acknowledge`, { caller: officer, body: { handlerId: 'h2', definition } }));
    h.clock.set('2026-11-20T10:00:00Z');
    await step(h.call('POST', `${path}/extend`, { caller: officer, body: { workingDays: 10, reason: 'Survey' } }));
    h.clock.set('2026-11-27T10:00:00Z');
    const final = await step(h.call('POST', `${path}/respond`, { caller: officer, body: { decision: 'upheld', reasons: 'r' } }));
    await step(h.call('POST', `${path}/close`, { caller: officer, body: {} }));
    await step(h.call('POST', `${path}/actions/${final.outstandingActions[0].id}/complete`, { caller: officer }));
    return { landlordId, complaintId: created.id as string };
  }

  function countingScheduler(h: Awaited<ReturnType<typeof isolatedHarness>>) {
    const counts = { upserts: 0, deletes: 0, names: new Set<string>() };
    const scheduler: Scheduler = {
      upsert: async (name, fireAt, payload) => {
        counts.upserts += 1;
        counts.names.add(name);
        await h.scheduler.upsert(name, fireAt, payload);
      },
      delete: async (name) => {
        counts.deletes += 1;
        await h.scheduler.delete(name);
      },
    };
    return { counts, dispatcher: h.dispatcherWith({ send: async () => ({ messageId: '<m@test>' }) }, {}, scheduler) };
  }

  it('a full two-stage lifecycle: every schedule made is moved in place or deleted, none left behind', async () => {
    const h = await isolatedHarness('2026-11-02T10:00:00Z');
    const { counts, dispatcher } = countingScheduler(h);
    const { landlordId, complaintId } = await lifecycle(h, () => dispatcher.sweep(200));
    // 6 steps (ack 1, respond 1, one 5.9 update interval, the action, ack 2, respond 2), a reminder and
    // a check each: 12 schedules created; the 2 extensions move 4 in place; all 12 deleted by the end.
    expect({ upserts: counts.upserts, deletes: counts.deletes, distinct: counts.names.size }).toEqual({ upserts: 16, deletes: 12, distinct: 12 });
    expect((await h.scheduler.pending()).filter((s) => s.payload.complaintId === complaintId)).toEqual([]);
    expect((await scheduleOpsOf(h, landlordId, complaintId)).length).toBe(28);
  });

  it('schedule messages carried out late and in any order still converge on what the complaint wants', async () => {
    const h = await isolatedHarness('2026-11-02T10:00:00Z');
    const { dispatcher } = countingScheduler(h);
    const { complaintId } = await lifecycle(h, async () => undefined); // nothing dispatched until the end
    await dispatcher.sweep(200);
    expect((await h.scheduler.pending()).filter((s) => s.payload.complaintId === complaintId)).toEqual([]);

    const h2 = await isolatedHarness('2026-11-02T10:00:00Z');
    const { handler } = await seedLandlord(h2.call);
    const created = await h2.call('POST', '/v1/complaints', { caller: handler, body: { channel: 'web', resident: { name: 'A' }, description: 'x' } });
    await h2.call('POST', `/v1/complaints/${created.body.id}/acknowledge`, { caller: handler, body: { handlerId: 'h1', definition } });
    // Queued: upsert ack pair, then delete ack pair + upsert respond pair. Carried out in any order:
    await countingScheduler(h2).dispatcher.sweep(200);
    expect((await h2.scheduler.pending()).map((s) => [s.payload.step, s.payload.kind, s.fireAt])).toEqual([
      ['stage1-respond', 'reminder', '2026-11-12T09:00:00.000Z'],
      ['stage1-respond', 'check', '2026-11-17T00:00:00.000Z'],
    ]);
  });

  it('a schedule message queued by the version before (one `schedule`, not a list) is still carried out', async () => {
    const h = await isolatedHarness('2026-11-02T10:00:00Z');
    const { landlordId, handler } = await seedLandlord(h.call);
    const created = await h.call('POST', '/v1/complaints', { caller: handler, body: { channel: 'web', resident: { name: 'A' }, description: 'x' } });
    const { Items } = await h.db.send(
      new QueryCommand({
        TableName: h.tableName,
        KeyConditionExpression: 'PK = :pk AND begins_with(SK, :outbox)',
        ExpressionAttributeValues: { ':pk': keys.complaint(landlordId, created.body.id), ':outbox': 'OUTBOX#' },
      }),
    );
    const [queued] = (Items ?? []).filter((item) => item.kind === 'schedule');
    expect(queued!.schedules).toHaveLength(2); // the acknowledgement's reminder and check, in one message
    const { schedules, ...rest } = queued!;
    for (const [n, schedule] of (schedules as unknown[]).entries()) {
      await h.db.send(new PutCommand({ TableName: h.tableName, Item: { ...rest, id: `${rest.id}-${n}`, SK: `${rest.SK}-${n}`, schedule } }));
    }
    await h.db.send(new DeleteCommand({ TableName: h.tableName, Key: { PK: rest.PK, SK: rest.SK } }));

    const { counts, dispatcher } = countingScheduler(h);
    expect(await dispatcher.sweep(200)).toMatchObject({ sent: 2, failed: 0, retry: 0 });
    expect(counts.upserts).toBe(2);
    expect((await h.scheduler.pending()).map((s) => [s.payload.step, s.payload.kind])).toEqual([
      ['stage1-acknowledge', 'reminder'],
      ['stage1-acknowledge', 'check'],
    ]);
  });
});
