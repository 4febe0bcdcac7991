import type { GovernanceReport, Change } from '../../domain/reports/governance.js';
import { formatNumber, formatPercent } from '../../domain/reports/tsm.js';
import { barChart, count, escape, page, table, words } from './report-html.js';

/**
 * The governance report (9.6, 9.7) as one page for the Member Responsible for Complaints and the governing
 * body: this period against the one before in plain words, a chart, then what needs their attention now.
 */

const changeWords = (change: Change): string =>
  change.change === 0 ? 'no change' : `${change.change > 0 ? 'up' : 'down'} ${Math.abs(change.change)}${change.percentChange === null ? '' : ` (${formatNumber(Math.abs(change.percentChange), 0)}%)`}`;

const when = (period: { from: string; to: string }): string => `${period.from} to ${period.to}`;

export function governanceHtml(report: GovernanceReport, landlordName: string): string {
  const { current, previous, trends } = report;
  const percent = (value: number | null) => formatPercent(value, 1);
  const records = report.landlordRecords;
  const headline = [
    `We received ${current.received.stage1} stage 1 complaints (${changeWords(trends.received.stage1)} on the period before) and ${current.received.stage2} stage 2 complaints (${changeWords(trends.received.stage2)}).`,
    `We answered ${percent(current.respondedOnTimePercent.stage1)} of stage 1 complaints and ${percent(current.respondedOnTimePercent.stage2)} of stage 2 complaints on time (before: ${percent(previous.respondedOnTimePercent.stage1)} and ${percent(previous.respondedOnTimePercent.stage2)}).`,
    `${count(report.overdueNow.total, 'step on a complaint is', 'steps on complaints are')} overdue as of ${report.overdueNow.asOf}.`,
    `${count(report.ombudsmanOrders.open, 'Ombudsman order on a complaint is', 'Ombudsman orders on complaints are')} open: ${report.ombudsmanOrders.overdue} overdue, ${report.ombudsmanOrders.severeOpen} following severe maladministration.`,
    `${count(records.openOrders, 'complaint handling failure order about us is', 'complaint handling failure orders about us are')} open, ${records.overdueOrders} overdue.`,
    `${count(report.learning.open, 'service improvement is', 'service improvements are')} open (${report.learning.overdue} overdue); ${report.learning.completedInPeriod} completed in the period.`,
  ];
  const outcomes = (stage: 'stage1' | 'stage2') => Object.entries(current.outcomes[stage]).map(([decision, n]) => [`Stage ${stage.slice(-1)}: ${words(decision)}`, n, previous.outcomes[stage][decision as keyof typeof current.outcomes.stage1]]);
  const notListed = (n: number) => (n > 0 ? `<p>${n} more not listed here.</p>` : '');
  const body = [
    `<h1>${escape(landlordName)}: complaints report to the governing body</h1>`,
    `<p>This report covers ${escape(when(current.period))}, compared with ${escape(when(previous.period))}, as the Housing Ombudsman's Complaint Handling Code asks (9.6, 9.7).</p>`,
    `<section><h2>In brief</h2><ul>${headline.map((line) => `<li>${escape(line)}</li>`).join('')}</ul></section>`,
    `<section><h2>Complaints received</h2>`,
    barChart('Complaints received: this period and the one before', ['This period', 'Period before'], [
      { label: 'Stage 1', values: [current.received.stage1, previous.received.stage1] },
      { label: 'Stage 2', values: [current.received.stage2, previous.received.stage2] },
      ...trends.byCategory.filter((row) => row.stage1.current + row.stage1.previous > 0).map((row) => ({ label: `Stage 1: ${words(row.category)}`, values: [row.stage1.current, row.stage1.previous] })),
    ]),
    table('Complaints by category', ['Category', 'Stage 1', 'Change', 'Stage 2', 'Change'], trends.byCategory.map((row) => [words(row.category), row.stage1.current, changeWords(row.stage1), row.stage2.current, changeWords(row.stage2)])),
    `</section><section><h2>Outcomes and timeliness</h2>`,
    table('Decisions', ['Decision', 'This period', 'Period before'], [...outcomes('stage1'), ...outcomes('stage2')]),
    table('Timeliness', ['Step', 'This period', 'Period before'], [
      ['Stage 1 acknowledged on time', percent(current.timeliness.stage1.acknowledge.percentOnTime), percent(previous.timeliness.stage1.acknowledge.percentOnTime)],
      ['Stage 1 answered on time', percent(current.respondedOnTimePercent.stage1), percent(previous.respondedOnTimePercent.stage1)],
      ['Stage 2 acknowledged on time', percent(current.timeliness.stage2.acknowledge.percentOnTime), percent(previous.timeliness.stage2.acknowledge.percentOnTime)],
      ['Stage 2 answered on time', percent(current.respondedOnTimePercent.stage2), percent(previous.respondedOnTimePercent.stage2)],
      ['Complaints refused (stage 1 / stage 2)', `${current.refused.stage1} / ${current.refused.stage2}`, `${previous.refused.stage1} / ${previous.refused.stage2}`],
    ]),
    `</section><section><h2>Overdue now (as of ${escape(report.overdueNow.asOf)})</h2>`,
    report.overdueNow.items.length
      ? table('Overdue steps', ['Complaint', 'What is owed', 'Due by'], report.overdueNow.items.map((item) => [item.complaintReference, item.what, item.dueBy]))
      : '<p>Nothing is overdue.</p>',
    `</section><section><h2>The Housing Ombudsman</h2>`,
    `<p>In the period the Ombudsman received ${current.ombudsman.referrals} of our complaints and determined ${current.ombudsman.determinations}.</p>`,
    report.ombudsmanOrders.items.length
      ? table('Orders on complaints (severe maladministration first)', ['Complaint', 'Order', 'Due by', 'Status'], report.ombudsmanOrders.items.map((item) => [item.complaintReference, `${item.order.description}${item.severe ? ' (severe maladministration)' : ''}`, item.order.dueBy, words(item.status)]))
      : '<p>No orders on complaints are open or were completed in the period.</p>',
    notListed(report.ombudsmanOrders.notListed),
    records.items.length
      ? table('Orders and reports about us', ['Title', 'Kind', 'Date', 'Status'], records.items.map((record) => [record.title, words(record.kind), record.date, record.status ? `${words(record.status)}${record.dueBy ? ` (due ${record.dueBy})` : ''}` : '']))
      : '<p>No complaint handling failure orders or reports about us.</p>',
    `</section><section><h2>Learning from complaints</h2>`,
    report.learning.items.length
      ? table('Service improvements open and completed in the period', ['Improvement', 'Owner', 'Due by', 'Status'], report.learning.items.map((item) => [item.improvement.description, item.improvement.owner, item.improvement.dueBy, words(item.status)]))
      : '<p>No service improvements are open or were completed in the period.</p>',
    notListed(report.learning.notListed),
    `</section>`,
  ].join('\n');
  return page(`${landlordName}: complaints report to the governing body, ${when(current.period)}`, body);
}
