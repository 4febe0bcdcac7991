import { dateInZone, type PlainDate } from '../../domain/calendar/plain-date.js';
import type { Correspondence } from '../../domain/complaint/correspondence.js';
import { noticeRecipients } from '../../domain/complaint/current-handler.js';
import { NotFound } from '../../domain/errors.js';
import { hasComplaint, letterPosted, letterPrintOverdue, type PostedLetter } from '../../domain/letters/posted-letter.js';
import { printOverdueAlertLetter } from '../../domain/letters/staff-letters.js';
import type { DeadlineCheckPayload } from '../../domain/ports/outbox.port.js';
import type { LetterStore } from '../../domain/ports/letter-store.port.js';
import type { Caller } from './auth.js';
import { applyTransition } from './complaint-commands.js';
import type { ApiDeps } from './deps.js';

export type LetterCommandDeps = ApiDeps & { letters: LetterStore };

/**
 * A letter waiting to print is posted: the letter moves to the posted queue, the posting is recorded as
 * correspondence (5.12) and as an event on the complaint's audit trail, and its print check is dropped,
 * all in one commit conditional on the letter still waiting (a second marking is a 409).
 */
export async function markLetterPosted(deps: LetterCommandDeps, caller: Caller, letterId: string, postedOn: PlainDate): Promise<PostedLetter> {
  const letter = await deps.letters.get(caller.landlordId, letterId);
  if (!letter) throw new NotFound('letter');
  const at = deps.clock.now().toISOString();
  const posting = { postedOn, postedBy: caller.userId, postedRecordedAt: at };
  // Dissatisfaction recorded without a complaint has no complaint to audit: the letter carries its posting.
  if (!hasComplaint(letter)) {
    await deps.letters.markPostedAlone(letter, posting);
    return { ...letter, status: 'posted', ...posting };
  }
  const record: Correspondence = {
    id: deps.newId(),
    complaintId: letter.complaintId,
    direction: 'outbound',
    kind: 'letter',
    summary: `The ${letter.kind} letter (${letter.letter.subject}) was posted to ${letter.recipientName} on ${postedOn}`,
    counterparty: letter.recipientName,
    occurredAt: `${postedOn}T12:00:00.000Z`,
    recordedBy: caller.userId,
    recordedAt: at,
    audience: 'resident',
    letterKind: letter.kind,
    delivery: 'post',
    letterId,
  };
  await applyTransition(deps, caller, letter.complaintId, (complaint, ctx) => letterPosted(complaint, letter, postedOn, ctx), {
    extras: () => ({ correspondence: [record], letterChange: { letterId, posted: posting } }),
  });
  return { ...letter, status: 'posted', ...posting };
}

export type PrintCheckResult = 'print_alerted' | 'nothing' | 'gone';

/**
 * What a letter's print check runs when it fires (the deadline-check function, by EventBridge Scheduler):
 * a letter still waiting to print after its day alerts the complaints officer, once, audited on the
 * complaint. Posted meanwhile, already alerted, or a firing ahead of time: nothing happens.
 */
export async function checkLetterPrint(deps: LetterCommandDeps, payload: DeadlineCheckPayload, letterId: string): Promise<PrintCheckResult> {
  const caller: Caller = { userId: 'deadline-check', landlordId: payload.landlordId, roles: [] };
  const letter = await deps.letters.get(payload.landlordId, letterId);
  if (!letter || letter.complaintId !== payload.complaintId) return 'gone';
  let outcome: PrintCheckResult = 'nothing';
  try {
    const staff = await deps.landlords.listStaff(payload.landlordId);
    await applyTransition(
      deps,
      caller,
      letter.complaintId,
      (complaint, ctx) => {
        const transition = letterPrintOverdue(complaint, letter, ctx);
        outcome = transition ? 'print_alerted' : 'nothing';
        return transition;
      },
      {
        extras: (complaint, settings) => {
          if (outcome !== 'print_alerted') return {};
          const officer = settings.complaintsOfficerEmail;
          const to = officer ? [officer] : noticeRecipients('reminder', complaint, staff, officer);
          const waiting = {
            letter: `${letter.stage ? `stage ${letter.stage} ` : ''}${letter.kind.replace(/_/g, ' ')}`,
            recipientName: letter.recipientName,
            queuedOn: dateInZone(new Date(letter.createdAt), settings.timeZone),
            printBy: payload.dueBy,
            letterId: letter.id,
          };
          return {
            letters: to.map((address) => printOverdueAlertLetter(complaint, address, waiting)),
            letterChange: { letterId: letter.id, printAlertedAt: deps.clock.now().toISOString() },
          };
        },
      },
    );
  } catch (error) {
    if (error instanceof NotFound) return 'gone';
    throw error;
  }
  return outcome;
}
