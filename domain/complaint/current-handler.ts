import type { StaffMember } from '../landlord/settings.js';
import type { Complaint } from './complaint.js';

/**
 * Whose step it is now. At stage 2 the stage 1 handler is never the owner (6.13): until stage 2 is
 * acknowledged nobody is assigned, and reminders and alerts go to the complaints officer. A finished
 * complaint belongs to whoever handled its last stage, so its open actions still have an owner.
 */
export function currentHandler(complaint: Complaint): string | undefined {
  if (complaint.stage === 2) return complaint.stages.stage2?.handlerId;
  return complaint.stages.stage1.handlerId;
}

/** The current handler's email, if they are an active member of staff. */
function handlerEmail(complaint: Complaint, staff: readonly StaffMember[]): string | undefined {
  const id = currentHandler(complaint);
  if (id === undefined) return undefined;
  return staff.find((member) => member.id === id && member.active)?.email || undefined;
}

export type StaffNotice = 'reminder' | 'overdue_alert' | 'resident_wrote';

/**
 * Who hears about a complaint, by notice: a reminder or a new email from the resident goes to the
 * current handler, or to the complaints officer while nobody (active) holds the step; an overdue
 * alert goes to both (the officer watches every missed deadline).
 */
export function noticeRecipients(
  notice: StaffNotice,
  complaint: Complaint,
  staff: readonly StaffMember[],
  complaintsOfficerEmail: string | undefined,
): string[] {
  const handler = handlerEmail(complaint, staff);
  const officer = complaintsOfficerEmail || undefined;
  const recipients = notice === 'overdue_alert' ? [handler, officer] : [handler ?? officer];
  return [...new Set(recipients.filter((to): to is string => Boolean(to)))];
}
