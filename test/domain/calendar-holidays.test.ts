import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import {
  DIVISIONS,
  holidaysWithFeed,
  parseBankHolidayFeed,
  SHIPPED_BANK_HOLIDAYS,
  SHIPPED_PUBLISHED_HOLIDAYS,
  type BankHolidayFeed,
  type Division,
  type HolidaysByDivision,
} from '../../domain/calendar/bank-holidays.js';
import { isoWeekday, type PlainDate } from '../../domain/calendar/plain-date.js';
import { easterSunday, statutoryBankHolidays } from '../../domain/calendar/statutory-holidays.js';
import { WorkingCalendar } from '../../domain/calendar/working-calendar.js';
import { loadBankHolidays } from '../../functions/shared/config.js';

/** Days proclaimed once, in every division (tsm-and-calendar.md, marked †): no rule can compute them. */
const ONE_OFF_DAYS: Record<PlainDate, string> = {
  '2020-05-08': 'early May holiday moved to VE Day',
  '2022-06-02': 'spring holiday moved for the Platinum Jubilee',
  '2022-06-03': 'Platinum Jubilee',
  '2022-09-19': 'State Funeral of Queen Elizabeth II',
  '2023-05-08': 'Coronation of King Charles III',
};
/** The rule days those proclamations moved away. */
const MOVED_AWAY: Record<PlainDate, string> = {
  '2020-05-04': 'first Monday in May 2020, moved to 8 May',
  '2022-05-30': 'last Monday in May 2022, moved to 2 June',
};

/** tsm-and-calendar.md's 2028 rows, computed there from the same rules by hand. */
const REFERENCE_2028: Record<Division, PlainDate[]> = {
  'england-and-wales': ['2028-01-03', '2028-04-14', '2028-04-17', '2028-05-01', '2028-05-29', '2028-08-28', '2028-12-25', '2028-12-26'],
  scotland: ['2028-01-03', '2028-01-04', '2028-04-14', '2028-05-01', '2028-05-29', '2028-08-07', '2028-11-30', '2028-12-25', '2028-12-26'],
  'northern-ireland': [
    '2028-01-03', '2028-03-17', '2028-04-14', '2028-04-17', '2028-05-01', '2028-05-29', '2028-07-12', '2028-08-28', '2028-12-25', '2028-12-26',
  ],
};

const PUBLISHED_YEARS = [2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027];
const division = fc.constantFrom(...DIVISIONS);
const anyYear = fc.integer({ min: 1583, max: 9999 });

const holidaysIn = (division: Division, year: number, month: string): PlainDate[] =>
  statutoryBankHolidays(division, year).filter((date) => date.startsWith(`${year}-${month}`));

