import { addDays, dateInZone, type PlainDate } from '../calendar/plain-date.js';
import { InvalidInput, NotFound, RuleViolation } from '../errors.js';
import type { Complaint } from '../complaint/complaint.js';
import { commit, type Transition, type TransitionContext } from '../complaint/lifecycle.js';
import { requireDate, requirePastDate, requireText } from '../complaint/record-input.js';
import { PRIMARY_RESIDENT, requireResident, residentsOf } from './people.js';
import { withoutStaleReviewHistory } from './review.js';
import { requireNotMerged } from '../complaint/merge.js';
import type { ContactChannel } from './restrictions.js';

/** 5.10: the adjustments a landlord agrees most often; anything else is `other`, in words. */
export const ADJUSTMENT_KINDS = ['large_print', 'phone_calls', 'interpreter', 'named_contact_time', 'preferred_channel', 'other'] as const;
export type AdjustmentKind = (typeof ADJUSTMENT_KINDS)[number];

export const ADJUSTMENT_WORDS: Record<AdjustmentKind, string> = {
  large_print: 'large print',
  phone_calls: 'phone calls instead of letters',
  interpreter: 'an interpreter',
  named_contact_time: 'contact at an agreed time',
  preferred_channel: 'letters by a preferred channel',
  other: 'other',
};

/** The channel each adjustment relies on: restricting it would take the adjustment away (5.15). */
function channelOf(adjustment: Pick<Adjustment, 'kind' | 'channel'>): ContactChannel | undefined {
  if (adjustment.kind === 'phone_calls' || adjustment.kind === 'named_contact_time') return 'phone';
  if (adjustment.kind === 'preferred_channel') return adjustment.channel === 'post' ? 'letter' : 'email';
  return undefined;
}

/** 5.15: the first of these adjustments that relies on one of these channels, whichever side is being recorded. */
export function reliedOn<A extends Pick<Adjustment, 'kind' | 'channel'>>(adjustments: readonly A[], channels: readonly ContactChannel[]): { index: number; adjustment: A; channel: ContactChannel } | undefined {
  for (const [index, adjustment] of adjustments.entries()) {
    const channel = channelOf(adjustment);
    if (channel && channels.includes(channel)) return { index, adjustment, channel };
  }
  return undefined;
}

/**
 * 5.15, from the other side: an adjustment that relies on a channel a restriction in force limits would leave
 * the two contradicting each other (and the restriction unreviewable); the restriction is reviewed first.
 */
function requireNotRestricted(complaint: Complaint, residentId: string, adjustments: readonly Pick<Adjustment, 'kind' | 'channel'>[]): void {
  for (const restriction of (complaint.restrictions ?? []).filter((record) => record.residentId === residentId && !record.ended)) {
    const clash = reliedOn(adjustments, restriction.channels);
    if (clash) {
      throw new RuleViolation('5.15', `adjustments.${clash.index}: ${ADJUSTMENT_WORDS[clash.adjustment.kind]} relies on ${clash.channel} contact, which a restriction in force limits (from ${restriction.startsOn}); review or end the restriction first`);
    }
  }
}

export interface Adjustment {
  kind: AdjustmentKind;
  /** The language for an interpreter, the time for contact, the adjustment itself for `other`. */
  detail?: string;
  /** preferred_channel only: how letters reach the resident. */
  channel?: 'email' | 'post';
}

export interface ResidentAdjustments {
  residentId: string;
  adjustments: Adjustment[];
  disabilityDisclosed: boolean;
  agreedOn: PlainDate;
  /** 5.10: adjustments are kept under active review; a reminder comes before this date. */
  reviewBy: PlainDate;
  recordedBy: string;
  recordedAt: string;
}

/** What GET answers: recorded adjustments, and the free text older complaints were logged with (not yet reviewed). */
export interface AdjustmentsView extends Omit<ResidentAdjustments, 'disabilityDisclosed' | 'reviewBy' | 'recordedBy' | 'recordedAt'> {
  residentName: string;
  source: 'recorded' | 'free_text';
  disabilityDisclosed?: boolean;
  reviewBy?: PlainDate;
  recordedBy?: string;
  recordedAt?: string;
}

export const MAX_ADJUSTMENTS = 6;
/** Reviewed at least yearly: "active review" (5.10) is not a date years away. */
export const MAX_ADJUSTMENT_REVIEW_DAYS = 366;

const NEEDS_DETAIL: ReadonlySet<AdjustmentKind> = new Set(['interpreter', 'named_contact_time', 'other']);

/**
 * Every resident's adjustments. A complaint logged with free-text `reasonableAdjustments` (the field
 * before 5.10 was recorded properly) reads as the lead resident's `other` adjustments, source
 * `free_text`, until someone records them properly; nothing about the old item needs rewriting.
 */
export function adjustmentsOf(complaint: Complaint): AdjustmentsView[] {
  const names = new Map(residentsOf(complaint).map((person) => [person.id, person.name]));
  const recorded: AdjustmentsView[] = (complaint.adjustments ?? []).map((record) => ({ ...record, residentName: names.get(record.residentId) ?? record.residentId, source: 'recorded' }));
  const legacy = complaint.reasonableAdjustments ?? [];
  if (legacy.length === 0 || recorded.some((record) => record.residentId === PRIMARY_RESIDENT)) return recorded;
  return [
    {
      residentId: PRIMARY_RESIDENT,
      residentName: complaint.resident.name,
      adjustments: legacy.map((detail) => ({ kind: 'other', detail })),
      // Agreed when the complaint was logged with them, as far as the record can say.
      agreedOn: complaint.stages.stage1.receivedOn,
      source: 'free_text',
    },
    ...recorded,
  ];
}

