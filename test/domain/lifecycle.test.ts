import { describe, expect, it } from 'vitest';
import { SHIPPED_BANK_HOLIDAYS } from '../../domain/calendar/bank-holidays.js';
import { WorkingCalendar } from '../../domain/calendar/working-calendar.js';
import type { Complaint } from '../../domain/complaint/complaint.js';
import { nextDeadline } from '../../domain/complaint/deadlines.js';
import {
  acknowledge,
  close,
  completeAction,
  escalate,
  extend,
  logComplaint,
  refuse,
  respond,
  withdraw,
  type LandlordPolicy,
  type TransitionContext,
} from '../../domain/complaint/lifecycle.js';
import { Conflict, InvalidInput, NotFound, RuleViolation } from '../../domain/errors.js';

const policy: LandlordPolicy = {
  timeZone: 'Europe/London',
  calendar: new WorkingCalendar(SHIPPED_BANK_HOLIDAYS['england-and-wales']),
};
const at = (iso: string, overrides: Partial<LandlordPolicy> = {}): TransitionContext => ({
  now: new Date(iso),
  actor: { userId: 'u-officer', roles: ['officer'] },
  policy: { ...policy, ...overrides },
});
const definition = { understanding: 'Leak not repaired', outcomesSought: ['Repair the roof'], notResponsibleFor: [], excludedParts: [] };
let counter = 0;
const newId = () => `id-${++counter}`;

function logged(receivedAt = '2026-11-02T10:00:00Z'): Complaint {
  return logComplaint(
    { channel: 'phone', resident: { name: 'A Resident' }, description: 'Roof leaks', receivedAt },
    { id: 'c1', reference: 'CMP-2026-000001', landlordId: 'L1' },
    at('2026-11-03T09:00:00Z'),
  ).complaint;
}
const acknowledged = (c = logged()) => acknowledge(c, { handlerId: 'h1', definition }, at('2026-11-04T09:00:00Z')).complaint;
const responded1 = (c = acknowledged()) =>
  respond(c, { decision: 'upheld', reasons: 'We were slow', remedies: [], outstandingActions: [] }, at('2026-11-10T09:00:00Z'), newId).complaint;
const escalated = (c = responded1()) => escalate(c, {}, at('2026-11-12T09:00:00Z')).complaint;

function violation(fn: () => unknown): RuleViolation {
  try {
    fn();
  } catch (error) {
    if (error instanceof RuleViolation) return error;
    throw error;
  }
  throw new Error('expected a RuleViolation');
}

describe('stage 1 clocks', () => {
  it('6.2: acknowledge by 5 working days after receipt, counted from receipt not logging', () => {
    const c = logged('2026-11-02T10:00:00Z'); // Monday, logged a day later
    expect(c.deadlines.stage1).toEqual({ acknowledgeBy: '2026-11-09' });
    expect(c.status).toBe('stage1_received');
    expect(nextDeadline(c)).toEqual({ stage: 1, step: 'acknowledge', dueBy: '2026-11-09' });
  });

  it('6.2: a complaint received late on a summer evening counts from the London date', () => {
    const c = logComplaint(
      { channel: 'email', resident: { name: 'R' }, description: 'x', receivedAt: '2026-07-03T23:30:00Z' }, // Sat 00:30 BST
      { id: 'c2', reference: 'CMP-2026-000002', landlordId: 'L1' },
      at('2026-07-06T09:00:00Z'),
    ).complaint;
    expect(c.stages.stage1.receivedOn).toBe('2026-07-04');
    expect(c.deadlines.stage1.acknowledgeBy).toBe('2026-07-10');
  });

  it('6.2: receivedAt may not be in the future', () => {
    expect(() =>
      logComplaint(
        { channel: 'web', resident: { name: 'R' }, description: 'x', receivedAt: '2026-11-05T00:00:00Z' },
        { id: 'c3', reference: 'CMP-2026-000003', landlordId: 'L1' },
        at('2026-11-04T00:00:00Z'),
      ),
    ).toThrow(InvalidInput);
  });

  it('6.3: respond by 10 working days after the acknowledgement actually sent, even when it was late', () => {
    const late = acknowledge(logged(), { handlerId: 'h1', definition }, at('2026-11-11T09:00:00Z')).complaint;
    expect(late.deadlines.stage1).toEqual({ acknowledgeBy: '2026-11-09', respondBy: '2026-11-25' });
    expect(late.stages.stage1.acknowledgedOn).toBe('2026-11-11');
    expect(late.status).toBe('stage1_acknowledged');
  });

  it('5.6: the definition needs at least one outcome sought', () => {
    expect(violation(() => acknowledge(logged(), { handlerId: 'h1', definition: { ...definition, outcomesSought: [] } }, at('2026-11-04T09:00:00Z'))).provision).toBe('5.6');
  });

  it('2.4: an excluded part of a complaint needs an explanation', () => {
    const excludedParts = [{ description: 'Noise from 2019', ground: 'over_12_months', explanation: ' ' }];
    expect(violation(() => acknowledge(logged(), { handlerId: 'h1', definition: { ...definition, excludedParts } }, at('2026-11-04T09:00:00Z'))).provision).toBe('2.4');
  });

  it('6.2: a complaint cannot be acknowledged twice', () => {
    expect(violation(() => acknowledge(acknowledged(), { handlerId: 'h1', definition }, at('2026-11-05T09:00:00Z'))).provision).toBe('6.2');
  });
});

