import type { AnnualReport } from '../../domain/reports/annual.js';
import type { SelfAssessmentRow } from '../../domain/reports/self-assessment.js';
import { displayTsm, formatNumber, type TsmReport } from '../../domain/reports/tsm.js';

/**
 * RFC 4180 text, one header row. A cell a spreadsheet would run as a formula (=, +, -, @ first) is
 * prefixed with an apostrophe, since report text includes landlord-typed words.
 */
export function toCsv(rows: readonly (readonly (string | number | null)[])[]): string {
  const cell = (value: string | number | null): string => {
    if (value === null) return '';
    let text = String(value);
    if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return rows.map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}

const TENURE_WORDS = { low_cost_rental: 'Low-cost rental', low_cost_home_ownership: 'Low-cost home ownership' } as const;

export function tsmCsv(report: TsmReport): string {
  const shown = displayTsm(report);
  const rows: (string | number | null)[][] = [['measure', 'tenure', 'numerator', 'denominator', 'value', 'published']];
  for (const tenure of ['low_cost_rental', 'low_cost_home_ownership'] as const) {
    const f = report.byTenure[tenure];
    rows.push(['CH01(1) per 1000 homes', TENURE_WORDS[tenure], f.ch01.stage1.received, f.ch01.stage1.homes, f.ch01.stage1.per1000Homes, shown[tenure].ch01_1]);
    rows.push(['CH01(2) per 1000 homes', TENURE_WORDS[tenure], f.ch01.stage2.received, f.ch01.stage2.homes, f.ch01.stage2.per1000Homes, shown[tenure].ch01_2]);
    rows.push(['CH02(1) % on time', TENURE_WORDS[tenure], f.ch02.stage1.onTime, f.ch02.stage1.responded, f.ch02.stage1.percent, shown[tenure].ch02_1]);
    rows.push(['CH02(2) % on time', TENURE_WORDS[tenure], f.ch02.stage2.onTime, f.ch02.stage2.responded, f.ch02.stage2.percent, shown[tenure].ch02_2]);
  }
  return toCsv(rows);
}

export function selfAssessmentCsv(rows: readonly SelfAssessmentRow[]): string {
  return toCsv([
    ['Code section', 'Code requirement', 'Comply: yes/no', 'Evidence', 'Commentary / explanation'],
    ...rows.map((row) => [`${row.provision}`, row.requirement, row.compliance, row.evidence.join(' | '), [row.commentary, row.warning ?? ''].filter(Boolean).join(' | ')]),
  ]);
}

/** The annual report's tables, one section after another: section, item, stage 1, stage 2. */
export function annualCsv(report: AnnualReport): string {
  const rows: (string | number | null)[][] = [['section', 'item', 'stage 1', 'stage 2']];
  const v = report.volumes;
  rows.push(['received', 'all', v.received.stage1, v.received.stage2]);
  for (const m of v.byMonth) rows.push(['received by month', m.month, m.stage1, m.stage2]);
  for (const c of v.byChannel) rows.push(['received by channel', c.channel, c.stage1, c.stage2]);
  for (const c of v.byCategory) rows.push(['received by category', c.category || 'Not categorised', c.stage1, c.stage2]);
  for (const [decision, n] of Object.entries(report.outcomes.stage1)) rows.push(['outcomes', decision, n, report.outcomes.stage2[decision as keyof typeof report.outcomes.stage2]]);
  for (const stage of ['stage1', 'stage2'] as const) {
    const t = report.timeliness[stage];
    rows.push([`timeliness ${stage}`, 'acknowledged on time', t.acknowledge.onTime, null]);
    rows.push([`timeliness ${stage}`, 'acknowledged late', t.acknowledge.late, null]);
    rows.push([`timeliness ${stage}`, 'responded within timescale', t.respond.withinTimescale, null]);
    rows.push([`timeliness ${stage}`, 'responded within extension', t.respond.withinExtension + t.respond.withinGoodReasonExtension, null]);
    rows.push([`timeliness ${stage}`, 'responded late', t.respond.late, null]);
  }
  rows.push(['extensions', 'total', report.extensions.stage1.total, report.extensions.stage2.total]);
  for (const g of report.refusals.byGround) rows.push(['refusals', g.ground, g.stage1, g.stage2]);
  for (const r of report.remedies.byKind) rows.push(['remedies offered', r.kind, r.offered, null]);
  rows.push(['compensation', 'offered (GBP)', formatNumber(report.remedies.compensation.offeredPence / 100, 2), null]);
  rows.push(['compensation', 'paid (GBP)', formatNumber(report.remedies.compensation.paidPence / 100, 2), null]);
  rows.push(['ombudsman', 'referrals', report.ombudsman.referrals, null]);
  rows.push(['ombudsman', 'determinations', report.ombudsman.determinations, null]);
  for (const [finding, n] of Object.entries(report.ombudsman.findings)) rows.push(['ombudsman findings', finding, n, null]);
  rows.push(['outstanding actions', 'open at year end', report.outstandingActions.openAtEnd, null]);
  rows.push(['service improvements', 'open at year end', report.learning.improvements.openAtEnd, null]);
  const notComplaints = report.notComplaints;
  if (notComplaints) {
    const sr = notComplaints.serviceRequests;
    for (const [item, n] of [['received', sr.received], ['open', sr.open], ['resolved', sr.resolved], ['cancelled', sr.cancelled], ['became complaints', sr.becameComplaints]] as const) rows.push(['service requests (not complaints)', item, n, null]);
    rows.push(['dissatisfaction without a complaint', 'recorded', notComplaints.dissatisfactionWithoutComplaint.recorded, null]);
  }
  return toCsv(rows);
}