/** What letters can honour for one resident: large print, and the channel they asked for. */
export function letterNeeds(complaint: Pick<Complaint, 'adjustments'>, residentId: string): { largePrint: boolean; channel?: 'email' | 'post' } {
  const adjustments = (complaint.adjustments ?? []).find((record) => record.residentId === residentId)?.adjustments ?? [];
  const channel = adjustments.find((adjustment) => adjustment.kind === 'preferred_channel')?.channel;
  return { largePrint: adjustments.some((adjustment) => adjustment.kind === 'large_print'), ...(channel && { channel }) };
}

export interface AdjustmentsInput {
  adjustments: Adjustment[];
  disabilityDisclosed: boolean;
  agreedOn: PlainDate;
  reviewBy: PlainDate;
}

function checkedAdjustments(list: readonly Adjustment[]): Adjustment[] {
  if (list.length === 0) throw new InvalidInput('adjustments', 'record at least one adjustment; to remove them all, use remove');
  if (list.length > MAX_ADJUSTMENTS) throw new InvalidInput('adjustments', `at most ${MAX_ADJUSTMENTS}`);
  const once = new Set<AdjustmentKind>();
  return list.map((adjustment, index) => {
    const field = `adjustments.${index}`;
    if (adjustment.kind !== 'other' && adjustment.kind !== 'interpreter' && once.has(adjustment.kind)) throw new InvalidInput(`${field}.kind`, `${adjustment.kind} is given twice`);
    once.add(adjustment.kind);
    if (NEEDS_DETAIL.has(adjustment.kind) && !adjustment.detail?.trim()) {
      throw new InvalidInput(`${field}.detail`, `${adjustment.kind} needs a detail: the language, the agreed time, or the adjustment itself`);
    }
    if ((adjustment.kind === 'preferred_channel') !== (adjustment.channel !== undefined)) {
      throw new InvalidInput(`${field}.channel`, adjustment.kind === 'preferred_channel' ? 'say which channel: email or post' : 'only a preferred_channel adjustment has a channel');
    }
    return { kind: adjustment.kind, ...(adjustment.detail !== undefined && { detail: requireText(`${field}.detail`, adjustment.detail) }), ...(adjustment.channel && { channel: adjustment.channel }) };
  });
}

/**
 * 5.10: record what was agreed with one resident on the complaint (replacing what was recorded for them),
 * whether a disability was disclosed, when it was agreed and when it will be reviewed. Recording the lead
 * resident's adjustments supersedes the free text the complaint was logged with (the trail keeps it).
 */
export function recordAdjustments(complaint: Complaint, residentId: string, input: AdjustmentsInput, ctx: TransitionContext): Transition {
  requireNotMerged(complaint);
  requireResident(complaint, residentId);
  requireNotRestricted(complaint, residentId, input.adjustments);
  const today = dateInZone(ctx.now, ctx.policy.timeZone);
  const agreedOn = requirePastDate('agreedOn', input.agreedOn, today);
  const reviewBy = requireDate('reviewBy', input.reviewBy);
  if (reviewBy < today) throw new InvalidInput('reviewBy', 'must not be in the past: a review already due is done now, so give the next date');
  if (reviewBy > addDays(today, MAX_ADJUSTMENT_REVIEW_DAYS)) throw new InvalidInput('reviewBy', `must be within ${MAX_ADJUSTMENT_REVIEW_DAYS} days: adjustments are kept under active review (5.10)`);
  const record: ResidentAdjustments = {
    residentId,
    adjustments: checkedAdjustments(input.adjustments),
    disabilityDisclosed: input.disabilityDisclosed,
    agreedOn,
    reviewBy,
    recordedBy: ctx.actor.userId,
    recordedAt: ctx.now.toISOString(),
  };
  const others = (complaint.adjustments ?? []).filter((existing) => existing.residentId !== residentId);
  const after: Complaint = {
    ...complaint,
    adjustments: [...others, record],
    ...(residentId === PRIMARY_RESIDENT && { reasonableAdjustments: [] }),
  };
  return commit('adjustments_recorded', complaint, withoutStaleReviewHistory(after), ctx);
}

/** The adjustments no longer apply (the resident said so, or the review found them not needed). */
export function removeAdjustments(complaint: Complaint, residentId: string, ctx: TransitionContext): Transition {
  requireNotMerged(complaint);
  requireResident(complaint, residentId);
  const hadLegacy = residentId === PRIMARY_RESIDENT && (complaint.reasonableAdjustments ?? []).length > 0;
  if (!(complaint.adjustments ?? []).some((record) => record.residentId === residentId) && !hadLegacy) throw new NotFound('reasonable adjustments');
  const after: Complaint = {
    ...complaint,
    adjustments: (complaint.adjustments ?? []).filter((record) => record.residentId !== residentId),
    ...(hadLegacy && { reasonableAdjustments: [] }),
  };
  return commit('adjustments_removed', complaint, withoutStaleReviewHistory(after), ctx);
}
