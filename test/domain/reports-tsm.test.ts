import { describe, expect, it } from 'vitest';
import type { Complaint } from '../../domain/complaint/complaint.js';
import type { Ch02Rule, HomesCount } from '../../domain/landlord/report-settings.js';
import { acknowledgementTiming, responseTiming } from '../../domain/reports/definitions.js';
import { financialYear } from '../../domain/reports/period.js';
import { displayTsm, formatNumber, homesAt, tsmFromRecords, type TsmReport } from '../../domain/reports/tsm.js';
import { Story, TZ } from '../support/complaint-story.js';

const FY25 = financialYear(2025, 4); // 2025-04-01 .. 2026-03-31
const FY26 = financialYear(2026, 4);
const homes: HomesCount[] = [
  { asOf: '2025-03-31', lowCostRental: 1000, lowCostHomeOwnership: 100 },
  { asOf: '2026-03-31', lowCostRental: 2000, lowCostHomeOwnership: 200 },
  { asOf: '2026-06-30', lowCostRental: 3000, lowCostHomeOwnership: 300 },
];

function tsm(complaints: Complaint[], year = FY25, rule: Ch02Rule = 'with_extensions'): TsmReport {
  return tsmFromRecords(complaints, { period: { from: year.from, to: year.to }, homesByTenure: homes, rule, timeZone: TZ });
}
const lcr = (report: TsmReport) => report.byTenure.low_cost_rental;
const lcho = (report: TsmReport) => report.byTenure.low_cost_home_ownership;
const rental = { tenure: 'low_cost_rental' } as const;

describe('CH01: complaints received per 1,000 homes', () => {
  it('CH01: a year boundary: received on 31 March counts in the year ending then, 1 April in the next', () => {
    const complaints = ['2025-03-31', '2025-04-01', '2026-03-31', '2026-04-01'].map((date) => Story.received(date, rental).complaint);
    expect(lcr(tsm(complaints)).ch01.stage1).toEqual({ received: 2, homes: 2000, per1000Homes: 1 });
    expect(lcr(tsm(complaints, FY26)).ch01.stage1.received).toBe(1);
  });

  it('CH01: an escalation in the next year counts at stage 1 in the year received and at stage 2 in the year escalated', () => {
    const c = Story.received('2026-02-02', rental).acknowledge('2026-02-03').respond('2026-02-10').escalate('2026-04-07').complaint;
    expect(lcr(tsm([c])).ch01).toEqual({ stage1: { received: 1, homes: 2000, per1000Homes: 0.5 }, stage2: { received: 0, homes: 2000, per1000Homes: 0 } });
    expect(lcr(tsm([c], FY26)).ch01.stage1.received).toBe(0);
    expect(lcr(tsm([c], FY26)).ch01.stage2).toEqual({ received: 1, homes: 3000, per1000Homes: 1 / 3 });
  });

  it('CH01: an escalation in the same year counts once at each stage', () => {
    const c = Story.received('2025-05-01', rental).acknowledge('2025-05-02').respond('2025-05-09').escalate('2025-05-12').complaint;
    expect([lcr(tsm([c])).ch01.stage1.received, lcr(tsm([c])).ch01.stage2.received]).toEqual([1, 1]);
  });

  it('CH01 (2.1-2.5): a complaint refused at stage 1 was never a stage 1 complaint', () => {
    const c = Story.received('2025-05-01', rental).refuse('2025-05-02').complaint;
    expect(lcr(tsm([c])).ch01.stage1.received).toBe(0);
    expect(lcr(tsm([c])).ch02.stage1.responded).toBe(0);
  });

  it('CH01 (5.11): a refused escalation is not a stage 2 complaint, and its stage 1 still counts', () => {
    const c = Story.received('2025-05-06', rental).acknowledge('2025-05-07').respond('2025-05-14').escalate('2025-05-20').refuse('2025-05-21').complaint;
    expect(c.refusal?.stage).toBe(2);
    const figures = lcr(tsm([c]));
    expect([figures.ch01.stage1.received, figures.ch01.stage2.received, figures.ch02.stage1.responded]).toEqual([1, 0, 1]);
  });

  it('CH01 (5.11, 6.10): a late escalation request refused after closing is not a stage 2 complaint', () => {
    const c = Story.received('2025-05-06', rental).acknowledge('2025-05-07').respond('2025-05-14').close('2025-05-15').refuse('2025-06-02').complaint;
    expect(c.stages.stage2?.receivedOn).toBe('2025-06-02');
    expect([lcr(tsm([c])).ch01.stage1.received, lcr(tsm([c])).ch01.stage2.received]).toEqual([1, 0]);
  });

  it('CH01: a complaint withdrawn before its response still counts as received', () => {
    const c = Story.received('2025-06-02', rental).acknowledge('2025-06-03').withdraw('2025-06-05').complaint;
    expect(lcr(tsm([c])).ch01.stage1.received).toBe(1);
  });

  it('CH01: uses the count of homes dated at the year end, not a later or earlier one', () => {
    expect(homesAt(homes, '2026-03-31')?.asOf).toBe('2026-03-31');
    expect(homesAt(homes, '2026-03-30')?.asOf).toBe('2025-03-31');
    expect(homesAt(homes, '2025-03-30')).toBeNull();
    const c = Story.received('2025-09-01', { tenure: 'low_cost_home_ownership' }).complaint;
    expect(lcho(tsm([c])).ch01.stage1).toEqual({ received: 1, homes: 200, per1000Homes: 5 });
  });

  it('CH01: with no count of homes on or before the period end the rate is not given, and the report says why', () => {
    const c = Story.received('2024-09-02', rental).complaint;
    const report = tsmFromRecords([c], { period: { from: '2024-04-01', to: '2025-03-30' }, homesByTenure: homes, rule: 'with_extensions', timeZone: TZ });
    expect(lcr(report).ch01.stage1).toEqual({ received: 1, homes: null, per1000Homes: null });
    expect(report.notes[0]).toContain('No count of homes is dated on or before 2025-03-30');
  });
});

