import { describe, expect, it } from 'vitest';
import type { Complaint } from '../../domain/complaint/complaint.js';
import type { OmbudsmanLandlordRecord } from '../../domain/landlord/ombudsman-records.js';
import { CounterTable, aggregateFromScratch } from '../../domain/reports/aggregates.js';
import { annualReport, refusalSummary } from '../../domain/reports/annual.js';
import { CODE_PROVISIONS } from '../../domain/reports/code-provisions.js';
import { learningItems, ombudsmanOrders, overdueNow } from '../../domain/reports/details.js';
import { governanceReport } from '../../domain/reports/governance.js';
import { financialYear, financialYearOf, monthsOf, previousPeriod } from '../../domain/reports/period.js';
import { evidenceLine, landlordEntry, selfAssessment, type SelfAssessmentRow } from '../../domain/reports/self-assessment.js';
import { InvalidInput, NotFound } from '../../domain/errors.js';
import { markOverdue } from '../../domain/schedules/deadline-events.js';
import { Story, TZ, calendar, on } from '../support/complaint-story.js';

/** The 5.9 check at the end of an update's due date, with the resident contacts seen in its interval. */
const checkUpdate = (complaint: Complaint, dueBy: string, contacts: string[], day: string): Complaint =>
  markOverdue(complaint, { step: 'stage1-update', dueBy }, on(day), contacts)!.complaint;

const counters = (complaints: Complaint[]) => new CounterTable(aggregateFromScratch(complaints, { timeZone: TZ }));
const categories = ['Repairs', 'Damp and mould'];
const homesByTenure = [{ asOf: '2026-03-31', lowCostRental: 2000, lowCostHomeOwnership: 100 }];
const FY25 = financialYear(2025, 4);

/** A small year whose every figure is worked out by hand in the tests below. */
function year() {
  const c1 = Story.received('2025-04-10', { tenure: 'low_cost_rental', category: 'Repairs', channel: 'phone' })
    .acknowledge('2025-04-11')
    .respond('2025-04-24', 'upheld', {
      remedies: [
        { kind: 'apology', description: 'We are sorry', done: true },
        { kind: 'financial', description: 'Compensation for the delay', amount: 150, dueBy: '2025-05-30' },
      ],
      actions: [{ description: 'Fix the gutter', dueBy: '2025-05-15' }],
    })
    .completeAction('2025-05-20'); // the gutter, five days late
  const c1BeforePaid = c1.complaint;
  c1.completeAction('2026-04-10'); // the compensation, paid in the next financial year
  const c2 = Story.received('2025-05-01', { tenure: 'low_cost_home_ownership', category: 'Damp and mould', channel: 'email' }).refuse('2025-05-02', 'over_12_months');
  const c3 = Story.received('2025-06-02', { tenure: 'low_cost_rental', channel: 'web' })
    .acknowledge('2025-06-03')
    .extend('2025-06-16', 10)
    .respond('2025-06-30', 'not_upheld')
    .escalate('2025-07-01')
    .acknowledge('2025-07-02')
    .respond('2025-07-29', 'partly_upheld')
    .learn('2025-08-01', {
      rootCause: 'No inspection after the repair',
      improvements: [
        { description: 'Inspect after every roof repair', owner: 'Repairs manager', dueBy: '2025-10-01' },
        { description: 'Retrain the contact centre', owner: 'Customer services', dueBy: '2026-06-01' },
      ],
    })
    .completeImprovement('2025-10-05', 0)
    .referToOmbudsman('2025-09-01', 'HOS-2025-0042')
    .determination('2026-01-15', {
      findings: [
        { element: 'Repairs to the roof', finding: 'severe_maladministration' },
        { element: 'Complaint handling', finding: 'service_failure' },
      ],
      orders: [
        { description: 'Pay £600', dueBy: '2026-02-15' },
        { description: 'Apologise in person', dueBy: '2026-04-30' },
      ],
    })
    .completeOrder('2026-02-10', 0);
  const c4 = Story.received('2026-03-20', { channel: 'phone' }).acknowledge('2026-03-23').withdraw('2026-03-25');
  const c5 = Story.received('2025-09-01', { tenure: 'low_cost_rental', category: 'Repairs', channel: 'letter' })
    .acknowledge('2025-09-02')
    .respond('2025-09-09')
    .escalate('2025-09-10')
    .refuse('2025-09-11', 'previously_considered');
  const c6 = Story.received('2025-03-28', { tenure: 'low_cost_rental' }).acknowledge('2025-04-08').respond('2025-04-23');
  return { c1: c1.complaint, c1BeforePaid, c2: c2.complaint, c3: c3.complaint, c4: c4.complaint, c5: c5.complaint, c6: c6.complaint };
}

