import { dateInZone, type PlainDate } from '../calendar/plain-date.js';
import { stageKey, type Complaint, type Stage } from '../complaint/complaint.js';
import {
  acknowledgementTiming,
  countsAtStage,
  extensionClasses,
  responseTiming,
  stage2HandlerCheck,
  tenureOf,
} from './definitions.js';

/**
 * Reports read counters, never complaints, so a year's report costs the same at 10,000 complaints as at
 * 100,000.
 *
 * Each complaint, as it stands now, contributes a set of counters, each on a day (the day the counted thing
 * happened, in the landlord's zone): `contributions(complaint)`. The landlord's aggregate is the sum of
 * every complaint's contributions, kept per day, so any period (a TSM year, a financial year, a governance
 * quarter) is the sum of its days' counters, however many complaints there are.
 *
 * Keeping it current (a DynamoDB stream consumer, later work), idempotent under redelivery:
 * - Per complaint the consumer keeps what it last applied: `AppliedState { version, contributions }`.
 * - For a new image of version v: if v <= state.version the change is already in (a redelivered or
 *   replayed record, or an older one arriving late): skip. Otherwise the delta is
 *   `contributions(new) - state.contributions`, not new minus old image, so a lost or skipped record still
 *   converges: whatever was applied is taken out exactly.
 * - The new state (conditional on the version read) and the delta (an `ADD` per touched day item) are one
 *   transaction, so a crash between them cannot count a change twice or half.
 * `aggregateFromScratch` is the same sum over the records, used to rebuild a landlord and in tests.
 */

/** The counters and the meaning of each dimension, in key order. */
export const COUNTERS = {
  /** A complaint at a stage (see countsAtStage), on the day received at that stage. */
  received: ['stage', 'tenure', 'channel', 'category'],
  /** Stage 1 complaints with a representative (3.6), reasonable adjustments (5.10) or a service request (1.5). */
  received_flag: ['flag'],
  /** A refusal (2.1-2.5 at stage 1, 5.11 at stage 2), on the day refused. */
  refused: ['stage', 'ground'],
  /** 6.2 / 6.11, on the day acknowledged. */
  acknowledged: ['stage', 'timing'],
  /** 6.13, on the day stage 2 was acknowledged. */
  stage2_handler: ['check'],
  /** Each extension notice (6.4 / 6.15), on the day decided. */
  extension: ['stage', 'class'],
  /** A response (CH02), on the day sent: decision, whether the acknowledgement was on time, and the response timing. */
  responded: ['stage', 'tenure', 'decision', 'acknowledgement', 'timing'],
  /** A withdrawal, on the day withdrawn, before or after that stage's response. */
  withdrawn: ['stage', 'when'],
  /** 7.1 remedies offered, on the day of the response that offered them. */
  remedy_offered: ['stage', 'kind'],
  /** Financial remedies offered, in pence, on the day of the response. */
  compensation_offered_pence: ['stage'],
  /** Remedies completed (given), on the day completed. */
  remedy_completed: ['kind'],
  /** Financial remedies paid (completed), in pence, on the day paid. */
  compensation_paid_pence: [],
  /** Things owed by a date (actions 6.6/6.17, dated remedies 7.3, improvements 9.1, Ombudsman orders 9.7c), on the day they arose. */
  item_created: ['kind', 'severe'],
  /** The same, on the day completed, on time or late against their due date. */
  item_completed: ['kind', 'severe', 'timing'],
  /**
   * The same while still open, on the day it falls due: what is overdue now is the sum up to yesterday, read
   * from counters rather than by listing the items (9.7a, c). As every counter, it follows the record as it
   * stands, so completing an item takes it out.
   */
  item_open_due: ['kind', 'severe'],
  /** 5.9: each agreed update falling due, on its due date: kept, kept late (after being marked missed) or missed. */
  update: ['outcome'],
  ombudsman_referred: [],
  ombudsman_determined: [],
  /** One per element of a determination, on the day determined. */
  ombudsman_finding: ['finding'],
} as const satisfies Record<string, readonly string[]>;

export type CounterFamily = keyof typeof COUNTERS;

