import { addDays, isoWeekday, type PlainDate } from './plain-date.js';

/** What a calendar needs of a holiday list: a HolidayCalendar (any year) or a plain Set. */
export interface HolidayLookup {
  has(date: PlainDate): boolean;
}

/**
 * A landlord's working days: not Saturday or Sunday, not a bank holiday of its UK division,
 * not one of its own closure days (FAQ: "do not count days when you're closed").
 */
export class WorkingCalendar {
  constructor(
    private readonly bankHolidays: HolidayLookup,
    private readonly closureDays: ReadonlySet<PlainDate> = new Set(),
  ) {}

  isWorkingDay(date: PlainDate): boolean {
    return isoWeekday(date) < 6 && !this.bankHolidays.has(date) && !this.closureDays.has(date);
  }

  /**
   * The n-th working day after `from`. The day after the event is the first candidate, so the
   * next working day is day one (Code FAQ on 6.2), whether or not `from` itself was a working day.
   */
  addWorkingDays(from: PlainDate, n: number): PlainDate {
    if (!Number.isInteger(n) || n < 0) throw new RangeError(`working days must be a whole number >= 0, got ${n}`);
    let date = from;
    let counted = 0;
    while (counted < n) {
      date = addDays(date, 1);
      if (this.isWorkingDay(date)) counted += 1;
    }
    return date;
  }

  /** The n-th working day before `to` (n = 0: `to` itself): when a reminder n working days ahead falls. */
  subtractWorkingDays(to: PlainDate, n: number): PlainDate {
    if (!Number.isInteger(n) || n < 0) throw new RangeError(`working days must be a whole number >= 0, got ${n}`);
    let date = to;
    let counted = 0;
    while (counted < n) {
      date = addDays(date, -1);
      if (this.isWorkingDay(date)) counted += 1;
    }
    return date;
  }

  /** Working days in (from, to]: how many days of the clock have run from `from` to `to`. */
  workingDaysBetween(from: PlainDate, to: PlainDate): number {
    let count = 0;
    for (let date = addDays(from, 1); date <= to; date = addDays(date, 1)) {
      if (this.isWorkingDay(date)) count += 1;
    }
    return count;
  }

  /** The first working day on or after `date`. */
  onOrNextWorkingDay(date: PlainDate): PlainDate {
    let day = date;
    while (!this.isWorkingDay(day)) day = addDays(day, 1);
    return day;
  }
}
