import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Complaint } from '../../domain/complaint/complaint.js';
import { DEFAULT_CATEGORIES } from '../../domain/landlord/report-settings.js';
import {
  CounterTable,
  aggregateFromScratch,
  applyDelta,
  applyVersion,
  contributionDelta,
  contributions,
  counterKey,
  parseCounterKey,
  removalDelta,
  type Aggregate,
  type AppliedState,
} from '../../domain/reports/aggregates.js';
import { annualReport } from '../../domain/reports/annual.js';
import { acknowledgementTiming, responseTiming } from '../../domain/reports/definitions.js';
import { financialYear } from '../../domain/reports/period.js';
import { tsmReport } from '../../domain/reports/tsm.js';
import { Story, TZ } from '../support/complaint-story.js';
import { histories } from '../support/random-history.js';
import { figuresOf, oracleFigures } from '../support/reports-oracle.js';

const options = { timeZone: TZ };
const homesByTenure = [
  { asOf: '2024-03-31', lowCostRental: 900, lowCostHomeOwnership: 0 },
  { asOf: '2025-03-31', lowCostRental: 1000, lowCostHomeOwnership: 120 },
  { asOf: '2026-03-31', lowCostRental: 1100, lowCostHomeOwnership: 130 },
];

/** A stream consumer as specified in aggregates.ts: per-complaint applied state, deltas against it. */
function consume(deliveries: readonly Complaint[]): { aggregate: Aggregate; skipped: number } {
  const states = new Map<string, AppliedState>();
  let aggregate: Aggregate = {};
  let skipped = 0;
  for (const image of deliveries) {
    const application = applyVersion(states.get(image.id), image, options);
    if (!application.applied) {
      skipped += 1;
      continue;
    }
    states.set(image.id, application.state);
    aggregate = applyDelta(aggregate, application.delta);
  }
  return { aggregate, skipped };
}

/**
 * The versions of several complaints in a stream's order: interleaved across complaints but in order per
 * complaint (DynamoDB streams keep each item's order), some intermediate records lost, and some delivered
 * again later (a Lambda retry, a replay from the stream's trim horizon).
 */
const deliveries = histories(8).chain((all) => {
  const total = all.reduce((sum, versions) => sum + versions.length, 0);
  return fc
    .record({
      picks: fc.array(fc.nat(), { minLength: total, maxLength: total }),
      drops: fc.array(fc.boolean(), { minLength: total, maxLength: total }),
      redeliveries: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 12 }),
    })
    .map(({ picks, drops, redeliveries }) => {
      const next = all.map(() => 0);
      const sequence: Complaint[] = [];
      for (let i = 0; i < total; i += 1) {
        const remaining = all.map((versions, index) => index).filter((index) => next[index]! < all[index]!.length);
        const index = remaining[picks[i]! % remaining.length]!;
        const versions = all[index]!;
        const version = versions[next[index]!]!;
        next[index]! += 1;
        const isFinal = next[index] === versions.length;
        if (isFinal || !drops[i]) sequence.push(version);
      }
      for (const [which, where] of redeliveries) {
        const original = which % sequence.length;
        const position = original + 1 + (where % (sequence.length - original));
        sequence.splice(position, 0, sequence[original]!);
      }
      return { finals: all.map((versions) => versions.at(-1)!), sequence };
    });
});


describe('aggregates: idempotent under redelivery', () => {
  it('aggregates: folding deltas over any stream of versions (interleaved, lost, redelivered) equals the aggregate from scratch of the final versions', () => {
    fc.assert(
      fc.property(deliveries, ({ finals, sequence }) => {
        expect(consume(sequence).aggregate).toEqual(aggregateFromScratch(finals, options));
      }),
      { numRuns: 100 },
    );
  });

  it('aggregates: a redelivered change is recognised by its version and counted once', () => {
    const v1 = Story.received('2025-06-02', { tenure: 'low_cost_rental' }).complaint;
    const v2 = new Story(v1).acknowledge('2025-06-03').complaint;
    const once = consume([v1, v2]);
    const twice = consume([v1, v2, v2, v1]);
    expect(twice.skipped).toBe(2);
    expect(twice.aggregate).toEqual(once.aggregate);
    expect(once.aggregate).toEqual({
      '2025-06-02': { [counterKey('received', { stage: '1', tenure: 'low_cost_rental', channel: 'phone', category: '' })]: 1 },
      '2025-06-03': { [counterKey('acknowledged', { stage: '1', timing: 'on_time' })]: 1 },
    });
  });

  it('aggregates: applying a change as new minus old image twice would double count (why the version is kept)', () => {
    const v1 = Story.received('2025-06-02').complaint;
    const v2 = new Story(v1).acknowledge('2025-06-03').complaint;
    const delta = contributionDelta(contributions(v1, options), contributions(v2, options));
    const naive = applyDelta(applyDelta(aggregateFromScratch([v1], options), delta), delta);
    expect(naive).not.toEqual(aggregateFromScratch([v2], options));
  });

  it('aggregates: a lost intermediate record still converges, because the delta is taken against what was applied', () => {
    const story = Story.received('2025-06-02');
    const v1 = story.complaint;
    story.acknowledge('2025-06-03');
    const v3 = story.respond('2025-06-10').complaint;
    expect(consume([v1, v3]).aggregate).toEqual(aggregateFromScratch([v3], options));
  });

  it('aggregates: a deleted complaint takes out exactly what it put in', () => {
    const a = Story.received('2025-06-02').acknowledge('2025-06-03').respond('2025-06-10').complaint;
    const b = Story.received('2025-06-02').complaint;
    const state = applyVersion(undefined, a, options);
    if (!state.applied) throw new Error('expected applied');
    const both = applyDelta(aggregateFromScratch([b], options), state.delta);
    expect(applyDelta(both, removalDelta(state.state))).toEqual(aggregateFromScratch([b], options));
  });

  it('aggregates: counter keys survive any category text', () => {
    fc.assert(
      fc.property(fc.string(), (category) => {
        const key = counterKey('received', { stage: '1', tenure: 'unrecorded', channel: 'web', category });
        expect(parseCounterKey(key)).toEqual({ family: 'received', dims: { stage: '1', tenure: 'unrecorded', channel: 'web', category } });
      }),
    );
  });
});

