import { dateInZone, type PlainDate } from '../calendar/plain-date.js';
import { Conflict, InvalidInput, NotFound } from '../errors.js';
import { OMBUDSMAN_FINDINGS, type Complaint, type OmbudsmanCase, type OmbudsmanFinding } from './complaint.js';
import { commit, type Transition, type TransitionContext } from './lifecycle.js';
import { requireDate, requirePastDate, requireText } from './record-input.js';

const today = (ctx: TransitionContext): PlainDate => dateInZone(ctx.now, ctx.policy.timeZone);

/**
 * 8.1c, 9.7c: the resident took the complaint to the Housing Ombudsman. Residents may go at any stage
 * (3.7), also after a refusal (2.4), so any complaint can be referred, once.
 */
export function recordOmbudsmanReferral(
  complaint: Complaint,
  input: { referredOn: PlainDate; reference: string },
  ctx: TransitionContext,
): Transition {
  if (complaint.ombudsman) throw new Conflict(`the complaint was referred to the Ombudsman on ${complaint.ombudsman.referredOn} (${complaint.ombudsman.reference})`);
  const referredOn = requirePastDate('referredOn', input.referredOn, today(ctx));
  if (referredOn < complaint.stages.stage1.receivedOn) {
    throw new InvalidInput('referredOn', `the complaint was received on ${complaint.stages.stage1.receivedOn}; a referral cannot predate it`);
  }
  const ombudsman: OmbudsmanCase = { referredOn, reference: requireText('reference', input.reference) };
  return commit('ombudsman_referred', complaint, { ...complaint, ombudsman }, ctx);
}

export interface DeterminationInput {
  determinedOn: PlainDate;
  findings: { element: string; finding: OmbudsmanFinding }[];
  orders: { description: string; dueBy: PlainDate }[];
}

/** The Ombudsman's determination: a finding per element and any orders, each scheduled like an action (9.7c). */
export function recordDetermination(
  complaint: Complaint,
  input: DeterminationInput,
  ctx: TransitionContext,
  newId: () => string,
): Transition {
  const referral = complaint.ombudsman;
  if (!referral) throw new Conflict('record the referral to the Ombudsman before its determination');
  if (referral.determination) throw new Conflict(`the Ombudsman's determination was recorded for ${referral.determination.determinedOn}`);
  const determinedOn = requirePastDate('determinedOn', input.determinedOn, today(ctx));
  if (determinedOn < referral.referredOn) {
    throw new InvalidInput('determinedOn', `the complaint was referred on ${referral.referredOn}; the determination cannot predate it`);
  }
  if (input.findings.length === 0) throw new InvalidInput('findings', 'a determination has at least one finding');
  const elements = new Set<string>();
  input.findings.forEach(({ element, finding }, index) => {
    const key = requireText(`findings.${index}.element`, element).trim().toLowerCase();
    if (elements.has(key)) throw new InvalidInput(`findings.${index}.element`, `the element "${element}" has two findings`);
    elements.add(key);
    if (!OMBUDSMAN_FINDINGS.includes(finding)) throw new InvalidInput(`findings.${index}.finding`, `must be one of ${OMBUDSMAN_FINDINGS.join(', ')}`);
  });
  const orders = input.orders.map((order, index) => ({
    id: newId(),
    description: requireText(`orders.${index}.description`, order.description),
    dueBy: requireDate(`orders.${index}.dueBy`, order.dueBy),
  }));
  return commit(
    'ombudsman_determined',
    complaint,
    { ...complaint, ombudsman: { ...referral, determination: { determinedOn, findings: input.findings.map(({ element, finding }) => ({ element, finding })), orders } } },
    ctx,
  );
}

/** An Ombudsman order is complied with only with evidence of what was done (9.7c). */
export function completeOrder(complaint: Complaint, orderId: string, input: { evidence: string }, ctx: TransitionContext): Transition {
  const determination = complaint.ombudsman?.determination;
  const target = determination?.orders.find((order) => order.id === orderId);
  if (!determination || !target) throw new NotFound('order');
  if (target.completedAt) throw new Conflict(`order ${orderId} was completed at ${target.completedAt}`);
  const evidence = requireText('evidence', input.evidence);
  const orders = determination.orders.map((order) => (order.id === orderId ? { ...order, completedAt: ctx.now.toISOString(), evidence } : order));
  return commit('ombudsman_order_completed', complaint, { ...complaint, ombudsman: { ...complaint.ombudsman!, determination: { ...determination, orders } } }, ctx);
}