const ombudsmanRecords: OmbudsmanLandlordRecord[] = [
  { id: 'r1', kind: 'complaint_handling_failure_order', date: '2025-08-01', title: 'Order on stage 2 delays', summary: 'Stage 2 responses were late' },
  { id: 'r2', kind: 'annual_performance_report', date: '2024-12-01', title: 'Landlord report 2023/24', summary: 'Earlier year' },
];

describe('financial year (8.1)', () => {
  it.each([
    [2025, 4, { from: '2025-04-01', to: '2026-03-31', label: '2025/26' }],
    [2025, 1, { from: '2025-01-01', to: '2025-12-31', label: '2025' }],
    [2025, 7, { from: '2025-07-01', to: '2026-06-30', label: '2025/26' }],
    [2023, 3, { from: '2023-03-01', to: '2024-02-29', label: '2023/24' }],
    [2099, 12, { from: '2099-12-01', to: '2100-11-30', label: '2099/00' }],
  ])('8.1: the financial year starting in %i with start month %i', (y, month, expected) => {
    expect(financialYear(y, month)).toEqual({ year: y, ...expected });
  });

  it('8.1: a date falls in the financial year of its start month', () => {
    expect(financialYearOf('2026-03-31', 4).label).toBe('2025/26');
    expect(financialYearOf('2026-04-01', 4).label).toBe('2026/27');
    expect(financialYearOf('2026-06-30', 7).label).toBe('2025/26');
    expect(() => financialYear(2025, 13)).toThrow(/month/);
  });

  it('9.7a: a quarter is compared with the quarter before; other periods with as many days before', () => {
    expect(previousPeriod({ from: '2025-07-01', to: '2025-09-30' })).toEqual({ from: '2025-04-01', to: '2025-06-30' });
    expect(previousPeriod({ from: '2026-01-01', to: '2026-03-31' })).toEqual({ from: '2025-10-01', to: '2025-12-31' });
    expect(previousPeriod({ from: '2025-07-10', to: '2025-07-19' })).toEqual({ from: '2025-06-30', to: '2025-07-09' });
    expect(monthsOf({ from: '2025-11-15', to: '2026-02-01' })).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
  });

  it('8.1: the annual report follows the landlord’s financial year start month', () => {
    const { c1, c3 } = year();
    const calendarYear = annualReport(counters([c1, c3]), { year: 2025, financialYearStartMonth: 1, homesByTenure, ch02Rule: 'with_extensions', categories });
    expect(calendarYear.financialYear).toMatchObject({ from: '2025-01-01', to: '2025-12-31', label: '2025' });
    expect(calendarYear.volumes.byMonth.map((row) => row.month)).toEqual(['2025-01', '2025-02', '2025-03', '2025-04', '2025-05', '2025-06', '2025-07', '2025-08', '2025-09', '2025-10', '2025-11', '2025-12']);
    expect(calendarYear.remedies.compensation).toEqual({ offeredPence: 15000, paidPence: 0 });
    const july = annualReport(counters([c1, c3]), { year: 2025, financialYearStartMonth: 7, homesByTenure, ch02Rule: 'with_extensions', categories });
    expect(july.volumes.received).toEqual({ stage1: 0, stage2: 1 }); // c1 and c3 came in before July; c3's escalation after
  });
});

