import { describe, expect, it } from 'vitest';
import { SHIPPED_BANK_HOLIDAYS } from '../../domain/calendar/bank-holidays.js';
import { WorkingCalendar } from '../../domain/calendar/working-calendar.js';
import type { Complaint } from '../../domain/complaint/complaint.js';
import { isResidentContact, type Correspondence } from '../../domain/complaint/correspondence.js';
import { currentHandler, noticeRecipients } from '../../domain/complaint/current-handler.js';
import {
  acknowledge,
  close,
  completeAction,
  escalate,
  extend,
  logComplaint,
  recordCorrespondence,
  refuse,
  respond,
  withdraw,
  type LandlordPolicy,
  type TransitionContext,
} from '../../domain/complaint/lifecycle.js';
import { Conflict, RuleViolation } from '../../domain/errors.js';
import { requireSavedSettings, type StaffMember } from '../../domain/landlord/settings.js';
import { lettersForTransition } from '../../domain/letters/letters-for-transition.js';
import { renderLetter } from '../../domain/letters/render.js';
import { markOverdue } from '../../domain/schedules/deadline-events.js';
import { desiredSchedules } from '../../domain/schedules/deadline-schedules.js';
import { openSteps } from '../../domain/schedules/open-steps.js';

const england = SHIPPED_BANK_HOLIDAYS['england-and-wales'];
const policy: LandlordPolicy = { timeZone: 'Europe/London', calendar: new WorkingCalendar(england) };
const staff: StaffMember[] = [
  { id: 'h1', name: 'Sam', email: 'sam@x.example', active: true, userId: 'u-sam' },
  { id: 'h1-alt', name: 'Sam (second record)', email: 'sam2@x.example', active: true, userId: 'u-sam' },
  { id: 'h2', name: 'Kim', email: 'kim@x.example', active: true, userId: 'u-kim' },
  { id: 'h3', name: 'Lee', email: 'lee@x.example', active: false, userId: 'u-lee' },
];
const at = (iso: string, userId = 'u-officer', overrides: Partial<LandlordPolicy> = {}): TransitionContext => ({
  now: new Date(iso),
  actor: { userId, roles: ['officer'] },
  policy: { ...policy, ...overrides },
  staff,
});
const definition = { understanding: 'Leak not repaired', outcomesSought: ['Repair the roof'], notResponsibleFor: [], excludedParts: [] };
let counter = 0;
const newId = () => `id-${++counter}`;
const OFFICER = 'officer@x.example';
const letterCtx = { landlordName: 'Riverside Homes' };

const logged = (resident = { name: 'A Resident', email: 'ann@example.org' }): Complaint =>
  logComplaint(
    { channel: 'phone', resident, description: 'Roof leaks', receivedAt: '2026-11-02T10:00:00Z' },
    { id: 'c1', reference: 'CMP-2026-000001', landlordId: 'L1' },
    at('2026-11-02T11:00:00Z'),
  ).complaint;
const acked1 = () => acknowledge(logged(), { handlerId: 'h1', definition }, at('2026-11-04T09:00:00Z', 'u-sam')).complaint;
const responded1 = (input: Partial<Parameters<typeof respond>[1]> = {}) =>
  respond(acked1(), { decision: 'upheld', reasons: 'We were slow', remedies: [], outstandingActions: [], ...input }, at('2026-11-10T09:00:00Z', 'u-sam'), newId).complaint;
const escalated = () => escalate(responded1(), {}, at('2026-11-12T09:00:00Z')).complaint;
const acked2 = () => acknowledge(escalated(), { handlerId: 'h2', definition }, at('2026-11-13T09:00:00Z', 'u-kim')).complaint;
const responded2 = () =>
  respond(acked2(), { decision: 'not_upheld', reasons: 'Fair', remedies: [], outstandingActions: [] }, at('2026-11-20T09:00:00Z', 'u-kim'), newId).complaint;

function provisionOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof RuleViolation) return error.provision;
    if (error instanceof Conflict) return 'conflict';
    throw error;
  }
  return 'ok';
}

