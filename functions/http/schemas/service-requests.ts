import { z } from 'zod';
import { CHANNELS } from '../../../domain/complaint/complaint.js';
import { SERVICE_REQUEST_STATUSES } from '../../../domain/non-complaints/service-request.js';
import { LIMITS } from '../limits.js';
import { Actor, ComplaintListQuery, ComplaintResponse, NewComplaintBody, Resident, dateTime, outDate, outInstant, plainDate, text } from '../schemas.js';


/** Issue 13: service requests (1.4, 1.5), no-complaint records (FAQ), new issues and merges (6.8), 2.3, 2.4. */

export const ServiceRequestBody = z
  .strictObject({
    channel: z.enum(CHANNELS),
    resident: Resident,
    description: text(LIMITS.description),
    category: text(LIMITS.category).optional(),
    receivedAt: dateTime.optional(),
  })
  .openapi('NewServiceRequest');

export const ServiceRequestStatusBody = z
  .strictObject({
    status: z.enum(SERVICE_REQUEST_STATUSES),
    note: text(LIMITS.reason).optional().openapi({ description: 'what was done, or why it was cancelled (required to cancel)' }),
  })
  .openapi('ServiceRequestStatus');

const period = {
  from: plainDate.optional().openapi({ description: 'received (or raised) on or after this date' }),
  to: plainDate.optional().openapi({ description: 'received (or raised) on or before this date' }),
};

export const ServiceRequestListQuery = z.strictObject({
  status: z.enum(SERVICE_REQUEST_STATUSES).optional(),
  ...period,
  complaint: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional()
    .openapi({ description: 'true: only those that led to a complaint (1.5); false: only those that did not' }),
  limit: ComplaintListQuery.shape.limit,
  cursor: z.string().max(2000).optional(),
});

/** 1.5: channel and resident default to the service request's own. */
export const ServiceRequestComplaintBody = NewComplaintBody.omit({ serviceRequestId: true })
  .partial({ channel: true, resident: true })
  .openapi('ServiceRequestComplaint');

export const NoComplaintBody = z
  .strictObject({
    channel: z.enum(CHANNELS),
    resident: Resident.openapi({ description: 'needs an email or a postal address: the letter says how to complain later' }),
    description: text(LIMITS.description).openapi({ description: 'what the resident was dissatisfied about' }),
    reason: text(LIMITS.reason).openapi({ description: 'why they asked for no complaint to be logged' }),
    serviceRequestId: text(LIMITS.reference).optional(),
    raisedAt: dateTime.optional(),
  })
  .openapi('NewNoComplaintRecord');

export const NoComplaintListQuery = z.strictObject({ ...period, limit: ComplaintListQuery.shape.limit, cursor: z.string().max(2000).optional() });

export const IssueBody = z
  .strictObject({
    description: text(LIMITS.definition.excludedParts.explanation),
    outcomesSought: z.array(text(LIMITS.definition.outcomesSought.bytes)).max(5).default([]),
    raisedAt: dateTime.optional(),
    wouldDelayResponse: z.boolean().optional().openapi({ description: '6.8: the handler judges that adding it would unreasonably delay the stage 1 response' }),
  })
  .openapi('NewIssue');

export const MergeBody = z
  .strictObject({
    into: z.string().min(1).max(100),
    reason: text(LIMITS.reason).optional(),
    sameResident: z.boolean().optional().openapi({ description: 'Confirms that two complaints whose resident details differ are one person’s (otherwise a 400)' }),
  })
  .openapi('Merge');

/** 2.3: the same shape a complaint is logged with. */
export const MatterBody = NewComplaintBody.shape.matter.unwrap().openapi('Matter');

export const OmbudsmanDirectionBody = z
  .strictObject({ directedOn: plainDate, ombudsmanReference: text(LIMITS.reference), direction: text(LIMITS.reason) })
  .openapi('OmbudsmanDirection');

export const ServiceRequestResponse = z
  .object({
    id: z.string(),
    status: z.enum(SERVICE_REQUEST_STATUSES),
    channel: z.enum(CHANNELS),
    resident: Resident.openapi({}),
    description: z.string(),
    category: z.string().optional(),
    receivedAt: outInstant,
    receivedOn: outDate,
    closedOn: outDate.optional(),
    note: z.string().optional(),
    complaints: z.array(z.object({ complaintId: z.string(), reference: z.string(), loggedOn: outDate }).strict()),
    createdAt: outInstant,
    updatedAt: outInstant,
    version: z.number().int(),
  })
  .strict()
  .openapi('ServiceRequest');

export const ServiceRequestPageResponse = z.object({ items: z.array(ServiceRequestResponse), nextCursor: z.string().optional() }).strict().openapi('ServiceRequestPage');

export const ServiceRequestEventResponse = z
  .object({
    serviceRequestId: z.string(),
    seq: z.number().int(),
    type: z.enum(['recorded', 'resolved', 'cancelled', 'reopened', 'complaint_logged']),
    actor: Actor,
    at: outInstant,
    before: z.record(z.string(), z.unknown()).openapi({ type: 'object', additionalProperties: true }),
    after: z.record(z.string(), z.unknown()).openapi({ type: 'object', additionalProperties: true }),
  })
  .strict()
  .openapi('ServiceRequestEvent');

export const NoComplaintRecordResponse = z
  .object({
    id: z.string(),
    reference: z.string().openapi({ example: 'NC-2026-0B7F6A52' }),
    channel: z.enum(CHANNELS),
    resident: Resident.openapi({}),
    description: z.string(),
    reason: z.string(),
    serviceRequestId: z.string().optional(),
    raisedAt: outInstant,
    raisedOn: outDate,
    recordedBy: z.string(),
    recordedAt: outInstant,
    letter: z.object({ delivery: z.enum(['email', 'post']), id: z.string() }).strict().optional(),
  })
  .strict()
  .openapi('NoComplaintRecord');

export const NoComplaintPageResponse = z.object({ items: z.array(NoComplaintRecordResponse), nextCursor: z.string().optional() }).strict().openapi('NoComplaintRecordPage');

export const IssueOutcomeResponse = z
  .object({
    outcome: z.enum(['added', 'logged_as_new_complaint']),
    complaint: ComplaintResponse,
    newComplaint: ComplaintResponse.optional().openapi({ description: 'the new complaint the issue became (6.8)' }),
  })
  .strict()
  .openapi('IssueOutcome');

export const MergeResponse = z.object({ complaint: ComplaintResponse, into: ComplaintResponse }).strict().openapi('MergeOutcome');