describe('the annual report (8.1, 8.2)', () => {
  const all = () => {
    const y = year();
    return [y.c1, y.c2, y.c3, y.c4, y.c5, y.c6];
  };
  const report = (extra: Partial<Parameters<typeof annualReport>[1]> = {}) =>
    annualReport(counters(all()), { year: 2025, financialYearStartMonth: 4, homesByTenure, ch02Rule: 'with_extensions', categories, ombudsmanRecords, ...extra });

  it('8.1b: volumes by stage, month, channel, category and tenure; refused complaints are not counted, withdrawn ones are', () => {
    const { volumes } = report();
    expect(volumes.received).toEqual({ stage1: 4, stage2: 1 });
    expect(volumes.byMonth.filter((row) => row.stage1 + row.stage2 > 0)).toEqual([
      { month: '2025-04', stage1: 1, stage2: 0 },
      { month: '2025-06', stage1: 1, stage2: 0 },
      { month: '2025-07', stage1: 0, stage2: 1 },
      { month: '2025-09', stage1: 1, stage2: 0 },
      { month: '2026-03', stage1: 1, stage2: 0 },
    ]);
    expect(volumes.byMonth).toHaveLength(12);
    expect(volumes.byChannel.filter((row) => row.stage1 + row.stage2 > 0)).toEqual([
      { channel: 'phone', stage1: 2, stage2: 0 },
      { channel: 'web', stage1: 1, stage2: 1 },
      { channel: 'letter', stage1: 1, stage2: 0 },
    ]);
    expect(volumes.byCategory).toEqual([
      { category: 'Repairs', stage1: 2, stage2: 0 },
      { category: 'Damp and mould', stage1: 0, stage2: 0 },
      { category: '', stage1: 2, stage2: 1 },
    ]);
    expect(volumes.byTenure).toEqual({ lowCostRental: { stage1: 3, stage2: 1 }, lowCostHomeOwnership: { stage1: 0, stage2: 0 }, notRecorded: { stage1: 1, stage2: 0 } });
    expect(volumes.withdrawn).toEqual({ stage1: { beforeResponse: 1, afterResponse: 0 }, stage2: { beforeResponse: 0, afterResponse: 0 } });
  });

  it('8.1b: outcomes and timeliness of each step at each stage, counted in the year each step happened', () => {
    const { outcomes, timeliness, extensions } = report();
    expect(outcomes).toEqual({ stage1: { upheld: 3, partly_upheld: 0, not_upheld: 1 }, stage2: { upheld: 0, partly_upheld: 1, not_upheld: 0 } });
    expect(timeliness.stage1).toEqual({
      acknowledge: { onTime: 4, late: 1, total: 5, percentOnTime: 80 },
      respond: { withinTimescale: 3, withinExtension: 1, withinGoodReasonExtension: 0, late: 0, total: 4, percentOnTime: 100 },
    });
    expect(timeliness.stage2).toEqual({
      acknowledge: { onTime: 1, late: 0, total: 1, percentOnTime: 100 },
      respond: { withinTimescale: 1, withinExtension: 0, withinGoodReasonExtension: 0, late: 0, total: 1, percentOnTime: 100 },
    });
    expect(extensions).toEqual({ stage1: { total: 1, withinLimit: 1, goodReason: 0 }, stage2: { total: 0, withinLimit: 0, goodReason: 0 } });
  });

  it('8.1b: refusals by ground with a plain summary of the types refused', () => {
    const { refusals } = report();
    expect(refusals.total).toBe(2);
    expect(refusals.byGround).toEqual([
      { ground: 'over_12_months', stage1: 1, stage2: 0 },
      { ground: 'legal_proceedings', stage1: 0, stage2: 0 },
      { ground: 'previously_considered', stage1: 0, stage2: 1 },
      { ground: 'other', stage1: 0, stage2: 0 },
    ]);
    expect(refusals.summary).toBe(
      '1 complaint was not accepted: 1 because the issue arose more than 12 months earlier (2.2, 2.3). 1 request to escalate was refused: 1 because the matter had already been considered under the complaints policy (2.2).',
    );
    expect(refusalSummary([])).toBe('No complaint was refused and no request to escalate was refused.');
  });

  it('7.1, 7.3: remedies by kind; compensation offered in the year of the response and paid in the year it was completed', () => {
    const { remedies, outstandingActions, datedRemedies } = report();
    expect(remedies.byKind.filter((row) => row.offered + row.completed > 0)).toEqual([
      { kind: 'apology', offered: 1, completed: 1 },
      { kind: 'financial', offered: 1, completed: 0 },
    ]);
    expect(remedies.compensation).toEqual({ offeredPence: 15000, paidPence: 0 });
    expect(report({ year: 2026 }).remedies.compensation).toEqual({ offeredPence: 0, paidPence: 15000 });
    expect(outstandingActions).toEqual({ created: 1, completedOnTime: 0, completedLate: 1, openAtEnd: 0 });
    expect(datedRemedies).toEqual({ created: 1, completedOnTime: 0, completedLate: 0, openAtEnd: 1 });
    expect(report({ year: 2026 }).datedRemedies).toEqual({ created: 0, completedOnTime: 0, completedLate: 1, openAtEnd: 0 });
  });

  it('8.1c, 8.1d, 8.1e: Ombudsman findings and orders, the landlord-level records of the year, and the improvements made', () => {
    const y = year();
    const { ombudsman, learning } = report({ learning: learningItems(y.c3, TZ) });
    expect(ombudsman).toEqual({
      referrals: 1,
      determinations: 1,
      findings: { severe_maladministration: 1, maladministration: 0, service_failure: 1, reasonable_redress: 0, no_maladministration: 0, outside_jurisdiction: 0 },
      nonComplianceFindings: 2,
      orders: { created: 2, completedOnTime: 1, completedLate: 0, openAtEnd: 1 },
      severeMaladministrationOrders: { created: 2, completedOnTime: 1, completedLate: 0, openAtEnd: 1 },
      landlordRecords: [ombudsmanRecords[0]],
    });
    expect(learning.improvements).toEqual({ created: 2, completedOnTime: 0, completedLate: 1, openAtEnd: 1 });
    expect(learning.completedInYear).toEqual([
      {
        complaintReference: y.c3.reference,
        rootCause: 'No inspection after the repair',
        improvement: {
          id: y.c3.learning!.improvements[0]!.id,
          description: 'Inspect after every roof repair',
          owner: 'Repairs manager',
          recordedOn: '2025-08-01',
          dueBy: '2025-10-01',
          completedOn: '2025-10-05',
          evidence: 'New procedure issued',
        },
      },
    ]);
  });

  it('8.1, 8.2: the TSM figures for the year, the self-assessment summary and the governing body’s response are part of the report', () => {
    const rows = selfAssessment(counters(all()), { period: FY25, entries: { '5.4': { compliant: 'not_applicable', evidence: 'No third parties handle complaints' } } });
    const r = report({ selfAssessment: rows, governingBodyResponse: { text: 'The board accepts the report.', recordedOn: '2026-06-20' } });
    expect(r.tsm.byTenure.low_cost_rental.ch01.stage1).toEqual({ received: 4, homes: 2000, per1000Homes: 2 });
    expect(r.tsm.byTenure.low_cost_rental.ch02.stage1).toMatchObject({ onTime: 4, responded: 4, onTimeStrict: 3 });
    // 18 rules the records show kept (most enforced by the software); 6.2 not: c6 was acknowledged late.
    expect(r.selfAssessment).toEqual({ rows: 72, yes: 18, no: 1, notApplicable: 1, undetermined: 52, notCompliant: ['6.2'] });
    expect(r.governingBodyResponse).toEqual({ text: 'The board accepts the report.', recordedOn: '2026-06-20' });
  });
});