describe('6.10: closing or withdrawing after stage 1 does not end the right to escalate', () => {
  it('6.10: a request after closing (no escalation window) reopens the complaint at stage 2, recording who accepted it', () => {
    const closed = close(responded1(), {}, at('2026-11-10T15:00:00Z')).complaint;
    const reopened = escalate(closed, { requestedAt: '2026-11-20T10:00:00Z' }, at('2026-11-20T11:00:00Z', 'u-officer'));
    expect(reopened.complaint.status).toBe('stage2_received');
    expect(reopened.complaint.escalation?.late).toEqual({ after: 'closed', on: '2026-11-10', decision: 'accepted', decidedBy: 'u-officer' });
    expect(reopened.complaint.closure).toBeUndefined();
    // 6.11: the stage 2 clock runs from the request.
    expect(reopened.complaint.deadlines.stage2?.acknowledgeBy).toBe('2026-11-27');
    expect(reopened.event.before.closure).toEqual({ closedOn: '2026-11-10' });
  });

  it('6.10: a request after withdrawal following the stage 1 response is received too', () => {
    const withdrawn = withdraw(responded1(), { reason: 'Moved out' }, at('2026-11-11T09:00:00Z')).complaint;
    const reopened = escalate(withdrawn, {}, at('2026-11-16T09:00:00Z')).complaint;
    expect(reopened.status).toBe('stage2_received');
    expect(reopened.escalation?.late?.after).toBe('withdrawn');
    expect(reopened.withdrawal).toBeUndefined();
  });

  it('5.11: a late request can be refused instead, with the refusal-to-escalate letter and its ground', () => {
    const closed = close(responded1(), {}, at('2026-11-10T15:00:00Z')).complaint;
    const refused = refuse(closed, { ground: 'other', explanation: 'Asked eight months later with no reason', requestedAt: '2026-11-20T10:00:00Z' }, at('2026-11-20T11:00:00Z'));
    expect(refused.complaint).toMatchObject({ status: 'refused', stage: 2, refusal: { stage: 2, ground: 'other' } });
    expect(refused.complaint.escalation?.late).toMatchObject({ after: 'closed', decision: 'refused', decidedBy: 'u-officer' });
    const [letter] = lettersForTransition(refused, letterCtx);
    expect(letter).toMatchObject({ kind: 'refusal', stage: 2 });
    expect(renderLetter(letter!).text).toContain('We are not able to escalate your complaint to stage 2');
  });

  it('6.10: a complaint withdrawn before any response has no stage 1 answer to escalate from', () => {
    const withdrawn = withdraw(acked1(), {}, at('2026-11-05T09:00:00Z')).complaint;
    expect(provisionOf(() => escalate(withdrawn, {}, at('2026-11-06T09:00:00Z')))).toBe('6.10');
  });

  it('6.6: withdrawal after the stage 1 response keeps outstanding actions and remedies tracked and scheduled', () => {
    const responded = responded1({ outstandingActions: [{ description: 'Replace tiles', dueBy: '2026-12-01' }], remedies: [{ kind: 'financial', description: 'For the delay', amount: 50, dueBy: '2026-11-27' }] });
    const withdrawn = withdraw(responded, {}, at('2026-11-11T09:00:00Z')).complaint;
    const steps = openSteps(withdrawn, policy.calendar, '2026-11-11').map((step) => step.dueBy);
    expect(steps).toEqual(['2026-11-27', '2026-12-01']);
    expect(desiredSchedules(withdrawn, policy, 2, new Date('2026-11-11T09:00:00Z')).filter((s) => s.kind === 'check')).toHaveLength(2);
  });
});

describe('whose step it is', () => {
  it('6.13: after escalation nobody holds the complaint until stage 2 is acknowledged; then the stage 2 handler does', () => {
    expect(currentHandler(acked1())).toBe('h1');
    expect(currentHandler(escalated())).toBeUndefined();
    expect(currentHandler(acked2())).toBe('h2');
    expect(currentHandler(close(responded2(), {}, at('2026-11-21T09:00:00Z')).complaint)).toBe('h2');
  });

  it('6.13: the stage 2 acknowledgement reminder goes to the complaints officer, never the stage 1 handler', () => {
    expect(noticeRecipients('reminder', escalated(), staff, OFFICER)).toEqual([OFFICER]);
    expect(noticeRecipients('resident_wrote', escalated(), staff, OFFICER)).toEqual([OFFICER]);
    expect(noticeRecipients('reminder', acked2(), staff, OFFICER)).toEqual(['kim@x.example']);
  });

  it('overdue alerts go to the handler and the complaints officer; an inactive handler’s go to the officer', () => {
    expect(noticeRecipients('overdue_alert', acked1(), staff, OFFICER)).toEqual(['sam@x.example', OFFICER]);
    const inactive = acknowledge(logged(), { handlerId: 'h3', definition }, at('2026-11-04T09:00:00Z')).complaint;
    expect(noticeRecipients('overdue_alert', inactive, staff, OFFICER)).toEqual([OFFICER]);
    expect(noticeRecipients('reminder', inactive, staff, OFFICER)).toEqual([OFFICER]);
  });
});

