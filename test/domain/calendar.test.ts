import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseBankHolidayFeed, SHIPPED_BANK_HOLIDAYS } from '../../domain/calendar/bank-holidays.js';
import { addDays, dateInZone, isPlainDate, isoWeekday } from '../../domain/calendar/plain-date.js';
import { WorkingCalendar } from '../../domain/calendar/working-calendar.js';

const england = new WorkingCalendar(SHIPPED_BANK_HOLIDAYS['england-and-wales']);

const anyDate = fc
  .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const closureDays = fc.uniqueArray(anyDate, { maxLength: 20 }).map((days) => new Set(days));

describe('bank holidays (gov.uk snapshot, then the rules; checked against tsm-and-calendar.md)', () => {
  it.each([
    ['england-and-wales', '2026-12-28', true], // substitute for Boxing Day on a Saturday
    ['england-and-wales', '2026-08-31', true],
    ['england-and-wales', '2026-08-03', false],
    ['scotland', '2026-08-03', true],
    ['scotland', '2026-04-06', false], // no Easter Monday in Scotland
    ['scotland', '2026-11-30', true],
    ['northern-ireland', '2026-07-13', true], // Boyne substitute
    ['northern-ireland', '2026-03-17', true],
    ['england-and-wales', '2022-09-19', true], // one-off: state funeral
    ['england-and-wales', '2023-05-08', true], // one-off: coronation
    ['england-and-wales', '2028-01-03', true], // computed substitute
    ['scotland', '2029-01-02', true], // computed, past the snapshot
  ] as const)('%s %s is a bank holiday: %s', (division, date, expected) => {
    expect(SHIPPED_BANK_HOLIDAYS[division].has(date)).toBe(expected);
  });

  it('holds 8 England and Wales holidays in 2026 and every published date is a weekday', () => {
    const holidays = SHIPPED_BANK_HOLIDAYS['england-and-wales'];
    expect(holidays.forYear(2026).size).toBe(8);
    for (let year = 2020; year <= 2027; year++) {
      expect(holidays.isPublished(year)).toBe(true);
      for (const date of holidays.forYear(year)) expect(isoWeekday(date)).toBeLessThan(6);
    }
  });

  it('refuses a feed that lacks a division or holds a bad date, rather than run a short calendar', () => {
    expect(() => parseBankHolidayFeed({ 'england-and-wales': { division: 'england-and-wales', events: [] } })).toThrow(/scotland/);
    const bad = {
      'england-and-wales': { division: 'england-and-wales', events: [{ title: 'x', date: '2026-02-30' }] },
      scotland: { division: 'scotland', events: [] },
      'northern-ireland': { division: 'northern-ireland', events: [] },
    };
    expect(() => parseBankHolidayFeed(bad)).toThrow(/2026-02-30/);
  });
});