describe('calendar: the standing rules', () => {
  it.each([
    [2000, '2000-04-23'],
    [2008, '2008-03-23'],
    [2011, '2011-04-24'],
    [2025, '2025-04-20'],
    [2035, '2035-03-25'],
    [2038, '2038-04-25'], // the latest Easter can fall
    [2285, '2285-03-22'], // the earliest
  ])('calendar: Easter %i is %s (Gregorian computus)', (year, expected) => {
    expect(easterSunday(year)).toBe(expected);
  });

  it('calendar: property: Easter is a Sunday from 22 March to 25 April in any Gregorian year', () => {
    fc.assert(
      fc.property(anyYear, (year) => {
        const easter = easterSunday(year);
        expect(isoWeekday(easter)).toBe(7);
        expect(easter >= `${year}-03-22` && easter <= `${year}-04-25`).toBe(true);
      }),
    );
  });

  it('calendar: property: the rules reproduce every published year 2020-2027 in every division, except the named one-off days', () => {
    const everyPublishedYear = DIVISIONS.flatMap((d) => PUBLISHED_YEARS.map((year): [Division, number] => [d, year]));
    fc.assert(
      fc.property(division, fc.constantFrom(...PUBLISHED_YEARS), (d, year) => {
        const published = SHIPPED_PUBLISHED_HOLIDAYS[d].get(year);
        expect(published).toBeDefined();
        const computed = new Set(statutoryBankHolidays(d, year));
        const onlyPublished = [...published!].filter((date) => !computed.has(date));
        const onlyComputed = [...computed].filter((date) => !published!.has(date));
        expect(onlyPublished).toEqual(Object.keys(ONE_OFF_DAYS).filter((date) => date.startsWith(`${year}`)));
        expect(onlyComputed).toEqual(Object.keys(MOVED_AWAY).filter((date) => date.startsWith(`${year}`)));
      }),
      { examples: everyPublishedYear },
    );
  });

  it.each(DIVISIONS)('calendar: %s 2028 comes from the rules and equals the reference table', (d) => {
    expect(SHIPPED_BANK_HOLIDAYS[d].isPublished(2028)).toBe(false);
    expect([...SHIPPED_BANK_HOLIDAYS[d].forYear(2028)].sort()).toEqual(REFERENCE_2028[d]);
  });

  it('calendar: property: any year holds 8 (E&W), 9 (Scotland), 10 (NI) distinct weekdays of that year', () => {
    fc.assert(
      fc.property(anyYear, (year) => {
        const expected = { 'england-and-wales': 8, scotland: 9, 'northern-ireland': 10 } as const;
        for (const d of DIVISIONS) {
          const dates = statutoryBankHolidays(d, year);
          expect(new Set(dates).size).toBe(expected[d]);
          for (const date of dates) {
            expect(date.startsWith(`${year}-`)).toBe(true);
            expect(isoWeekday(date)).toBeLessThan(6);
          }
        }
        // Northern Ireland is England and Wales plus St Patrick's Day and the Boyne (or their Mondays).
        const england = new Set(statutoryBankHolidays('england-and-wales', year));
        const extra = statutoryBankHolidays('northern-ireland', year).filter((date) => !england.has(date));
        expect(extra).toHaveLength(2);
        expect(extra[0]! >= `${year}-03-17` && extra[0]! <= `${year}-03-19`).toBe(true);
        expect(extra[1]! >= `${year}-07-12` && extra[1]! <= `${year}-07-14`).toBe(true);
      }),
    );
  });

  it.each([
    [2028, 'Mon', ['2028-12-25', '2028-12-26']],
    [2035, 'Tue', ['2035-12-25', '2035-12-26']],
    [2031, 'Thu', ['2031-12-25', '2031-12-26']],
    [2037, 'Fri', ['2037-12-25', '2037-12-28']], // Boxing Day on Saturday: Monday 28
    [2032, 'Sat', ['2032-12-27', '2032-12-28']], // both on the weekend: Monday 27, Tuesday 28
    [2033, 'Sun', ['2033-12-26', '2033-12-27']], // Boxing Day stays Monday 26, Christmas moves to Tuesday 27
  ])('calendar: Christmas %i on a %s gives %j in every division', (year, _weekday, expected) => {
    for (const d of DIVISIONS) expect(holidaysIn(d, year, '12').filter((date) => date >= `${year}-12-20`)).toEqual(expected);
  });

  it.each([
    ['scotland', 2033, '01', ['2033-01-03', '2033-01-04']], // 1 Jan Saturday, 2 Jan Sunday
    ['scotland', 2034, '01', ['2034-01-02', '2034-01-03']], // 1 Jan Sunday: 2 Jan Monday stays, New Year moves to Tuesday
    ['scotland', 2038, '01', ['2038-01-01', '2038-01-04']], // 2 Jan Saturday
    ['england-and-wales', 2033, '01', ['2033-01-03']],
    ['scotland', 2030, '11', []], // St Andrew's Day on Saturday ...
    ['scotland', 2030, '12-0', ['2030-12-02']], // ... is Monday 2 December
    ['scotland', 2031, '12-0', ['2031-12-01']], // on Sunday: Monday 1 December
    ['scotland', 2035, '11', ['2035-11-30']],
    ['northern-ireland', 2029, '03', ['2029-03-19', '2029-03-30']], // St Patrick's Day on Saturday; Good Friday
    ['northern-ireland', 2030, '03', ['2030-03-18']], // on Sunday
    ['northern-ireland', 2031, '07', ['2031-07-14']], // the Boyne on Saturday
    ['northern-ireland', 2032, '07', ['2032-07-12']],
    ['england-and-wales', 2035, '03', ['2035-03-23', '2035-03-26']], // Good Friday, Easter Monday
    ['scotland', 2035, '03', ['2035-03-23']], // no Easter Monday in Scotland
    ['scotland', 2035, '08', ['2035-08-06']], // summer: first Monday in August
    ['england-and-wales', 2035, '08', ['2035-08-27']], // summer: last Monday in August
  ] as const)('calendar: %s %i-%s holds %j', (d, year, month, expected) => {
    expect(holidaysIn(d, year, month)).toEqual(expected);
  });
});

