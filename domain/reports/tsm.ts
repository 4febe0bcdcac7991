import type { PlainDate } from '../calendar/plain-date.js';
import { TENURES, type Complaint, type Tenure } from '../complaint/complaint.js';
import type { Ch02Rule, HomesCount } from '../landlord/report-settings.js';
import { CounterTable, aggregateFromScratch, type ContributionOptions } from './aggregates.js';
import type { TenureBucket } from './definitions.js';
import type { Period } from './period.js';

/**
 * The Regulator's complaint measures (tsm-and-calendar.md section 1), per tenure, each with its numerator
 * and denominator so an auditor can check it, unrounded (round only for display: `displayTsm`).
 *
 * CH01(n): complaints received at stage n in the period / homes of that tenure at the period's end x 1,000.
 *   An escalated complaint counts at stage 1 in the period received and at stage 2 in the period its
 *   escalation request was received. Refused complaints are out (a complaint not accepted was never a
 *   stage 1 complaint; a refused escalation is not a stage 2 complaint). Withdrawn complaints count.
 * CH02(n): stage n responses sent in the period within the Code's timescales / stage n responses sent in the
 *   period, whenever received (one still open at the period's end counts in the period it is answered;
 *   one withdrawn before its response never does).
 *   "Within the timescales" (see ResponseTiming): by respond-by (6.3, 6.14), or by the date of an extension
 *   the Code allows: within its limit (6.4, 6.15), or beyond it with a recorded good reason, which the same
 *   provisions permit. `strict_acknowledgement` also needs the acknowledgement on time (6.2, 6.11).
 *   Both readings are given (`onTimeWithExtensions`, `onTimeStrict`); `onTime` is the landlord's rule.
 */

export interface Ch01Figure {
  received: number;
  homes: number | null;
  /** received / homes x 1,000; null when there is no count of homes (or none of that tenure). */
  per1000Homes: number | null;
}

export interface Ch02Figure {
  onTime: number;
  responded: number;
  /** onTime / responded x 100; null when nothing was answered. */
  percent: number | null;
  onTimeWithExtensions: number;
  onTimeStrict: number;
  /** On time only because of an extension beyond the Code's limit made with a good reason (shown, so the choice is visible). */
  onTimeThroughGoodReasonExtension: number;
}

export interface TsmTenureFigures {
  ch01: { stage1: Ch01Figure; stage2: Ch01Figure };
  ch02: { stage1: Ch02Figure; stage2: Ch02Figure };
}

export interface TsmReport {
  period: Period;
  rule: Ch02Rule;
  homes: HomesCount | null;
  byTenure: Record<Tenure, TsmTenureFigures>;
  /** Complaints with no tenure recorded, counted as low-cost rental. */
  tenureNotRecorded: { received: number; responded: number };
  notes: string[];
}

export interface TsmOptions {
  period: Period;
  homesByTenure: readonly HomesCount[];
  rule: Ch02Rule;
}

/** The count of homes that applies to a period ending on `date`: the latest dated on or before it. */
export function homesAt(counts: readonly HomesCount[], date: PlainDate): HomesCount | null {
  let best: HomesCount | null = null;
  for (const count of counts) if (count.asOf <= date && (!best || count.asOf > best.asOf)) best = count;
  return best;
}

const bucketsOf = (tenure: Tenure): TenureBucket[] => (tenure === 'low_cost_rental' ? ['low_cost_rental', 'unrecorded'] : [tenure]);

