import { DIVISIONS, type Division } from './division.js';
import { isPlainDate, type PlainDate } from './plain-date.js';

/** The shape of https://www.gov.uk/bank-holidays.json, so a newer copy can be supplied as it is. */
export interface BankHolidayFeed {
  [division: string]: { division: string; events: { title: string; date: string; notes?: string; bunting?: boolean }[] };
}

/** Published holidays per division, keyed by year, holding only the years the data covers whole. */
export type PublishedHolidays = Record<Division, ReadonlyMap<number, ReadonlySet<PlainDate>>>;

const yearOf = (date: PlainDate): number => Number(date.slice(0, 4));

/**
 * The years a division's events cover whole. gov.uk's feed is a rolling window, and a copy of it
 * can start or end part-way through a year; taking such a year as published would delete the
 * holidays the cut left out (a feed starting in July 2022 would drop the 3 June jubilee) and move
 * deadlines. So a year counts only if the division has events in it and its events reach from
 * that year's New Year holiday (1 Jan or its substitute, never after 3 Jan) to its Christmas
 * holidays (never before 25 Dec). A year in the middle of the range passes whatever it holds; a cut
 * year is left to the data beneath (the snapshot, then the rules), even if it names a new day:
 * gov.uk publishes whole years, so only a hand-cut file loses anything.
 */
function wholeYears(dates: readonly PlainDate[]): Map<number, Set<PlainDate>> {
  const byYear = new Map<number, Set<PlainDate>>();
  if (dates.length === 0) return byYear;
  const sorted = [...dates].sort();
  const first = sorted[0]!;
  const last = sorted[sorted.length - 1]!;
  for (const date of sorted) {
    const year = yearOf(date);
    if (first > `${year}-01-03` || last < `${year}-12-25`) continue;
    let days = byYear.get(year);
    if (!days) byYear.set(year, (days = new Set()));
    days.add(date);
  }
  return byYear;
}

/**
 * Reads a gov.uk-shaped feed. A feed missing a division or holding a malformed date is refused
 * whole: a silently short calendar would move every deadline.
 */
export function parseBankHolidayFeed(feed: unknown): PublishedHolidays {
  if (typeof feed !== 'object' || feed === null) throw new TypeError('bank holiday feed: not an object');
  const byDivision = {} as PublishedHolidays;
  for (const division of DIVISIONS) {
    const entry = (feed as BankHolidayFeed)[division];
    if (!entry || !Array.isArray(entry.events)) throw new TypeError(`bank holiday feed: no events for ${division}`);
    const dates: PlainDate[] = [];
    for (const event of entry.events) {
      if (typeof event?.date !== 'string' || !isPlainDate(event.date)) {
        throw new TypeError(`bank holiday feed: bad date ${JSON.stringify(event?.date)} in ${division}`);
      }
      dates.push(event.date);
    }
    byDivision[division] = wholeYears(dates);
  }
  return byDivision;
}

/**
 * Lays newer published data over older, a division's year at a time: a year the newer data covers
 * is taken from it whole (so a proclaimed or moved day replaces the old list), every other year
 * stays as it was (so a rolling feed that has dropped 2022 keeps the 2022 state funeral).
 */
export function mergePublishedHolidays(older: PublishedHolidays, newer: PublishedHolidays): PublishedHolidays {
  const merged = {} as PublishedHolidays;
  for (const division of DIVISIONS) merged[division] = new Map([...older[division], ...newer[division]]);
  return merged;
}
