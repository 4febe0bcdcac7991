import type { WorkingCalendar } from '../calendar/working-calendar.js';
import { dateInZone, type PlainDate } from '../calendar/plain-date.js';
import { endOfDay } from '../calendar/zoned-time.js';
import type { Complaint, ScheduledCheck } from '../complaint/complaint.js';
import { scheduleInstant } from '../schedules/scheduler-time.js';
import { commit, type Transition, type TransitionContext } from '../complaint/lifecycle.js';
import { Conflict } from '../errors.js';
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
  /** When the complaints officer was told it had waited too long to print (once per letter). */
  printAlertedAt?: string;
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
  return printDueBy(letter, calendar, timeZone) < dateInZone(now, timeZone);
}

/** The last day a queued letter may wait to print: the next working day after it was queued. */
export function printDueBy(letter: Pick<PostedLetter, 'createdAt'>, calendar: WorkingCalendar, timeZone: string): PlainDate {
  return calendar.addWorkingDays(dateInZone(new Date(letter.createdAt), timeZone), 1);
}

/** When to check a queued letter was printed: the end of its last day, the moment it becomes overdue. */
export function printCheckAt(letter: Pick<PostedLetter, 'createdAt'>, calendar: WorkingCalendar, timeZone: string): { dueBy: PlainDate; fireAt: Date } {
  const dueBy = printDueBy(letter, calendar, timeZone);
  return { dueBy, fireAt: endOfDay(dueBy, timeZone) };
}

const PRINT_CHECK = 'letter-print:';

/** The deadline-check step that judges whether a queued letter left the building in time. */
export const printCheckStep = (letterId: string) => `${PRINT_CHECK}${letterId}`;
/** The letter a print check is about, or undefined for the Code's own steps. */
export const printCheckLetter = (step: string): string | undefined => (step.startsWith(PRINT_CHECK) ? step.slice(PRINT_CHECK.length) : undefined);
export const isPrintCheck = (schedule: Pick<ScheduledCheck, 'step'>) => printCheckLetter(schedule.step) !== undefined;

/** The one-time check a letter queued to print gets, kept with the complaint's other schedules until it is settled. */
export function printCheckSchedule(letter: Pick<PostedLetter, 'id' | 'createdAt'>, calendar: WorkingCalendar, timeZone: string): ScheduledCheck {
  const { dueBy, fireAt } = printCheckAt(letter, calendar, timeZone);
  const step = printCheckStep(letter.id);
  return { key: `${step}:check`, kind: 'check', step, dueBy, fireAt: scheduleInstant(fireAt, 'print check') };
}

/** The complaint without the letter's print check: posted, or alerted, it needs no further look. */
const withoutPrintCheck = (complaint: Complaint, letterId: string): Complaint => ({
  ...complaint,
  ...(complaint.schedules && { schedules: complaint.schedules.filter((schedule) => schedule.step !== printCheckStep(letterId)) }),
});

const letterName = (letter: Pick<PostedLetter, 'kind' | 'stage'>) => `${letter.stage ? `stage ${letter.stage} ` : ''}${letter.kind.replace(/_/g, ' ')}`;

/**
 * 5.12: a letter put in the post is on the complaint's audit trail, saying which letter and on which
 * day (the record itself does not change; the letter moves to the posted queue in the same commit).
 */
export function letterPosted(complaint: Complaint, letter: PostedLetter, postedOn: PlainDate, ctx: TransitionContext): Transition {
  if (letter.complaintId !== complaint.id) throw new Conflict('the letter belongs to another complaint');
  if (letter.status !== 'to_print') throw new Conflict(`the letter is ${letter.status}, not waiting to print`);
  const transition = commit('letter_posted', complaint, complaint, ctx);
  return { complaint: withoutPrintCheck(transition.complaint, letter.id), event: { ...transition.event, detail: { letterId: letter.id, letter: letterName(letter), postedOn } } };
}

/**
 * 6.2, 6.9: a posted letter still unprinted after its day is a deadline the resident sees missed. The
 * alert is raised once per letter and audited; undefined when it was printed, or the alert already went.
 */
export function letterPrintOverdue(complaint: Complaint, letter: PostedLetter, ctx: TransitionContext): Transition | undefined {
  if (letter.printAlertedAt || !printOverdue(letter, ctx.now, ctx.policy.calendar, ctx.policy.timeZone)) return undefined;
  const transition = commit('letter_print_overdue', complaint, complaint, ctx);
  const dueBy = printDueBy(letter, ctx.policy.calendar, ctx.policy.timeZone);
  return { complaint: withoutPrintCheck(transition.complaint, letter.id), event: { ...transition.event, detail: { letterId: letter.id, letter: letterName(letter), queuedOn: dateInZone(new Date(letter.createdAt), ctx.policy.timeZone), printBy: dueBy } } };
}

/** Every posted letter belongs to a complaint but the one telling a resident how to complain later (no complaint was logged). */
export const hasComplaint = (letter: Pick<PostedLetter, 'kind'>): boolean => letter.kind !== 'no_complaint_logged';
