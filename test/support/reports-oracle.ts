import { dateInZone, type PlainDate } from '../../domain/calendar/plain-date.js';
import {
  CHANNELS,
  DECISIONS,
  OMBUDSMAN_FINDINGS,
  REFUSAL_GROUNDS,
  REMEDY_KINDS,
  type Complaint,
  type Stage,
  type StageRecord,
} from '../../domain/complaint/complaint.js';
import type { HomesCount } from '../../domain/landlord/report-settings.js';
import type { AnnualReport } from '../../domain/reports/annual.js';

/**
 * Report figures recomputed straight from complaint records, written as plainly as possible and
 * independently of domain/reports (no counters, no shared counting helpers), so a test can compare every
 * figure the reports give with it. Valid for records the lifecycle made: their extensions are all
 * Code-compliant, so the deadline is simply the extended date, else respond-by.
 */

export interface OraclePeriod {
  from: PlainDate;
  to: PlainDate;
}

const LIMIT = { 1: 10, 2: 20 } as const;

function recordOf(c: Complaint, stage: Stage): StageRecord | undefined {
  return stage === 1 ? c.stages.stage1 : c.stages.stage2;
}

function isComplaintAt(c: Complaint, stage: Stage): boolean {
  return recordOf(c, stage) !== undefined && c.status !== 'merged' && c.refusal?.stage !== stage;
}

function deadlinesOf(c: Complaint, stage: Stage) {
  return (stage === 1 ? c.deadlines.stage1 : c.deadlines.stage2) ?? {};
}

export function oracleResponseTiming(c: Complaint, stage: Stage): string {
  const record = recordOf(c, stage)!;
  const respondedOn = record.respondedOn!;
  const { respondBy, extendedTo } = deadlinesOf(c, stage);
  if (respondBy !== undefined && respondedOn <= respondBy) return 'within_timescale';
  if (extendedTo === undefined || respondedOn > extendedTo) return 'late';
  let days = 0;
  for (const extension of record.extensions) {
    days += extension.workingDays;
    if (respondedOn <= extension.to) return days > LIMIT[stage] ? 'within_good_reason_extension' : 'within_extension';
  }
  return 'late';
}

function ackOnTime(c: Complaint, stage: Stage): boolean {
  const acknowledgedOn = recordOf(c, stage)!.acknowledgedOn!;
  return acknowledgedOn <= deadlinesOf(c, stage).acknowledgeBy!;
}

