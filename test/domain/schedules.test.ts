import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SHIPPED_BANK_HOLIDAYS } from '../../domain/calendar/bank-holidays.js';
import { dateInZone } from '../../domain/calendar/plain-date.js';
import { WorkingCalendar } from '../../domain/calendar/working-calendar.js';
import { endOfDay, zonedInstant } from '../../domain/calendar/zoned-time.js';
import type { Complaint } from '../../domain/complaint/complaint.js';
import { acknowledge, close, completeAction, extend, logComplaint, respond, withdraw, type LandlordPolicy, type TransitionContext } from '../../domain/complaint/lifecycle.js';
import { markOverdue, markReminded } from '../../domain/schedules/deadline-events.js';
import { desiredSchedules, scheduleChanges } from '../../domain/schedules/deadline-schedules.js';

const policy: LandlordPolicy = { timeZone: 'Europe/London', calendar: new WorkingCalendar(SHIPPED_BANK_HOLIDAYS['england-and-wales']) };
const at = (iso: string): TransitionContext => ({ now: new Date(iso), actor: { userId: 'system', roles: [] }, policy });
const definition = { understanding: 'Leak', outcomesSought: ['Repair'], notResponsibleFor: [], excludedParts: [] };
const logged = (receivedAt: string) =>
  logComplaint({ channel: 'phone', resident: { name: 'A' }, description: 'x', receivedAt }, { id: 'c1', reference: 'CMP-2026-000001', landlordId: 'L1' }, at(receivedAt)).complaint;

describe('times in the landlord’s zone', () => {
  it.each([
    ['2026-03-27', '09:00', '2026-03-27T09:00:00.000Z'], // GMT
    ['2026-03-30', '09:00', '2026-03-30T08:00:00.000Z'], // BST began 29 March
    ['2026-10-23', '09:00', '2026-10-23T08:00:00.000Z'], // still BST
    ['2026-10-26', '09:00', '2026-10-26T09:00:00.000Z'], // GMT again from 25 October
  ])('%s %s in London is %s', (date, time, expected) => {
    expect(zonedInstant(date, time, 'Europe/London').toISOString()).toBe(expected);
  });

  it.each([
    ['2026-03-27', '2026-03-28T00:00:00.000Z'],
    ['2026-03-28', '2026-03-29T00:00:00.000Z'], // the night the clocks go forward: midnight is still GMT
    ['2026-03-30', '2026-03-30T23:00:00.000Z'],
    ['2026-10-24', '2026-10-24T23:00:00.000Z'],
    ['2026-10-25', '2026-10-26T00:00:00.000Z'],
  ])('the end of %s in London is %s', (date, expected) => {
    expect(endOfDay(date, 'Europe/London').toISOString()).toBe(expected);
  });

  it('property: 09:00 on a date is that date in the zone, and the end of a date is the start of the next', () => {
    const dates = fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2028-12-30T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(dates, fc.constantFrom('Europe/London', 'Europe/Belfast', 'UTC'), (date, zone) => {
        const nine = zonedInstant(date, '09:00', zone);
        expect(dateInZone(nine, zone)).toBe(date);
        const end = endOfDay(date, zone);
        expect(dateInZone(new Date(end.getTime() - 1), zone)).toBe(date);
        expect(dateInZone(end, zone)).not.toBe(date);
      }),
    );
  });
});