describe('calendar: deadlines past the snapshot', () => {
  const england = new WorkingCalendar(SHIPPED_BANK_HOLIDAYS['england-and-wales']);
  const scotland = new WorkingCalendar(SHIPPED_BANK_HOLIDAYS.scotland);

  it('6.2, 6.3, 6.4: a complaint received 29 Nov 2028 runs over Christmas and New Year 2029', () => {
    // England and Wales: acknowledge by 6 Dec, respond by 20 Dec, extended by 10 to 8 Jan (1 Jan 2029 skipped).
    expect(england.addWorkingDays('2028-11-29', 5)).toBe('2028-12-06');
    expect(england.addWorkingDays('2028-12-06', 10)).toBe('2028-12-20');
    expect(england.addWorkingDays('2028-12-20', 10)).toBe('2029-01-08');
    // Scotland: St Andrew's Day (Thu 30 Nov) and 1-2 Jan 2029 are skipped too.
    expect(scotland.addWorkingDays('2028-11-29', 5)).toBe('2028-12-07');
    expect(scotland.addWorkingDays('2028-12-07', 10)).toBe('2028-12-21');
    expect(scotland.addWorkingDays('2028-12-21', 10)).toBe('2029-01-10');
  });

  it('6.2: the next working day after 29 Dec 2028 is 2 Jan 2029 (3 Jan in Scotland)', () => {
    expect(england.addWorkingDays('2028-12-29', 1)).toBe('2029-01-02');
    expect(scotland.addWorkingDays('2028-12-29', 1)).toBe('2029-01-03');
  });

  it('6.2, 6.3: deadlines over Easter 2035 and Christmas 2035', () => {
    expect(england.addWorkingDays('2035-03-22', 5)).toBe('2035-04-02'); // Good Friday 23, Easter Monday 26 Mar skipped
    expect(scotland.addWorkingDays('2035-03-22', 5)).toBe('2035-03-30'); // Easter Monday is a working day
    expect(england.addWorkingDays('2035-12-21', 10)).toBe('2036-01-09'); // 25, 26 Dec and 1 Jan skipped
    expect(scotland.addWorkingDays('2035-12-21', 10)).toBe('2036-01-10'); // and 2 Jan
  });
});

/** A gov.uk-shaped feed of a window of dates: the snapshot where it has them, the rules after. */
function govUkFeed(from: PlainDate, to: PlainDate, change: Partial<Record<Division, { add?: PlainDate[]; drop?: PlainDate[] }>> = {}): BankHolidayFeed {
  const feed: BankHolidayFeed = {};
  for (const d of DIVISIONS) {
    const dates = new Set<PlainDate>(change[d]?.add ?? []);
    for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) {
      for (const date of SHIPPED_BANK_HOLIDAYS[d].forYear(year)) if (date >= from && date <= to) dates.add(date);
    }
    for (const date of change[d]?.drop ?? []) dates.delete(date);
    feed[d] = { division: d, events: [...dates].sort().map((date) => ({ title: 'Bank holiday', date, notes: '', bunting: true })) };
  }
  return feed;
}

const SNAPSHOT_2022 = [...SHIPPED_PUBLISHED_HOLIDAYS['england-and-wales'].get(2022)!];

