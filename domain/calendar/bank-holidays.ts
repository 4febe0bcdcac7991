import snapshot from './bank-holidays.json' with { type: 'json' };
import { isPlainDate, type PlainDate } from './plain-date.js';

export const DIVISIONS = ['england-and-wales', 'scotland', 'northern-ireland'] as const;
export type Division = (typeof DIVISIONS)[number];

/** The shape of https://www.gov.uk/bank-holidays.json, so a newer copy can replace the snapshot as it is. */
export interface BankHolidayFeed {
  [division: string]: { division: string; events: { title: string; date: string; notes?: string; bunting?: boolean }[] };
}

export type HolidaysByDivision = Record<Division, ReadonlySet<PlainDate>>;

/**
 * Reads a gov.uk-shaped feed. A feed missing a division or holding a malformed date is refused
 * whole: a silently short calendar would move every deadline.
 */
export function parseBankHolidayFeed(feed: unknown): HolidaysByDivision {
  if (typeof feed !== 'object' || feed === null) throw new TypeError('bank holiday feed: not an object');
  const byDivision = {} as Record<Division, Set<PlainDate>>;
  for (const division of DIVISIONS) {
    const entry = (feed as BankHolidayFeed)[division];
    if (!entry || !Array.isArray(entry.events)) throw new TypeError(`bank holiday feed: no events for ${division}`);
    const dates = new Set<PlainDate>();
    for (const event of entry.events) {
      if (typeof event?.date !== 'string' || !isPlainDate(event.date)) {
        throw new TypeError(`bank holiday feed: bad date ${JSON.stringify(event?.date)} in ${division}`);
      }
      dates.add(event.date);
    }
    byDivision[division] = dates;
  }
  return byDivision;
}

/** The snapshot shipped with the product (GOV.UK 2020-2027, 2028 computed from the standard rules). */
export const SHIPPED_BANK_HOLIDAYS: HolidaysByDivision = parseBankHolidayFeed(snapshot);