/**
 * What is open at a date (actions, remedies, improvements, orders) is everything that arose by then less
 * everything completed by then, so reports read these two counters from the landlord's first day, not
 * only the period's days. Every other counter is read for the period's days alone.
 */
export const CUMULATIVE_COUNTERS: readonly CounterFamily[] = ['item_created', 'item_completed'];
export type Dims<F extends CounterFamily> = { [D in (typeof COUNTERS)[F][number]]: string };

export interface Contribution {
  day: PlainDate;
  key: string;
  value: number;
}

/** Dimension values are encoded, so a landlord's category may contain any character. */
export function counterKey<F extends CounterFamily>(family: F, dims: Dims<F>): string {
  const names = COUNTERS[family] as readonly string[];
  return [family, ...names.map((name) => encodeURIComponent((dims as Record<string, string>)[name]!))].join('|');
}

export function parseCounterKey(key: string): { family: CounterFamily; dims: Record<string, string> } {
  const [family, ...values] = key.split('|') as [CounterFamily, ...string[]];
  const names = COUNTERS[family] as readonly string[] | undefined;
  if (!names || names.length !== values.length) throw new RangeError(`not a counter key: ${key}`);
  return { family, dims: Object.fromEntries(names.map((name, index) => [name, decodeURIComponent(values[index]!)])) };
}

export interface ContributionOptions {
  /** The landlord's zone: completions are instants, counted on their date there. */
  timeZone: string;
}

const stages: readonly Stage[] = [1, 2];