describe('CH01/CH02 per tenure', () => {
  it('CH01: low-cost rental and low-cost home ownership are counted apart', () => {
    const complaints = [
      Story.received('2025-05-01', rental).complaint,
      Story.received('2025-05-01', rental).complaint,
      Story.received('2025-05-01', { tenure: 'low_cost_home_ownership' }).complaint,
    ];
    const report = tsm(complaints);
    expect(lcr(report).ch01.stage1.received).toBe(2);
    expect(lcho(report).ch01.stage1.received).toBe(1);
    expect(report.notes).toEqual([]);
  });

  it('CH01: a complaint with no tenure recorded counts as low-cost rental, and the report says so', () => {
    const c = Story.received('2025-05-01').acknowledge('2025-05-02').respond('2025-05-09').complaint;
    const report = tsm([c]);
    expect(lcr(report).ch01.stage1.received).toBe(1);
    expect(lcr(report).ch02.stage1.responded).toBe(1);
    expect(report.tenureNotRecorded).toEqual({ received: 1, responded: 1 });
    expect(report.notes).toEqual(['1 complaint stages received and 1 responses in the period have no tenure recorded; they are counted as low-cost rental.']);
  });
});

describe('CH02: responses within the Code timescales', () => {
  it('CH02: received in one year and answered in the next counts in the year answered', () => {
    const c = Story.received('2026-03-16', rental).acknowledge('2026-03-18').respond('2026-04-01').complaint;
    expect(c.deadlines.stage1.respondBy).toBe('2026-04-01');
    expect(lcr(tsm([c])).ch02.stage1.responded).toBe(0);
    expect(lcr(tsm([c])).ch01.stage1.received).toBe(1);
    expect(lcr(tsm([c], FY26)).ch02.stage1).toMatchObject({ onTime: 1, responded: 1, percent: 100 });
  });

  it('CH02: a complaint withdrawn before its response is not in the denominator; one withdrawn after it is', () => {
    const before = Story.received('2025-06-02', rental).acknowledge('2025-06-03').withdraw('2025-06-05').complaint;
    const after = Story.received('2025-06-02', rental).acknowledge('2025-06-03').respond('2025-06-10').withdraw('2025-06-12').complaint;
    expect(lcr(tsm([before, after])).ch02.stage1).toMatchObject({ onTime: 1, responded: 1 });
  });

  it('CH02 (6.3): a response on its respond-by date is on time, the next working day late', () => {
    const onDay = Story.received('2025-06-02', rental).acknowledge('2025-06-03').respond('2025-06-17').complaint;
    const dayAfter = Story.received('2025-06-02', rental).acknowledge('2025-06-03').respond('2025-06-18').complaint;
    expect(onDay.deadlines.stage1.respondBy).toBe('2025-06-17');
    expect([responseTiming(onDay, 1), responseTiming(dayAfter, 1)]).toEqual(['within_timescale', 'late']);
    expect(lcr(tsm([onDay, dayAfter])).ch02.stage1).toMatchObject({ onTime: 1, responded: 2, percent: 50 });
  });

  it('CH02 (6.4): a response inside an extension within the 10-working-day limit is on time', () => {
    const c = Story.received('2025-06-02', rental).acknowledge('2025-06-03').extend('2025-06-16', 10).respond('2025-06-30').complaint;
    expect(c.deadlines.stage1).toMatchObject({ respondBy: '2025-06-17', extendedTo: '2025-07-01' });
    expect(responseTiming(c, 1)).toBe('within_extension');
    expect(lcr(tsm([c])).ch02.stage1).toMatchObject({ onTime: 1, responded: 1, onTimeThroughGoodReasonExtension: 0 });
  });

  it('CH02 (6.4): a response inside an extension beyond the limit made with a good reason is on time, and shown as such', () => {
    const c = Story.received('2025-06-02', rental).acknowledge('2025-06-03').extend('2025-06-16', 15, 'Specialist damp survey needed').respond('2025-07-07').complaint;
    expect(c.deadlines.stage1.extendedTo).toBe('2025-07-08');
    expect(responseTiming(c, 1)).toBe('within_good_reason_extension');
    expect(lcr(tsm([c])).ch02.stage1).toMatchObject({ onTime: 1, responded: 1, onTimeThroughGoodReasonExtension: 1 });
  });

  it('CH02 (6.4): a response after the extended date is late', () => {
    const c = Story.received('2025-06-02', rental).acknowledge('2025-06-03').extend('2025-06-16', 10).respond('2025-07-02').complaint;
    expect(responseTiming(c, 1)).toBe('late');
    expect(lcr(tsm([c])).ch02.stage1).toMatchObject({ onTime: 0, responded: 1, percent: 0 });
  });

  it('CH02 (6.4): an extension that was not Code-compliant (beyond the limit, no good reason) does not move the deadline', () => {
    const c = Story.received('2025-06-02', rental).acknowledge('2025-06-03').extend('2025-06-16', 10).respond('2025-06-30').complaint;
    // A record from before the lifecycle refused such extensions: 12 working days with no good reason.
    const legacy: Complaint = {
      ...c,
      stages: { ...c.stages, stage1: { ...c.stages.stage1, extensions: [{ ...c.stages.stage1.extensions[0]!, workingDays: 12 }] } },
    };
    expect(responseTiming(legacy, 1)).toBe('late');
  });

  it('CH02 (6.14, 6.15): stage 2 responses are judged on the stage 2 deadlines', () => {
    const base = () => Story.received('2025-05-01', rental).acknowledge('2025-05-02').respond('2025-05-09').escalate('2025-05-12').acknowledge('2025-05-13');
    const inTime = base().respond('2025-06-10').complaint; // respond-by: 20 working days after 13 May (26 May is a bank holiday)
    const extended = base().extend('2025-06-05', 20).respond('2025-07-08').complaint;
    const late = base().respond('2025-06-12').complaint;
    expect(inTime.deadlines.stage2).toMatchObject({ acknowledgeBy: '2025-05-19', respondBy: '2025-06-11' });
    expect([responseTiming(inTime, 2), responseTiming(extended, 2), responseTiming(late, 2)]).toEqual(['within_timescale', 'within_extension', 'late']);
    expect(lcr(tsm([inTime, extended, late])).ch02.stage2).toMatchObject({ onTime: 2, responded: 3 });
  });

  it.each([
    ['with_extensions', 1],
    ['strict_acknowledgement', 0],
  ] as const)('CH02 (6.2): a late acknowledgement with a response by its respond-by date, under the %s rule, is %i on time', (rule, onTime) => {
    const c = Story.received('2025-06-02', rental).acknowledge('2025-06-11').respond('2025-06-20').complaint;
    expect(c.deadlines.stage1).toMatchObject({ acknowledgeBy: '2025-06-09', respondBy: '2025-06-25' });
    expect(acknowledgementTiming(c, 1)).toBe('late');
    const figure = lcr(tsm([c], FY25, rule)).ch02.stage1;
    expect(figure).toMatchObject({ onTime, responded: 1, onTimeWithExtensions: 1, onTimeStrict: 0 });
  });

  it.each(['with_extensions', 'strict_acknowledgement'] as const)('CH02 (6.11): a late stage 2 acknowledgement under the %s rule', (rule) => {
    const c = Story.received('2025-05-01', rental).acknowledge('2025-05-02').respond('2025-05-09').escalate('2025-05-12').acknowledge('2025-05-20').respond('2025-06-10').complaint;
    expect(acknowledgementTiming(c, 2)).toBe('late');
    expect(lcr(tsm([c], FY25, rule)).ch02.stage2.onTime).toBe(rule === 'strict_acknowledgement' ? 0 : 1);
    expect(lcr(tsm([c], FY25, rule)).ch02.stage1.onTime).toBe(1);
  });
});

describe('display', () => {
  it('CH01 and CH02 are rounded only for display, to one decimal place', () => {
    const complaints = [
      Story.received('2025-06-02', rental).acknowledge('2025-06-03').respond('2025-06-10').complaint,
      Story.received('2025-06-02', rental).acknowledge('2025-06-03').respond('2025-06-10').complaint,
      Story.received('2025-06-02', rental).acknowledge('2025-06-03').respond('2025-06-30').complaint,
    ];
    const report = tsm(complaints);
    expect(lcr(report).ch02.stage1.percent).toBeCloseTo(66.6667, 3);
    expect(lcr(report).ch01.stage1.per1000Homes).toBe(1.5);
    expect(displayTsm(report).low_cost_rental).toEqual({ ch01_1: '1.5', ch01_2: '0.0', ch02_1: '66.7%', ch02_2: 'n/a' });
    expect([formatNumber(99.05, 1), formatNumber((212 / 214) * 100, 1), formatNumber(null, 1)]).toEqual(['99.1', '99.1', 'n/a']);
  });
});
