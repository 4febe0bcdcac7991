import type { Transition } from '../complaint/lifecycle.js';
import type { Complaint } from '../complaint/complaint.js';
import { addressees, addresseesFor, type LetterRecipient } from './delivery.js';
import { restrictionLetter } from '../residents/restriction-letter.js';
import type { Letter } from './letter.js';
import {
  acknowledgementLetter,
  actionUpdateLetter,
  extensionLetter,
  receiptLetter,
  refusalLetter,
  responseLetter,
  type LetterContext,
} from './resident-letters.js';

/**
 * The letters each change sends to the resident; they are queued in the same commit as the change. Each
 * addressee (the representative and the resident per consent, 3.6; each resident of a group complaint
 * recorded as "each") gets their own copy, by their own channel.
 */
export function lettersForTransition(transition: Transition, ctx: LetterContext): Letter[] {
  return recipientsOf(transition).flatMap((recipient) => letterFor(transition, { ...ctx, recipient }));
}

/** One letter a change adds (a merge, an updated acknowledgement) to every addressee, each their own copy. */
export function toEveryAddressee(complaint: Complaint, ctx: LetterContext, letter: (ctx: LetterContext) => Letter | undefined): Letter[] {
  return addressees(complaint).flatMap((recipient) => letter({ ...ctx, recipient }) ?? []);
}

/** A restriction notice is the restricted person's (5.14); every other letter goes to every addressee. */
function recipientsOf({ complaint, detail }: Transition): LetterRecipient[] {
  const restricted = detail?.type === 'restriction' && complaint.restrictions?.find((record) => record.id === detail.restrictionId);
  return restricted ? addresseesFor(complaint, restricted.residentId) : addressees(complaint);
}

function letterFor({ complaint, event, detail }: Transition, ctx: LetterContext): Letter[] {
  const letter = (() => {
    switch (event.type) {
      case 'logged': {
        // 3.7's receipt answers an email; a sender nobody can reach (a bounce, a no-reply) is not receipted.
        const receipt = complaint.channel === 'email' ? receiptLetter(complaint, ctx) : undefined;
        return receipt?.delivery === 'undeliverable' ? undefined : receipt;
      }
      case 'acknowledged':
        return acknowledgementLetter(complaint, ctx);
      case 'extended':
        return extensionLetter(complaint, ctx);
      case 'responded':
        return responseLetter(complaint, ctx);
      case 'refused':
        return refusalLetter(complaint, ctx);
      case 'restriction_recorded':
      case 'restriction_reviewed':
        return detail?.type === 'restriction' ? restrictionLetter(complaint, ctx, detail.restrictionId) : undefined;
      case 'action_completed':
        return detail?.type === 'action_completed' ? actionUpdateLetter(complaint, ctx, detail.itemId) : undefined;
      default:
        return undefined;
    }
  })();
  return letter ? [letter] : [];
}
