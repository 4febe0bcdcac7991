import type { Complaint, Representative, Resident } from '../complaint/complaint.js';
import { isAutomaticAddress } from '../email/inbound-rules.js';
import { letterNeeds } from '../residents/adjustments.js';
import { PRIMARY_RESIDENT } from '../residents/people.js';

/** How a resident's letter reaches them: by email, by post, or not at all (no email and no postal address). */
export type Delivery = 'email' | 'post' | 'undeliverable';

export interface LetterRecipient {
  name: string;
  delivery: Delivery;
  /** For email delivery. */
  email?: string;
  /** For post: the address block printed in the envelope window. */
  postalAddress?: string;
  /** Why a letter cannot be delivered, for the print queue and the staff notice. */
  reason?: string;
  /** 5.10: the addressee's agreed adjustment: larger type in the email and on paper. */
  largePrint?: boolean;
  /** The resident this copy is for (a representative's copy is for the resident they act for). */
  residentId?: string;
}

/** Never a machine's address (a released bounce's MAILER-DAEMON, a no-reply sender): nobody reads it. */
const usableEmail = (email: string | undefined) => (email && !isAutomaticAddress(email) ? email : undefined);
const usableAddress = (address: string | undefined) => (address && address.trim() ? address.trim() : undefined);

type Party = Pick<Resident, 'name' | 'email' | 'address'>;

/** Post when asked for (and there is an address) or when there is no usable email; email by default; neither: held. */
function deliveryTo(party: Party, wantsPost: boolean, who: string): LetterRecipient {
  const email = usableEmail(party.email);
  const postalAddress = usableAddress(party.address);
  if (postalAddress && (wantsPost || !email)) return { name: party.name, delivery: 'post', postalAddress };
  if (email) return { name: party.name, delivery: 'email', email, ...(postalAddress && { postalAddress }) };
  return { name: party.name, delivery: 'undeliverable', reason: `no email address and no postal address for ${who}` };
}

/** A resident as addressee: an agreed preferred channel (5.10) outranks the contact preference; large print if agreed. */
function residentRecipient(complaint: Pick<Complaint, 'adjustments'>, person: Resident, residentId: string, who: string): LetterRecipient {
  const needs = letterNeeds(complaint, residentId);
  const wantsPost = (needs.channel ?? person.contactPreference) === 'post';
  return { ...deliveryTo(person, wantsPost, who), residentId, ...(needs.largePrint && { largePrint: true }) };
}

/** Letters can go to a representative the resident has agreed to (or one nominated before consent was recorded) who can be reached. */
const reachable = (representative: Representative | undefined): representative is Representative =>
  representative !== undefined && !representative.awaitingConsent && Boolean(usableEmail(representative.email) || usableAddress(representative.address));

/**
 * Everyone a resident letter goes to, each their own copy, each by their own channel:
 * - a representative who can be reached gets it, and the resident too when their consent says both, or
 *   instead when it says the resident (3.6); a nomination recorded without consent before consent was
 *   asked for is the representative's; one awaiting the resident's consent is the resident's;
 * - a group complaint recorded as "each" writes to every resident listed; one led by a lead complainant
 *   writes to the lead (the complaint's resident) only.
 */
export function addressees(complaint: Pick<Complaint, 'resident' | 'representative' | 'group' | 'adjustments'>): LetterRecipient[] {
  const representative = complaint.representative;
  const lettersTo = reachable(representative) ? (representative.consent?.lettersTo ?? 'representative') : 'resident';
  const list: LetterRecipient[] = [];
  if (lettersTo !== 'resident') list.push({ ...deliveryTo(representative!, complaint.resident.contactPreference === 'post', 'the representative'), residentId: PRIMARY_RESIDENT });
  if (lettersTo !== 'representative') list.push(residentRecipient(complaint, complaint.resident, PRIMARY_RESIDENT, 'the resident'));
  if (complaint.group?.basis === 'each') {
    for (const member of complaint.group.members) list.push(residentRecipient(complaint, member, member.id, member.name));
  }
  return list;
}

/**
 * Everyone a letter about one resident goes to (a restriction notice, 5.14): the complaint's own resident as
 * addressees() says (with their representative, per consent); a group member themselves, whether or not the
 * group is written to each, since it is about them. Unreachable, the copy is held like any other.
 */
export function addresseesFor(complaint: Pick<Complaint, 'resident' | 'representative' | 'group' | 'adjustments'>, residentId: string): LetterRecipient[] {
  if (residentId === PRIMARY_RESIDENT) return addressees(complaint).filter((recipient) => recipient.residentId === PRIMARY_RESIDENT);
  const member = complaint.group?.members.find((candidate) => candidate.id === residentId);
  return member ? [residentRecipient(complaint, member, member.id, member.name)] : [];
}

/**
 * Who a resident letter goes to first, and how (see addressees). A representative with any way to reach
 * them receives the resident's letters (3.6) unless the resident's consent says otherwise. Post when the
 * resident asked for it (and there is an address) or when there is no usable email; email by default.
 * Neither: undeliverable, never dropped.
 */
export function letterRecipient(complaint: Pick<Complaint, 'resident' | 'representative' | 'group' | 'adjustments'>): LetterRecipient {
  const { residentId: _for, ...first } = addressees(complaint)[0]!;
  return first;
}
