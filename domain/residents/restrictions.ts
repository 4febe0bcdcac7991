import { addDays, dateInZone, type PlainDate } from '../calendar/plain-date.js';
import { Conflict, InvalidInput, NotFound, RuleViolation } from '../errors.js';
import type { Complaint } from '../complaint/complaint.js';
import { commit, type Transition, type TransitionContext } from '../complaint/lifecycle.js';
import { requireDate, requirePastDate, requireText } from '../complaint/record-input.js';
import { ADJUSTMENT_WORDS, reliedOn } from './adjustments.js';
import { requireResident } from './people.js';
import { withoutStaleReviewHistory } from './review.js';
import { requireNotMerged } from '../complaint/merge.js';

/** The ways a resident contacts the landlord that a restriction may limit. */
export const CONTACT_CHANNELS = ['phone', 'email', 'letter', 'in_person', 'social_media'] as const;
export type ContactChannel = (typeof CONTACT_CHANNELS)[number];

/**
 * Why a restriction was considered. `reasonable_adjustment_need` exists so the record says it plainly
 * when that is the reason, and the rule refuses it (5.15): a need is never unacceptable behaviour.
 */
export const RESTRICTION_REASONS = ['abusive_or_threatening', 'harassment', 'unreasonable_persistence', 'excessive_contact', 'reasonable_adjustment_need', 'other'] as const;
export type RestrictionReasonKind = (typeof RESTRICTION_REASONS)[number];

export interface RestrictionReason {
  kind: RestrictionReasonKind;
  detail: string;
}

export interface BehaviourRestriction {
  id: string;
  residentId: string;
  /** The channels limited, and how (e.g. "one call a week, to the named officer"). */
  channels: ContactChannel[];
  restriction: string;
  reasons: RestrictionReason[];
  /** 5.15: what was weighed to make it proportionate, with regard to the Equality Act 2010. */
  proportionality: string;
  decidedBy: string;
  startsOn: PlainDate;
  reviewBy: PlainDate;
  recordedBy: string;
  recordedAt: string;
  reviewedAt?: string;
  ended?: { on: PlainDate; reason: string; by: string };
}

/** What a handler records or reviews; the rest of a restriction is who recorded it and when. */
export type RestrictionInput = Pick<BehaviourRestriction, 'residentId' | 'channels' | 'restriction' | 'reasons' | 'proportionality' | 'decidedBy' | 'startsOn' | 'reviewBy'>;

/** Restrictions ever recorded on a complaint, ended ones included (the record keeps them). */
export const MAX_RESTRICTIONS = 5;
/** Reviewed at least every six months: "regular review" (5.14). */
export const MAX_RESTRICTION_REVIEW_DAYS = 183;

/**
 * 5.15: a need for reasonable adjustments is never treated as unacceptable behaviour. Refused when the
 * recorded reason is that need, or when the restriction would limit the very channel an agreed adjustment
 * relies on (restricting calls from a resident whose adjustment is phone calls instead of letters).
 */
export function requireNotAnAdjustmentNeed(complaint: Complaint, input: Pick<RestrictionInput, 'residentId' | 'reasons' | 'channels'>): void {
  const index = input.reasons.findIndex((reason) => reason.kind === 'reasonable_adjustment_need');
  if (index >= 0) {
    throw new RuleViolation('5.15', `reasons.${index}: a resident's need for a reasonable adjustment is not unacceptable behaviour and cannot be a reason to restrict contact`);
  }
  const agreed = (complaint.adjustments ?? []).find((record) => record.residentId === input.residentId)?.adjustments ?? [];
  const clash = reliedOn(agreed, input.channels);
  if (clash) {
    throw new RuleViolation('5.15', `restricting ${clash.channel} contact would take away the reasonable adjustment agreed with the resident (${ADJUSTMENT_WORDS[clash.adjustment.kind]}); change the adjustments first if the review found them no longer needed`);
  }
}