describe('6.13 compares people, not staff ids', () => {
  it('6.13: another staff record of the stage 1 handler’s user cannot be the stage 2 handler', () => {
    expect(provisionOf(() => acknowledge(escalated(), { handlerId: 'h1-alt', definition }, at('2026-11-13T09:00:00Z', 'u-officer')))).toBe('6.13');
    expect(provisionOf(() => acknowledge(escalated(), { handlerId: 'h1', definition }, at('2026-11-13T09:00:00Z', 'u-officer')))).toBe('6.13');
  });

  it('6.13: the stage 1 handler’s user cannot acknowledge, extend or respond at stage 2', () => {
    expect(provisionOf(() => acknowledge(escalated(), { handlerId: 'h2', definition }, at('2026-11-13T09:00:00Z', 'u-sam')))).toBe('6.13');
    expect(provisionOf(() => extend(acked2(), { workingDays: 5, reason: 'Survey' }, at('2026-11-16T09:00:00Z', 'u-sam')))).toBe('6.13');
    expect(provisionOf(() => respond(acked2(), { decision: 'upheld', reasons: 'r', remedies: [], outstandingActions: [] }, at('2026-11-16T09:00:00Z', 'u-sam'), newId))).toBe('6.13');
    expect(provisionOf(() => extend(acked2(), { workingDays: 5, reason: 'Survey' }, at('2026-11-16T09:00:00Z', 'u-kim')))).toBe('ok');
  });

  it('6.13: the stage 1 handler’s login is recorded at acknowledgement, so the rule holds if the staff list changes', () => {
    expect(acked1().stages.stage1.handlerUserId).toBe('u-sam');
    const withoutStaff = { ...at('2026-11-13T09:00:00Z', 'u-sam'), staff: [] };
    expect(provisionOf(() => acknowledge(escalated(), { handlerId: 'h2', definition }, withoutStaff))).toBe('6.13');
  });
});