describe('the self-assessment (8.1a, 8.3)', () => {
  const FORM: Record<number, number> = { 1: 6, 2: 5, 3: 7, 4: 3, 5: 15, 6: 20, 7: 4, 8: 5, 9: 8 };
  const expectedProvisions = Object.entries(FORM).flatMap(([section, last]) =>
    Array.from({ length: last - (section === '1' ? 1 : 0) }, (_, i) => `${section}.${i + (section === '1' ? 2 : 1)}`),
  );
  const row = (rows: SelfAssessmentRow[], provision: string) => rows.find((candidate) => candidate.provision === provision)!;
  const line = (rows: SelfAssessmentRow[], provision: string) => evidenceLine(provision, row(rows, provision).computed!);

  it('8.1a: one row for every provision on the Ombudsman’s form, sections 1 to 9, in order, each with a requirement in our words', () => {
    expect(CODE_PROVISIONS.map((p) => p.provision)).toEqual(expectedProvisions);
    const rows = selfAssessment(counters([]), { period: FY25, entries: {} });
    expect(rows.map((r) => r.provision)).toEqual(expectedProvisions);
    expect(rows).toHaveLength(72);
    for (const r of rows) {
      expect(r.requirement.length).toBeGreaterThan(20);
      expect(r.sectionTitle).toBeTruthy();
    }
    expect(row(rows, '1.2')).toEqual({ provision: '1.2', section: 1, sectionTitle: 'Definition of a complaint', requirement: expect.any(String), compliance: 'undetermined', evidence: [], commentary: '' });
  });

  it('6.2: "212 of 214 stage 1 complaints acknowledged within 5 working days (99.1%)"', () => {
    const complaints = Array.from({ length: 214 }, (_, i) => Story.received('2025-06-02').acknowledge(i < 2 ? '2025-06-10' : '2025-06-03').complaint);
    const rows = selfAssessment(counters(complaints), { period: FY25, entries: {} });
    expect(line(rows, '6.2')).toBe('6.2: 212 of 214 stage 1 complaints acknowledged within 5 working days (99.1%)');
    expect(row(rows, '6.2').compliance).toBe('no');
  });

  it('6.13: "the stage 2 handler differed from stage 1\'s in all 37 cases; enforced by the software"', () => {
    const complaints = Array.from({ length: 37 }, () => Story.received('2025-06-02').acknowledge('2025-06-03').respond('2025-06-10').escalate('2025-06-11').acknowledge('2025-06-12').complaint);
    const rows = selfAssessment(counters(complaints), { period: FY25, entries: {} });
    expect(line(rows, '6.13')).toBe("6.13: the stage 2 handler differed from stage 1's in all 37 cases; enforced by the software");
    expect(line(rows, '6.11')).toBe('6.11: 37 of 37 stage 2 complaints acknowledged within 5 working days of the escalation request (100.0%)');
    expect(row(rows, '6.13').compliance).toBe('yes');
  });

  it('6.13: a record from before the rule where one person handled both stages is shown, not hidden', () => {
    const c = Story.received('2025-06-02').acknowledge('2025-06-03').respond('2025-06-10').escalate('2025-06-11').acknowledge('2025-06-12').complaint;
    const legacy = { ...c, stages: { ...c.stages, stage2: { ...c.stages.stage2!, handlerId: 'h1' } } };
    const rows = selfAssessment(counters([c, legacy]), { period: FY25, entries: {} });
    expect(line(rows, '6.13')).toBe("6.13: the stage 2 handler differed from stage 1's in 1 of 2 cases");
    expect(row(rows, '6.13').compliance).toBe('no');
  });

  it('6.3, 6.4, 6.14, 2.4, 5.11, 5.9: evidence computed from the year’s records, word for word', () => {
    const y = year();
    const rows = selfAssessment(counters([y.c1, y.c2, y.c3, y.c4, y.c5, y.c6]), { period: FY25, entries: {} });
    expect(line(rows, '6.2')).toBe('6.2: 4 of 5 stage 1 complaints acknowledged within 5 working days (80.0%)');
    expect(line(rows, '6.3')).toBe('6.3: 3 of 4 stage 1 responses sent within 10 working days of the acknowledgement (75.0%); 1 more within an extension under 6.4; 0 late');
    expect(line(rows, '6.14')).toBe('6.14: 1 of 1 stage 2 response sent within 20 working days of the acknowledgement (100.0%); 0 more within an extension under 6.15; 0 late');
    expect(line(rows, '6.4')).toBe(
      '6.4: 1 stage 1 extension: 1 within the 10-working-day limit, 0 beyond it with a recorded good reason; the software refuses an extension beyond the limit without a good reason, or decided after the response was due',
    );
    expect(line(rows, '6.5')).toBe("6.5: 1 stage 1 extension notified; the software will not queue an extension letter without the Ombudsman's contact details");
    expect(line(rows, '2.4')).toBe(
      "2.4: 1 complaint not accepted, each recorded with its ground and explanation; the software will not queue a refusal letter without the reasons and the resident's right to go to the Ombudsman",
    );
    expect(line(rows, '5.11')).toBe(
      "5.11: 1 request to escalate refused, each recorded with its ground and explanation; the software will not queue a refusal letter without the reasons and the resident's right to go to the Ombudsman",
    );
    expect(line(rows, '5.9')).toBe(
      "5.9: no agreed update to a resident fell due in the period; the software requires an agreed update interval for any response beyond the Code's timescales and checks each one",
    );
    expect(line(rows, '3.1')).toBe('3.1: stage 1 complaints received through 3 channels: phone 2, web 1, letter 1');
    expect(line(rows, '9.1')).toBe('9.1: 2 service improvements recorded from complaints; 1 completed (0 by their due date); 1 open at the end of the period');
    expect(line(rows, '9.7')).toBe('9.7: 1 Ombudsman determinations with 2 orders; 1 orders completed (1 by their due date); 1 open at the end of the period');
    expect([row(rows, '6.2').compliance, row(rows, '6.3').compliance, row(rows, '6.4').compliance, row(rows, '2.4').compliance, row(rows, '5.9').compliance]).toEqual(['no', 'yes', 'yes', 'yes', 'undetermined']);
  });

  it('6.4, 5.9: an extension with a good reason and its agreed updates, kept and missed', () => {
    const story = Story.received('2025-06-02').acknowledge('2025-06-03').extend('2025-06-16', 15, 'Specialist survey');
    // Updates every 5 working days from 16 June: due 23 June (kept by a call), 30 June (missed).
    story.complaint = checkUpdate(story.complaint, '2025-06-23', ['2025-06-20T12:00:00Z'], '2025-06-24');
    story.complaint = checkUpdate(story.complaint, '2025-06-30', [], '2025-07-01');
    story.respond('2025-07-07');
    const rows = selfAssessment(counters([story.complaint]), { period: FY25, entries: {} });
    expect(line(rows, '6.4')).toBe(
      '6.4: 1 stage 1 extension: 0 within the 10-working-day limit, 1 beyond it with a recorded good reason; the software refuses an extension beyond the limit without a good reason, or decided after the response was due',
    );
    expect(line(rows, '6.3')).toBe('6.3: 0 of 1 stage 1 response sent within 10 working days of the acknowledgement (0.0%); 1 more within an extension under 6.4; 0 late');
    expect(line(rows, '5.9')).toBe(
      "5.9: 1 of 2 agreed updates to residents made on time, 0 late, 1 missed; the software requires an agreed update interval for any response beyond the Code's timescales and checks each one",
    );
    expect(row(rows, '5.9').compliance).toBe('no');
  });

  it("8.1a: the landlord's entries fill what records cannot show, and a different answer from the records is flagged", () => {
    const complaints = [Story.received('2025-06-02').acknowledge('2025-06-10').complaint]; // late acknowledgement
    const rows = selfAssessment(counters(complaints), {
      period: FY25,
      entries: {
        '1.2': { compliant: 'yes', evidence: 'Complaints policy section 2', commentary: 'Reviewed May 2025' },
        '6.2': { compliant: 'yes', evidence: 'Policy section 7.1' },
        '5.4': { compliant: 'not_applicable', evidence: 'No third parties handle complaints' },
      },
    });
    expect(row(rows, '1.2')).toMatchObject({ compliance: 'yes', evidence: ['Complaints policy section 2'], commentary: 'Reviewed May 2025' });
    expect(row(rows, '5.4').compliance).toBe('not_applicable');
    expect(row(rows, '6.2')).toMatchObject({
      compliance: 'yes',
      evidence: ['0 of 1 stage 1 complaint acknowledged within 5 working days (0.0%)', 'Policy section 7.1'],
      warning: 'the landlord answered "yes" but the records show "no": 0 of 1 stage 1 complaint acknowledged within 5 working days (0.0%)',
    });
    expect(row(rows, '4.1').compliance).toBe('undetermined');
    expect(landlordEntry('4.1', { compliant: 'yes', evidence: 'Head of Housing is the complaints officer', commentary: ' ' })).toEqual({ compliant: 'yes', evidence: 'Head of Housing is the complaints officer' });
    expect(() => landlordEntry('6.21', { compliant: 'yes', evidence: 'x' })).toThrow(NotFound);
    expect(() => landlordEntry('4.1', { compliant: 'maybe' as never, evidence: 'x' })).toThrow(InvalidInput);
    expect(() => landlordEntry('4.1', { compliant: 'no', evidence: ' ' })).toThrow(InvalidInput);
    expect(row(rows, '5.12')).toMatchObject({ compliance: 'yes', computed: { enforced: true } });
  });
});

