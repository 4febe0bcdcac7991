import type { Complaint } from '../complaint/complaint.js';
import { isAutomaticAddress } from '../email/inbound-rules.js';

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
}

/** Never a machine's address (a released bounce's MAILER-DAEMON, a no-reply sender): nobody reads it. */
const usableEmail = (email: string | undefined) => (email && !isAutomaticAddress(email) ? email : undefined);
const usableAddress = (address: string | undefined) => (address && address.trim() ? address.trim() : undefined);

/**
 * Who a resident letter goes to and how. A representative with any way to reach them receives the
 * resident's letters (3.6); otherwise the resident does. Post when the resident asked for it (and there
 * is an address) or when there is no usable email; email by default. Neither: undeliverable, never dropped.
 */
export function letterRecipient(complaint: Pick<Complaint, 'resident' | 'representative'>): LetterRecipient {
  const representative = complaint.representative;
  const viaRepresentative = representative && (usableEmail(representative.email) || usableAddress(representative.address));
  const party = viaRepresentative ? representative : complaint.resident;
  const email = usableEmail(party.email);
  const postalAddress = usableAddress(party.address);
  const wantsPost = complaint.resident.contactPreference === 'post';
  if (postalAddress && (wantsPost || !email)) return { name: party.name, delivery: 'post', postalAddress };
  if (email) return { name: party.name, delivery: 'email', email, ...(postalAddress && { postalAddress }) };
  return {
    name: party.name,
    delivery: 'undeliverable',
    reason: `no email address and no postal address for ${viaRepresentative ? 'the representative' : 'the resident'}`,
  };
}