/** Every counter the complaint contributes, as it stands now, merged per day and key. */
export function contributions(complaint: Complaint, options: ContributionOptions): Contribution[] {
  const out: Contribution[] = [];
  const add = <F extends CounterFamily>(day: PlainDate | undefined, family: F, dims: Dims<F>, value = 1): void => {
    if (day !== undefined && value !== 0) out.push({ day, key: counterKey(family, dims), value });
  };
  const dayOf = (instant: string): PlainDate => dateInZone(new Date(instant), options.timeZone);
  const tenure = tenureOf(complaint);
  const severe = complaint.ombudsman?.determination?.findings.some((item) => item.finding === 'severe_maladministration') ? 'yes' : 'no';
  const completion = (kind: string, completedAt: string | undefined, dueBy: PlainDate, itemSevere = 'no'): void => {
    if (!completedAt) {
      add(dueBy, 'item_open_due', { kind, severe: itemSevere });
      return;
    }
    const day = dayOf(completedAt);
    add(day, 'item_completed', { kind, severe: itemSevere, timing: day <= dueBy ? 'on_time' : 'late' });
  };

  for (const stage of stages) {
    const record = complaint.stages[stageKey(stage)];
    if (!record || !countsAtStage(complaint, stage)) continue;
    const s = String(stage);
    add(record.receivedOn, 'received', { stage: s, tenure, channel: complaint.channel, category: complaint.category ?? '' });
    if (stage === 1) {
      if (complaint.representative) add(record.receivedOn, 'received_flag', { flag: 'representative' });
      if (complaint.reasonableAdjustments.length > 0) add(record.receivedOn, 'received_flag', { flag: 'reasonable_adjustments' });
      if (complaint.serviceRequestId) add(record.receivedOn, 'received_flag', { flag: 'service_request' });
    }
    const acknowledgement = acknowledgementTiming(complaint, stage);
    if (acknowledgement) add(record.acknowledgedOn, 'acknowledged', { stage: s, timing: acknowledgement });
    const handlers = stage === 2 ? stage2HandlerCheck(complaint) : undefined;
    if (handlers) add(record.acknowledgedOn, 'stage2_handler', { check: handlers });
    for (const { extension, class: classification } of extensionClasses(complaint, stage)) {
      add(extension.decidedOn, 'extension', { stage: s, class: classification });
    }
    const timing = responseTiming(complaint, stage);
    if (timing) {
      add(record.respondedOn, 'responded', {
        stage: s,
        tenure,
        decision: record.decision ?? 'none',
        acknowledgement: acknowledgement ?? 'late',
        timing,
      });
    }
  }

  if (complaint.refusal) add(complaint.refusal.refusedOn, 'refused', { stage: String(complaint.refusal.stage), ground: complaint.refusal.ground });
  if (complaint.withdrawal) {
    const responded = complaint.stages[stageKey(complaint.stage)]?.respondedOn !== undefined;
    add(complaint.withdrawal.withdrawnOn, 'withdrawn', { stage: String(complaint.stage), when: responded ? 'after_response' : 'before_response' });
  }

  for (const remedy of complaint.remedies) {
    const offeredOn = complaint.stages[stageKey(remedy.stage)]?.respondedOn;
    const pence = remedy.kind === 'financial' ? Math.round((remedy.amount ?? 0) * 100) : 0;
    add(offeredOn, 'remedy_offered', { stage: String(remedy.stage), kind: remedy.kind });
    add(offeredOn, 'compensation_offered_pence', { stage: String(remedy.stage) }, pence);
    if (remedy.completedAt) {
      add(dayOf(remedy.completedAt), 'remedy_completed', { kind: remedy.kind });
      add(dayOf(remedy.completedAt), 'compensation_paid_pence', {}, pence);
    }
    if (remedy.dueBy) {
      add(offeredOn, 'item_created', { kind: 'remedy', severe: 'no' });
      completion('remedy', remedy.completedAt, remedy.dueBy);
    }
  }
  for (const action of complaint.outstandingActions) {
    add(complaint.stages[stageKey(action.stage)]?.respondedOn, 'item_created', { kind: 'action', severe: 'no' });
    completion('action', action.completedAt, action.dueBy);
  }
  for (const improvement of complaint.learning?.improvements ?? []) {
    add(improvement.recordedOn, 'item_created', { kind: 'improvement', severe: 'no' });
    completion('improvement', improvement.completedAt, improvement.dueBy);
  }

  // 5.9: an update marked missed and then made up by later contact is kept late, not kept.
  const missed = new Set((complaint.overdue ?? []).filter((entry) => entry.step.endsWith('-update')).map((entry) => `${entry.step}@${entry.dueBy}`));
  const kept = new Set((complaint.updateChecks ?? []).filter((check) => check.kept).map((check) => `${check.step}@${check.dueBy}`));
  for (const id of new Set([...missed, ...kept])) {
    const outcome = missed.has(id) ? (kept.has(id) ? 'kept_late' : 'missed') : 'kept';
    add(id.slice(id.lastIndexOf('@') + 1), 'update', { outcome });
  }

  const ombudsman = complaint.ombudsman;
  if (ombudsman) {
    add(ombudsman.referredOn, 'ombudsman_referred', {});
    const determination = ombudsman.determination;
    if (determination) {
      add(determination.determinedOn, 'ombudsman_determined', {});
      for (const { finding } of determination.findings) add(determination.determinedOn, 'ombudsman_finding', { finding });
      for (const order of determination.orders) {
        add(determination.determinedOn, 'item_created', { kind: 'order', severe });
        completion('order', order.completedAt, order.dueBy, severe);
      }
    }
  }
  return normalise(out);
}

/** Merged per day and key, zeros dropped, in a stable order. */
export function normalise(list: readonly Contribution[]): Contribution[] {
  const sums = new Map<string, Contribution>();
  for (const item of list) {
    const id = `${item.day}#${item.key}`;
    const existing = sums.get(id);
    sums.set(id, { day: item.day, key: item.key, value: (existing?.value ?? 0) + item.value });
  }
  return [...sums.values()].filter((item) => item.value !== 0).sort((a, b) => (a.day === b.day ? (a.key < b.key ? -1 : 1) : a.day < b.day ? -1 : 1));
}

/** What to add to the aggregate to go from one contribution set to another. */
export function contributionDelta(previous: readonly Contribution[], next: readonly Contribution[]): Contribution[] {
  return normalise([...next, ...previous.map((item) => ({ ...item, value: -item.value }))]);
}

/** The counters of one landlord: day -> counter key -> value. Absent means zero. */
export type Aggregate = Record<PlainDate, Record<string, number>>;