export function tsmReport(counters: CounterTable, options: TsmOptions): TsmReport {
  const { period, rule } = options;
  const homes = homesAt(options.homesByTenure, period.to);
  const homesOf = (tenure: Tenure): number | null => (homes ? (tenure === 'low_cost_rental' ? homes.lowCostRental : homes.lowCostHomeOwnership) : null);
  const figures = (tenure: Tenure): TsmTenureFigures => {
    const received = (stage: string): number => bucketsOf(tenure).reduce((sum, bucket) => sum + counters.sum('received', period, { stage, tenure: bucket }), 0);
    const ch01 = (stage: string): Ch01Figure => {
      const count = received(stage);
      const denominator = homesOf(tenure);
      return { received: count, homes: denominator, per1000Homes: denominator ? (count / denominator) * 1000 : null };
    };
    const ch02 = (stage: string): Ch02Figure => {
      let responded = 0;
      let onTimeWithExtensions = 0;
      let onTimeStrict = 0;
      let onTimeThroughGoodReasonExtension = 0;
      for (const bucket of bucketsOf(tenure)) {
        const byTiming = counters.sumBy('responded', period, 'timing', { stage, tenure: bucket });
        const late = byTiming.get('late') ?? 0;
        const all = [...byTiming.values()].reduce((a, b) => a + b, 0);
        responded += all;
        onTimeWithExtensions += all - late;
        onTimeThroughGoodReasonExtension += byTiming.get('within_good_reason_extension') ?? 0;
        const lateAcknowledged = counters.sumBy('responded', period, 'timing', { stage, tenure: bucket, acknowledgement: 'late' });
        onTimeStrict += all - late - ([...lateAcknowledged.entries()].filter(([timing]) => timing !== 'late').reduce((a, [, n]) => a + n, 0));
      }
      const onTime = rule === 'strict_acknowledgement' ? onTimeStrict : onTimeWithExtensions;
      return { onTime, responded, percent: responded ? (onTime / responded) * 100 : null, onTimeWithExtensions, onTimeStrict, onTimeThroughGoodReasonExtension };
    };
    return { ch01: { stage1: ch01('1'), stage2: ch01('2') }, ch02: { stage1: ch02('1'), stage2: ch02('2') } };
  };
  const byTenure = Object.fromEntries(TENURES.map((tenure) => [tenure, figures(tenure)])) as Record<Tenure, TsmTenureFigures>;
  const tenureNotRecorded = {
    received: counters.sum('received', period, { tenure: 'unrecorded' }),
    responded: counters.sum('responded', period, { tenure: 'unrecorded' }),
  };
  const notes: string[] = [];
  if (!homes) notes.push(`No count of homes is dated on or before ${period.to}, so CH01 cannot be calculated: add one to the landlord settings (homesByTenure).`);
  if (tenureNotRecorded.received + tenureNotRecorded.responded > 0) {
    notes.push(
      `${tenureNotRecorded.received} complaint stages received and ${tenureNotRecorded.responded} responses in the period have no tenure recorded; they are counted as low-cost rental.`,
    );
  }
  return { period, rule, homes, byTenure, tenureNotRecorded, notes };
}

/** The same report straight from complaint records (a rebuild, or a landlord small enough not to need aggregates). */
export function tsmFromRecords(complaints: Iterable<Complaint>, options: TsmOptions & ContributionOptions): TsmReport {
  return tsmReport(new CounterTable(aggregateFromScratch(complaints, options)), options);
}

/** Figures as published: CH01 to one decimal place per 1,000 homes, CH02 as a percentage to one decimal place. */
export function displayTsm(report: TsmReport): Record<Tenure, { ch01_1: string; ch01_2: string; ch02_1: string; ch02_2: string }> {
  const show = (tenure: Tenure) => {
    const f = report.byTenure[tenure];
    return {
      ch01_1: formatNumber(f.ch01.stage1.per1000Homes, 1),
      ch01_2: formatNumber(f.ch01.stage2.per1000Homes, 1),
      ch02_1: formatPercent(f.ch02.stage1.percent, 1),
      ch02_2: formatPercent(f.ch02.stage2.percent, 1),
    };
  };
  return { low_cost_rental: show('low_cost_rental'), low_cost_home_ownership: show('low_cost_home_ownership') };
}

/** Rounded half away from zero at `places`, for display only; "n/a" when there is no figure. */
export function formatNumber(value: number | null, places: number): string {
  if (value === null || !Number.isFinite(value)) return 'n/a';
  const factor = 10 ** places;
  // The small nudge keeps 99.05 (stored as 99.04999...) rounding the way a person would.
  return (Math.sign(value) * (Math.round(Math.abs(value) * factor + 1e-9) / factor)).toFixed(places);
}

export const formatPercent = (value: number | null, places: number): string => (value === null ? 'n/a' : `${formatNumber(value, places)}%`);
