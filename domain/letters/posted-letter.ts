import type { WorkingCalendar } from '../calendar/working-calendar.js';
import { dateInZone, type PlainDate } from '../calendar/plain-date.js';
import type { Letter, LetterKind } from './letter.js';

export type PostStatus = 'to_print' | 'posted' | 'undeliverable';

/**
 * A resident letter that is not emailed: printed and posted by staff, or held because there is no way to
 * send it. It keeps the letter's structure, so its PDF is rendered from the same text the checks passed.
 */
export interface PostedLetter {
  id: string;
  landlordId: string;
  complaintId: string;
  reference: string;
  kind: LetterKind;
  stage?: 1 | 2;
  status: PostStatus;
  recipientName: string;
  postalAddress?: string;
  /** Why it cannot be delivered (status undeliverable). */
  reason?: string;
  createdAt: string;
  postedOn?: PlainDate;
  postedBy?: string;
  postedRecordedAt?: string;
  letter: Letter;
}

/** The letter as it waits in the print queue (or is held as undeliverable). */
export function postedLetterFrom(letter: Letter, ids: { id: string; landlordId: string }, now: Date): PostedLetter {
  const status: PostStatus = letter.delivery === 'post' ? 'to_print' : 'undeliverable';
  return {
    id: ids.id,
    landlordId: ids.landlordId,
    complaintId: letter.complaintId,
    reference: letter.reference,
    kind: letter.kind,
    ...(letter.stage && { stage: letter.stage }),
    status,
    recipientName: letter.recipientName ?? '',
    ...(letter.postalAddress && { postalAddress: letter.postalAddress }),
    ...(status === 'undeliverable' && { reason: letter.undeliverableReason ?? 'no email address and no postal address' }),
    createdAt: now.toISOString(),
    letter,
  };
}

/**
 * A letter still waiting to print after one working day is overdue: an acknowledgement that never left
 * the building misses its deadline as surely as one never written (6.2, 6.9).
 */
export function printOverdue(letter: Pick<PostedLetter, 'status' | 'createdAt'>, now: Date, calendar: WorkingCalendar, timeZone: string): boolean {
  if (letter.status !== 'to_print') return false;
  const queued = dateInZone(new Date(letter.createdAt), timeZone);
  return calendar.addWorkingDays(queued, 1) < dateInZone(now, timeZone);
}
