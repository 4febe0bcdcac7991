import { addDays, type PlainDate } from '../calendar/plain-date.js';
import { OMBUDSMAN_FINDINGS, type Decision, type OmbudsmanFinding } from '../complaint/complaint.js';
import { isOpenOrder, type OmbudsmanLandlordRecord } from '../landlord/ombudsman-records.js';
import type { Ch02Rule } from '../landlord/report-settings.js';
import type { CounterTable } from './aggregates.js';
import {
  acknowledgeTimeliness,
  categoryRows,
  itemProgress,
  outcomeCounts,
  receivedCounts,
  respondTimeliness,
  type AcknowledgeTimeliness,
  type ItemProgress,
  type LearningItem,
  type RespondTimeliness,
  type StageCounts,
} from './annual.js';
import { LISTED_ITEMS, type OrderItem, type OverdueItem } from './details.js';
import { previousPeriod, type Period } from './period.js';
import { tsmReport } from './tsm.js';

/**
 * The regular report to the Member Responsible for Complaints and the governing body (9.6, 9.7): volumes,
 * categories, outcomes and performance against the period before (a, b); what is overdue now; Ombudsman
 * outcomes and progress on orders, severe maladministration first (c); learning actions open and done.
 */

export interface PeriodFigures {
  period: Period;
  received: StageCounts;
  byCategory: ({ category: string } & StageCounts)[];
  outcomes: { stage1: Record<Decision, number>; stage2: Record<Decision, number> };
  timeliness: {
    stage1: { acknowledge: AcknowledgeTimeliness; respond: RespondTimeliness };
    stage2: { acknowledge: AcknowledgeTimeliness; respond: RespondTimeliness };
  };
  /** CH02 under the landlord's rule, both tenures together. */
  respondedOnTimePercent: { stage1: number | null; stage2: number | null };
  refused: StageCounts;
  ombudsman: { referrals: number; determinations: number; findings: Record<OmbudsmanFinding, number> };
  orders: ItemProgress;
  improvements: ItemProgress;
}

export interface Change {
  current: number;
  previous: number;
  change: number;
  /** Change as a share of the previous figure; null when the previous figure was zero. */
  percentChange: number | null;
}

export interface GovernanceReport {
  current: PeriodFigures;
  previous: PeriodFigures;
  /** 9.7b: the trend in each volume and category. */
  trends: {
    received: { stage1: Change; stage2: Change };
    byCategory: { category: string; stage1: Change; stage2: Change }[];
  };
  overdueNow: { asOf: PlainDate; total: number; items: OverdueItem[] };
  ombudsmanOrders: {
    asOf: PlainDate;
    open: number;
    overdue: number;
    severeOpen: number;
    /**
     * Open orders (severe maladministration first, then by due date) and those completed in the period, at
     * most LISTED_ITEMS of each; `notListed` counts the rest (the figures above count all, from counters).
     */
    items: (OrderItem & { status: 'open' | 'overdue' | 'completed' })[];
    notListed: number;
  };
  /** 8.1c, 9.7c: the Ombudsman's orders and reports about the landlord: those dated in the period and every order still open. */
  landlordRecords: { asOf: PlainDate; openOrders: number; overdueOrders: number; items: (OmbudsmanLandlordRecord & { status?: 'open' | 'overdue' | 'completed' })[] };
  learning: {
    asOf: PlainDate;
    open: number;
    overdue: number;
    completedInPeriod: number;
    items: (LearningItem & { status: 'open' | 'overdue' | 'completed' })[];
    notListed: number;
  };
}

export interface GovernanceOptions {
  period: Period;
  today: PlainDate;
  ch02Rule: Ch02Rule;
  categories: readonly string[];
  /** From the complaints with a missed step (see overdueNow in details.ts). */
  overdueNow: readonly OverdueItem[];
  /**
   * Orders and improvements to list by name: the open ones and those completed in the period, at most
   * LISTED_ITEMS of each (others passed are left out). Their counts come from the counters, which must be
   * read to LAST_DAY.
   */
  orders: readonly OrderItem[];
  learning: readonly LearningItem[];
  /** The landlord-level records (a handful a year, passed whole). */
  landlordRecords?: readonly OmbudsmanLandlordRecord[];
}

export function periodFigures(counters: CounterTable, days: Period, options: Pick<GovernanceOptions, 'ch02Rule' | 'categories'>): PeriodFigures {
  const tsm = tsmReport(counters, { period: days, homesByTenure: [], rule: options.ch02Rule });
  const percent = (stage: 'stage1' | 'stage2'): number | null => {
    const onTime = tsm.byTenure.low_cost_rental.ch02[stage].onTime + tsm.byTenure.low_cost_home_ownership.ch02[stage].onTime;
    const responded = tsm.byTenure.low_cost_rental.ch02[stage].responded + tsm.byTenure.low_cost_home_ownership.ch02[stage].responded;
    return responded ? (onTime / responded) * 100 : null;
  };
  const findingsBy = counters.sumBy('ombudsman_finding', days, 'finding');
  return {
    period: days,
    received: receivedCounts(counters, days),
    byCategory: categoryRows(counters, days, options.categories),
    outcomes: { stage1: outcomeCounts(counters, days, '1'), stage2: outcomeCounts(counters, days, '2') },
    timeliness: {
      stage1: { acknowledge: acknowledgeTimeliness(counters, days, '1'), respond: respondTimeliness(counters, days, '1') },
      stage2: { acknowledge: acknowledgeTimeliness(counters, days, '2'), respond: respondTimeliness(counters, days, '2') },
    },
    respondedOnTimePercent: { stage1: percent('stage1'), stage2: percent('stage2') },
    refused: { stage1: counters.sum('refused', days, { stage: '1' }), stage2: counters.sum('refused', days, { stage: '2' }) },
    ombudsman: {
      referrals: counters.sum('ombudsman_referred', days),
      determinations: counters.sum('ombudsman_determined', days),
      findings: Object.fromEntries(OMBUDSMAN_FINDINGS.map((finding) => [finding, findingsBy.get(finding) ?? 0])) as Record<OmbudsmanFinding, number>,
    },
    orders: itemProgress(counters, days, { kind: 'order' }),
    improvements: itemProgress(counters, days, { kind: 'improvement' }),
  };
}

