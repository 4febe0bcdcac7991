import type { Division } from './division.js';
import type { PlainDate } from './plain-date.js';
import { statutoryBankHolidays } from './statutory-holidays.js';

/**
 * One division's bank holidays for any year: the published list where there is one, otherwise the
 * standing rules, computed on first use and kept. Deadlines run past any snapshot's last year.
 */
export class HolidayCalendar {
  private readonly computed = new Map<number, ReadonlySet<PlainDate>>();

  constructor(
    readonly division: Division,
    private readonly published: ReadonlyMap<number, ReadonlySet<PlainDate>> = new Map(),
  ) {}

  forYear(year: number): ReadonlySet<PlainDate> {
    const published = this.published.get(year);
    if (published) return published;
    let computed = this.computed.get(year);
    if (!computed) {
      computed = new Set(statutoryBankHolidays(this.division, year));
      this.computed.set(year, computed);
    }
    return computed;
  }

  isPublished(year: number): boolean {
    return this.published.has(year);
  }

  has(date: PlainDate): boolean {
    return this.forYear(Number(date.slice(0, 4))).has(date);
  }
}
