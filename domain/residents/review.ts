import type { PlainDate } from '../calendar/plain-date.js';
import { OPEN_STATUSES, type Complaint } from '../complaint/complaint.js';
import type { OpenStep } from '../schedules/open-steps.js';
import { residentsOf } from './people.js';

/** The step name of the next review: one step, so reviews add two schedules at most to any change (limits.ts). */
export const REVIEW_STEP = 'review';

function reviewsDue(complaint: Complaint): { dueBy: PlainDate; what: string }[] {
  const names = new Map(residentsOf(complaint).map((person) => [person.id, person.name]));
  const name = (id: string) => names.get(id) ?? id;
  // Adjustments matter while the complaint is being handled; a restriction limits a person until it is ended.
  const adjustments = OPEN_STATUSES.has(complaint.status)
    ? (complaint.adjustments ?? []).map((record) => ({ dueBy: record.reviewBy, what: `the reasonable adjustments agreed with ${name(record.residentId)} (5.10)` }))
    : [];
  const restrictions = (complaint.restrictions ?? [])
    .filter((record) => !record.ended)
    .map((record) => ({ dueBy: record.reviewBy, what: `the contact restriction on ${name(record.residentId)} (5.14, 5.15)` }));
  return [...adjustments, ...restrictions];
}

/**
 * 5.10 and 5.14: adjustments and restrictions are kept under review. The earliest review date is a step
 * like any other (a reminder before it, a check after it); recording the review moves it on.
 */
export function reviewSteps(complaint: Complaint): OpenStep[] {
  const due = reviewsDue(complaint);
  if (due.length === 0) return [];
  const dueBy = due.map((entry) => entry.dueBy).sort()[0]!;
  return [{ step: REVIEW_STEP, dueBy, what: `review ${due.filter((entry) => entry.dueBy === dueBy).map((entry) => entry.what).join(' and ')}` }];
}

/**
 * Reminders and settled overdue marks of reviews no longer due on that date are dropped from the item (the
 * audit trail keeps them): reviews recur for as long as a restriction lasts, and the item must stay bounded.
 */
export function withoutStaleReviewHistory(complaint: Complaint): Complaint {
  const next = reviewSteps(complaint)[0]?.dueBy;
  const keep = (entry: { step: string; dueBy: PlainDate; resolvedAt?: string }) => entry.step !== REVIEW_STEP || (entry.dueBy === next && !entry.resolvedAt);
  return {
    ...complaint,
    ...(complaint.reminders && { reminders: complaint.reminders.filter(keep) }),
    ...(complaint.overdue && { overdue: complaint.overdue.filter((entry) => entry.step !== REVIEW_STEP || entry.dueBy === next || !entry.resolvedAt) }),
  };
}
