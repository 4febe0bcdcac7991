import { addDays, isPlainDate, type PlainDate } from '../calendar/plain-date.js';
import { InvalidInput } from '../errors.js';

/** A reporting period: whole days, both ends included, as dates in the landlord's zone. */
export interface Period {
  from: PlainDate;
  to: PlainDate;
}

export function period(from: string, to: string): Period {
  if (!isPlainDate(from)) throw new InvalidInput('from', 'must be a calendar date (YYYY-MM-DD)');
  if (!isPlainDate(to)) throw new InvalidInput('to', 'must be a calendar date (YYYY-MM-DD)');
  if (to < from) throw new InvalidInput('to', 'must not be before from');
  return { from, to };
}

/** A filter by dates where either end may be open; the same order rule as a period. */
export function openPeriod(from: PlainDate | undefined, to: PlainDate | undefined): { from?: PlainDate; to?: PlainDate } {
  if (from !== undefined && to !== undefined && to < from) throw new InvalidInput('to', 'must not be before from');
  return { ...(from !== undefined && { from }), ...(to !== undefined && { to }) };
}

export const inPeriod = (date: PlainDate, { from, to }: Period): boolean => date >= from && date <= to;

const pad = (n: number): string => String(n).padStart(2, '0');

export interface FinancialYear extends Period {
  /** The calendar year it starts in: `annual?year=2025` is the year from April 2025 for an April landlord. */
  year: number;
  /** "2025/26", or "2025" when the financial year is the calendar year. */
  label: string;
}

/** The landlord's financial year starting in `year` (8.1: the annual report covers it; TSM years run April to March). */
export function financialYear(year: number, startMonth: number): FinancialYear {
  if (!Number.isInteger(year) || year < 1900 || year > 9998) throw new InvalidInput('year', 'must be a four-digit year');
  if (!Number.isInteger(startMonth) || startMonth < 1 || startMonth > 12) throw new InvalidInput('financialYearStartMonth', 'must be a month, 1 to 12');
  const from = `${year}-${pad(startMonth)}-01`;
  const to = addDays(startMonth === 1 ? `${year + 1}-01-01` : `${year + 1}-${pad(startMonth)}-01`, -1);
  const label = startMonth === 1 ? String(year) : `${year}/${pad((year + 1) % 100)}`;
  return { year, label, from, to };
}

/** The financial year a date falls in. */
export function financialYearOf(date: PlainDate, startMonth: number): FinancialYear {
  const [year, month] = date.split('-').map(Number) as [number, number];
  return financialYear(month >= startMonth ? year : year - 1, startMonth);
}

/**
 * The period just before this one, to compare against (9.7a): the same number of whole months when the
 * period is whole months (a quarter against the quarter before), else the same number of days.
 */
export function previousPeriod(current: Period): Period {
  const { from, to } = current;
  const wholeMonths = from.endsWith('-01') && addDays(to, 1).endsWith('-01');
  if (!wholeMonths) return { from: addDays(from, -periodLength(current)), to: addDays(from, -1) };
  const months = monthsOf(current).length;
  const [year, month] = from.split('-').map(Number) as [number, number];
  const index = year * 12 + (month - 1) - months;
  return { from: `${Math.floor(index / 12)}-${pad((index % 12) + 1)}-01`, to: addDays(from, -1) };
}

/** Days in the period, both ends included. */
export function periodLength({ from, to }: Period): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
}

/** The calendar months (YYYY-MM) the period touches, in order. */
export function monthsOf({ from, to }: Period): string[] {
  const months: string[] = [];
  let [year, month] = from.split('-').map(Number) as [number, number];
  const last = to.slice(0, 7);
  for (let key = `${year}-${pad(month)}`; key <= last; key = `${year}-${pad(month)}`) {
    months.push(key);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}