describe('one reminder and one check per open step', () => {
  it('6.2: the acknowledgement gets a reminder 2 working days before at 09:00 and a check at the end of the due date', () => {
    const complaint = logged('2026-11-02T10:00:00Z'); // acknowledge by Monday 9 November
    expect(desiredSchedules(complaint, policy, 2, new Date('2026-11-02T10:00:00Z'))).toEqual([
      { key: 'stage1-acknowledge:reminder', kind: 'reminder', step: 'stage1-acknowledge', dueBy: '2026-11-09', fireAt: '2026-11-05T09:00:00.000Z' },
      { key: 'stage1-acknowledge:check', kind: 'check', step: 'stage1-acknowledge', dueBy: '2026-11-09', fireAt: '2026-11-10T00:00:00.000Z' },
    ]);
  });

  it('a reminder whose time has passed is not made; a check already due fires a minute from now', () => {
    const complaint = logged('2026-10-01T10:00:00Z'); // acknowledge by 8 October, logged weeks late
    expect(desiredSchedules(complaint, policy, 2, new Date('2026-11-02T10:00:00Z'))).toEqual([
      { key: 'stage1-acknowledge:check', kind: 'check', step: 'stage1-acknowledge', dueBy: '2026-10-08', fireAt: '2026-11-02T10:01:00.000Z' },
    ]);
  });

  it('6.3/6.4: acknowledging swaps the acknowledgement pair for the response pair; an extension moves them in place', () => {
    const now = new Date('2026-11-04T09:00:00Z');
    const received = logged('2026-11-02T10:00:00Z');
    const before = desiredSchedules(received, policy, 2, now);
    const acked = acknowledge(received, { handlerId: 'h1', definition }, at('2026-11-04T09:00:00Z')).complaint; // respond by 18 Nov
    const after = desiredSchedules(acked, policy, 2, now);
    const changes = scheduleChanges(before, after);
    expect(changes.deletes.map((s) => s.key)).toEqual(['stage1-acknowledge:reminder', 'stage1-acknowledge:check']);
    expect(changes.upserts.map((s) => [s.key, s.fireAt])).toEqual([
      ['stage1-respond:reminder', '2026-11-16T09:00:00.000Z'],
      ['stage1-respond:check', '2026-11-19T00:00:00.000Z'],
    ]);
    const extended = extend(acked, { workingDays: 5, reason: 'Survey' }, at('2026-11-10T09:00:00Z')).complaint; // to 25 Nov
    const moved = scheduleChanges(after, desiredSchedules(extended, policy, 2, new Date('2026-11-10T09:00:00Z')));
    expect(moved.deletes).toEqual([]);
    expect(moved.upserts.map((s) => [s.key, s.dueBy, s.fireAt])).toEqual([
      ['stage1-respond:reminder', '2026-11-25', '2026-11-23T09:00:00.000Z'],
      ['stage1-respond:check', '2026-11-25', '2026-11-26T00:00:00.000Z'],
    ]);
  });

  it('6.6: outstanding actions keep their schedules after closing; completing or withdrawing deletes them', () => {
    const acked = acknowledge(logged('2026-11-02T10:00:00Z'), { handlerId: 'h1', definition }, at('2026-11-04T09:00:00Z')).complaint;
    const responded = respond(acked, { decision: 'upheld', reasons: 'r', remedies: [], outstandingActions: [{ description: 'Fix', dueBy: '2026-12-01' }] }, at('2026-11-10T09:00:00Z'), () => 'a1').complaint;
    const closed = close(responded, {}, at('2026-11-11T09:00:00Z')).complaint;
    const now = new Date('2026-11-11T09:00:00Z');
    expect(desiredSchedules(closed, policy, 2, now).map((s) => s.key)).toEqual(['action-a1:reminder', 'action-a1:check']);
    const done = completeAction(closed, 'a1', at('2026-11-20T09:00:00Z')).complaint;
    expect(desiredSchedules(done, policy, 2, now)).toEqual([]);
    expect(desiredSchedules(withdraw(logged('2026-11-02T10:00:00Z'), {}, at('2026-11-03T09:00:00Z')).complaint, policy, 2, now)).toEqual([]);
  });

  it('5.9: an agreed update interval gets its own reminder and check while the extension runs', () => {
    const acked = acknowledge(logged('2026-11-02T10:00:00Z'), { handlerId: 'h1', definition }, at('2026-11-04T09:00:00Z')).complaint;
    const extended = extend(acked, { workingDays: 10, reason: 'Survey', updateEveryWorkingDays: 5 }, at('2026-11-10T09:00:00Z')).complaint; // to 2 Dec
    const schedules = desiredSchedules(extended, policy, 1, new Date('2026-11-10T09:00:00Z'));
    expect(schedules.filter((s) => s.step === 'stage1-update').map((s) => [s.kind, s.dueBy])).toEqual([
      ['reminder', '2026-11-17'],
      ['check', '2026-11-17'],
    ]);
  });
});

describe('the deadline check', () => {
  const received = logged('2026-11-02T10:00:00Z');
  const firing = { step: 'stage1-acknowledge', dueBy: '2026-11-09' };

  it('marks a step overdue once, judged against the due date even when it fires late', () => {
    const late = markOverdue(received, firing, at('2026-11-10T15:30:00Z'));
    expect(late?.complaint.overdue).toEqual([{ ...firing, markedAt: '2026-11-10T15:30:00.000Z' }]);
    expect(late?.event.type).toBe('overdue');
    expect(markOverdue(late!.complaint, firing, at('2026-11-10T15:31:00Z'))).toBeUndefined();
  });

  it('does nothing before the due date has ended, or once the step is done or moved', () => {
    expect(markOverdue(received, firing, at('2026-11-09T23:59:00Z'))).toBeUndefined();
    const acked = acknowledge(received, { handlerId: 'h1', definition }, at('2026-11-09T16:00:00Z')).complaint;
    expect(markOverdue(acked, firing, at('2026-11-10T00:00:00Z'))).toBeUndefined();
  });

  it('missing a deadline never creates a new complaint: the same complaint carries it, resolved when done', () => {
    const overdue = markOverdue(received, firing, at('2026-11-10T00:00:00Z'))!.complaint;
    expect(overdue.id).toBe(received.id);
    const acked = acknowledge(overdue, { handlerId: 'h1', definition }, at('2026-11-11T09:00:00Z')).complaint;
    expect(acked.overdue).toEqual([{ ...firing, markedAt: '2026-11-10T00:00:00.000Z', resolvedAt: '2026-11-11T09:00:00.000Z' }]);
  });

  it('reminds once per step and due date', () => {
    const reminded = markReminded(received, firing, at('2026-11-05T09:00:00Z'))!;
    expect(reminded.complaint.reminders).toEqual([{ ...firing, sentAt: '2026-11-05T09:00:00.000Z' }]);
    expect(markReminded(reminded.complaint, firing, at('2026-11-05T09:00:05Z'))).toBeUndefined();
  });

  it('5.9: an update interval is kept by any contact with the resident within it', () => {
    const acked = acknowledge(received, { handlerId: 'h1', definition }, at('2026-11-04T09:00:00Z')).complaint;
    const extended: Complaint = extend(acked, { workingDays: 10, reason: 'Survey', updateEveryWorkingDays: 5 }, at('2026-11-10T09:00:00Z')).complaint;
    const update = { step: 'stage1-update', dueBy: '2026-11-17' };
    const kept = markOverdue(extended, update, at('2026-11-18T00:00:00Z'), ['2026-11-12T14:00:00Z']);
    expect(kept?.event.type).toBe('update_checked');
    expect(kept?.complaint.overdue ?? []).toHaveLength(0);
    expect(markOverdue(extended, update, at('2026-11-18T00:00:00Z'), ['2026-11-09T14:00:00Z'])?.complaint.overdue).toHaveLength(1);
  });
});
