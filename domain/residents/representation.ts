import { dateInZone, type PlainDate } from '../calendar/plain-date.js';
import { NotFound } from '../errors.js';
import type { Complaint } from '../complaint/complaint.js';
import { commit, type Transition, type TransitionContext } from '../complaint/lifecycle.js';
import { requireNotMerged } from '../complaint/merge.js';
import { representativeRecord } from './representative-record.js';

/** How the resident gave consent for someone to act for them (3.6). */
export const CONSENT_METHODS = ['written', 'email', 'phone', 'in_person', 'online_form', 'other'] as const;
export type ConsentMethod = (typeof CONSENT_METHODS)[number];

/** Who receives the resident's letters, as the resident agreed when nominating the representative. */
export const LETTER_COPIES = ['representative', 'resident', 'both'] as const;
export type LetterCopies = (typeof LETTER_COPIES)[number];

export interface RepresentativeConsent {
  method: ConsentMethod;
  givenOn: PlainDate;
  /** Letters go to the representative only, to the resident only, or to both. */
  lettersTo: LetterCopies;
  note?: string;
}

export interface RepresentativeInput {
  name: string;
  relationship: string;
  email?: string;
  address?: string;
  phone?: string;
  consent: RepresentativeConsent;
}

/**
 * 3.6: a resident may name a representative at any time, on an open or a closed complaint (a closed
 * complaint can still be escalated, 6.10, or taken to the Ombudsman). The nomination records who they are,
 * how to reach them (an email or a postal address: letters must be able to reach them), and the resident's
 * consent: how and when it was given, and who letters go to. Naming a new one replaces the old, audited.
 */
export function nominateRepresentative(complaint: Complaint, input: RepresentativeInput, ctx: TransitionContext): Transition {
  requireNotMerged(complaint);
  const representative = representativeRecord(input, dateInZone(ctx.now, ctx.policy.timeZone));
  return commit(complaint.representative ? 'representative_changed' : 'representative_nominated', complaint, { ...complaint, representative }, ctx);
}

/** The resident withdrew the nomination: letters go to the resident again. The trail keeps who it was. */
export function removeRepresentative(complaint: Complaint, ctx: TransitionContext): Transition {
  requireNotMerged(complaint);
  if (!complaint.representative) throw new NotFound('representative');
  const { representative: _removed, ...rest } = complaint;
  return commit('representative_removed', complaint, rest, ctx);
}