/** A new aggregate with the delta added; counters that reach zero disappear. */
export function applyDelta(aggregate: Aggregate, delta: readonly Contribution[]): Aggregate {
  const next: Aggregate = { ...aggregate };
  const copied = new Set<PlainDate>();
  for (const { day, key, value } of delta) {
    if (!copied.has(day)) {
      next[day] = { ...next[day] };
      copied.add(day);
    }
    const counters = next[day]!;
    const sum = (counters[key] ?? 0) + value;
    if (sum === 0) delete counters[key];
    else counters[key] = sum;
  }
  for (const day of copied) if (Object.keys(next[day]!).length === 0) delete next[day];
  return next;
}

/** What the consumer has applied for one complaint: stored beside the aggregate, one per complaint. */
export interface AppliedState {
  version: number;
  contributions: Contribution[];
}

export type Application = { applied: true; state: AppliedState; delta: Contribution[] } | { applied: false; reason: 'already_applied' };

/**
 * One change seen by the consumer. A version at or below the one applied is already counted (redelivery,
 * replay, or an older image arriving after a newer): nothing to do.
 */
export function applyVersion(state: AppliedState | undefined, complaint: Complaint, options: ContributionOptions): Application {
  if (state && complaint.version <= state.version) return { applied: false, reason: 'already_applied' };
  const next = contributions(complaint, options);
  return { applied: true, state: { version: complaint.version, contributions: next }, delta: contributionDelta(state?.contributions ?? [], next) };
}

/** A complaint deleted from the table takes out exactly what it had put in. */
export function removalDelta(state: AppliedState | undefined): Contribution[] {
  return contributionDelta(state?.contributions ?? [], []);
}

/** The aggregate computed from the records themselves: the rebuild path, and the reference the consumer must equal. */
export function aggregateFromScratch(complaints: Iterable<Complaint>, options: ContributionOptions): Aggregate {
  const aggregate: Aggregate = {};
  for (const complaint of complaints) {
    for (const { day, key, value } of contributions(complaint, options)) {
      const counters = (aggregate[day] ??= {});
      counters[key] = (counters[key] ?? 0) + value;
    }
  }
  return aggregate;
}

interface Row {
  day: PlainDate;
  dims: Record<string, string>;
  value: number;
}

/** The aggregate parsed once, for reports to sum over any period and any dimensions. */
export class CounterTable {
  private readonly rows = new Map<CounterFamily, Row[]>();

  constructor(aggregate: Aggregate) {
    for (const [day, counters] of Object.entries(aggregate)) {
      for (const [key, value] of Object.entries(counters)) {
        const { family, dims } = parseCounterKey(key);
        let list = this.rows.get(family);
        if (!list) this.rows.set(family, (list = []));
        list.push({ day, dims, value });
      }
    }
  }

  /** The sum of a counter over days in [from, to] (from omitted: since the first record), for matching dimensions. */
  sum<F extends CounterFamily>(family: F, days: { from?: PlainDate; to: PlainDate }, where: Partial<Dims<F>> = {}): number {
    let total = 0;
    for (const row of this.matching(family, days, where)) total += row.value;
    return total;
  }

  /** The same, split by one dimension's values. */
  sumBy<F extends CounterFamily>(family: F, days: { from?: PlainDate; to: PlainDate }, by: (typeof COUNTERS)[F][number], where: Partial<Dims<F>> = {}): Map<string, number> {
    const totals = new Map<string, number>();
    for (const row of this.matching(family, days, where)) {
      const value = row.dims[by]!;
      totals.set(value, (totals.get(value) ?? 0) + row.value);
    }
    return totals;
  }

  private *matching(family: CounterFamily, days: { from?: PlainDate; to: PlainDate }, where: Record<string, string | undefined>): Iterable<Row> {
    const conditions = Object.entries(where).filter((entry): entry is [string, string] => entry[1] !== undefined);
    for (const row of this.rows.get(family) ?? []) {
      if (row.day > days.to || (days.from !== undefined && row.day < days.from)) continue;
      if (conditions.every(([name, value]) => row.dims[name] === value)) yield row;
    }
  }
}
