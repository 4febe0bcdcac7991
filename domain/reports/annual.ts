import type { NoComplaintCounts, ServiceRequestCounts } from '../non-complaints/counts.js';
import type { PlainDate } from '../calendar/plain-date.js';
import { CHANNELS, DECISIONS, OMBUDSMAN_FINDINGS, REFUSAL_GROUNDS, REMEDY_KINDS, type Channel, type Decision, type OmbudsmanFinding, type RefusalGround, type RemedyKind } from '../complaint/complaint.js';
import type { OmbudsmanLandlordRecord } from '../landlord/ombudsman-records.js';
import type { Ch02Rule, HomesCount } from '../landlord/report-settings.js';
import type { CounterTable } from './aggregates.js';
import { LISTED_ITEMS } from './details.js';
import { financialYear, monthsOf, type FinancialYear, type Period } from './period.js';
import type { SelfAssessmentRow } from './self-assessment.js';
import { tsmReport, type TsmReport } from './tsm.js';

/**
 * The annual complaints performance and service improvement report (8.1, 8.2) for one financial year, from
 * the landlord's counters. Every count uses the same rules as the TSM return (definitions.ts), as the
 * Ombudsman's FAQ asks. Lists that are not counts (the improvements made, the Ombudsman's reports about the
 * landlord) are passed in.
 */

export const share = (part: number, whole: number): number | null => (whole ? (part / whole) * 100 : null);

export interface StageCounts {
  stage1: number;
  stage2: number;
}

export interface AcknowledgeTimeliness {
  onTime: number;
  late: number;
  total: number;
  percentOnTime: number | null;
}

export interface RespondTimeliness {
  withinTimescale: number;
  withinExtension: number;
  withinGoodReasonExtension: number;
  late: number;
  total: number;
  /** Within the timescale or a Code-compliant extension (the CH02 with-extensions reading). */
  percentOnTime: number | null;
}

export interface ItemProgress {
  /** Arose in the period (promised in a response, recorded, or ordered). */
  created: number;
  completedOnTime: number;
  completedLate: number;
  /** Still open at the end of the period, whenever they arose. */
  openAtEnd: number;
}

export interface LearningItem {
  complaintReference: string;
  category?: string;
  rootCause?: string;
  lessons?: string;
  improvement: { id: string; description: string; owner: string; recordedOn: PlainDate; dueBy: PlainDate; completedOn?: PlainDate; evidence?: string };
}

export interface AnnualOptions {
  year: number;
  financialYearStartMonth: number;
  homesByTenure: readonly HomesCount[];
  ch02Rule: Ch02Rule;
  /** The landlord's categories, listed first and in its order (9.7a); others found in records follow. */
  categories: readonly string[];
  /** 8.1c, e, f: the Ombudsman's orders and reports about the landlord itself. */
  ombudsmanRecords?: readonly OmbudsmanLandlordRecord[];
  /**
   * 8.1d: service improvements (see learningItems); those completed in the year are listed, at most
   * LISTED_ITEMS of them (a caller may pass more; the count of all comes from the counters).
   */
  learning?: readonly LearningItem[];
  /** 8.1a: the self-assessment for the year (self-assessment.ts), summarised here. */
  selfAssessment?: readonly SelfAssessmentRow[];
  /** 8.2: the governing body's response, published alongside. */
  governingBodyResponse?: { text: string; recordedOn: PlainDate };
  /** 1.4, 1.5 and the FAQ: service requests and dissatisfaction recorded without a complaint (never complaints). */
  notComplaints?: NotComplaints;
}

/** What the landlord handled that is not a complaint, reported beside the complaints and never in them. */
export interface NotComplaints {
  serviceRequests: ServiceRequestCounts;
  dissatisfactionWithoutComplaint: NoComplaintCounts;
}

