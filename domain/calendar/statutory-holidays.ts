import type { Division } from './division.js';
import { addDays, isoWeekday, type PlainDate } from './plain-date.js';

const FIRST_GREGORIAN_YEAR = 1583;
const LAST_FOUR_DIGIT_YEAR = 9999;

function assertYear(year: number): void {
  if (!Number.isInteger(year) || year < FIRST_GREGORIAN_YEAR || year > LAST_FOUR_DIGIT_YEAR) {
    throw new RangeError(`bank holidays: no rules for year ${year}`);
  }
}

function plainDate(year: number, month: number, day: number): PlainDate {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Easter Sunday by the Gregorian computus (the anonymous algorithm, as given by Meeus). */
export function easterSunday(year: number): PlainDate {
  assertYear(year);
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const monthDay = h + l - 7 * m + 114;
  return plainDate(year, Math.floor(monthDay / 31), (monthDay % 31) + 1);
}

function firstMonday(year: number, month: number): PlainDate {
  const first = plainDate(year, month, 1);
  return addDays(first, (8 - isoWeekday(first)) % 7);
}

function lastMonday(year: number, month: number): PlainDate {
  const last = addDays(plainDate(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1), -1);
  return addDays(last, -((isoWeekday(last) + 6) % 7));
}

const isWeekend = (date: PlainDate): boolean => isoWeekday(date) > 5;

/**
 * A division's bank holidays in a year by the standing rules gov.uk's lists follow (the Banking and
 * Financial Dealings Act 1971, the days proclaimed under it every year, the St Andrew's Day Bank
 * Holiday (Scotland) Act 2007). One-off or moved days (a jubilee, a funeral, VE day) cannot be
 * computed, which is why published years override these. Earlier years, whose rules differed, are
 * computed by today's rules all the same: no complaint under the 2024 Code predates the snapshot.
 */
export function statutoryBankHolidays(division: Division, year: number): PlainDate[] {
  const easter = easterSunday(year);
  const scotland = division === 'scotland';
  const moveable = [
    addDays(easter, -2), // Good Friday
    ...(scotland ? [] : [addDays(easter, 1)]), // Easter Monday
    firstMonday(year, 5), // early May
    lastMonday(year, 5), // spring
    scotland ? firstMonday(year, 8) : lastMonday(year, 8), // summer
  ];
  const fixed = [
    plainDate(year, 1, 1),
    ...(scotland ? [plainDate(year, 1, 2)] : []),
    ...(division === 'northern-ireland' ? [plainDate(year, 3, 17), plainDate(year, 7, 12)] : []),
    ...(scotland ? [plainDate(year, 11, 30)] : []),
    plainDate(year, 12, 25),
    plainDate(year, 12, 26),
  ];
  const holidays = new Set([...moveable, ...fixed.filter((date) => !isWeekend(date))]);
  // A fixed day on a weekend moves to the next weekday not already a holiday, taken in date order,
  // after the weekday holidays are placed. So Christmas on a Sunday moves past Boxing Day (Mon 26)
  // to Tue 27, and Christmas and Boxing Day on Sat/Sun become Mon 27 and Tue 28, as gov.uk lists them.
  for (const date of fixed.filter(isWeekend)) {
    let substitute = addDays(date, 1);
    while (isWeekend(substitute) || holidays.has(substitute)) substitute = addDays(substitute, 1);
    holidays.add(substitute);
  }
  return [...holidays].sort();
}