describe('the governance report (9.6, 9.7)', () => {
  it('9.7a, 9.7b: volumes, categories, outcomes and performance against the previous quarter', () => {
    const y = year();
    const report = governanceReport(counters([y.c1, y.c2, y.c3, y.c4, y.c5, y.c6]), {
      period: { from: '2025-07-01', to: '2025-09-30' },
      today: '2025-10-01',
      ch02Rule: 'strict_acknowledgement',
      categories,
      overdueNow: [],
      orders: [],
      learning: [],
    });
    expect(report.previous.period).toEqual({ from: '2025-04-01', to: '2025-06-30' });
    expect(report.current.received).toEqual({ stage1: 1, stage2: 1 });
    expect(report.previous.received).toEqual({ stage1: 2, stage2: 0 });
    expect(report.trends.received).toEqual({
      stage1: { current: 1, previous: 2, change: -1, percentChange: -50 },
      stage2: { current: 1, previous: 0, change: 1, percentChange: null },
    });
    expect(report.trends.byCategory).toEqual([
      { category: 'Repairs', stage1: { current: 1, previous: 1, change: 0, percentChange: 0 }, stage2: { current: 0, previous: 0, change: 0, percentChange: null } },
      { category: 'Damp and mould', stage1: { current: 0, previous: 0, change: 0, percentChange: null }, stage2: { current: 0, previous: 0, change: 0, percentChange: null } },
      { category: '', stage1: { current: 0, previous: 1, change: -1, percentChange: -100 }, stage2: { current: 1, previous: 0, change: 1, percentChange: null } },
    ]);
    // Previous quarter: c6 answered in time after a late acknowledgement, so the strict rule counts 2 of 3.
    expect(report.previous.respondedOnTimePercent.stage1).toBeCloseTo(200 / 3, 10);
    expect(report.current.respondedOnTimePercent).toEqual({ stage1: 100, stage2: 100 });
    expect(report.current.outcomes.stage2).toEqual({ upheld: 0, partly_upheld: 1, not_upheld: 0 });
    expect(report.current.refused).toEqual({ stage1: 0, stage2: 1 });
    expect(report.previous.refused).toEqual({ stage1: 1, stage2: 0 });
  });

  it('9.7c: what is overdue now, Ombudsman orders (severe maladministration first) and learning actions open and done', () => {
    const y = year();
    const today = '2026-02-20';
    const records = [y.c1BeforePaid, y.c2, y.c3, y.c4, y.c5, y.c6];
    const report = governanceReport(counters(records), {
      period: { from: '2026-01-01', to: '2026-03-31' },
      today,
      ch02Rule: 'with_extensions',
      categories,
      overdueNow: records.flatMap((c) => overdueNow(c, calendar, today)),
      orders: records.flatMap((c) => ombudsmanOrders(c, TZ)),
      learning: records.flatMap((c) => learningItems(c, TZ)),
    });
    const remedyId = y.c1BeforePaid.remedies.find((r) => r.kind === 'financial')!.id;
    expect(report.overdueNow).toEqual({
      asOf: today,
      total: 1,
      items: [{ complaintId: y.c1.id, complaintReference: y.c1.reference, step: `action-${remedyId}`, dueBy: '2025-05-30', what: 'complete: Compensation for the delay (7.3)' }],
    });
    expect(report.ombudsmanOrders).toMatchObject({ asOf: today, open: 1, overdue: 0, severeOpen: 1 });
    expect(report.ombudsmanOrders.items.map((item) => [item.order.description, item.status, item.severe])).toEqual([
      ['Pay £600', 'completed', true],
      ['Apologise in person', 'open', true],
    ]);
    expect(report.current.ombudsman).toMatchObject({ determinations: 1, findings: { severe_maladministration: 1, service_failure: 1 } });
    expect(report.current.orders).toEqual({ created: 2, completedOnTime: 1, completedLate: 0, openAtEnd: 1 });
    expect(report.learning).toMatchObject({ asOf: today, open: 1, overdue: 0, completedInPeriod: 0 });
    expect(report.learning.items.map((item) => [item.improvement.description, item.status])).toEqual([['Retrain the contact centre', 'open']]);
  });
});