export interface AnnualReport {
  financialYear: FinancialYear;
  volumes: {
    received: StageCounts;
    byMonth: ({ month: string } & StageCounts)[];
    byChannel: ({ channel: Channel } & StageCounts)[];
    /** '' is a complaint with no category yet (shown as "Not categorised"). */
    byCategory: ({ category: string } & StageCounts)[];
    byTenure: { lowCostRental: StageCounts; lowCostHomeOwnership: StageCounts; notRecorded: StageCounts };
    withdrawn: { stage1: { beforeResponse: number; afterResponse: number }; stage2: { beforeResponse: number; afterResponse: number } };
    /** 3.6, 5.10, 1.5: stage 1 complaints made through a representative, with adjustments agreed, or following a service request. */
    flags: { representative: number; reasonableAdjustments: number; serviceRequest: number };
  };
  outcomes: { stage1: Record<Decision, number>; stage2: Record<Decision, number> };
  timeliness: {
    stage1: { acknowledge: AcknowledgeTimeliness; respond: RespondTimeliness };
    stage2: { acknowledge: AcknowledgeTimeliness; respond: RespondTimeliness };
  };
  extensions: { stage1: { total: number; withinLimit: number; goodReason: number }; stage2: { total: number; withinLimit: number; goodReason: number } };
  refusals: { total: number; byGround: ({ ground: RefusalGround } & StageCounts)[]; summary: string };
  remedies: {
    byKind: { kind: RemedyKind; offered: number; completed: number }[];
    compensation: { offeredPence: number; paidPence: number };
  };
  outstandingActions: ItemProgress;
  datedRemedies: ItemProgress;
  updates: { kept: number; keptLate: number; missed: number };
  ombudsman: {
    referrals: number;
    determinations: number;
    findings: Record<OmbudsmanFinding, number>;
    /** 8.1c: findings of severe maladministration, maladministration or service failure. */
    nonComplianceFindings: number;
    orders: ItemProgress;
    severeMaladministrationOrders: ItemProgress;
    landlordRecords: OmbudsmanLandlordRecord[];
  };
  /** `notListed`: improvements completed in the year beyond those in `completedInYear` (see LISTED_ITEMS). */
  learning: { improvements: ItemProgress; completedInYear: LearningItem[]; notListed: number };
  tsm: TsmReport;
  selfAssessment?: { rows: number; yes: number; no: number; notApplicable: number; undetermined: number; notCompliant: string[] };
  governingBodyResponse?: { text: string; recordedOn: PlainDate };
  notComplaints?: NotComplaints;
}

const GROUND_WORDS: Record<RefusalGround, string> = {
  over_12_months: 'the issue arose more than 12 months earlier (2.2, 2.3)',
  legal_proceedings: 'legal proceedings had started (2.2)',
  previously_considered: 'the matter had already been considered under the complaints policy (2.2)',
  other: 'another reason the policy sets out',
};

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** 8.1b: a summary of the types of complaint refused, in plain words. */
export function refusalSummary(byGround: readonly ({ ground: RefusalGround } & StageCounts)[]): string {
  const part = (stage: keyof StageCounts): string =>
    byGround
      .filter((row) => row[stage] > 0)
      .map((row) => `${row[stage]} because ${GROUND_WORDS[row.ground]}`)
      .join('; ');
  const notAccepted = byGround.reduce((sum, row) => sum + row.stage1, 0);
  const notEscalated = byGround.reduce((sum, row) => sum + row.stage2, 0);
  if (notAccepted + notEscalated === 0) return 'No complaint was refused and no request to escalate was refused.';
  const sentences: string[] = [];
  sentences.push(notAccepted ? `${plural(notAccepted, 'complaint was', 'complaints were')} not accepted: ${part('stage1')}.` : 'Every complaint made was accepted.');
  sentences.push(notEscalated ? `${plural(notEscalated, 'request to escalate was', 'requests to escalate were')} refused: ${part('stage2')}.` : 'No request to escalate was refused.');
  return sentences.join(' ');
}

/** Needs CUMULATIVE_COUNTERS from the landlord's first day (see aggregates.ts) for `openAtEnd`. */
export function itemProgress(counters: CounterTable, days: Period, where: { kind: string; severe?: string }): ItemProgress {
  const created = counters.sum('item_created', days, where);
  const completedOnTime = counters.sum('item_completed', days, { ...where, timing: 'on_time' });
  const completedLate = counters.sum('item_completed', days, { ...where, timing: 'late' });
  // Open at the end = everything that ever arose by then, less everything completed by then.
  const openAtEnd = counters.sum('item_created', { to: days.to }, where) - counters.sum('item_completed', { to: days.to }, where);
  return { created, completedOnTime, completedLate, openAtEnd };
}

