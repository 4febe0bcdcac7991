import type { Complaint } from '../../domain/complaint/complaint.js';
import type { NewComplaint } from '../../domain/complaint/lifecycle.js';
import { Conflict, NotFound, VersionConflict } from '../../domain/errors.js';
import { landlordPolicy, requireSavedSettings } from '../../domain/landlord/settings.js';
import { noComplaintLetter } from '../../domain/letters/further-letters.js';
import { assertComplete } from '../../domain/letters/letter.js';
import { postedLetterFrom } from '../../domain/letters/posted-letter.js';
import { recordNoComplaint, type NewNoComplaintRecord, type NoComplaintRecord } from '../../domain/non-complaints/no-complaint-record.js';
import {
  changeServiceRequestStatus,
  linkComplaint,
  recordServiceRequest,
  type NewServiceRequest,
  type ServiceRequest,
  type ServiceRequestContext,
  type ServiceRequestStatus,
} from '../../domain/non-complaints/service-request.js';
import type { Caller } from './auth.js';
import { createComplaint } from './complaint-commands.js';
import type { ApiDeps } from './deps.js';
import { queueLetters } from './outbox-messages.js';

const ATTEMPTS = 3;

async function serviceRequestContext(deps: ApiDeps, caller: Caller): Promise<ServiceRequestContext & { settingsName: string }> {
  const { settings, version } = await deps.landlords.getSettings(caller.landlordId);
  requireSavedSettings(version);
  return { now: deps.clock.now(), actor: { userId: caller.userId, roles: caller.roles }, timeZone: settings.timeZone, settingsName: settings.name };
}

async function existing(deps: ApiDeps, caller: Caller, id: string): Promise<ServiceRequest> {
  const record = await deps.serviceRequests.get(caller.landlordId, id);
  if (!record) throw new NotFound('service request');
  return record;
}

/** Without If-Match a lost race is tried again on the fresh record; with it, the race is the caller's 409. */
async function retrying<T>(ifMatch: number | undefined, attempt: () => Promise<T>): Promise<T> {
  for (let tries = 1; ; tries += 1) {
    try {
      return await attempt();
    } catch (error) {
      if (error instanceof VersionConflict && ifMatch === undefined && tries < ATTEMPTS) continue;
      if (error instanceof VersionConflict) throw new Conflict('the record changed since it was read; fetch it and try again');
      throw error;
    }
  }
}

function requireVersion(record: { version: number }, ifMatch: number | undefined): void {
  if (ifMatch !== undefined && ifMatch !== record.version) throw new Conflict(`the record is at version ${record.version}, not ${ifMatch}`);
}

/** 1.4: record a service request (not a complaint). */
export async function createServiceRequest(deps: ApiDeps, caller: Caller, input: NewServiceRequest): Promise<ServiceRequest> {
  const ctx = await serviceRequestContext(deps, caller);
  const change = recordServiceRequest(input, { id: deps.newId(), landlordId: caller.landlordId }, ctx);
  await deps.serviceRequests.create(change);
  return change.record;
}

export function setServiceRequestStatus(
  deps: ApiDeps,
  caller: Caller,
  id: string,
  input: { status: ServiceRequestStatus; note?: string },
  ifMatch?: number,
): Promise<ServiceRequest> {
  return retrying(ifMatch, async () => {
    const [record, ctx] = await Promise.all([existing(deps, caller, id), serviceRequestContext(deps, caller)]);
    requireVersion(record, ifMatch);
    const change = changeServiceRequestStatus(record, input, ctx);
    await deps.serviceRequests.save(change, record.version);
    return change.record;
  });
}

/**
 * 1.5: dissatisfaction with a service request is a stage 1 complaint. The complaint and the request's
 * link to it (with the request's event) commit together; the request keeps its own status.
 */
export function complaintFromServiceRequest(
  deps: ApiDeps,
  caller: Caller,
  serviceRequestId: string,
  input: Omit<NewComplaint, 'serviceRequestId'>,
): Promise<Complaint> {
  return retrying(undefined, async () => {
    const [record, ctx] = await Promise.all([existing(deps, caller, serviceRequestId), serviceRequestContext(deps, caller)]);
    return createComplaint(deps, caller, { ...input, serviceRequestId }, (complaint) => ({
      serviceRequest: { ...linkComplaint(record, complaint, ctx), expectedVersion: record.version },
    }));
  });
}

/**
 * Ombudsman FAQ: the resident asked for no complaint. The record and the letter saying how to complain
 * later (with the Ombudsman's details) commit together; a posted letter joins the print queue.
 */
export async function recordDissatisfactionWithoutComplaint(deps: ApiDeps, caller: Caller, input: NewNoComplaintRecord): Promise<NoComplaintRecord> {
  const { settings, version } = await deps.landlords.getSettings(caller.landlordId);
  requireSavedSettings(version);
  if (input.serviceRequestId !== undefined) await existing(deps, caller, input.serviceRequestId);
  const now = deps.clock.now();
  const policy = landlordPolicy(settings, deps.holidays);
  const base = recordNoComplaint(input, { id: deps.newId(), landlordId: caller.landlordId }, { now, timeZone: policy.timeZone, userId: caller.userId });
  const letter = noComplaintLetter(base, { landlordName: settings.name || 'Your landlord' });
  if (letter.delivery === 'post') {
    assertComplete(letter);
    const posted = postedLetterFrom(letter, { id: deps.newId(), landlordId: caller.landlordId }, now);
    const record = { ...base, letter: { delivery: 'post' as const, id: posted.id } };
    await deps.noComplaints.record(record, { outbox: [], letters: [posted] });
    return record;
  }
  const outbox = queueLetters(deps, caller.landlordId, settings, [letter]);
  const record = { ...base, letter: { delivery: 'email' as const, id: outbox[0]!.id } };
  await deps.noComplaints.record(record, { outbox, letters: [] });
  return record;
}

