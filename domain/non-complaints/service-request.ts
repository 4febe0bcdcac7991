import { dateInZone, type PlainDate } from '../calendar/plain-date.js';
import type { Actor } from '../complaint/audit-event.js';
import type { Channel, Complaint, Resident } from '../complaint/complaint.js';
import { pastInstantInBounds } from '../complaint/date-bounds.js';
import { Conflict, InvalidInput } from '../errors.js';

/**
 * 1.4: a service request is a request to put something right. It is recorded, monitored and reviewed, but
 * it is not a complaint and is never counted as one. 1.5: dissatisfaction with its handling is a stage 1
 * complaint, and the request carries on (closing one does not close the other).
 */
export const SERVICE_REQUEST_STATUSES = ['open', 'resolved', 'cancelled'] as const;
export type ServiceRequestStatus = (typeof SERVICE_REQUEST_STATUSES)[number];

export interface ServiceRequest {
  id: string;
  landlordId: string;
  status: ServiceRequestStatus;
  channel: Channel;
  resident: Resident;
  description: string;
  category?: string;
  receivedAt: string;
  /** The day it was received in the landlord's zone: periods are counted by it. */
  receivedOn: PlainDate;
  /** The latest resolution or cancellation, with its note. */
  closedOn?: PlainDate;
  note?: string;
  /** 1.5: the complaints logged from dissatisfaction with it. */
  complaints: { complaintId: string; reference: string; loggedOn: PlainDate }[];
  createdAt: string;
  updatedAt: string;
  version: number;
}

export type ServiceRequestEventType = 'recorded' | 'resolved' | 'cancelled' | 'reopened' | 'complaint_logged';

/** The service request's own trail: who changed what, when, before and after. */
export interface ServiceRequestEvent {
  serviceRequestId: string;
  landlordId: string;
  seq: number;
  type: ServiceRequestEventType;
  actor: Actor;
  at: string;
  before: Partial<ServiceRequest>;
  after: Partial<ServiceRequest>;
}

export interface ServiceRequestChange {
  record: ServiceRequest;
  event: ServiceRequestEvent;
}

export interface ServiceRequestContext {
  now: Date;
  actor: Actor;
  timeZone: string;
}

export interface NewServiceRequest {
  channel: Channel;
  resident: Resident;
  description: string;
  category?: string;
  receivedAt?: string;
}

const UNTRACKED = new Set(['version', 'updatedAt']);

function change(type: ServiceRequestEventType, before: ServiceRequest | undefined, after: ServiceRequest, ctx: ServiceRequestContext): ServiceRequestChange {
  const record = before ? { ...after, version: before.version + 1, updatedAt: ctx.now.toISOString() } : after;
  const changedBefore: Record<string, unknown> = {};
  const changedAfter: Record<string, unknown> = {};
  for (const key of new Set([...Object.keys(before ?? {}), ...Object.keys(record)])) {
    if (UNTRACKED.has(key)) continue;
    const old = before?.[key as keyof ServiceRequest];
    const now = record[key as keyof ServiceRequest];
    if (JSON.stringify(old) === JSON.stringify(now)) continue;
    if (old !== undefined) changedBefore[key] = old;
    if (now !== undefined) changedAfter[key] = now;
  }
  return {
    record,
    event: {
      serviceRequestId: record.id,
      landlordId: record.landlordId,
      seq: record.version,
      type,
      actor: ctx.actor,
      at: ctx.now.toISOString(),
      before: changedBefore as Partial<ServiceRequest>,
      after: changedAfter as Partial<ServiceRequest>,
    },
  };
}

/** 1.4: record a service request, open, received now or at a past time given. */
export function recordServiceRequest(input: NewServiceRequest, ids: { id: string; landlordId: string }, ctx: ServiceRequestContext): ServiceRequestChange {
  const received = input.receivedAt === undefined ? ctx.now : pastInstantInBounds(new Date(input.receivedAt), ctx.now, 'receivedAt');
  const record: ServiceRequest = {
    id: ids.id,
    landlordId: ids.landlordId,
    status: 'open',
    channel: input.channel,
    resident: input.resident,
    description: input.description,
    ...(input.category !== undefined && { category: input.category }),
    receivedAt: received.toISOString(),
    receivedOn: dateInZone(received, ctx.timeZone),
    complaints: [],
    createdAt: ctx.now.toISOString(),
    updatedAt: ctx.now.toISOString(),
    version: 1,
  };
  return change('recorded', undefined, record, ctx);
}

const EVENT_FOR: Record<ServiceRequestStatus, ServiceRequestEventType> = { open: 'reopened', resolved: 'resolved', cancelled: 'cancelled' };

/**
 * Open, resolved or cancelled. A resolved or cancelled request can be reopened (the work was not done after
 * all); a cancelled one is not resolved without reopening it first. A cancellation says why.
 */
export function changeServiceRequestStatus(
  record: ServiceRequest,
  input: { status: ServiceRequestStatus; note?: string },
  ctx: ServiceRequestContext,
): ServiceRequestChange {
  if (record.status === input.status) throw new Conflict(`the service request is already ${record.status}`);
  if (record.status !== 'open' && input.status !== 'open') {
    throw new Conflict(`a ${record.status} service request must be reopened before it is ${input.status}`);
  }
  if (input.status === 'cancelled' && !input.note) throw new InvalidInput('note', 'say why the service request is cancelled');
  const { closedOn: _closedOn, note: _note, ...rest } = record;
  const after: ServiceRequest =
    input.status === 'open'
      ? { ...rest, status: 'open', ...(input.note !== undefined && { note: input.note }) }
      : { ...rest, status: input.status, closedOn: dateInZone(ctx.now, ctx.timeZone), ...(input.note !== undefined && { note: input.note }) };
  return change(EVENT_FOR[input.status], record, after, ctx);
}

/** 1.5: a stage 1 complaint was logged from dissatisfaction with the request; the request itself carries on. */
export function linkComplaint(record: ServiceRequest, complaint: Pick<Complaint, 'id' | 'reference' | 'stages'>, ctx: ServiceRequestContext): ServiceRequestChange {
  return change(
    'complaint_logged',
    record,
    { ...record, complaints: [...record.complaints, { complaintId: complaint.id, reference: complaint.reference, loggedOn: complaint.stages.stage1.receivedOn }] },
    ctx,
  );
}