describe('extensions', () => {
  it('6.4: extends the stage 1 response from its due date by working days', () => {
    const { complaint, event } = extend(acknowledged(), { workingDays: 5, reason: 'Awaiting a survey' }, at('2026-11-12T09:00:00Z'));
    expect(complaint.deadlines.stage1).toEqual({ acknowledgeBy: '2026-11-09', respondBy: '2026-11-18', extendedTo: '2026-11-25' });
    expect(nextDeadline(complaint)).toEqual({ stage: 1, step: 'respond', dueBy: '2026-11-25' });
    expect(event.type).toBe('extended');
    expect(event.before.deadlines).toEqual({ stage1: { acknowledgeBy: '2026-11-09', respondBy: '2026-11-18' } });
  });

  it('6.4: stage 1 extensions may total 10 working days, across several notices', () => {
    const once = extend(acknowledged(), { workingDays: 6, reason: 'Survey' }, at('2026-11-12T09:00:00Z')).complaint;
    const twice = extend(once, { workingDays: 4, reason: 'Contractor' }, at('2026-11-13T09:00:00Z')).complaint;
    expect(twice.deadlines.stage1.extendedTo).toBe('2026-12-02');
    expect(violation(() => extend(twice, { workingDays: 1, reason: 'More' }, at('2026-11-13T09:00:00Z'))).provision).toBe('6.4');
  });

  it('6.4: more than 10 working days needs a good reason, which is recorded', () => {
    expect(violation(() => extend(acknowledged(), { workingDays: 11, reason: 'Survey' }, at('2026-11-12T09:00:00Z'))).provision).toBe('6.4');
    const { complaint } = extend(
      acknowledged(),
      { workingDays: 15, reason: 'Survey', goodReason: 'Specialist report needed', updateEveryWorkingDays: 5 },
      at('2026-11-12T09:00:00Z'),
    );
    expect(complaint.stages.stage1.extensions[0]).toMatchObject({ goodReason: 'Specialist report needed', updateEveryWorkingDays: 5, to: '2026-12-09' });
  });

  it('6.4: an extension is decided before the response falls due, not after', () => {
    expect(violation(() => extend(acknowledged(), { workingDays: 2, reason: 'Late' }, at('2026-11-19T09:00:00Z'))).provision).toBe('6.4');
  });

  it('6.4: only an acknowledged complaint has a response deadline to extend', () => {
    expect(violation(() => extend(logged(), { workingDays: 2, reason: 'x' }, at('2026-11-04T09:00:00Z'))).provision).toBe('6.4');
  });

  it('6.15: stage 2 extensions may total 20 working days without a good reason, not 21', () => {
    const ack2 = acknowledge(escalated(), { handlerId: 'h2', definition }, at('2026-11-13T09:00:00Z')).complaint;
    const ok = extend(ack2, { workingDays: 20, reason: 'Independent survey' }, at('2026-11-16T09:00:00Z')).complaint;
    expect(ok.deadlines.stage2).toMatchObject({ respondBy: '2026-12-11', extendedTo: '2027-01-13' });
    expect(violation(() => extend(ok, { workingDays: 1, reason: 'x' }, at('2026-11-16T09:00:00Z'))).provision).toBe('6.15');
  });
});