export function oracleFigures(
  complaints: readonly Complaint[],
  period: OraclePeriod,
  options: { timeZone: string; categories: readonly string[]; homesByTenure: readonly HomesCount[] },
) {
  const inP = (date: PlainDate | undefined): boolean => date !== undefined && date >= period.from && date <= period.to;
  const upTo = (date: PlainDate | undefined): boolean => date !== undefined && date <= period.to;
  const day = (instant: string | undefined): PlainDate | undefined => (instant ? dateInZone(new Date(instant), options.timeZone) : undefined);
  const count = (predicate: (c: Complaint) => boolean): number => complaints.filter(predicate).length;
  const receivedAt = (stage: Stage, extra: (c: Complaint) => boolean = () => true): number =>
    count((c) => isComplaintAt(c, stage) && inP(recordOf(c, stage)!.receivedOn) && extra(c));
  const both = (extra: (c: Complaint) => boolean = () => true) => ({ stage1: receivedAt(1, extra), stage2: receivedAt(2, extra) });

  const months: string[] = [];
  for (let month = period.from.slice(0, 7); month <= period.to.slice(0, 7); ) {
    months.push(month);
    const [y, m] = month.split('-').map(Number) as [number, number];
    month = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
  }
  const seenCategories = new Set<string>();
  for (const stage of [1, 2] as const) for (const c of complaints) if (isComplaintAt(c, stage) && inP(recordOf(c, stage)!.receivedOn)) seenCategories.add(c.category ?? '');
  const extraCategories = [...seenCategories].filter((category) => category !== '' && !options.categories.includes(category)).sort();
  const categories = [...options.categories, ...extraCategories, ...(seenCategories.has('') ? [''] : [])];

  const responses = (stage: Stage) => complaints.filter((c) => isComplaintAt(c, stage) && inP(recordOf(c, stage)!.respondedOn));
  const timeliness = (stage: Stage) => {
    const acknowledged = complaints.filter((c) => isComplaintAt(c, stage) && inP(recordOf(c, stage)!.acknowledgedOn));
    const onTime = acknowledged.filter((c) => ackOnTime(c, stage)).length;
    const timings = responses(stage).map((c) => oracleResponseTiming(c, stage));
    const n = (timing: string) => timings.filter((t) => t === timing).length;
    return {
      acknowledge: { onTime, late: acknowledged.length - onTime, total: acknowledged.length },
      respond: { withinTimescale: n('within_timescale'), withinExtension: n('within_extension'), withinGoodReasonExtension: n('within_good_reason_extension'), late: n('late'), total: timings.length },
    };
  };
  const extensions = (stage: Stage) => {
    let withinLimit = 0;
    let goodReason = 0;
    for (const c of complaints) {
      if (!isComplaintAt(c, stage)) continue;
      let days = 0;
      for (const extension of recordOf(c, stage)!.extensions) {
        days += extension.workingDays;
        if (!inP(extension.decidedOn)) continue;
        if (days > LIMIT[stage]) goodReason += 1;
        else withinLimit += 1;
      }
    }
    return { total: withinLimit + goodReason, withinLimit, goodReason };
  };
  const progress = (items: { createdOn: PlainDate | undefined; dueBy: PlainDate; completedOn: PlainDate | undefined }[]) => ({
    created: items.filter((item) => inP(item.createdOn)).length,
    completedOnTime: items.filter((item) => inP(item.completedOn) && item.completedOn! <= item.dueBy).length,
    completedLate: items.filter((item) => inP(item.completedOn) && item.completedOn! > item.dueBy).length,
    openAtEnd: items.filter((item) => upTo(item.createdOn) && !upTo(item.completedOn)).length,
  });
  const respondedOnOf = (c: Complaint, stage: Stage) => recordOf(c, stage)?.respondedOn;
  const actions = complaints.flatMap((c) => c.outstandingActions.map((a) => ({ createdOn: respondedOnOf(c, a.stage), dueBy: a.dueBy, completedOn: day(a.completedAt) })));
  const datedRemedies = complaints.flatMap((c) => c.remedies.filter((r) => r.dueBy).map((r) => ({ createdOn: respondedOnOf(c, r.stage), dueBy: r.dueBy!, completedOn: day(r.completedAt) })));
  const improvements = complaints.flatMap((c) => (c.learning?.improvements ?? []).map((i) => ({ createdOn: i.recordedOn, dueBy: i.dueBy, completedOn: day(i.completedAt) })));
  const severeCase = (c: Complaint) => Boolean(c.ombudsman?.determination?.findings.some((f) => f.finding === 'severe_maladministration'));
  const orders = (onlySevere: boolean) =>
    complaints
      .filter((c) => !onlySevere || severeCase(c))
      .flatMap((c) => (c.ombudsman?.determination?.orders ?? []).map((o) => ({ createdOn: c.ombudsman!.determination!.determinedOn, dueBy: o.dueBy, completedOn: day(o.completedAt) })));
  const updates = { kept: 0, keptLate: 0, missed: 0 };
  for (const c of complaints) {
    const missed = (c.overdue ?? []).filter((o) => o.step.endsWith('-update'));
    const kept = (c.updateChecks ?? []).filter((u) => u.kept);
    for (const o of missed) {
      if (!inP(o.dueBy)) continue;
      if (kept.some((u) => u.step === o.step && u.dueBy === o.dueBy)) updates.keptLate += 1;
      else updates.missed += 1;
    }
    for (const u of kept) if (inP(u.dueBy) && !missed.some((o) => o.step === u.step && o.dueBy === u.dueBy)) updates.kept += 1;
  }
  const offered = complaints.flatMap((c) => c.remedies.filter((r) => inP(respondedOnOf(c, r.stage))));
  const completedRemedies = complaints.flatMap((c) => c.remedies.filter((r) => inP(day(r.completedAt))));
  const pence = (r: { kind: string; amount?: number }) => (r.kind === 'financial' ? Math.round((r.amount ?? 0) * 100) : 0);

  let homes: HomesCount | null = null;
  for (const h of options.homesByTenure) if (h.asOf <= period.to && (!homes || h.asOf > homes.asOf)) homes = h;
  const tenureMatches = (c: Complaint, tenure: string) => (c.tenure ?? 'low_cost_rental') === tenure;
  const tsm = (tenure: 'low_cost_rental' | 'low_cost_home_ownership') => {
    const homesOf = homes ? (tenure === 'low_cost_rental' ? homes.lowCostRental : homes.lowCostHomeOwnership) : null;
    const ch01 = (stage: Stage) => {
      const received = receivedAt(stage, (c) => tenureMatches(c, tenure));
      return { received, homes: homesOf, per1000Homes: homesOf ? (received / homesOf) * 1000 : null };
    };
    const ch02 = (stage: Stage) => {
      const answered = responses(stage).filter((c) => tenureMatches(c, tenure));
      const withExtensions = answered.filter((c) => oracleResponseTiming(c, stage) !== 'late');
      return {
        responded: answered.length,
        onTimeWithExtensions: withExtensions.length,
        onTimeStrict: withExtensions.filter((c) => ackOnTime(c, stage)).length,
        onTimeThroughGoodReasonExtension: answered.filter((c) => oracleResponseTiming(c, stage) === 'within_good_reason_extension').length,
      };
    };
    return { ch01: { stage1: ch01(1), stage2: ch01(2) }, ch02: { stage1: ch02(1), stage2: ch02(2) } };
  };

  return {
    volumes: {
      received: both(),
      byMonth: months.map((month) => ({ month, stage1: receivedAt(1, (c) => c.stages.stage1.receivedOn.startsWith(month)), stage2: receivedAt(2, (c) => c.stages.stage2!.receivedOn.startsWith(month)) })),
      byChannel: CHANNELS.map((channel) => ({ channel, ...both((c) => c.channel === channel) })),
      byCategory: categories.map((category) => ({ category, ...both((c) => (c.category ?? '') === category) })),
      byTenure: {
        lowCostRental: both((c) => c.tenure === 'low_cost_rental'),
        lowCostHomeOwnership: both((c) => c.tenure === 'low_cost_home_ownership'),
        notRecorded: both((c) => c.tenure === undefined),
      },
      withdrawn: Object.fromEntries(
        ([1, 2] as const).map((stage) => {
          const withdrawn = complaints.filter((c) => c.withdrawal && inP(c.withdrawal.withdrawnOn) && c.stage === stage);
          const after = withdrawn.filter((c) => recordOf(c, stage)?.respondedOn !== undefined).length;
          return [`stage${stage}`, { beforeResponse: withdrawn.length - after, afterResponse: after }];
        }),
      ),
      flags: {
        representative: receivedAt(1, (c) => c.representative !== undefined),
        reasonableAdjustments: receivedAt(1, (c) => c.reasonableAdjustments.length > 0),
        serviceRequest: receivedAt(1, (c) => Boolean(c.serviceRequestId)),
      },
    },
    outcomes: Object.fromEntries(([1, 2] as const).map((stage) => [`stage${stage}`, Object.fromEntries(DECISIONS.map((d) => [d, responses(stage).filter((c) => recordOf(c, stage)!.decision === d).length]))])),
    timeliness: { stage1: timeliness(1), stage2: timeliness(2) },
    extensions: { stage1: extensions(1), stage2: extensions(2) },
    refusals: REFUSAL_GROUNDS.map((ground) => ({
      ground,
      stage1: count((c) => c.refusal?.stage === 1 && c.refusal.ground === ground && inP(c.refusal.refusedOn)),
      stage2: count((c) => c.refusal?.stage === 2 && c.refusal.ground === ground && inP(c.refusal.refusedOn)),
    })),
    remedies: {
      byKind: REMEDY_KINDS.map((kind) => ({ kind, offered: offered.filter((r) => r.kind === kind).length, completed: completedRemedies.filter((r) => r.kind === kind).length })),
      compensation: { offeredPence: offered.reduce((sum, r) => sum + pence(r), 0), paidPence: completedRemedies.reduce((sum, r) => sum + pence(r), 0) },
    },
    outstandingActions: progress(actions),
    datedRemedies: progress(datedRemedies),
    improvements: progress(improvements),
    updates,
    ombudsman: {
      referrals: count((c) => inP(c.ombudsman?.referredOn)),
      determinations: count((c) => inP(c.ombudsman?.determination?.determinedOn)),
      findings: Object.fromEntries(
        OMBUDSMAN_FINDINGS.map((finding) => [
          finding,
          complaints.reduce((sum, c) => sum + (inP(c.ombudsman?.determination?.determinedOn) ? c.ombudsman!.determination!.findings.filter((f) => f.finding === finding).length : 0), 0),
        ]),
      ),
      orders: progress(orders(false)),
      severeMaladministrationOrders: progress(orders(true)),
    },
    tsm: { homes, lowCostRental: tsm('low_cost_rental'), lowCostHomeOwnership: tsm('low_cost_home_ownership') },
  };
}

