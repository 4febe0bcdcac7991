/**
 * EventBridge Scheduler fires one-time schedules from `at(yyyy-mm-ddThh:mm:ss)`: a four-digit year,
 * no offset, no fraction (taken in UTC here). An instant outside years 1970-9999 has no such form
 * (`toISOString` writes year 10000 as `+010000`), and the local scheduler and the due index compare
 * these strings, so an instant that cannot be written this way must never reach a schedule.
 */
export const AT_EXPRESSION = /^at\((\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})\)$/;

const EARLIEST = Date.UTC(1970, 0, 1);
const LATEST = Date.UTC(9999, 11, 31, 23, 59, 59);

export function isSchedulable(instant: Date): boolean {
  const time = instant.getTime();
  return Number.isFinite(time) && time >= EARLIEST && time <= LATEST;
}

/** The `at(...)` expression for an instant, in UTC to the second. */
export function atExpression(instant: Date): string {
  if (!isSchedulable(instant)) throw new RangeError(`${String(instant)} cannot be scheduled: at() takes years 1970-9999`);
  return `at(${instant.toISOString().slice(0, 19)})`;
}

/**
 * The instant as a schedule stores it (ISO, UTC). The dates callers give are bounded
 * (domain/complaint/date-bounds.ts), so failing here is a bug, never bad input: it throws rather than
 * queue a schedule that could not be created.
 */
export function scheduleInstant(instant: Date, what: string): string {
  if (!isSchedulable(instant)) throw new RangeError(`the ${what} falls at ${String(instant)}, which cannot be scheduled`);
  return instant.toISOString();
}
