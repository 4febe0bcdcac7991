import snapshot from './bank-holidays.json' with { type: 'json' };
import { DIVISIONS, type Division } from './division.js';
import { HolidayCalendar } from './holiday-calendar.js';
import { mergePublishedHolidays, parseBankHolidayFeed, type PublishedHolidays } from './published-holidays.js';

export { DIVISIONS, type Division } from './division.js';
export { HolidayCalendar } from './holiday-calendar.js';
export { mergePublishedHolidays, parseBankHolidayFeed, type BankHolidayFeed, type PublishedHolidays } from './published-holidays.js';

export type HolidaysByDivision = Record<Division, HolidayCalendar>;

export function holidaysByDivision(published: PublishedHolidays): HolidaysByDivision {
  const byDivision = {} as HolidaysByDivision;
  for (const division of DIVISIONS) byDivision[division] = new HolidayCalendar(division, published[division]);
  return byDivision;
}

/** The snapshot shipped with the product: gov.uk's feed for 2020-2027 as published. */
export const SHIPPED_PUBLISHED_HOLIDAYS: PublishedHolidays = parseBankHolidayFeed(snapshot);

/** The shipped snapshot, and the standing rules for every year outside it. */
export const SHIPPED_BANK_HOLIDAYS: HolidaysByDivision = holidaysByDivision(SHIPPED_PUBLISHED_HOLIDAYS);

/** A newer gov.uk feed merged into the snapshot: the feed's whole years win, the rest stay. */
export function holidaysWithFeed(feed: unknown): HolidaysByDivision {
  return holidaysByDivision(mergePublishedHolidays(SHIPPED_PUBLISHED_HOLIDAYS, parseBankHolidayFeed(feed)));
}
