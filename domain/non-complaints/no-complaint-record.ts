import { dateInZone, type PlainDate } from '../calendar/plain-date.js';
import type { Channel, Resident } from '../complaint/complaint.js';
import { pastInstantInBounds } from '../complaint/date-bounds.js';
import { InvalidInput } from '../errors.js';

/**
 * Ombudsman FAQ: a resident expressed dissatisfaction but asked that no complaint be logged. The landlord
 * records that decision and why, and tells the resident how to complain later (and by when, 2.3) and how
 * to reach the Housing Ombudsman. These records are counted, but never as complaints.
 */
export interface NoComplaintRecord {
  id: string;
  landlordId: string;
  /** Quoted in the letter, so the resident can refer back to it. */
  reference: string;
  channel: Channel;
  resident: Resident;
  /** What the resident was dissatisfied about. */
  description: string;
  /** Why they asked for no complaint, in their words or the staff member's note. */
  reason: string;
  serviceRequestId?: string;
  raisedAt: string;
  raisedOn: PlainDate;
  recordedBy: string;
  recordedAt: string;
  /** How the letter went: its outbox message or its place in the print queue. */
  letter?: { delivery: 'email' | 'post'; id: string };
}

export interface NewNoComplaintRecord {
  channel: Channel;
  resident: Resident;
  description: string;
  reason: string;
  serviceRequestId?: string;
  raisedAt?: string;
}

/** The reference is the record's own: `NC-<year>-<first 8 of its id>`, unique enough to quote, never a complaint's. */
export function noComplaintReference(id: string, raisedOn: PlainDate): string {
  return `NC-${raisedOn.slice(0, 4)}-${id.replace(/[^0-9a-zA-Z]/g, '').slice(0, 8).toUpperCase()}`;
}

export function recordNoComplaint(
  input: NewNoComplaintRecord,
  ids: { id: string; landlordId: string },
  ctx: { now: Date; timeZone: string; userId: string },
): NoComplaintRecord {
  // The FAQ requires the resident be told how to complain later: there must be a way to reach them.
  if (!input.resident.email && !input.resident.address) {
    throw new InvalidInput('resident', 'give an email or a postal address: the resident must be sent how to complain later');
  }
  const raised = input.raisedAt === undefined ? ctx.now : pastInstantInBounds(new Date(input.raisedAt), ctx.now, 'raisedAt');
  const raisedOn = dateInZone(raised, ctx.timeZone);
  return {
    id: ids.id,
    landlordId: ids.landlordId,
    reference: noComplaintReference(ids.id, raisedOn),
    channel: input.channel,
    resident: input.resident,
    description: input.description,
    reason: input.reason,
    ...(input.serviceRequestId !== undefined && { serviceRequestId: input.serviceRequestId }),
    raisedAt: raised.toISOString(),
    raisedOn,
    recordedBy: ctx.userId,
    recordedAt: ctx.now.toISOString(),
  };
}
