import type { Complaint } from '../../domain/complaint/complaint.js';
import type { Correspondence } from '../../domain/complaint/correspondence.js';
import { noticeRecipients } from '../../domain/complaint/current-handler.js';
import type { StaffMember } from '../../domain/landlord/settings.js';
import { assertComplete, type Letter } from '../../domain/letters/letter.js';
import { postedLetterFrom, type PostedLetter } from '../../domain/letters/posted-letter.js';
import { undeliverableNoticeLetter } from '../../domain/letters/staff-letters.js';
import type { WriteExtras } from '../../domain/ports/complaint-store.port.js';

export interface DeliveryContext {
  landlordId: string;
  complaint: Complaint;
  staff?: readonly StaffMember[];
  complaintsOfficerEmail: string | undefined;
  now: Date;
  newId: () => string;
}

const LETTER_NAMES: Partial<Record<Letter['kind'], string>> = {
  receipt: 'receipt',
  acknowledgement: 'acknowledgement',
  extension: 'extension',
  response: 'response',
  refusal: 'refusal',
  action_update: 'action update',
  restriction_notice: 'contact restriction',
};

/**
 * Splits a change's letters by how they reach the resident. Emailed letters (and staff notices) go on to
 * the outbox; posted ones are queued to print, and ones with no way to send are held as undeliverable,
 * with a notice to the handler and the complaints officer. Each posted or held letter is recorded as
 * correspondence (5.12) in the same commit as the change.
 */
export function byDelivery(letters: Letter[], ctx: DeliveryContext): { emailed: Letter[]; extras: Required<Pick<WriteExtras, 'letters' | 'correspondence'>> } {
  const emailed: Letter[] = [];
  const queued: PostedLetter[] = [];
  const correspondence: Correspondence[] = [];
  const held: { kind: string; subject: string; reason: string }[] = [];
  for (const letter of letters) {
    if ((letter.delivery ?? 'email') === 'email') {
      emailed.push(letter);
      continue;
    }
    assertComplete(letter); // the Code's checks hold for a posted letter as for an emailed one
    const posted = postedLetterFrom(letter, { id: ctx.newId(), landlordId: ctx.landlordId }, ctx.now);
    queued.push(posted);
    const name = `${letter.stage ? `stage ${letter.stage} ` : ''}${LETTER_NAMES[letter.kind] ?? letter.kind} letter`;
    correspondence.push({
      id: ctx.newId(),
      complaintId: letter.complaintId,
      direction: 'outbound',
      kind: 'letter',
      summary:
        posted.status === 'to_print'
          ? `The ${name} (${letter.subject}) is queued to print and post to ${posted.recipientName}`
          : `The ${name} (${letter.subject}) could not be sent: ${posted.reason}`,
      counterparty: posted.recipientName,
      occurredAt: ctx.now.toISOString(),
      recordedBy: 'system',
      recordedAt: ctx.now.toISOString(),
      audience: 'resident',
      letterKind: letter.kind,
      delivery: letter.delivery!,
      letterId: posted.id,
    });
    if (posted.status === 'undeliverable') held.push({ kind: name, subject: letter.subject, reason: posted.reason! });
  }
  if (held.length > 0) {
    for (const to of noticeRecipients('overdue_alert', ctx.complaint, ctx.staff ?? [], ctx.complaintsOfficerEmail)) {
      emailed.push(undeliverableNoticeLetter(ctx.complaint, to, held));
    }
  }
  return { emailed, extras: { letters: queued, correspondence } };
}

/** Adds the posted letters and their correspondence to what already commits with the change. */
export function withPostal(extras: WriteExtras, postal: Required<Pick<WriteExtras, 'letters' | 'correspondence'>>): WriteExtras {
  if (postal.letters.length === 0) return extras;
  return {
    ...extras,
    letters: [...(extras.letters ?? []), ...postal.letters],
    correspondence: [...(extras.correspondence ?? []), ...postal.correspondence],
  };
}