function checked(complaint: Complaint, input: RestrictionInput, today: PlainDate): Omit<BehaviourRestriction, 'id' | 'recordedBy' | 'recordedAt'> {
  requireResident(complaint, input.residentId);
  if (input.channels.length === 0) throw new InvalidInput('channels', 'name at least one channel the restriction limits');
  if (new Set(input.channels).size !== input.channels.length) throw new InvalidInput('channels', 'a channel is given twice');
  if (input.reasons.length === 0) throw new InvalidInput('reasons', 'record the reasons for the restriction (5.14)');
  requireNotAnAdjustmentNeed(complaint, input);
  const startsOn = requireDate('startsOn', input.startsOn);
  if (startsOn < today) requirePastDate('startsOn', startsOn, today);
  if (startsOn > addDays(today, 31)) throw new InvalidInput('startsOn', 'must be within a month of today');
  const reviewBy = requireDate('reviewBy', input.reviewBy);
  if (reviewBy <= startsOn || reviewBy < today) throw new InvalidInput('reviewBy', 'must be after the start and not in the past');
  if (reviewBy > addDays(startsOn > today ? startsOn : today, MAX_RESTRICTION_REVIEW_DAYS)) {
    throw new InvalidInput('reviewBy', `must be within ${MAX_RESTRICTION_REVIEW_DAYS} days: restrictions are reviewed regularly (5.14)`);
  }
  return {
    residentId: input.residentId,
    channels: [...input.channels],
    restriction: requireText('restriction', input.restriction),
    reasons: input.reasons.map((reason, index) => ({ kind: reason.kind, detail: requireText(`reasons.${index}.detail`, reason.detail) })),
    proportionality: requireText('proportionality', input.proportionality),
    decidedBy: requireText('decidedBy', input.decidedBy),
    startsOn,
    reviewBy,
  };
}

/**
 * 5.14, 5.15: record a restriction on how a resident may contact the landlord. It changes nothing about the
 * complaint itself: it is still handled, letters still go and the Ombudsman's details are still given.
 */
export function recordRestriction(complaint: Complaint, input: RestrictionInput, ctx: TransitionContext, newId: () => string): Transition {
  requireNotMerged(complaint);
  const existing = complaint.restrictions ?? [];
  if (existing.length >= MAX_RESTRICTIONS) throw new InvalidInput('restrictions', `at most ${MAX_RESTRICTIONS} restrictions per complaint`);
  const today = dateInZone(ctx.now, ctx.policy.timeZone);
  const restriction: BehaviourRestriction = { id: newId(), ...checked(complaint, input, today), recordedBy: ctx.actor.userId, recordedAt: ctx.now.toISOString() };
  // 5.14 (FAQ): the resident is told, with the reasons and their right to go to the Ombudsman.
  return commit('restriction_recorded', complaint, withoutStaleReviewHistory({ ...complaint, restrictions: [...existing, restriction] }), ctx, { type: 'restriction', restrictionId: restriction.id });
}

function findActive(complaint: Complaint, restrictionId: string): BehaviourRestriction {
  const found = (complaint.restrictions ?? []).find((record) => record.id === restrictionId);
  if (!found) throw new NotFound('restriction');
  // Ended is final: reviewing or ending it again conflicts with the record, as a second close would.
  if (found.ended) throw new Conflict(`the restriction ended on ${found.ended.on}; record a new one if contact must be limited again`);
  return found;
}

/** A review: the restriction continues (as changed) until the next review date. Same rules as recording it. */
export function reviewRestriction(complaint: Complaint, restrictionId: string, input: RestrictionInput, ctx: TransitionContext): Transition {
  requireNotMerged(complaint);
  const current = findActive(complaint, restrictionId);
  const today = dateInZone(ctx.now, ctx.policy.timeZone);
  const reviewed: BehaviourRestriction = { ...current, ...checked(complaint, input, today), reviewedAt: ctx.now.toISOString() };
  const restrictions = (complaint.restrictions ?? []).map((record) => (record.id === restrictionId ? reviewed : record));
  return commit('restriction_reviewed', complaint, withoutStaleReviewHistory({ ...complaint, restrictions }), ctx, { type: 'restriction', restrictionId });
}

/** The restriction is lifted; it stays on the record with when, why and who. */
export function endRestriction(complaint: Complaint, restrictionId: string, input: { reason: string; endedOn?: PlainDate }, ctx: TransitionContext): Transition {
  requireNotMerged(complaint);
  const current = findActive(complaint, restrictionId);
  const today = dateInZone(ctx.now, ctx.policy.timeZone);
  const on = input.endedOn === undefined ? today : requirePastDate('endedOn', input.endedOn, today);
  if (on < current.startsOn && on !== today) throw new InvalidInput('endedOn', `must not be before the restriction started (${current.startsOn})`);
  const ended: BehaviourRestriction = { ...current, ended: { on, reason: requireText('reason', input.reason), by: ctx.actor.userId } };
  const restrictions = (complaint.restrictions ?? []).map((record) => (record.id === restrictionId ? ended : record));
  return commit('restriction_ended', complaint, withoutStaleReviewHistory({ ...complaint, restrictions }), ctx);
}
