import type { AnnualReport, NotComplaints, StageCounts } from '../../domain/reports/annual.js';
import { displayTsm, formatNumber, formatPercent } from '../../domain/reports/tsm.js';

/**
 * The annual report as one page a governing body can read and print: plain words, charts drawn as inline
 * SVG, tables with headers a screen reader announces. No script, no stylesheet or font from elsewhere.
 */

export const escape = (text: string): string => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

interface Bar {
  label: string;
  values: number[];
}

const LABEL_CHARS = 42;
const fit = (label: string): string => (label.length > LABEL_CHARS ? `${label.slice(0, LABEL_CHARS - 1)}…` : label);

/**
 * Grouped horizontal bars, one colour per series, each bar labelled with its number (readable in grey
 * print). Drawn in a 720-unit box that scales to the page's width; the label column fits the longest label.
 */
export function barChart(title: string, series: string[], bars: Bar[]): string {
  const colours = ['#1d4e89', '#e07a1f'];
  const barHeight = 16;
  const rowHeight = barHeight * series.length + 12;
  const width = 720;
  // About 7 units a character at font size 13: the labels end just before the bars.
  const labelWidth = Math.min(320, Math.max(90, Math.max(...bars.map((bar) => fit(bar.label).length)) * 7 + 16));
  const max = Math.max(1, ...bars.flatMap((bar) => bar.values));
  const height = bars.length * rowHeight + 34;
  const rows = bars
    .map((bar, i) => {
      const y = i * rowHeight + 30;
      const rects = bar.values
        .map((value, s) => {
          const w = Math.round(((width - labelWidth - 50) * value) / max);
          const by = y + s * barHeight;
          return `<rect x="${labelWidth}" y="${by}" width="${w}" height="${barHeight - 2}" fill="${colours[s % colours.length]}"/><text x="${labelWidth + w + 5}" y="${by + 11}" font-size="12">${value}</text>`;
        })
        .join('');
      return `<text x="${labelWidth - 8}" y="${y + (barHeight * series.length) / 2 + 3}" font-size="13" text-anchor="end">${escape(fit(bar.label))}</text>${rects}`;
    })
    .join('');
  const legend = series.map((name, s) => `<rect x="${labelWidth + s * 140}" y="4" width="12" height="12" fill="${colours[s % colours.length]}"/><text x="${labelWidth + s * 140 + 17}" y="15" font-size="13">${escape(name)}</text>`).join('');
  return `<figure><svg role="img" aria-label="${escape(title)}" xmlns="http://www.w3.org/2000/svg" width="100%" viewBox="0 0 ${width} ${height}" font-family="Arial, Helvetica, sans-serif"><title>${escape(title)}</title>${legend}${rows}</svg><figcaption>${escape(title)}</figcaption></figure>`;
}

export function table(caption: string, head: string[], rows: (string | number)[][]): string {
  const th = head.map((cell) => `<th scope="col">${escape(cell)}</th>`).join('');
  // Numbers, percentages, money and dates line up on the right and never break; words read from the left.
  const cell = (value: string | number) => `<td${/^[-£\d.,%/ n/a]+$|^\d{4}-\d{2}-\d{2}$/.test(String(value)) ? ' class="n"' : ''}>${escape(String(value))}</td>`;
  const body = rows.map(([first, ...rest]) => `<tr><th scope="row">${escape(String(first))}</th>${rest.map(cell).join('')}</tr>`).join('');
  return `<table><caption>${escape(caption)}</caption><thead><tr>${th}</tr></thead><tbody>${body}</tbody></table>`;
}