/** The figures of an annual report that the oracle recomputes, in the oracle's shape. */
export function figuresOf(report: AnnualReport) {
  const strip = ({ percentOnTime: _p, ...rest }: { percentOnTime: number | null } & Record<string, number>) => rest;
  const tsmTenure = (figures: AnnualReport['tsm']['byTenure']['low_cost_rental']) => ({
    ch01: figures.ch01,
    ch02: Object.fromEntries(
      (['stage1', 'stage2'] as const).map((stage) => {
        const { onTime: _o, percent: _p, ...rest } = figures.ch02[stage];
        return [stage, rest];
      }),
    ),
  });
  return {
    volumes: report.volumes,
    outcomes: report.outcomes,
    timeliness: Object.fromEntries(
      (['stage1', 'stage2'] as const).map((stage) => [stage, { acknowledge: strip(report.timeliness[stage].acknowledge as never), respond: strip(report.timeliness[stage].respond as never) }]),
    ),
    extensions: report.extensions,
    refusals: report.refusals.byGround,
    remedies: report.remedies,
    outstandingActions: report.outstandingActions,
    datedRemedies: report.datedRemedies,
    improvements: report.learning.improvements,
    updates: report.updates,
    ombudsman: {
      referrals: report.ombudsman.referrals,
      determinations: report.ombudsman.determinations,
      findings: report.ombudsman.findings,
      orders: report.ombudsman.orders,
      severeMaladministrationOrders: report.ombudsman.severeMaladministrationOrders,
    },
    tsm: { homes: report.tsm.homes, lowCostRental: tsmTenure(report.tsm.byTenure.low_cost_rental), lowCostHomeOwnership: tsmTenure(report.tsm.byTenure.low_cost_home_ownership) },
  };
}