describe('5.9: agreed updates are contact with the resident, until the response', () => {
  const extendedLong = () =>
    extend(acked1(), { workingDays: 15, reason: 'Specialist survey', goodReason: 'The surveyor cannot attend sooner', updateEveryWorkingDays: 3 }, at('2026-11-10T09:00:00Z', 'u-sam')).complaint;

  it('5.9: an extension past the Code’s limit must agree an update interval', () => {
    expect(provisionOf(() => extend(acked1(), { workingDays: 15, reason: 'Survey', goodReason: 'Specialist needed' }, at('2026-11-10T09:00:00Z', 'u-sam')))).toBe('5.9');
    expect(extendedLong().stages.stage1.extensions[0]?.updateEveryWorkingDays).toBe(3);
  });

  it('5.9: a later extension keeps the agreed interval unless it agrees a new one', () => {
    const first = extend(acked1(), { workingDays: 5, reason: 'Survey', updateEveryWorkingDays: 4 }, at('2026-11-10T09:00:00Z', 'u-sam')).complaint;
    const second = extend(first, { workingDays: 10, reason: 'Parts', goodReason: 'Supplier delay' }, at('2026-11-12T09:00:00Z', 'u-sam')).complaint;
    expect(second.stages.stage1.extensions[1]?.updateEveryWorkingDays).toBe(4);
  });

  it('5.9: staff notices and internal notes are not contact with the resident; letters and logged calls are', () => {
    const base: Correspondence = { id: 'x', complaintId: 'c1', direction: 'outbound', kind: 'email', summary: 's', occurredAt: '2026-11-12T10:00:00Z', recordedBy: 'system', recordedAt: '2026-11-12T10:00:00Z' };
    expect(isResidentContact({ ...base, audience: 'staff' })).toBe(false);
    expect(isResidentContact({ ...base, audience: 'resident' })).toBe(true);
    expect(isResidentContact({ ...base, recordedBy: 'u-sam', kind: 'phone' })).toBe(true);
    expect(isResidentContact({ ...base, recordedBy: 'u-sam', kind: 'note' })).toBe(false);
    expect(isResidentContact({ ...base, direction: 'inbound', recordedBy: 'u-sam', kind: 'phone' })).toBe(false);
    expect(isResidentContact({ ...base })).toBe(false);
  });

  it('5.9: after a kept update the next interval is scheduled, and after a missed one too, until the response', () => {
    const complaint = extendedLong();
    const first = { step: 'stage1-update', dueBy: '2026-11-13' };
    expect(openSteps(complaint, policy.calendar, '2026-11-10').find((s) => s.step === 'stage1-update')?.dueBy).toBe('2026-11-13');
    const kept = markOverdue(complaint, first, at('2026-11-14T00:00:00Z'), ['2026-11-12T10:00:00Z'])!;
    expect(kept.event.type).toBe('update_checked');
    const afterKept = desiredSchedules(kept.complaint, policy, 1, new Date('2026-11-14T00:00:00Z')).filter((s) => s.step === 'stage1-update');
    expect(afterKept.map((s) => s.dueBy)).toEqual(['2026-11-18', '2026-11-18']);

    const missed = markOverdue(kept.complaint, { step: 'stage1-update', dueBy: '2026-11-18' }, at('2026-11-19T00:00:00Z'), ['2026-11-12T10:00:00Z'])!;
    expect(missed.event.type).toBe('overdue');
    const afterMissed = desiredSchedules(missed.complaint, policy, 1, new Date('2026-11-19T00:00:00Z')).filter((s) => s.step === 'stage1-update');
    expect(afterMissed.map((s) => `${s.kind}@${s.dueBy}`)).toEqual(['reminder@2026-11-23', 'check@2026-11-23']);
    expect(missed.complaint.overdue?.[0]?.resolvedAt).toBeUndefined();
  });

  it('5.9: contact with the resident after a missed update makes up for it (the overdue entry is resolved)', () => {
    const complaint = extendedLong();
    const missed = markOverdue(complaint, { step: 'stage1-update', dueBy: '2026-11-13' }, at('2026-11-14T00:00:00Z'), [])!.complaint;
    const call: Correspondence = { id: 'k', complaintId: 'c1', direction: 'outbound', kind: 'phone', summary: 'Called with an update', occurredAt: '2026-11-16T10:00:00Z', recordedBy: 'u-sam', recordedAt: '2026-11-16T10:00:00Z' };
    const madeUp = recordCorrespondence(missed, call, at('2026-11-16T10:05:00Z', 'u-sam')).complaint;
    expect(madeUp.overdue?.[0]?.resolvedAt).toBe('2026-11-16T10:05:00.000Z');
    const note = { ...call, kind: 'note' as const };
    expect(recordCorrespondence(missed, note, at('2026-11-16T10:05:00Z', 'u-sam')).complaint.overdue?.[0]?.resolvedAt).toBeUndefined();
  });
});

describe('letters tell the truth about what is left', () => {
  it('6.6: completing one action does not say everything is done while a remedy is open', () => {
    const responded = responded1({
      remedies: [{ kind: 'financial', description: 'Compensation for the delay', amount: 75, dueBy: '2026-11-27' }],
      outstandingActions: [{ description: 'Replace the ceiling board', dueBy: '2026-12-04' }],
    });
    const actionId = responded.outstandingActions[0]!.id;
    const done = completeAction(responded, actionId, at('2026-11-20T09:00:00Z', 'u-sam'));
    expect(done.detail).toEqual({ type: 'action_completed', itemId: actionId });
    const text = renderLetter(lettersForTransition(done, letterCtx)[0]!).text;
    expect(text).toContain('We have completed the following: Replace the ceiling board.');
    expect(text).toContain('Compensation for the delay, by Friday 27 November 2026');
    expect(text).not.toContain('Everything we agreed to do is now complete');
  });

  it('6.19f: the stage 2 response lists a stage 1 action still open', () => {
    const withAction = respond(
      acked1(),
      { decision: 'partly_upheld', reasons: 'r', remedies: [], outstandingActions: [{ description: 'Clear the gutter', dueBy: '2026-12-18' }] },
      at('2026-11-10T09:00:00Z', 'u-sam'),
      newId,
    ).complaint;
    const s2 = acknowledge(escalate(withAction, {}, at('2026-11-12T09:00:00Z')).complaint, { handlerId: 'h2', definition }, at('2026-11-13T09:00:00Z', 'u-kim')).complaint;
    const final = respond(s2, { decision: 'not_upheld', reasons: 'Fair', remedies: [], outstandingActions: [] }, at('2026-11-20T09:00:00Z', 'u-kim'), newId);
    const text = renderLetter(lettersForTransition(final, letterCtx)[0]!).text;
    expect(text).toContain('Clear the gutter, by Friday 18 December 2026');
    expect(text).not.toContain('There are no outstanding actions');
  });
});

