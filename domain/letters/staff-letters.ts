import type { Complaint } from '../complaint/complaint.js';
import type { Letter } from './letter.js';
import { formatDate } from './resident-letters.js';
import { residentNeedsSections } from '../residents/staff-notice.js';

function staffLetter(kind: Letter['kind'], complaint: { id: string; reference: string }, to: string, subject: string, paragraphs: string[]): Letter {
  return {
    kind,
    audience: 'staff',
    to: [to],
    subject: `[${complaint.reference}] ${subject}`,
    greeting: 'Hello,',
    // A notice about a complaint states the resident's agreed adjustments and any restriction (5.10, 5.14).
    sections: [{ element: 'body', paragraphs }, ...residentNeedsSections(complaint)],
    signOff: 'This message was sent automatically by the complaints system.',
    complaintId: complaint.id,
    reference: complaint.reference,
  };
}

/** The handler is told when the resident writes again (SPEC, Email: inbound). */
export function inboundNoticeLetter(complaint: Complaint, to: string, from: string, subject: string): Letter {
  return staffLetter('handler_notice', complaint, to, 'New email from the resident', [
    `A new email from ${from} has been added to complaint ${complaint.reference} (status: ${complaint.status}).`,
    `Subject: ${subject}`,
    'Read it in the complaint’s correspondence.',
  ]);
}

/** After the last retry a letter is marked failed and the complaints officer is told. */
export function deliveryFailedLetter(complaint: { id: string; reference: string }, to: string, failed: { kind: string; to: string[]; subject: string; error: string }): Letter {
  return staffLetter('delivery_failed', complaint, to, 'A letter could not be sent', [
    `The ${failed.kind} letter to ${failed.to.join(', ')} ("${failed.subject}") could not be sent after several attempts.`,
    `Last error: ${failed.error}`,
    'Please check the address and send the letter another way.',
  ]);
}

/** Sent `reminderLeadWorkingDays` before a step is due, to its handler (or the officer while unassigned). */
export function reminderLetter(complaint: Complaint, to: string, what: string, dueBy: string): Letter {
  return staffLetter('reminder', complaint, to, `Due ${formatDate(dueBy)}: ${what}`, [
    `Complaint ${complaint.reference} (status: ${complaint.status}) needs you to ${what} by ${formatDate(dueBy)}.`,
    'If more time is needed, extend before the date and tell the resident why (6.4, 6.15).',
  ]);
}

/** Sent when a check finds a step still open after its due date: to the handler and the complaints officer. */
export function overdueAlertLetter(complaint: Complaint, to: string, what: string, dueBy: string): Letter {
  return staffLetter('overdue_alert', complaint, to, `Overdue: ${what}`, [
    `Complaint ${complaint.reference} was due to ${what} by ${formatDate(dueBy)}, and this has not happened.`,
    'Please act now, and acknowledge and explain the delay to the resident. A missed deadline does not start a new complaint.',
  ]);
}

/** A resident letter with no way to reach them is held, never dropped: the handler and the officer are told. */
export function undeliverableNoticeLetter(complaint: { id: string; reference: string }, to: string, list: readonly { kind: string; subject: string; reason: string }[]): Letter {
  // One notice per change, however many copies (a representative, a group's residents) could not be sent.
  return staffLetter('letter_undeliverable', complaint, to, list.length === 1 ? 'A letter to the resident cannot be sent' : `${list.length} letters about the complaint cannot be sent`, [
    ...list.map((one) => `The ${one.kind} letter ("${one.subject}") for complaint ${complaint.reference} cannot be sent: ${one.reason}.`),
    'It is held in the print queue as undeliverable. Please find a way to reach the resident, add their email or postal address to the complaint, and record how the letter was given.',
  ]);
}

/** 6.2, 6.9: a letter to post that waited more than a working day to print; to the complaints officer, once. */
export function printOverdueAlertLetter(
  complaint: { id: string; reference: string },
  to: string,
  waiting: { letter: string; recipientName: string; queuedOn: string; printBy: string; letterId: string },
): Letter {
  return staffLetter('overdue_alert', complaint, to, `Not yet posted: the ${waiting.letter} letter`, [
    `The ${waiting.letter} letter for complaint ${complaint.reference}, to ${waiting.recipientName}, was queued to print on ${formatDate(waiting.queuedOn)} and should have been posted by ${formatDate(waiting.printBy)}. It is still waiting to print.`,
    `Print it today (GET /v1/letters/${waiting.letterId}.pdf, or the next print run) and record the posting date. Until it is posted the resident has not had it, and the deadline it answers may be missed.`,
  ]);
}