const stages = (row: StageCounts): number[] => [row.stage1, row.stage2];
export const words = (value: string): string => (value === '' ? 'Not categorised' : value.replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase()));
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** "2025-04" as "Apr 2025". */
const monthLabel = (month: string): string => `${MONTHS[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;
export const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
const pounds = (pence: number): string => `£${formatNumber(pence / 100, 2)}`;

export function annualHtml(report: AnnualReport, landlordName: string): string {
  const year = report.financialYear;
  const v = report.volumes;
  const t = report.timeliness;
  const tsm = displayTsm(report.tsm);
  const respondPct = (stage: 'stage1' | 'stage2') => formatPercent(t[stage].respond.percentOnTime, 1);
  const records = report.ombudsman.landlordRecords;
  const orders = records.filter((record) => record.kind === 'complaint_handling_failure_order');
  const headline = [
    `We received ${v.received.stage1} stage 1 complaints and ${v.received.stage2} stage 2 complaints in ${year.label}.`,
    `We answered ${respondPct('stage1')} of stage 1 complaints and ${respondPct('stage2')} of stage 2 complaints within the Code's timescales.`,
    report.refusals.summary,
    `We offered ${pounds(report.remedies.compensation.offeredPence)} in compensation and paid ${pounds(report.remedies.compensation.paidPence)}.`,
    `The Housing Ombudsman made ${count(report.ombudsman.nonComplianceFindings, 'finding', 'findings')} of maladministration or service failure about us${records.length ? `, and issued ${count(orders.length, 'complaint handling failure order', 'complaint handling failure orders')} and ${count(records.length - orders.length, 'report', 'reports')} about us` : ''}.`,
    `We completed ${count(report.learning.improvements.completedOnTime + report.learning.improvements.completedLate, 'service improvement', 'service improvements')} learned from complaints; ${report.learning.improvements.openAtEnd} were still open at the year's end.`,
  ];
  const sa = report.selfAssessment;
  const body = [
    `<h1>${escape(landlordName)}: complaints annual report ${escape(year.label)}</h1>`,
    `<p>This report covers ${escape(year.from)} to ${escape(year.to)}, as the Housing Ombudsman's Complaint Handling Code asks (section 8).</p>`,
    `<section><h2>The year in brief</h2><ul>${headline.map((line) => `<li>${escape(line)}</li>`).join('')}</ul></section>`,
    `<section><h2>Complaints received</h2>`,
    barChart('Complaints received by month', ['Stage 1', 'Stage 2'], v.byMonth.map((row) => ({ label: monthLabel(row.month), values: stages(row) }))),
    table('Complaints received by category', ['Category', 'Stage 1', 'Stage 2'], v.byCategory.map((row) => [words(row.category), row.stage1, row.stage2])),
    table('Complaints received by channel', ['Channel', 'Stage 1', 'Stage 2'], v.byChannel.map((row) => [words(row.channel), row.stage1, row.stage2])),
    `</section><section><h2>How quickly we answered</h2>`,
    barChart('Responses on time and late', ['Stage 1', 'Stage 2'], [
      { label: 'Within the timescale', values: [t.stage1.respond.withinTimescale, t.stage2.respond.withinTimescale] },
      { label: 'Within an extension', values: [t.stage1.respond.withinExtension + t.stage1.respond.withinGoodReasonExtension, t.stage2.respond.withinExtension + t.stage2.respond.withinGoodReasonExtension] },
      { label: 'Late', values: [t.stage1.respond.late, t.stage2.respond.late] },
    ]),
    table('Timeliness at each step', ['Step', 'On time', 'Late', 'Total'], [
      ['Stage 1 acknowledgement', t.stage1.acknowledge.onTime, t.stage1.acknowledge.late, t.stage1.acknowledge.total],
      ['Stage 1 response', t.stage1.respond.total - t.stage1.respond.late, t.stage1.respond.late, t.stage1.respond.total],
      ['Stage 2 acknowledgement', t.stage2.acknowledge.onTime, t.stage2.acknowledge.late, t.stage2.acknowledge.total],
      ['Stage 2 response', t.stage2.respond.total - t.stage2.respond.late, t.stage2.respond.late, t.stage2.respond.total],
    ]),
    table('Extensions', ['Stage', 'Total', 'Within the Code’s limit', 'Beyond it, with a good reason'], [
      ['Stage 1', report.extensions.stage1.total, report.extensions.stage1.withinLimit, report.extensions.stage1.goodReason],
      ['Stage 2', report.extensions.stage2.total, report.extensions.stage2.withinLimit, report.extensions.stage2.goodReason],
    ]),
    `</section><section><h2>Outcomes and remedies</h2>`,
    table('Decisions', ['Decision', 'Stage 1', 'Stage 2'], Object.keys(report.outcomes.stage1).map((d) => [words(d), report.outcomes.stage1[d as keyof typeof report.outcomes.stage1], report.outcomes.stage2[d as keyof typeof report.outcomes.stage2]])),
    table('Remedies', ['Remedy', 'Offered', 'Completed'], report.remedies.byKind.map((row) => [words(row.kind), row.offered, row.completed])),
    table('Refusals by reason', ['Reason', 'Stage 1', 'Stage 2'], report.refusals.byGround.map((row) => [words(row.ground), row.stage1, row.stage2])),
    `</section><section><h2>Tenant Satisfaction Measures</h2>`,
    table('CH01 and CH02', ['Measure', 'Low-cost rental', 'Low-cost home ownership'], [
      ['CH01(1) stage 1 complaints per 1,000 homes', tsm.low_cost_rental.ch01_1, tsm.low_cost_home_ownership.ch01_1],
      ['CH01(2) stage 2 complaints per 1,000 homes', tsm.low_cost_rental.ch01_2, tsm.low_cost_home_ownership.ch01_2],
      ['CH02(1) stage 1 answered on time', tsm.low_cost_rental.ch02_1, tsm.low_cost_home_ownership.ch02_1],
      ['CH02(2) stage 2 answered on time', tsm.low_cost_rental.ch02_2, tsm.low_cost_home_ownership.ch02_2],
    ]),
    `</section><section><h2>The Housing Ombudsman and what we learned</h2>`,
    table('Ombudsman', ['Item', 'Number'], [
      ['Cases referred', report.ombudsman.referrals],
      ['Determinations', report.ombudsman.determinations],
      ...Object.entries(report.ombudsman.findings).map(([finding, n]) => [`Finding: ${words(finding)}`, n] as [string, number]),
      ['Orders open at year end', report.ombudsman.orders.openAtEnd],
      ['Service improvements completed on time', report.learning.improvements.completedOnTime],
      ['Service improvements open at year end', report.learning.improvements.openAtEnd],
    ]),
    records.length
      ? table('Orders and reports the Ombudsman made about us', ['Title', 'Kind', 'Date', 'Complied'], records.map((record) => [record.title, words(record.kind), record.date, record.kind === 'complaint_handling_failure_order' ? (record.completedOn ?? 'not yet') : '']))
      : '<p>The Ombudsman made no complaint handling failure order or report about us this year.</p>',
    report.learning.completedInYear.length
      ? table('Service improvements completed this year', ['Improvement', 'Owner', 'Completed'], report.learning.completedInYear.map(({ improvement }) => [improvement.description, improvement.owner, improvement.completedOn ?? '']))
      : '',
    report.learning.notListed > 0 ? `<p>${report.learning.notListed} more service improvements were completed; the API lists them.</p>` : '',
    sa ? `<p>Self-assessment against the Code: ${sa.yes} provisions met, ${sa.no} not met${sa.notCompliant.length ? ` (${escape(sa.notCompliant.join(', '))})` : ''}, ${sa.undetermined} still to assess.</p>` : '',
    report.notComplaints ? notComplaintsSection(report.notComplaints) : '',
    `</section><section><h2>The governing body's response</h2>`,
    report.governingBodyResponse ? `<p>${escape(report.governingBodyResponse.text)}</p><p>Recorded ${escape(report.governingBodyResponse.recordedOn)}.</p>` : '<p>Not yet recorded.</p>',
    `</section>`,
  ].join('\n');
  return page(`${landlordName}: complaints annual report ${year.label}`, body);
}

