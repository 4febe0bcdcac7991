import { dateInZone } from '../calendar/plain-date.js';
import { endOfDay, zonedInstant } from '../calendar/zoned-time.js';
import type { Complaint, ScheduledCheck } from '../complaint/complaint.js';
import type { LandlordPolicy } from '../complaint/lifecycle.js';
import { openSteps } from './open-steps.js';
import { scheduleInstant } from './scheduler-time.js';

/** Reminders go out at the start of the landlord's working day. */
export const REMINDER_TIME = '09:00';
/** Scheduler refuses times in the past; a check already due fires this soon instead. */
const MIN_LEAD_MS = 60_000;

/**
 * The schedules the complaint should have now: for each open step a reminder `leadWorkingDays`
 * working days before (09:00 landlord time, if still ahead) and a check at the end of the due date
 * in the landlord's zone. A step already marked overdue needs no second check.
 */
export function desiredSchedules(complaint: Complaint, policy: LandlordPolicy, leadWorkingDays: number, now: Date): ScheduledCheck[] {
  const today = dateInZone(now, policy.timeZone);
  const overdue = new Set((complaint.overdue ?? []).filter((o) => !o.resolvedAt).map((o) => `${o.step}@${o.dueBy}`));
  const schedules: ScheduledCheck[] = [];
  for (const { step, dueBy } of openSteps(complaint, policy.calendar, today)) {
    const reminderOn = policy.calendar.subtractWorkingDays(dueBy, leadWorkingDays);
    const reminderAt = zonedInstant(reminderOn, REMINDER_TIME, policy.timeZone);
    if (reminderAt.getTime() > now.getTime() && !overdue.has(`${step}@${dueBy}`)) {
      schedules.push({ key: `${step}:reminder`, kind: 'reminder', step, dueBy, fireAt: scheduleInstant(reminderAt, `${step} reminder`) });
    }
    if (!overdue.has(`${step}@${dueBy}`)) {
      const checkAt = Math.max(endOfDay(dueBy, policy.timeZone).getTime(), now.getTime() + MIN_LEAD_MS);
      schedules.push({ key: `${step}:check`, kind: 'check', step, dueBy, fireAt: scheduleInstant(new Date(checkAt), `${step} check`) });
    }
  }
  return schedules;
}

export interface ScheduleChanges {
  upserts: ScheduledCheck[];
  deletes: ScheduledCheck[];
}

/** What to create or move, and what to delete, to go from the schedules there are to those wanted. */
export function scheduleChanges(current: readonly ScheduledCheck[], desired: readonly ScheduledCheck[]): ScheduleChanges {
  const before = new Map(current.map((schedule) => [schedule.key, schedule]));
  const after = new Map(desired.map((schedule) => [schedule.key, schedule]));
  const upserts = desired.filter((schedule) => {
    const existing = before.get(schedule.key);
    return !existing || existing.fireAt !== schedule.fireAt || existing.dueBy !== schedule.dueBy;
  });
  const deletes = current.filter((schedule) => !after.has(schedule.key));
  return { upserts, deletes };
}
