import { dateInZone, type PlainDate } from '../calendar/plain-date.js';
import { endOfDay } from '../calendar/zoned-time.js';
import type { Complaint } from '../complaint/complaint.js';
import { commit, type Transition, type TransitionContext } from '../complaint/lifecycle.js';
import { isStepOpen, openSteps } from './open-steps.js';

export interface DeadlineFiring {
  step: string;
  dueBy: PlainDate;
}

/**
 * A reminder fired. Nothing happens if the step is done or moved, or if this reminder was sent
 * already (a schedule that fires twice reminds once).
 */
export function markReminded(complaint: Complaint, firing: DeadlineFiring, ctx: TransitionContext): Transition | undefined {
  if (!isStepOpen(complaint, firing.step, firing.dueBy, ctx.policy.calendar)) return undefined;
  const reminders = complaint.reminders ?? [];
  if (reminders.some((sent) => sent.step === firing.step && sent.dueBy === firing.dueBy)) return undefined;
  return commit('reminder_sent', complaint, { ...complaint, reminders: [...reminders, { ...firing, sentAt: ctx.now.toISOString() }] }, ctx);
}

/**
 * A check fired at the end of a due date. Judged against the due date, not the firing time: a late
 * check still finds the step overdue, an early one (before the day ended) finds nothing yet. Marked
 * once. Missing a deadline never creates a new complaint (consultation FAQ).
 */
export function markOverdue(
  complaint: Complaint,
  firing: DeadlineFiring,
  ctx: TransitionContext,
  /** When the resident was contacted (see isResidentContact): an agreed update (5.9) is kept by any contact in its interval. */
  residentContacts: readonly string[] = [],
): Transition | undefined {
  if (ctx.now.getTime() < endOfDay(firing.dueBy, ctx.policy.timeZone).getTime()) return undefined;
  const open = openSteps(complaint, ctx.policy.calendar, firing.dueBy).find((step) => step.step === firing.step && step.dueBy === firing.dueBy);
  if (!open) return undefined;
  const overdue = complaint.overdue ?? [];
  if (overdue.some((entry) => entry.step === firing.step && entry.dueBy === firing.dueBy)) return undefined;
  if (open.since) {
    const since = open.since;
    const kept = residentContacts.some((at) => {
      const day = dateInZone(new Date(at), ctx.policy.timeZone);
      return day > since && day <= firing.dueBy;
    });
    // Judged either way, so the next interval's update is scheduled (5.9 runs until the response).
    if (kept) return commit('update_checked', complaint, { ...complaint, updateChecks: [...(complaint.updateChecks ?? []), { ...firing, kept: true, checkedAt: ctx.now.toISOString() }] }, ctx);
  }
  return commit('overdue', complaint, { ...complaint, overdue: [...overdue, { ...firing, markedAt: ctx.now.toISOString() }] }, ctx);
}
