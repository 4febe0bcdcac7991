import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SHIPPED_BANK_HOLIDAYS } from '../../domain/calendar/bank-holidays.js';
import { addDays, dateInZone } from '../../domain/calendar/plain-date.js';
import { WorkingCalendar } from '../../domain/calendar/working-calendar.js';
import type { Complaint } from '../../domain/complaint/complaint.js';
import { HORIZON_DAYS, MAX_PAST_YEARS } from '../../domain/complaint/date-bounds.js';
import { MAX_EXTENSIONS_PER_STAGE, MAX_EXTENSION_WORKING_DAYS_PER_STAGE } from '../../domain/complaint/extension-limits.js';
import { acknowledge, escalate, extend, logComplaint, respond, type LandlordPolicy, type TransitionContext } from '../../domain/complaint/lifecycle.js';
import { InvalidInput, RuleViolation } from '../../domain/errors.js';
import { desiredSchedules } from '../../domain/schedules/deadline-schedules.js';
import { AT_EXPRESSION, atExpression, scheduleInstant } from '../../domain/schedules/scheduler-time.js';

const policy: LandlordPolicy = { timeZone: 'Europe/London', calendar: new WorkingCalendar(SHIPPED_BANK_HOLIDAYS['england-and-wales']) };
const at = (iso: string | Date): TransitionContext => ({ now: new Date(iso), actor: { userId: 'u1', roles: ['officer'] }, policy });
const definition = { understanding: 'Leak', outcomesSought: ['Repair'], notResponsibleFor: [], excludedParts: [] };
const ids = { id: 'c1', reference: 'CMP-2026-000001', landlordId: 'L1' };
let counter = 0;
const newId = () => `id-${++counter}`;

const NOW = '2026-11-04T09:00:00Z';
const logged = (receivedAt = '2026-11-02T10:00:00Z', now = NOW) =>
  logComplaint({ channel: 'phone', resident: { name: 'A' }, description: 'x', receivedAt }, ids, at(now)).complaint;
const acknowledged = (c: Complaint = logged()) => acknowledge(c, { handlerId: 'h1', definition }, at(NOW)).complaint;
const responded = (c: Complaint = acknowledged()) =>
  respond(c, { decision: 'upheld', reasons: 'r', remedies: [], outstandingActions: [] }, at('2026-11-10T09:00:00Z'), newId).complaint;

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