describe('responses', () => {
  it('6.9: records decision, reasons, remedies and outstanding actions with ids', () => {
    const { complaint } = respond(
      acknowledged(),
      {
        decision: 'partly_upheld',
        reasons: 'The repair was late',
        remedies: [{ kind: 'financial', description: 'For the delay', amount: 150, dueBy: '2026-11-24' }, { kind: 'apology', description: 'We apologise', done: true }],
        outstandingActions: [{ description: 'Replace tiles', dueBy: '2026-12-01' }],
      },
      at('2026-11-10T09:00:00Z'),
      newId,
    );
    expect(complaint.status).toBe('stage1_responded');
    expect(complaint.stages.stage1).toMatchObject({ respondedOn: '2026-11-10', decision: 'partly_upheld' });
    expect(complaint.remedies).toHaveLength(2);
    expect(complaint.outstandingActions[0]).toMatchObject({ stage: 1, dueBy: '2026-12-01', id: expect.any(String) });
    expect(nextDeadline(complaint)).toBeUndefined();
  });

  it('7.1: a financial remedy states its amount', () => {
    expect(
      violation(() =>
        respond(acknowledged(), { decision: 'upheld', reasons: 'r', remedies: [{ kind: 'financial', description: 'x', dueBy: '2026-11-24' }], outstandingActions: [] }, at('2026-11-10T09:00:00Z'), newId),
      ).provision,
    ).toBe('7.1');
  });

  it('6.9: a response needs reasons and an acknowledged complaint (the definition it answers)', () => {
    expect(violation(() => respond(acknowledged(), { decision: 'upheld', reasons: ' ', remedies: [], outstandingActions: [] }, at('2026-11-10T09:00:00Z'), newId)).provision).toBe('6.9');
    expect(violation(() => respond(logged(), { decision: 'upheld', reasons: 'r', remedies: [], outstandingActions: [] }, at('2026-11-10T09:00:00Z'), newId)).provision).toBe('6.9');
  });
});

describe('stage 2', () => {
  it('6.11: acknowledge by 5 working days after the escalation request; 6.12: no reason needed', () => {
    const c = escalate(responded1(), { requestedAt: '2026-11-11T16:00:00Z' }, at('2026-11-12T09:00:00Z')).complaint;
    expect(c.status).toBe('stage2_received');
    expect(c.stage).toBe(2);
    expect(c.deadlines.stage2).toEqual({ acknowledgeBy: '2026-11-18' });
    expect(c.escalation).toEqual({ requestedAt: '2026-11-11T16:00:00.000Z', parts: [], afterWindow: false });
  });

  it('6.14: final response by 20 working days after the stage 2 acknowledgement', () => {
    const c = acknowledge(escalated(), { handlerId: 'h2', definition }, at('2026-11-13T09:00:00Z')).complaint;
    expect(c.deadlines.stage2).toEqual({ acknowledgeBy: '2026-11-19', respondBy: '2026-12-11' });
  });

  it('6.13: the stage 2 handler must differ from the stage 1 handler', () => {
    expect(violation(() => acknowledge(escalated(), { handlerId: 'h1', definition }, at('2026-11-13T09:00:00Z'))).provision).toBe('6.13');
  });

  it('6.10: escalation only after a stage 1 response', () => {
    expect(violation(() => escalate(logged(), {}, at('2026-11-04T09:00:00Z'))).provision).toBe('6.10');
    expect(violation(() => escalate(acknowledged(), {}, at('2026-11-05T09:00:00Z'))).provision).toBe('6.10');
  });

  it('5.2: there is no third stage', () => {
    const ack2 = acknowledge(escalated(), { handlerId: 'h2', definition }, at('2026-11-13T09:00:00Z')).complaint;
    const final = respond(ack2, { decision: 'not_upheld', reasons: 'r', remedies: [], outstandingActions: [] }, at('2026-11-20T09:00:00Z'), newId).complaint;
    expect(final.status).toBe('stage2_responded');
    expect(violation(() => escalate(final, {}, at('2026-11-21T09:00:00Z'))).provision).toBe('5.2');
  });

  it('6.10 (FAQ): a request after the landlord’s escalation window is accepted at discretion and marked', () => {
    const c = escalate(responded1(), {}, at('2026-12-08T09:00:00Z', { escalationWindowWorkingDays: 20 })).complaint;
    expect(c.escalation?.afterWindow).toBe(false);
    const late = escalate(responded1(), {}, at('2026-12-09T09:00:00Z', { escalationWindowWorkingDays: 20 })).complaint;
    expect(late.escalation?.afterWindow).toBe(true);
  });
});