export const change = (current: number, previous: number): Change => ({
  current,
  previous,
  change: current - previous,
  percentChange: previous ? ((current - previous) / previous) * 100 : null,
});

/** Counters are read to here when what matters is the records as they stand, whatever their dates. */
export const LAST_DAY: PlainDate = '9999-12-31';

const statusOf = (item: { dueBy: PlainDate; completedOn?: PlainDate }, today: PlainDate): 'open' | 'overdue' | 'completed' =>
  item.completedOn !== undefined ? 'completed' : item.dueBy < today ? 'overdue' : 'open';

export function governanceReport(counters: CounterTable, options: GovernanceOptions): GovernanceReport {
  const { period, today } = options;
  const current = periodFigures(counters, period, options);
  const previous = periodFigures(counters, previousPeriod(period), options);
  const previousByCategory = new Map(previous.byCategory.map((row) => [row.category, row]));
  const categories = [...current.byCategory.map((row) => row.category), ...previous.byCategory.map((row) => row.category).filter((category) => !current.byCategory.some((row) => row.category === category))];
  const byCategory = categories.map((category) => {
    const now = current.byCategory.find((row) => row.category === category) ?? { stage1: 0, stage2: 0 };
    const then = previousByCategory.get(category) ?? { stage1: 0, stage2: 0 };
    return { category, stage1: change(now.stage1, then.stage1), stage2: change(now.stage2, then.stage2) };
  });
  const completedInPeriod = (completedOn: PlainDate | undefined): boolean => completedOn !== undefined && completedOn >= period.from && completedOn <= period.to;
  const byDue = (a: { dueBy: PlainDate }, b: { dueBy: PlainDate }): number => (a.dueBy < b.dueBy ? -1 : a.dueBy > b.dueBy ? 1 : 0);
  const listed = <T>(items: readonly T[], dates: (item: T) => { dueBy: PlainDate; completedOn?: PlainDate }): T[] => [
    ...items.filter((item) => dates(item).completedOn === undefined).slice(0, LISTED_ITEMS),
    ...items.filter((item) => completedInPeriod(dates(item).completedOn)).slice(0, LISTED_ITEMS),
  ];

  // Counts from the counters as the records stand: everything that arose less everything completed; overdue
  // is what is still open and fell due before today.
  const asOfToday = { to: LAST_DAY };
  const beforeToday = { to: addDays(today, -1) };
  const openCount = (where: { kind: string; severe?: string }) => counters.sum('item_created', asOfToday, where) - counters.sum('item_completed', asOfToday, where);
  const ordersOpen = openCount({ kind: 'order' });
  const improvementsOpen = openCount({ kind: 'improvement' });
  const improvementsCompleted = counters.sum('item_completed', period, { kind: 'improvement' });
  const ordersCompleted = counters.sum('item_completed', period, { kind: 'order' });

  const orders = listed(options.orders, (item) => item.order)
    .map((item) => ({ ...item, status: statusOf(item.order, today) }))
    .sort((a, b) => Number(b.severe) - Number(a.severe) || byDue(a.order, b.order));
  const learning = listed(options.learning, (item) => item.improvement)
    .map((item) => ({ ...item, status: statusOf(item.improvement, today) }))
    .sort((a, b) => byDue(a.improvement, b.improvement));
  const records = options.landlordRecords ?? [];
  const openOrders = records.filter(isOpenOrder);
  const orderStatus = (record: OmbudsmanLandlordRecord) =>
    record.kind !== 'complaint_handling_failure_order' ? {} : { status: record.completedOn !== undefined ? ('completed' as const) : record.dueBy !== undefined && record.dueBy < today ? ('overdue' as const) : ('open' as const) };
  const landlordRecords = {
    asOf: today,
    openOrders: openOrders.length,
    overdueOrders: openOrders.filter((record) => record.dueBy !== undefined && record.dueBy < today).length,
    items: records.filter((record) => isOpenOrder(record) || (record.date >= period.from && record.date <= period.to)).map((record) => ({ ...record, ...orderStatus(record) })),
  };
  return {
    current,
    previous,
    trends: { received: { stage1: change(current.received.stage1, previous.received.stage1), stage2: change(current.received.stage2, previous.received.stage2) }, byCategory },
    overdueNow: { asOf: today, total: options.overdueNow.length, items: [...options.overdueNow] },
    ombudsmanOrders: {
      asOf: today,
      open: ordersOpen,
      overdue: counters.sum('item_open_due', beforeToday, { kind: 'order' }),
      severeOpen: openCount({ kind: 'order', severe: 'yes' }),
      items: orders,
      notListed: Math.max(0, ordersOpen + ordersCompleted - orders.length),
    },
    landlordRecords,
    learning: {
      asOf: today,
      open: improvementsOpen,
      overdue: counters.sum('item_open_due', beforeToday, { kind: 'improvement' }),
      completedInPeriod: improvementsCompleted,
      items: learning,
      notListed: Math.max(0, improvementsOpen + improvementsCompleted - learning.length),
    },
  };
}