describe('calendar: BANK_HOLIDAYS_FILE merges into the snapshot', () => {
  it('calendar: a current rolling feed (2024-2029) keeps the dropped years: 2020-05-08, 2022-06-03, 2022-09-19 stay, deadlines do not move', () => {
    const merged = holidaysWithFeed(govUkFeed('2024-01-01', '2029-12-26'));
    for (const d of DIVISIONS) for (const date of Object.keys(ONE_OFF_DAYS)) expect(merged[d].has(date)).toBe(true);
    const calendar = new WorkingCalendar(merged['england-and-wales']);
    expect(calendar.addWorkingDays('2022-09-15', 5)).toBe('2022-09-23');
    expect(calendar.addWorkingDays('2022-09-15', 5)).toBe(new WorkingCalendar(SHIPPED_BANK_HOLIDAYS['england-and-wales']).addWorkingDays('2022-09-15', 5));
    expect(merged['england-and-wales'].isPublished(2029)).toBe(true);
  });

  it.each(['2022-06-03', '2022-08-29', '2022-12-26'])(
    'calendar: a feed starting part-way through 2022 (%s) leaves 2022 to the snapshot, so no 2022 holiday is dropped',
    (from) => {
      const merged = holidaysWithFeed(govUkFeed(from, '2027-12-28'));
      for (const d of DIVISIONS) expect(merged[d].isPublished(2022)).toBe(true);
      for (const date of SNAPSHOT_2022) expect(merged['england-and-wales'].has(date)).toBe(true);
      expect(merged['england-and-wales'].has('2022-06-03')).toBe(true);
      expect(merged['england-and-wales'].has('2022-09-19')).toBe(true);
      expect(parseBankHolidayFeed(govUkFeed(from, '2027-12-28'))['england-and-wales'].has(2022)).toBe(false);
    },
  );

  it('calendar: a feed proclaiming a new day in 2027 adds it, and one moving a day moves it, in that division only', () => {
    const merged = holidaysWithFeed(
      govUkFeed('2024-01-01', '2027-12-28', {
        scotland: { add: ['2027-06-14'] },
        'northern-ireland': { add: ['2027-05-07'], drop: ['2027-05-03'] },
      }),
    );
    expect(merged.scotland.has('2027-06-14')).toBe(true);
    expect(merged['england-and-wales'].has('2027-06-14')).toBe(false);
    expect(merged['northern-ireland'].has('2027-05-07')).toBe(true);
    expect(merged['northern-ireland'].has('2027-05-03')).toBe(false);
    expect(merged['england-and-wales'].has('2027-05-03')).toBe(true);
    expect(new WorkingCalendar(merged.scotland).addWorkingDays('2027-06-11', 1)).toBe('2027-06-15');
    // The shipped calendar is untouched by a merge.
    expect(SHIPPED_BANK_HOLIDAYS.scotland.has('2027-06-14')).toBe(false);
  });

  it('calendar: a whole year past the snapshot comes from the feed, years past the feed from the rules', () => {
    const merged = holidaysWithFeed(govUkFeed('2026-01-01', '2030-12-26', { 'england-and-wales': { add: ['2030-06-07'] } }));
    expect(merged['england-and-wales'].has('2030-06-07')).toBe(true);
    expect(merged['england-and-wales'].isPublished(2031)).toBe(false);
    expect(merged['england-and-wales'].has('2031-12-25')).toBe(true);
  });

  it('calendar: a feed cut part-way through its last year leaves that year to the rules, Christmas included', () => {
    const merged: HolidaysByDivision = holidaysWithFeed(govUkFeed('2024-01-01', '2029-08-27'));
    expect(merged['england-and-wales'].isPublished(2028)).toBe(true);
    expect(merged['england-and-wales'].isPublished(2029)).toBe(false);
    expect(merged['england-and-wales'].has('2029-12-25')).toBe(true);
  });

  it('calendar: years are judged per division: a division cut short keeps the rules for that year', () => {
    const feed = govUkFeed('2024-01-01', '2028-12-26', { scotland: { add: ['2028-09-18'] } });
    feed['england-and-wales']!.events = feed['england-and-wales']!.events.filter((event) => event.date < '2028-06-01');
    const merged = holidaysWithFeed(feed);
    expect(merged.scotland.isPublished(2028)).toBe(true);
    expect(merged.scotland.has('2028-09-18')).toBe(true);
    expect(merged['england-and-wales'].isPublished(2028)).toBe(false);
    expect(merged['england-and-wales'].has('2028-08-28')).toBe(true);
  });

  describe('loadBankHolidays (functions/shared/config.ts)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bank-holidays-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('calendar: BANK_HOLIDAYS_FILE is merged into the snapshot, not used instead of it', () => {
      const file = join(dir, 'bank-holidays.json');
      writeFileSync(file, JSON.stringify(govUkFeed('2024-01-01', '2029-12-26', { 'england-and-wales': { add: ['2029-06-04'] } })));
      const holidays = loadBankHolidays({ BANK_HOLIDAYS_FILE: file });
      expect(holidays['england-and-wales'].has('2029-06-04')).toBe(true);
      expect(holidays['england-and-wales'].has('2022-09-19')).toBe(true);
      expect(loadBankHolidays({})).toBe(SHIPPED_BANK_HOLIDAYS);
    });
  });
});
