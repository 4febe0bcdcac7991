import type { PlainDate } from '../calendar/plain-date.js';
import type { Representative } from '../complaint/complaint.js';
import { requirePastDate, requireText } from '../complaint/record-input.js';
import { InvalidInput } from '../errors.js';

/** Who acts for the resident, as a caller names them: with the resident's consent, or not yet. */
export type RepresentativeDetails = Omit<Representative, 'awaitingConsent'>;

/**
 * 3.6: the representative as recorded. With the resident's consent (how and when given, who letters go to)
 * they must be reachable, by email or post, since letters may go to them. A complaint made by a
 * representative before the resident agreed is still logged (1.3); the representative is recorded as
 * awaiting consent, and letters go to the resident, who is asked for it (the Ombudsman's FAQ on 3.6).
 * `field` prefixes the names of bad fields: the representative is a body of its own, or part of a complaint's.
 */
export function representativeRecord(input: RepresentativeDetails, today: PlainDate, field: '' | 'representative.' = ''): Representative {
  const contact = {
    name: requireText(`${field}name`, input.name),
    relationship: requireText(`${field}relationship`, input.relationship),
    ...(input.email && { email: input.email }),
    ...(input.address?.trim() && { address: input.address }),
    ...(input.phone && { phone: input.phone }),
  };
  if (!input.consent) return { ...contact, awaitingConsent: true };
  if (!contact.email && !contact.address) {
    throw new InvalidInput(`${field}email`, 'give an email or a postal address so letters can reach the representative (3.6)');
  }
  const { consent } = input;
  return {
    ...contact,
    consent: {
      method: consent.method,
      givenOn: requirePastDate(`${field}consent.givenOn`, consent.givenOn, today),
      lettersTo: consent.lettersTo,
      ...(consent.note !== undefined && { note: requireText(`${field}consent.note`, consent.note) }),
    },
  };
}