describe('dates a caller gives are bounded (10.1)', () => {
  it(`6.2: receivedAt may be up to ${MAX_PAST_YEARS} years back, not earlier; year 999 is a 400, not a RangeError`, () => {
    expect(logged('2020-11-04T09:00:00Z').receivedAt).toBe('2020-11-04T09:00:00.000Z');
    for (const receivedAt of ['2020-11-04T08:59:59Z', '1999-12-31T00:00:00Z', '0999-01-01T00:00:00Z', '0000-01-01T00:00:00Z']) {
      const error = thrown(() => logged(receivedAt));
      expect(error, receivedAt).toBeInstanceOf(InvalidInput);
      expect(error).toMatchObject({ field: 'receivedAt', message: expect.stringContaining('earliest 2020-11-04') });
    }
  });

  it('6.11: an escalation requestedAt in year 999 is refused (it used to pass the respondedOn check as a string and throw later)', () => {
    expect(thrown(() => escalate(responded(), { requestedAt: '0999-06-01T00:00:00Z' }, at('2026-11-12T09:00:00Z')))).toMatchObject({ field: 'requestedAt' });
    expect(thrown(() => escalate(responded(), { requestedAt: '0999-06-01T00:00:00Z' }, at('2026-11-12T09:00:00Z')))).toBeInstanceOf(InvalidInput);
  });

  it(`6.6, 6.17: action and remedy dates are on or after receipt and within ${HORIZON_DAYS} days of today`, () => {
    const answer = (dueBy: string, remedyDueBy?: string) =>
      respond(
        acknowledged(),
        {
          decision: 'upheld',
          reasons: 'r',
          remedies: [{ kind: 'apology', description: 'Sorry', ...(remedyDueBy ? { dueBy: remedyDueBy } : { done: true }) }],
          outstandingActions: [{ description: 'Fix', dueBy }],
        },
        at(NOW),
        newId,
      );
    const latest = addDays('2026-11-04', HORIZON_DAYS);
    expect(latest).toBe('2028-11-04');
    expect(answer(latest).complaint.outstandingActions[0]!.dueBy).toBe(latest);
    expect(answer('2026-11-02').complaint.status).toBe('stage1_responded'); // the day of receipt
    expect(thrown(() => answer('9999-12-31'))).toMatchObject({ field: 'outstandingActions.0.dueBy', message: expect.stringContaining(latest) });
    expect(thrown(() => answer(addDays(latest, 1)))).toBeInstanceOf(InvalidInput);
    expect(thrown(() => answer('2026-11-01'))).toMatchObject({ field: 'outstandingActions.0.dueBy', message: expect.stringContaining('2026-11-02') });
    expect(thrown(() => answer('2026-12-01', '0001-01-01'))).toMatchObject({ field: 'remedies.0.dueBy' });
  });

  it(`6.4: a stage is extended at most ${MAX_EXTENSIONS_PER_STAGE} times and ${MAX_EXTENSION_WORKING_DAYS_PER_STAGE} working days, even with a good reason`, () => {
    let complaint = acknowledged();
    for (let n = 0; n < MAX_EXTENSIONS_PER_STAGE; n += 1) {
      complaint = extend(complaint, { workingDays: 1, reason: 'More', goodReason: 'Needed', updateEveryWorkingDays: 5 }, at(NOW)).complaint;
    }
    const sixth = thrown(() => extend(complaint, { workingDays: 1, reason: 'More', goodReason: 'Needed', updateEveryWorkingDays: 5 }, at(NOW)));
    expect(sixth).toBeInstanceOf(RuleViolation);
    expect(sixth).toMatchObject({ provision: '6.4' });
    const tooLong = thrown(() => extend(acknowledged(), { workingDays: MAX_EXTENSION_WORKING_DAYS_PER_STAGE + 1, reason: 'Long', goodReason: 'Needed', updateEveryWorkingDays: 5 }, at(NOW)));
    expect(tooLong).toMatchObject({ provision: '6.4', message: expect.stringContaining(`at most ${MAX_EXTENSION_WORKING_DAYS_PER_STAGE}`) });
    expect(extend(acknowledged(), { workingDays: MAX_EXTENSION_WORKING_DAYS_PER_STAGE, reason: 'Long', goodReason: 'Needed', updateEveryWorkingDays: 5 }, at(NOW)).complaint.stages.stage1.extensions).toHaveLength(1);
  });

  it('property: any date a caller may give is accepted or refused as bad input; none throws anything else', () => {
    const instant = fc.date({ min: new Date('0000-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true });
    fc.assert(
      fc.property(instant, instant, (received, due) => {
        for (const attempt of [
          () => logged(received.toISOString()),
          () =>
            respond(acknowledged(), { decision: 'upheld', reasons: 'r', remedies: [], outstandingActions: [{ description: 'Fix', dueBy: due.toISOString().slice(0, 10) }] }, at(NOW), newId),
          () => escalate(responded(), { requestedAt: received.toISOString() }, at('2026-11-12T09:00:00Z')),
        ]) {
          try {
            attempt();
          } catch (error) {
            if (!(error instanceof InvalidInput)) throw error;
          }
        }
      }),
      { seed: 10_1, numRuns: 300 },
    );
  });
});

describe('every schedule instant is a valid EventBridge at() expression (10.1)', () => {
  it('at() takes years 1970-9999 only: year 10000 and invalid dates are refused, never formatted', () => {
    expect(atExpression(new Date('2026-11-04T23:59:59.999Z'))).toBe('at(2026-11-04T23:59:59)');
    expect(atExpression(new Date('9999-12-31T23:59:59Z'))).toBe('at(9999-12-31T23:59:59)');
    expect(() => atExpression(new Date('+010000-01-01T00:00:00Z'))).toThrow(RangeError);
    expect(() => atExpression(new Date('nonsense'))).toThrow(RangeError);
    expect(() => scheduleInstant(new Date('1969-12-31T23:59:59Z'), 'check')).toThrow(/cannot be scheduled/);
  });

  it('property: for any receipt, response and action dates within the bounds, every schedule formats as at(yyyy-mm-ddThh:mm:ss)', () => {
    const now = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2090-12-31T00:00:00Z'), noInvalidDate: true });
    fc.assert(
      fc.property(now, fc.double({ min: 0, max: 1, noNaN: true }), fc.array(fc.integer({ min: 0, max: HORIZON_DAYS }), { minLength: 1, maxLength: 5 }), (nowDate, back, aheads) => {
        const receivedAt = new Date(nowDate.getTime() - back * MAX_PAST_YEARS * 365 * 86_400_000);
        const complaint = logComplaint({ channel: 'web', resident: { name: 'A' }, description: 'x', receivedAt: receivedAt.toISOString() }, ids, at(nowDate)).complaint;
        const acked = acknowledge(complaint, { handlerId: 'h1', definition }, at(nowDate)).complaint;
        const today = dateInZone(nowDate, policy.timeZone);
        const answered = respond(
          acked,
          { decision: 'upheld', reasons: 'r', remedies: [], outstandingActions: aheads.map((ahead) => ({ description: 'Fix', dueBy: addDays(today, ahead) })) },
          at(nowDate),
          newId,
        ).complaint;
        for (const c of [complaint, acked, answered]) {
          for (const schedule of desiredSchedules(c, policy, 2, nowDate)) {
            expect(atExpression(new Date(schedule.fireAt))).toMatch(AT_EXPRESSION);
          }
        }
      }),
      { seed: 10_1, numRuns: 200 },
    );
  });
});