describe('working days', () => {
  it.each([
    // received, n, expected: the next working day is day one
    ['2026-11-23', 5, '2026-11-30'], // Monday -> next Monday
    ['2026-11-27', 1, '2026-11-30'], // Friday -> Monday
    ['2026-11-28', 1, '2026-11-30'], // Saturday -> Monday is day one
    ['2026-11-29', 5, '2026-12-04'], // Sunday -> Monday is day one, Friday day five
    ['2026-12-22', 5, '2026-12-31'], // over Christmas and the substitute Boxing Day (28th)
    ['2026-03-31', 5, '2026-04-09'], // over Good Friday and Easter Monday
    ['2026-11-23', 0, '2026-11-23'],
  ])('6.2: %s + %i working days is %s', (from, n, expected) => {
    expect(england.addWorkingDays(from, n)).toBe(expected);
  });

  it('skips the landlord’s own closure days (FAQ: days it is closed do not count)', () => {
    const closed = new WorkingCalendar(SHIPPED_BANK_HOLIDAYS['england-and-wales'], new Set(['2026-12-29', '2026-12-30', '2026-12-31']));
    expect(closed.addWorkingDays('2026-12-22', 5)).toBe('2027-01-06'); // 23, 24, then New Year's Day skipped: 4, 5, 6 Jan
  });

  it('uses the division’s holidays: Easter Monday counts in Scotland', () => {
    const scotland = new WorkingCalendar(SHIPPED_BANK_HOLIDAYS.scotland);
    expect(scotland.addWorkingDays('2026-04-02', 1)).toBe('2026-04-06');
    expect(england.addWorkingDays('2026-04-02', 1)).toBe('2026-04-07');
  });

  it('refuses negative or fractional counts', () => {
    expect(() => england.addWorkingDays('2026-01-05', -1)).toThrow(RangeError);
    expect(() => england.addWorkingDays('2026-01-05', 1.5)).toThrow(RangeError);
  });

  it('property: the result is a working day, and exactly n working days have run', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: 1, max: 60 }), closureDays, (from, n, closed) => {
        const calendar = new WorkingCalendar(SHIPPED_BANK_HOLIDAYS['england-and-wales'], closed);
        const due = calendar.addWorkingDays(from, n);
        expect(calendar.isWorkingDay(due)).toBe(true);
        expect(closed.has(due)).toBe(false);
        expect(calendar.workingDaysBetween(from, due)).toBe(n);
        expect(calendar.workingDaysBetween(from, addDays(due, -1))).toBe(n - 1);
      }),
    );
  });

  it('property: strictly monotonic in n, and adding a then b equals adding a + b', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: 0, max: 40 }), fc.integer({ min: 1, max: 40 }), closureDays, (from, a, b, closed) => {
        const calendar = new WorkingCalendar(SHIPPED_BANK_HOLIDAYS.scotland, closed);
        expect(calendar.addWorkingDays(from, a + b) > calendar.addWorkingDays(from, a)).toBe(true);
        expect(calendar.addWorkingDays(calendar.addWorkingDays(from, a), b)).toBe(calendar.addWorkingDays(from, a + b));
      }),
    );
  });

  it('property: an event on a non-working day has the same deadline as one on the next working day’s eve', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: 1, max: 30 }), (from, n) => {
        const firstWorking = england.onOrNextWorkingDay(addDays(from, 1));
        // Day one is the first working day after the event, whatever day the event fell on.
        expect(england.addWorkingDays(from, 1)).toBe(firstWorking);
        expect(england.addWorkingDays(from, n)).toBe(england.addWorkingDays(addDays(firstWorking, -1), n));
      }),
    );
  });

  it('property: a deadline never lands on a weekend, bank holiday or closure day', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: 1, max: 30 }), closureDays, (from, n, closed) => {
        const calendar = new WorkingCalendar(SHIPPED_BANK_HOLIDAYS['northern-ireland'], closed);
        const due = calendar.addWorkingDays(from, n);
        expect(isoWeekday(due)).toBeLessThan(6);
        expect(SHIPPED_BANK_HOLIDAYS['northern-ireland'].has(due)).toBe(false);
        expect(closed.has(due)).toBe(false);
      }),
    );
  });
});

describe('dates in the landlord’s zone', () => {
  it.each([
    ['2026-07-01T23:30:00Z', '2026-07-02'], // BST: 00:30 next day in London
    ['2026-12-01T23:30:00Z', '2026-12-01'], // GMT
    ['2026-03-28T23:59:59Z', '2026-03-28'], // the night before BST starts
    ['2026-03-29T23:00:00Z', '2026-03-30'], // first BST night
    ['2026-10-24T23:00:00Z', '2026-10-25'], // last BST night
    ['2026-10-25T23:00:00Z', '2026-10-25'], // GMT again
  ])('%s is %s in Europe/London', (instant, expected) => {
    expect(dateInZone(new Date(instant), 'Europe/London')).toBe(expected);
  });

  it('validates calendar dates', () => {
    expect(isPlainDate('2026-02-28')).toBe(true);
    expect(isPlainDate('2026-02-29')).toBe(false);
    expect(isPlainDate('2028-02-29')).toBe(true);
    expect(isPlainDate('26-02-01')).toBe(false);
  });
});