describe('7.3: a remedy says what will happen and by when', () => {
  it('7.3: a remedy not given in the response itself needs a due date', () => {
    expect(provisionOf(() => responded1({ remedies: [{ kind: 'record_amended', description: 'Correct the repair log' }] }))).toBe('7.3');
  });

  it('7.3: an apology given in the letter is done on the spot and needs no date', () => {
    const responded = responded1({ remedies: [{ kind: 'apology', description: 'We apologise for the delay', done: true }] });
    expect(responded.remedies[0]).toMatchObject({ completedAt: '2026-11-10T09:00:00.000Z' });
    expect(responded.remedies[0]?.dueBy).toBeUndefined();
  });

  it('7.3: a dated remedy is scheduled and reminded like an action until it is complete', () => {
    const responded = responded1({ remedies: [{ kind: 'financial', description: 'Compensation', amount: 75, dueBy: '2026-11-27' }] });
    const id = responded.remedies[0]!.id;
    const schedules = desiredSchedules(responded, policy, 2, new Date('2026-11-10T09:00:00Z'));
    expect(schedules.filter((s) => s.step === `action-${id}`).map((s) => s.kind)).toEqual(['reminder', 'check']);
    const paid = completeAction(responded, id, at('2026-11-20T09:00:00Z')).complaint;
    expect(desiredSchedules(paid, policy, 2, new Date('2026-11-20T09:00:00Z'))).toEqual([]);
  });
});

describe('settings', () => {
  it('a landlord that never saved settings cannot log complaints', () => {
    expect(() => requireSavedSettings(0)).toThrow(/PUT \/v1\/landlord/);
    expect(() => requireSavedSettings(1)).not.toThrow();
  });

  it('6.2: a closure day added after the acknowledge-by date passed does not move it (a late acknowledgement stays late)', () => {
    const complaint = logged(); // received Mon 2 Nov: acknowledge by Mon 9 Nov
    expect(complaint.deadlines.stage1.acknowledgeBy).toBe('2026-11-09');
    const closedFriday = { ...policy, calendar: new WorkingCalendar(england, new Set(['2026-11-06'])) };
    const ctx = { ...at('2026-11-10T09:00:00Z', 'u-sam'), policy: closedFriday };
    expect(acknowledge(complaint, { handlerId: 'h1', definition }, ctx).complaint.deadlines.stage1.acknowledgeBy).toBe('2026-11-09');
  });

  it('6.2: a closure day added before an open deadline falls due moves it (days the landlord is closed do not count)', () => {
    const complaint = logged();
    const closedFriday = { ...policy, calendar: new WorkingCalendar(england, new Set(['2026-11-06'])) };
    const call: Correspondence = { id: 'k', complaintId: 'c1', direction: 'inbound', kind: 'phone', summary: 'Resident called', occurredAt: '2026-11-03T10:00:00Z', recordedBy: 'u', recordedAt: '2026-11-03T10:00:00Z' };
    const ctx = { ...at('2026-11-03T10:00:00Z'), policy: closedFriday };
    expect(recordCorrespondence(complaint, call, ctx).complaint.deadlines.stage1.acknowledgeBy).toBe('2026-11-10');
  });

  it('6.3: a response deadline met is settled even if closure days are added later', () => {
    const responded = responded1();
    expect(responded.deadlines.stage1.respondBy).toBe('2026-11-18');
    const closures = { ...policy, calendar: new WorkingCalendar(england, new Set(['2026-11-05', '2026-11-06'])) };
    const later = completeAction({ ...responded, outstandingActions: [{ id: 'a', stage: 1, description: 'x', dueBy: '2026-12-01' }] }, 'a', { ...at('2026-11-11T09:00:00Z'), policy: closures });
    expect(later.complaint.deadlines.stage1).toMatchObject({ acknowledgeBy: '2026-11-09', respondBy: '2026-11-18' });
  });
});

