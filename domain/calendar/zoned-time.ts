import { addDays, type PlainDate } from './plain-date.js';

const offsetFormatters = new Map<string, Intl.DateTimeFormat>();

/** Minutes the zone is ahead of UTC at an instant (60 for London in summer, 0 in winter). */
function offsetMinutes(instant: Date, timeZone: string): number {
  let formatter = offsetFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    offsetFormatters.set(timeZone, formatter);
  }
  const parts = Object.fromEntries(formatter.formatToParts(instant).map((part) => [part.type, part.value]));
  const asUtc = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

/**
 * The instant a wall-clock time on a date happens in a zone (e.g. 09:00 on 30 March 2026 in London
 * is 08:00Z, BST). Times that do not exist or happen twice at a clock change resolve to the later.
 */
export function zonedInstant(date: PlainDate, time: string, timeZone: string): Date {
  const naive = Date.parse(`${date}T${time}:00Z`);
  let instant = naive - offsetMinutes(new Date(naive), timeZone) * 60_000;
  // A second pass settles instants whose offset differs from the first guess's (near a change).
  instant = naive - offsetMinutes(new Date(instant), timeZone) * 60_000;
  return new Date(instant);
}

/** The end of a calendar date in a zone: midnight at the start of the next day. */
export function endOfDay(date: PlainDate, timeZone: string): Date {
  return zonedInstant(addDays(date, 1), '00:00', timeZone);
}