describe('refusals, withdrawal, closing', () => {
  it('2.4: refusal to accept at stage 1 records ground and explanation', () => {
    const { complaint } = refuse({ ...logged(), matter: { arose: '2023-05-01', basis: 'occurred' } }, { ground: 'over_12_months', explanation: 'The issue arose in 2023' }, at('2026-11-04T09:00:00Z'));
    expect(complaint.status).toBe('refused');
    expect(complaint.refusal).toEqual({ stage: 1, ground: 'over_12_months', explanation: 'The issue arose in 2023', refusedOn: '2026-11-04' });
    expect(nextDeadline(complaint)).toBeUndefined();
  });

  it('2.4: a refusal must explain itself', () => {
    expect(violation(() => refuse(logged(), { ground: 'other', explanation: '  ' }, at('2026-11-04T09:00:00Z'))).provision).toBe('2.4');
  });

  it('5.11: refusal to escalate at stage 2', () => {
    expect(refuse(escalated(), { ground: 'legal_proceedings', explanation: 'Court claim filed' }, at('2026-11-13T09:00:00Z')).complaint.refusal?.stage).toBe(2);
    expect(violation(() => refuse(acknowledged(), { ground: 'other', explanation: 'x' }, at('2026-11-05T09:00:00Z'))).provision).toBe('2.4');
  });

  it('a withdrawn complaint is not withdrawn twice (409); a finished one names the provision that finished it', () => {
    const gone = withdraw(logged(), { reason: 'Resolved' }, at('2026-11-04T09:00:00Z')).complaint;
    expect(gone.status).toBe('withdrawn');
    expect(() => withdraw(gone, {}, at('2026-11-05T09:00:00Z'))).toThrow(Conflict);
    const refused = refuse(logged(), { ground: 'legal_proceedings', explanation: 'Court claim filed' }, at('2026-11-04T09:00:00Z')).complaint;
    expect(violation(() => withdraw(refused, {}, at('2026-11-05T09:00:00Z'))).provision).toBe('2.4');
    const closedAtStage1 = close(responded1(), {}, at('2026-11-11T09:00:00Z')).complaint;
    expect(violation(() => withdraw(closedAtStage1, {}, at('2026-11-12T09:00:00Z'))).provision).toBe('6.10');
  });

  it('6.10: close after stage 1 only once the escalation window (20 working days from 10 Nov: 8 Dec) has passed', () => {
    const windowed = at('2026-12-08T09:00:00Z', { escalationWindowWorkingDays: 20 });
    expect(violation(() => close(responded1(), {}, windowed)).provision).toBe('6.10');
    expect(close(responded1(), {}, at('2026-12-09T09:00:00Z', { escalationWindowWorkingDays: 20 })).complaint.status).toBe('closed');
    expect(close(responded1(), {}, at('2026-11-11T09:00:00Z')).complaint.status).toBe('closed');
    expect(violation(() => close(acknowledged(), {}, at('2026-11-11T09:00:00Z'))).provision).toBe('6.10');
  });

  it('6.6: outstanding actions stay tracked after closing and complete once', () => {
    const withAction = respond(
      acknowledged(),
      { decision: 'upheld', reasons: 'r', remedies: [], outstandingActions: [{ description: 'Fix', dueBy: '2026-12-01' }] },
      at('2026-11-10T09:00:00Z'),
      () => 'act-1',
    ).complaint;
    const closed = close(withAction, {}, at('2026-11-11T09:00:00Z')).complaint;
    const done = completeAction(closed, 'act-1', at('2026-11-20T09:00:00Z'));
    expect(done.complaint.outstandingActions[0]?.completedAt).toBe('2026-11-20T09:00:00.000Z');
    expect(done.complaint.status).toBe('closed');
    expect(() => completeAction(done.complaint, 'act-1', at('2026-11-21T09:00:00Z'))).toThrow(Conflict);
    expect(() => completeAction(closed, 'nope', at('2026-11-21T09:00:00Z'))).toThrow(NotFound);
  });
});

describe('audit trail (5.12)', () => {
  it('each change bumps the version and records who, when, and what moved', () => {
    const before = logged();
    const { complaint, event } = acknowledge(before, { handlerId: 'h1', definition }, at('2026-11-04T09:00:00Z'));
    expect(complaint.version).toBe(before.version + 1);
    expect(event).toMatchObject({ seq: 2, type: 'acknowledged', actor: { userId: 'u-officer' }, at: '2026-11-04T09:00:00.000Z' });
    expect(event.before.status).toBe('stage1_received');
    expect(event.after.status).toBe('stage1_acknowledged');
    expect(event.after).not.toHaveProperty('resident');
  });
});
