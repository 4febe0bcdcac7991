import fc from 'fast-check';
import { addDays, type PlainDate } from '../../domain/calendar/plain-date.js';
import { CHANNELS, OMBUDSMAN_FINDINGS, OPEN_STATUSES, REFUSAL_GROUNDS, TENURES, type Complaint, type Tenure } from '../../domain/complaint/complaint.js';
import { completeImprovement, recordLearning } from '../../domain/complaint/learning.js';
import {
  acknowledge,
  close,
  completeAction,
  escalate,
  extend,
  logComplaint,
  recordCorrespondence,
  refuse,
  respond,
  withdraw,
  type Transition,
} from '../../domain/complaint/lifecycle.js';
import { completeOrder, recordDetermination, recordOmbudsmanReferral } from '../../domain/complaint/ombudsman-case.js';
import { recordTenure } from '../../domain/complaint/tenure.js';
import { DEFAULT_CATEGORIES } from '../../domain/landlord/report-settings.js';
import { markOverdue } from '../../domain/schedules/deadline-events.js';
import { openSteps } from '../../domain/schedules/open-steps.js';
import { calendar, on } from './complaint-story.js';

/**
 * Random complaint histories made by the real lifecycle: a script of steps (days pass, then an action is
 * tried; one the Code forbids at that point is skipped), with deadline checks firing as days pass. Every
 * committed version is kept, as a DynamoDB stream would deliver it.
 */

export interface Step {
  gap: number;
  action: number;
  pick: number;
  flag: boolean;
}

export interface Script {
  start: number;
  tenure: Tenure | undefined;
  channel: (typeof CHANNELS)[number];
  category: string | undefined;
  representative: boolean;
  adjustments: boolean;
  steps: Step[];
}

const ACTIONS = 32;
const step: fc.Arbitrary<Step> = fc.record({ gap: fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 7, max: 30 })), action: fc.integer({ min: 0, max: ACTIONS - 1 }), pick: fc.nat(9), flag: fc.boolean() });

export const script: fc.Arbitrary<Script> = fc.record({
  // Received between January 2024 and the end of 2026 (the shipped bank holidays run to 2028).
  start: fc.integer({ min: 0, max: 1090 }),
  tenure: fc.option(fc.constantFrom(...TENURES), { nil: undefined }),
  channel: fc.constantFrom(...CHANNELS),
  category: fc.option(fc.constantFrom(...DEFAULT_CATEGORIES, 'Parking (old category)'), { nil: undefined }),
  representative: fc.boolean(),
  adjustments: fc.boolean(),
  steps: fc.array(step, { maxLength: 24 }),
});