describe('every status × every transition: allowed, or the provision that refuses it', () => {
  const closed1 = () => close(responded1(), {}, at('2026-11-10T15:00:00Z')).complaint;
  const fixtures: Record<string, () => Complaint> = {
    stage1_received: () => logged(),
    stage1_acknowledged: acked1,
    stage1_responded: () => responded1(),
    stage2_received: escalated,
    stage2_acknowledged: acked2,
    stage2_responded: responded2,
    'refused (stage 1)': () => refuse(logged(), { ground: 'legal_proceedings', explanation: 'Court claim' }, at('2026-11-03T09:00:00Z')).complaint,
    'refused (stage 2)': () => refuse(escalated(), { ground: 'other', explanation: 'Nothing new' }, at('2026-11-13T09:00:00Z')).complaint,
    'withdrawn (before a response)': () => withdraw(acked1(), {}, at('2026-11-05T09:00:00Z')).complaint,
    'withdrawn (after the stage 1 response)': () => withdraw(responded1(), {}, at('2026-11-11T09:00:00Z')).complaint,
    'closed (stage 1)': closed1,
    'closed (stage 2)': () => close(responded2(), {}, at('2026-11-21T09:00:00Z')).complaint,
  };
  const ctx = () => at('2026-11-23T09:00:00Z', 'u-lee');
  const transitions: Record<string, (c: Complaint) => unknown> = {
    acknowledge: (c) => acknowledge(c, { handlerId: 'h3', definition }, ctx()),
    extend: (c) => extend(c, { workingDays: 1, reason: 'More time' }, ctx()),
    respond: (c) => respond(c, { decision: 'upheld', reasons: 'r', remedies: [], outstandingActions: [] }, ctx(), newId),
    escalate: (c) => escalate(c, {}, ctx()),
    refuse: (c) => refuse(c, { ground: 'other', explanation: 'x' }, ctx()),
    withdraw: (c) => withdraw(c, {}, ctx()),
    close: (c) => close(c, {}, ctx()),
  };
  // Columns: acknowledge, extend, respond, escalate, refuse, withdraw, close.
  const expected: Record<string, string[]> = {
    stage1_received: ['ok', '6.4', '6.9', '6.10', 'ok', 'ok', '6.10'],
    stage1_acknowledged: ['6.2', '6.4', 'ok', '6.10', '2.4', 'ok', '6.10'],
    stage1_responded: ['6.2', '6.4', '6.9', 'ok', '2.4', 'ok', 'ok'],
    stage2_received: ['ok', '6.15', '6.19', '5.2', 'ok', 'ok', '6.10'],
    stage2_acknowledged: ['6.11', 'ok', 'ok', '5.2', '5.11', 'ok', '6.10'],
    stage2_responded: ['6.11', '6.15', '6.19', '5.2', '5.11', '6.20', 'ok'],
    'refused (stage 1)': ['6.2', '6.4', '6.9', '6.10', '2.4', '2.4', '6.10'],
    'refused (stage 2)': ['6.11', '6.15', '6.19', '5.2', '5.11', '5.11', '6.10'],
    'withdrawn (before a response)': ['6.2', '6.4', '6.9', '6.10', '2.4', 'conflict', '6.10'],
    'withdrawn (after the stage 1 response)': ['6.2', '6.4', '6.9', 'ok', 'ok', 'conflict', '6.10'],
    'closed (stage 1)': ['6.2', '6.4', '6.9', 'ok', 'ok', '6.10', '6.10'],
    'closed (stage 2)': ['6.11', '6.15', '6.19', '5.2', '5.11', '6.20', '6.10'],
  };
  it.each(Object.keys(fixtures))('%s', (status) => {
    const row = Object.values(transitions).map((apply) => provisionOf(() => apply(fixtures[status]!())));
    expect(row).toEqual(expected[status]);
  });
});
