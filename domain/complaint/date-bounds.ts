import { addDays, dateInZone, type PlainDate } from '../calendar/plain-date.js';
import { InvalidInput } from '../errors.js';

/**
 * The dates a caller may give, bounded to what complaint handling makes sensible. Every deadline,
 * reminder and check is computed from these, so bounding them keeps every computed instant in a
 * range the calendar, the due index (string order of `YYYY-MM-DD`) and EventBridge Scheduler's
 * `at(yyyy-mm-ddThh:mm:ss)` all handle; unbounded, a `dueBy` of 9999-12-31 scheduled a check in year
 * 10000 and a `receivedAt` in year 999 could not be counted in working days at all.
 */

/**
 * How far back a receipt (or an escalation request, or a logged call) may be dated: six years, the
 * limitation period for most claims in England (Limitation Act 1980, s.5). Older matters are not
 * complaints a landlord can still put right through its procedure (2.3 lets it refuse after 12 months).
 */
export const MAX_PAST_YEARS = 6;

/**
 * How far ahead an action, remedy or extended response may be dated: two years (731 days, a leap
 * day included). The Code expects remedies and actions to be timely (6.6, 6.17, 7.1); a date past
 * this is a typo, not a plan, and the landlord can record a new date when it gets closer.
 */
export const HORIZON_DAYS = 731;

/** The earliest instant a caller may date something at `now`. */
export function earliestInstant(now: Date): Date {
  const floor = new Date(now.getTime());
  floor.setUTCFullYear(floor.getUTCFullYear() - MAX_PAST_YEARS);
  return floor;
}

/** The last date something may be due, seen from `today` in the landlord's zone. */
export function latestDueDate(today: PlainDate): PlainDate {
  return addDays(today, HORIZON_DAYS);
}

/** An instant a caller says something happened: not in the future, not before the floor. */
export function pastInstantInBounds(instant: Date, now: Date, field: string): Date {
  if (Number.isNaN(instant.getTime())) throw new InvalidInput(field, 'must be an ISO date-time');
  if (instant.getTime() > now.getTime()) throw new InvalidInput(field, 'must not be in the future');
  const floor = earliestInstant(now);
  if (instant.getTime() < floor.getTime()) {
    throw new InvalidInput(field, `must not be more than ${MAX_PAST_YEARS} years ago (earliest ${floor.toISOString().slice(0, 10)})`);
  }
  return instant;
}

/** A date something already happened on (a referral, a determination): not after today, not before the floor. */
export function pastDateInBounds(date: PlainDate, today: PlainDate, field: string): PlainDate {
  if (date > today) throw new InvalidInput(field, 'must not be in the future');
  const earliest = `${String(Number(today.slice(0, 4)) - MAX_PAST_YEARS).padStart(4, '0')}${today.slice(4)}`;
  if (date < earliest) throw new InvalidInput(field, `must not be more than ${MAX_PAST_YEARS} years ago (earliest ${earliest})`);
  return date;
}

/** A date something is due by: on or after the complaint's receipt, within the horizon. */
export function dueDateInBounds(dueBy: PlainDate, bounds: { receivedOn: PlainDate; today: PlainDate }, field: string): PlainDate {
  if (dueBy < bounds.receivedOn) throw new InvalidInput(field, `must not be before the complaint was received (${bounds.receivedOn})`);
  const latest = latestDueDate(bounds.today);
  if (dueBy > latest) throw new InvalidInput(field, `must be within ${HORIZON_DAYS} days (2 years) of today: on or before ${latest}`);
  return dueBy;
}

/** Every dated remedy and outstanding action of a response, each named by its place in the request. */
export function responseDatesInBounds(
  input: { remedies: readonly { dueBy?: PlainDate }[]; outstandingActions: readonly { dueBy: PlainDate }[] },
  bounds: { receivedOn: PlainDate; now: Date; timeZone: string },
): void {
  const dateBounds = { receivedOn: bounds.receivedOn, today: dateInZone(bounds.now, bounds.timeZone) };
  input.remedies.forEach((remedy, index) => remedy.dueBy !== undefined && dueDateInBounds(remedy.dueBy, dateBounds, `remedies.${index}.dueBy`));
  input.outstandingActions.forEach((action, index) => dueDateInBounds(action.dueBy, dateBounds, `outstandingActions.${index}.dueBy`));
}
