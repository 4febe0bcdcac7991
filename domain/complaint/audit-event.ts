import type { Complaint } from './complaint.js';

export interface Actor {
  userId: string;
  roles: string[];
}

export type EventType =
  | 'logged'
  | 'acknowledged'
  | 'extended'
  | 'responded'
  | 'escalated'
  | 'refused'
  | 'withdrawn'
  | 'closed'
  | 'action_completed'
  | 'correspondence_logged'
  | 'reminder_sent'
  | 'update_checked'
  | 'overdue'
  | 'representative_nominated'
  | 'representative_changed'
  | 'representative_removed'
  | 'group_recorded'
  | 'group_removed'
  | 'adjustments_recorded'
  | 'adjustments_removed'
  | 'restriction_recorded'
  | 'restriction_reviewed'
  | 'restriction_ended'
  | 'tenure_recorded'
  | 'learning_recorded'
  | 'improvement_completed'
  | 'ombudsman_referred'
  | 'ombudsman_determined'
  | 'ombudsman_order_completed'
  | 'letter_posted'
  | 'letter_print_overdue'
  // Issue 13: the 12-month rule (2.3), new issues and merges (6.8), reopening on the Ombudsman's direction (2.4).
  | 'matter_recorded'
  | 'issue_added'
  | 'issue_logged_separately'
  | 'merged'
  | 'merge_received'
  | 'reopened';

/** One entry of the audit trail (5.12): who did what, when, and the record before and after. */
export interface AuditEvent {
  complaintId: string;
  landlordId: string;
  /** The complaint version this event produced: events are numbered by the change they record. */
  seq: number;
  type: EventType;
  actor: Actor;
  at: string;
  before: Partial<Complaint>;
  after: Partial<Complaint>;
  /** What the change was about where it touched no field of the complaint (a posted letter: which, when). */
  detail?: Record<string, string>;
}

const UNTRACKED = new Set(['version', 'updatedAt']);

/** The fields a change touched, before and after, so the trail shows exactly what moved. */
export function auditEvent(type: EventType, before: Complaint | undefined, after: Complaint, actor: Actor): AuditEvent {
  const changedBefore: Record<string, unknown> = {};
  const changedAfter: Record<string, unknown> = {};
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after)]);
  for (const key of keys) {
    if (UNTRACKED.has(key)) continue;
    const old = before?.[key as keyof Complaint];
    const now = after[key as keyof Complaint];
    if (JSON.stringify(old) === JSON.stringify(now)) continue;
    if (old !== undefined) changedBefore[key] = old;
    if (now !== undefined) changedAfter[key] = now;
  }
  return {
    complaintId: after.id,
    landlordId: after.landlordId,
    seq: after.version,
    type,
    actor,
    at: after.updatedAt,
    before: changedBefore as Partial<Complaint>,
    after: changedAfter as Partial<Complaint>,
  };
}