export function acknowledgeTimeliness(counters: CounterTable, days: Period, stage: string): AcknowledgeTimeliness {
  const onTime = counters.sum('acknowledged', days, { stage, timing: 'on_time' });
  const late = counters.sum('acknowledged', days, { stage, timing: 'late' });
  return { onTime, late, total: onTime + late, percentOnTime: share(onTime, onTime + late) };
}

export function respondTimeliness(counters: CounterTable, days: Period, stage: string): RespondTimeliness {
  const by = counters.sumBy('responded', days, 'timing', { stage });
  const withinTimescale = by.get('within_timescale') ?? 0;
  const withinExtension = by.get('within_extension') ?? 0;
  const withinGoodReasonExtension = by.get('within_good_reason_extension') ?? 0;
  const late = by.get('late') ?? 0;
  const total = withinTimescale + withinExtension + withinGoodReasonExtension + late;
  return { withinTimescale, withinExtension, withinGoodReasonExtension, late, total, percentOnTime: share(total - late, total) };
}

/** Complaints received per stage in the period, optionally for one dimension value. */
export function receivedCounts(counters: CounterTable, days: Period, where: { tenure?: string; channel?: string; category?: string } = {}): StageCounts {
  return { stage1: counters.sum('received', days, { ...where, stage: '1' }), stage2: counters.sum('received', days, { ...where, stage: '2' }) };
}

export function outcomeCounts(counters: CounterTable, days: Period, stage: string): Record<Decision, number> {
  const by = counters.sumBy('responded', days, 'decision', { stage });
  return Object.fromEntries(DECISIONS.map((decision) => [decision, by.get(decision) ?? 0])) as Record<Decision, number>;
}

/** Categories in the landlord's order, then any others the records carry, then "not categorised". */
export function categoryRows(counters: CounterTable, days: Period, categories: readonly string[]): ({ category: string } & StageCounts)[] {
  const seen = counters.sumBy('received', days, 'category');
  const extra = [...seen.keys()].filter((category) => category !== '' && !categories.includes(category)).sort();
  return [...categories, ...extra, ...(seen.has('') ? [''] : [])].map((category) => ({ category, ...receivedCounts(counters, days, { category }) }));
}

function learningInYear(counters: CounterTable, days: Period, learning: readonly LearningItem[]): AnnualReport['learning'] {
  const improvements = itemProgress(counters, days, { kind: 'improvement' });
  const completedInYear = learning
    .filter(({ improvement }) => improvement.completedOn !== undefined && improvement.completedOn >= days.from && improvement.completedOn <= days.to)
    .slice(0, LISTED_ITEMS);
  return { improvements, completedInYear, notListed: Math.max(0, improvements.completedOnTime + improvements.completedLate - completedInYear.length) };
}