describe('aggregates: report figures equal a from-scratch recomputation over the records', () => {
  const years = fc.record({ year: fc.integer({ min: 2023, max: 2026 }), startMonth: fc.integer({ min: 1, max: 12 }) });

  it('8.1, CH01, CH02: every annual report figure from the streamed aggregate equals the oracle over the final records, for any financial year start month', () => {
    fc.assert(
      fc.property(deliveries, years, fc.constantFrom('with_extensions', 'strict_acknowledgement' as const), ({ finals, sequence }, { year, startMonth }, rule) => {
        const counters = new CounterTable(consume(sequence).aggregate);
        const report = annualReport(counters, { year, financialYearStartMonth: startMonth, homesByTenure, ch02Rule: rule, categories: DEFAULT_CATEGORIES });
        const fy = financialYear(year, startMonth);
        expect(figuresOf(report)).toEqual(oracleFigures(finals, fy, { timeZone: TZ, categories: DEFAULT_CATEGORIES, homesByTenure }));
      }),
      { numRuns: 120 },
    );
  });

  it('CH01, CH02: TSM figures for any period of days equal the oracle over the records', () => {
    const periods = fc.tuple(fc.integer({ min: 0, max: 1300 }), fc.integer({ min: 0, max: 400 })).map(([start, length]) => {
      const from = new Date(Date.UTC(2024, 0, 1 + start)).toISOString().slice(0, 10);
      const to = new Date(Date.UTC(2024, 0, 1 + start + length)).toISOString().slice(0, 10);
      return { from, to };
    });
    fc.assert(
      fc.property(deliveries, periods, ({ finals, sequence }, period) => {
        const report = tsmReport(new CounterTable(consume(sequence).aggregate), { period, homesByTenure, rule: 'strict_acknowledgement' });
        const oracle = oracleFigures(finals, period, { timeZone: TZ, categories: DEFAULT_CATEGORIES, homesByTenure }).tsm;
        for (const [tenure, key] of [['low_cost_rental', 'lowCostRental'], ['low_cost_home_ownership', 'lowCostHomeOwnership']] as const) {
          const figures = report.byTenure[tenure];
          expect(figures.ch01).toEqual(oracle[key].ch01);
          for (const stage of ['stage1', 'stage2'] as const) {
            expect(figures.ch02[stage]).toMatchObject(oracle[key].ch02[stage]);
            expect(figures.ch02[stage].onTime).toBe(oracle[key].ch02[stage].onTimeStrict);
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it('the random histories reach what the reports count (so the properties above are not vacuous)', () => {
    const sample = fc.sample(histories(8), { numRuns: 150, seed: 42 }).flat().map((versions) => versions.at(-1)!);
    const seen = (predicate: (c: Complaint) => boolean) => sample.filter(predicate).length;
    expect(seen((c) => c.stages.stage2?.respondedOn !== undefined)).toBeGreaterThan(10);
    expect(seen((c) => c.refusal?.stage === 1)).toBeGreaterThan(5);
    expect(seen((c) => c.refusal?.stage === 2)).toBeGreaterThan(0);
    expect(seen((c) => c.withdrawal !== undefined)).toBeGreaterThan(5);
    expect(seen((c) => c.stages.stage1.extensions.some((e) => e.goodReason))).toBeGreaterThan(5);
    expect(seen((c) => c.stages.stage1.extensions.length > 0 && !c.stages.stage1.extensions.some((e) => e.goodReason))).toBeGreaterThan(5);
    expect(seen((c) => c.stages.stage1.acknowledgedOn !== undefined && c.stages.stage1.acknowledgedOn > c.deadlines.stage1.acknowledgeBy!)).toBeGreaterThan(5);
    for (const stage of [1, 2] as const) {
      for (const timing of ['within_timescale', 'within_extension', 'within_good_reason_extension', 'late'] as const) {
        expect(seen((c) => responseTiming(c, stage) === timing), `stage ${stage} ${timing}`).toBeGreaterThan(stage === 1 ? 2 : 0);
      }
      expect(seen((c) => responseTiming(c, stage) !== 'late' && acknowledgementTiming(c, stage) === 'late'), `stage ${stage} strict differs`).toBeGreaterThan(0);
    }
    expect(seen((c) => (c.updateChecks ?? []).some((u) => u.kept))).toBeGreaterThan(0);
    expect(seen((c) => (c.overdue ?? []).some((o) => o.step.endsWith('-update')))).toBeGreaterThan(0);
    expect(seen((c) => (c.ombudsman?.determination?.orders ?? []).some((o) => o.completedAt))).toBeGreaterThan(0);
    expect(seen((c) => (c.learning?.improvements ?? []).some((i) => i.completedAt))).toBeGreaterThan(0);
    expect(seen((c) => c.remedies.some((r) => r.kind === 'financial' && r.completedAt))).toBeGreaterThan(0);
    expect(seen((c) => c.outstandingActions.some((a) => a.completedAt))).toBeGreaterThan(0);
  });
});