const STYLE =
  'body{font-family:Arial,Helvetica,sans-serif;max-width:46rem;margin:1.5rem auto;color:#111;line-height:1.45}table{border-collapse:collapse;margin:1rem 0;width:100%}caption{text-align:left;font-weight:bold;margin-bottom:.3rem}th,td{border:1px solid #999;padding:.25rem .5rem;text-align:left;vertical-align:top}td.n{text-align:right;white-space:nowrap}tbody th{white-space:nowrap}figcaption{font-size:.9rem;color:#333}figure{margin:1rem 0;break-inside:avoid}table,section h2{break-inside:avoid}@media print{body{margin:0}}';

/** One self-contained page: its own style, nothing fetched. */
export function page(title: string, body: string): string {
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>${escape(title)}</title><style>${STYLE}</style></head><body>${body}</body></html>`;
}

/** 1.4, 1.5, FAQ: shown beside the complaints so a reader sees they were not counted as complaints. */
function notComplaintsSection(counts: NotComplaints): string {
  const sr = counts.serviceRequests;
  return [
    `</section><section><h2>Service requests and other dissatisfaction</h2>`,
    `<p>These are not complaints and are not counted in the figures above.</p>`,
    table('Service requests received this year', ['Item', 'Number'], [
      ['Received', sr.received],
      ['Still open', sr.open],
      ['Resolved', sr.resolved],
      ['Cancelled', sr.cancelled],
      ['Led to a complaint', sr.becameComplaints],
    ]),
    `<p>${escape(`${counts.dissatisfactionWithoutComplaint.recorded} residents told us they were dissatisfied but asked us not to log a complaint; each was told how to complain later.`)}</p>`,
  ].join('\n');
}
