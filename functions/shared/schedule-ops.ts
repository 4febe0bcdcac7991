import { createHash } from 'node:crypto';
import type { Complaint, ScheduledCheck } from '../../domain/complaint/complaint.js';
import type { ScheduleOutboxMessage, ScheduleRequest } from '../../domain/ports/outbox.port.js';
import type { ScheduleChanges } from '../../domain/schedules/deadline-schedules.js';

/**
 * Scheduler names are at most 64 characters of [0-9a-zA-Z-_.]: a hash of landlord, complaint and
 * step keeps them short, unique and the same on every retry.
 */
export function scheduleName(landlordId: string, complaintId: string, schedule: Pick<ScheduledCheck, 'key' | 'kind'>): string {
  const digest = createHash('sha256').update(`${landlordId}|${complaintId}|${schedule.key}`).digest('hex').slice(0, 48);
  return `${schedule.kind === 'check' ? 'chk' : 'rem'}-${digest}`;
}

/** The moves one change makes, as one outbox message; none when nothing moves. */
export function scheduleOps(complaint: Complaint, changes: ScheduleChanges, now: Date, newId: () => string): ScheduleOutboxMessage[] {
  const name = (schedule: Pick<ScheduledCheck, 'key' | 'kind'>) => scheduleName(complaint.landlordId, complaint.id, schedule);
  const schedules: ScheduleRequest[] = [
    ...changes.deletes.map((schedule) => ({ op: 'delete' as const, name: name(schedule) })),
    ...changes.upserts.map((schedule) => ({
      op: 'upsert' as const,
      name: name(schedule),
      fireAt: schedule.fireAt,
      payload: { landlordId: complaint.landlordId, complaintId: complaint.id, step: schedule.step, kind: schedule.kind, dueBy: schedule.dueBy },
    })),
  ];
  if (schedules.length === 0) return [];
  return [{ id: newId(), landlordId: complaint.landlordId, complaintId: complaint.id, reference: complaint.reference, createdAt: now.toISOString(), kind: 'schedule', schedules }];
}