export function runScript(s: Script, id: string): Complaint[] {
  let today: PlainDate = addDays('2024-01-01', s.start);
  let complaint = logComplaint(
    {
      channel: s.channel,
      resident: { name: 'R' },
      description: 'x',
      receivedAt: `${today}T09:00:00Z`,
      ...(s.category !== undefined && { category: s.category }),
      ...(s.representative && { representative: { name: 'Rep', relationship: 'daughter' } }),
      ...(s.adjustments && { reasonableAdjustments: ['large print'] }),
      ...(s.start % 7 === 0 && { serviceRequestId: 'SR-1' }),
    },
    { id, reference: `CMP-${id}`, landlordId: 'L1' },
    on(today),
  ).complaint;
  const versions: Complaint[] = [complaint];
  let ids = 0;
  const newId = () => `${id}-${++ids}`;
  const apply = (fn: () => Transition | undefined): void => {
    try {
      const result = fn();
      if (result) {
        complaint = result.complaint;
        versions.push(complaint);
      }
    } catch {
      // The Code forbids this step now (or the input is not valid): a real user would get a 4xx.
    }
  };
  if (s.tenure) apply(() => recordTenure(complaint, s.tenure!, on(today)));

  for (const { gap, action, pick, flag } of s.steps) {
    // Checks fire at the end of each due date passed; an agreed update is kept when the resident was contacted.
    for (let day = today; day < addDays(today, gap); day = addDays(day, 1)) {
      for (const open of openSteps(complaint, calendar, day).filter((o) => o.dueBy === day)) {
        apply(() => markOverdue(complaint, { step: open.step, dueBy: day }, on(addDays(day, 1)), pick % 2 ? [`${day}T12:00:00Z`] : []));
      }
    }
    today = addDays(today, gap);
    const ctx = on(today, complaint.stage === 2 ? 'u-h2' : 'u-h1');
    const stage2 = complaint.stage === 2;
    switch (action) {
      case 0:
        apply(() => acknowledge(complaint, { handlerId: stage2 ? 'h2' : 'h1', definition: { understanding: 'u', outcomesSought: ['o'], notResponsibleFor: [], excludedParts: [] } }, ctx));
        break;
      case 1:
        apply(() => extend(complaint, { workingDays: flag ? (stage2 ? 21 : 11) + pick : 1 + pick, reason: 'survey', ...(flag && { goodReason: 'specialist needed', updateEveryWorkingDays: 1 + (pick % 4) }) }, ctx));
        break;
      case 2:
        apply(() =>
          respond(
            complaint,
            {
              decision: (['upheld', 'partly_upheld', 'not_upheld'] as const)[pick % 3]!,
              reasons: 'r',
              remedies: [
                { kind: 'apology', description: 'Sorry', done: true },
                ...(flag ? [{ kind: 'financial' as const, description: 'Compensation', amount: 25 + pick * 12.35, ...(pick % 2 ? { done: true } : { dueBy: addDays(today, pick * 5) }) }] : []),
                ...(pick > 6 ? [{ kind: 'record_amended' as const, description: 'Fix record', dueBy: addDays(today, 3) }] : []),
              ],
              outstandingActions: Array.from({ length: pick % 3 }, (_, i) => ({ description: `Action ${i}`, dueBy: addDays(today, (i + 1) * 7) })),
            },
            ctx,
            newId,
          ),
        );
        break;
      case 3:
        apply(() => escalate(complaint, {}, ctx));
        break;
      case 4:
        apply(() => refuse(complaint, { ground: REFUSAL_GROUNDS[pick % REFUSAL_GROUNDS.length]!, explanation: 'e' }, ctx));
        break;
      case 5:
        apply(() => withdraw(complaint, {}, ctx));
        break;
      case 6:
        apply(() => close(complaint, {}, ctx));
        break;
      case 7: {
        const open = [...complaint.outstandingActions, ...complaint.remedies].filter((item) => !item.completedAt);
        if (open.length) apply(() => completeAction(complaint, open[pick % open.length]!.id, ctx));
        break;
      }
      case 8:
        apply(() =>
          recordLearning(
            complaint,
            {
              category: DEFAULT_CATEGORIES[pick % DEFAULT_CATEGORIES.length]!,
              rootCause: 'cause',
              improvements: flag ? [{ description: 'Improve', owner: 'Team', dueBy: addDays(today, pick * 10) }] : [],
            },
            ctx,
            { categories: DEFAULT_CATEGORIES, newId },
          ),
        );
        break;
      case 9: {
        const open = (complaint.learning?.improvements ?? []).filter((item) => !item.completedAt);
        if (open.length) apply(() => completeImprovement(complaint, open[pick % open.length]!.id, flag ? { evidence: 'done' } : {}, ctx));
        break;
      }
      case 10:
        apply(() => recordOmbudsmanReferral(complaint, { referredOn: addDays(today, -(pick % 3)), reference: `HOS-${id}` }, ctx));
        break;
      case 11:
        apply(() =>
          recordDetermination(
            complaint,
            {
              determinedOn: today,
              findings: Array.from({ length: 1 + (pick % 3) }, (_, i) => ({ element: `Element ${i}`, finding: OMBUDSMAN_FINDINGS[(pick + i * 2) % OMBUDSMAN_FINDINGS.length]! })),
              orders: Array.from({ length: pick % 3 }, (_, i) => ({ description: `Order ${i}`, dueBy: addDays(today, 20 + i * 10) })),
            },
            ctx,
            newId,
          ),
        );
        break;
      case 12: {
        const open = (complaint.ombudsman?.determination?.orders ?? []).filter((item) => !item.completedAt);
        if (open.length) apply(() => completeOrder(complaint, open[pick % open.length]!.id, { evidence: 'complied' }, ctx));
        break;
      }
      case 13:
        apply(() =>
          recordCorrespondence(
            complaint,
            { id: newId(), complaintId: id, direction: 'outbound', kind: 'phone', summary: 'called', occurredAt: `${today}T12:00:00Z`, recordedBy: 'u-h1', recordedAt: `${today}T12:00:00Z` },
            ctx,
          ),
        );
        break;
      case 14:
        apply(() => recordTenure(complaint, TENURES[pick % 2]!, ctx));
        break;
      default: {
        // The natural next step, so histories often reach stage 2.
        const definition = { understanding: 'u', outcomesSought: ['o'], notResponsibleFor: [], excludedParts: [] };
        if (complaint.status.endsWith('_received')) apply(() => acknowledge(complaint, { handlerId: stage2 ? 'h2' : 'h1', definition }, ctx));
        else if (complaint.status.endsWith('_acknowledged') && pick < 4 && (complaint.stages[stage2 ? 'stage2' : 'stage1']?.extensions.length ?? 0) === 0) {
          const limit = stage2 ? 20 : 10;
          apply(() => extend(complaint, pick % 2 ? { workingDays: limit + 1 + pick, reason: 'survey', goodReason: 'specialist', updateEveryWorkingDays: 3 } : { workingDays: limit - pick, reason: 'survey' }, ctx));
        } else if (complaint.status.endsWith('_acknowledged')) apply(() => respond(complaint, { decision: 'partly_upheld', reasons: 'r', remedies: [], outstandingActions: [] }, ctx, newId));
        else if (complaint.status === 'stage1_responded' && flag) apply(() => escalate(complaint, {}, ctx));
        else if (!OPEN_STATUSES.has(complaint.status) && pick < 5) {
          // After the landlord's process: the Ombudsman's case moves on.
          const ombudsman = complaint.ombudsman;
          const openOrder = ombudsman?.determination?.orders.find((order) => !order.completedAt);
          if (!ombudsman) apply(() => recordOmbudsmanReferral(complaint, { referredOn: today, reference: `HOS-${id}` }, ctx));
          else if (!ombudsman.determination) {
            apply(() =>
              recordDetermination(
                complaint,
                { determinedOn: today, findings: [{ element: 'Repairs', finding: OMBUDSMAN_FINDINGS[pick % 3]! }], orders: [{ description: 'Pay', dueBy: addDays(today, 7 * (1 + pick)) }] },
                ctx,
                newId,
              ),
            );
          } else if (openOrder) apply(() => completeOrder(complaint, openOrder.id, { evidence: 'paid' }, ctx));
        }
        break;
      }
    }
  }
  return versions;
}

/** Several complaints' histories. */
export const histories = (max: number): fc.Arbitrary<Complaint[][]> =>
  fc.array(script, { minLength: 1, maxLength: max }).map((scripts) => scripts.map((s, index) => runScript(s, `c${index}`)));