export function annualReport(counters: CounterTable, options: AnnualOptions): AnnualReport {
  const year = financialYear(options.year, options.financialYearStartMonth);
  const days: Period = { from: year.from, to: year.to };
  const withdrawn = (stage: string) => ({
    beforeResponse: counters.sum('withdrawn', days, { stage, when: 'before_response' }),
    afterResponse: counters.sum('withdrawn', days, { stage, when: 'after_response' }),
  });
  const extensions = (stage: string) => {
    const withinLimit = counters.sum('extension', days, { stage, class: 'within_limit' });
    const goodReason = counters.sum('extension', days, { stage, class: 'good_reason' });
    return { total: counters.sum('extension', days, { stage }), withinLimit, goodReason };
  };
  const byGround = REFUSAL_GROUNDS.map((ground) => ({
    ground,
    stage1: counters.sum('refused', days, { stage: '1', ground }),
    stage2: counters.sum('refused', days, { stage: '2', ground }),
  }));
  const findingsBy = counters.sumBy('ombudsman_finding', days, 'finding');
  const findings = Object.fromEntries(OMBUDSMAN_FINDINGS.map((finding) => [finding, findingsBy.get(finding) ?? 0])) as Record<OmbudsmanFinding, number>;
  const assessment = options.selfAssessment;
  return {
    financialYear: year,
    volumes: {
      received: receivedCounts(counters, days),
      // "-31" bounds any month: plain dates compare as strings.
      byMonth: monthsOf(days).map((month) => ({ month, ...receivedCounts(counters, { from: `${month}-01`, to: `${month}-31` }) })),
      byChannel: CHANNELS.map((channel) => ({ channel, ...receivedCounts(counters, days, { channel }) })),
      byCategory: categoryRows(counters, days, options.categories),
      byTenure: {
        lowCostRental: receivedCounts(counters, days, { tenure: 'low_cost_rental' }),
        lowCostHomeOwnership: receivedCounts(counters, days, { tenure: 'low_cost_home_ownership' }),
        notRecorded: receivedCounts(counters, days, { tenure: 'unrecorded' }),
      },
      withdrawn: { stage1: withdrawn('1'), stage2: withdrawn('2') },
      flags: {
        representative: counters.sum('received_flag', days, { flag: 'representative' }),
        reasonableAdjustments: counters.sum('received_flag', days, { flag: 'reasonable_adjustments' }),
        serviceRequest: counters.sum('received_flag', days, { flag: 'service_request' }),
      },
    },
    outcomes: { stage1: outcomeCounts(counters, days, '1'), stage2: outcomeCounts(counters, days, '2') },
    timeliness: {
      stage1: { acknowledge: acknowledgeTimeliness(counters, days, '1'), respond: respondTimeliness(counters, days, '1') },
      stage2: { acknowledge: acknowledgeTimeliness(counters, days, '2'), respond: respondTimeliness(counters, days, '2') },
    },
    extensions: { stage1: extensions('1'), stage2: extensions('2') },
    refusals: { total: byGround.reduce((sum, row) => sum + row.stage1 + row.stage2, 0), byGround, summary: refusalSummary(byGround) },
    remedies: {
      byKind: REMEDY_KINDS.map((kind) => ({ kind, offered: counters.sum('remedy_offered', days, { kind }), completed: counters.sum('remedy_completed', days, { kind }) })),
      compensation: { offeredPence: counters.sum('compensation_offered_pence', days), paidPence: counters.sum('compensation_paid_pence', days) },
    },
    outstandingActions: itemProgress(counters, days, { kind: 'action' }),
    datedRemedies: itemProgress(counters, days, { kind: 'remedy' }),
    updates: {
      kept: counters.sum('update', days, { outcome: 'kept' }),
      keptLate: counters.sum('update', days, { outcome: 'kept_late' }),
      missed: counters.sum('update', days, { outcome: 'missed' }),
    },
    ombudsman: {
      referrals: counters.sum('ombudsman_referred', days),
      determinations: counters.sum('ombudsman_determined', days),
      findings,
      nonComplianceFindings: findings.severe_maladministration + findings.maladministration + findings.service_failure,
      orders: itemProgress(counters, days, { kind: 'order' }),
      severeMaladministrationOrders: itemProgress(counters, days, { kind: 'order', severe: 'yes' }),
      landlordRecords: (options.ombudsmanRecords ?? []).filter((record) => record.date >= days.from && record.date <= days.to),
    },
    learning: learningInYear(counters, days, options.learning ?? []),
    tsm: tsmReport(counters, { period: days, homesByTenure: options.homesByTenure, rule: options.ch02Rule }),
    ...(assessment && {
      selfAssessment: {
        rows: assessment.length,
        yes: assessment.filter((row) => row.compliance === 'yes').length,
        no: assessment.filter((row) => row.compliance === 'no').length,
        notApplicable: assessment.filter((row) => row.compliance === 'not_applicable').length,
        undetermined: assessment.filter((row) => row.compliance === 'undetermined').length,
        notCompliant: assessment.filter((row) => row.compliance === 'no').map((row) => row.provision),
      },
    }),
    ...(options.governingBodyResponse && { governingBodyResponse: options.governingBodyResponse }),
    ...(options.notComplaints && { notComplaints: options.notComplaints }),
  };
}
