import type { z } from 'zod';
import { NotFound } from '../../../domain/errors.js';
import { createComplaint } from '../../shared/complaint-commands.js';
import { complaintFromServiceRequest } from '../../shared/service-request-commands.js';
import type { ApiDeps } from '../../shared/deps.js';
import { auditEventJson, complaintJson, versionHeaders } from '../presenter.js';
import { route } from '../router.js';
import { AuditEventResponse, ComplaintListQuery, ComplaintPageResponse, ComplaintResponse, IdParams, itemsOf, NewComplaintBody } from '../schemas.js';

const READERS = ['handler', 'officer', 'admin', 'viewer'] as const;

export const complaintRoutes = (deps: ApiDeps) => [
  route<Record<string, never>, Record<string, never>, z.infer<typeof NewComplaintBody>>({
    method: 'POST',
    path: '/v1/complaints',
    operationId: 'logComplaint',
    summary: 'Log a stage 1 complaint from any channel (1.2); receivedAt may be in the past, never the future',
    roles: ['handler', 'officer', 'admin'],
    body: NewComplaintBody,
    response: ComplaintResponse,
    successStatus: 201,
    // 409: the landlord has not saved its settings yet.
    errors: [404, 409, 422],
    handle: async ({ caller, body }) => {
      // 1.5: a complaint naming a service request must name one of this landlord's, and is linked to it in the same commit.
      const { serviceRequestId, ...input } = body;
      const complaint = serviceRequestId ? await complaintFromServiceRequest(deps, caller, serviceRequestId, input) : await createComplaint(deps, caller, body);
      return { body: complaintJson(complaint), headers: { ...versionHeaders(complaint), location: `/v1/complaints/${complaint.id}` } };
    },
  }),
  route<Record<string, never>, z.infer<typeof ComplaintListQuery>>({
    method: 'GET',
    path: '/v1/complaints',
    operationId: 'listComplaints',
    summary: 'List complaints: newest first; soonest due first with dueBefore; longest overdue first with overdue=true',
    roles: READERS,
    query: ComplaintListQuery,
    response: ComplaintPageResponse,
    handle: async ({ caller, query }) => {
      const page = await deps.complaints.list(caller.landlordId, {
        limit: query.limit,
        ...(query.status && { status: query.status }),
        ...(query.stage !== undefined && { stage: query.stage as 1 | 2 }),
        ...(query.handler && { handlerId: query.handler }),
        ...(query.dueBefore && { dueBefore: query.dueBefore }),
        ...(query.overdue && { overdue: true }),
        ...(query.cursor && { cursor: query.cursor }),
      });
      return { body: { items: page.items.map(complaintJson), ...(page.nextCursor && { nextCursor: page.nextCursor }) } satisfies z.input<typeof ComplaintPageResponse> };
    },
  }),
  route<z.infer<typeof IdParams>>({
    method: 'GET',
    path: '/v1/complaints/{id}',
    operationId: 'getComplaint',
    summary: 'One complaint with its deadlines',
    roles: READERS,
    params: IdParams,
    response: ComplaintResponse,
    errors: [404],
    handle: async ({ caller, params }) => {
      const complaint = await deps.complaints.get(caller.landlordId, params.id);
      if (!complaint) throw new NotFound('complaint');
      return { body: complaintJson(complaint), headers: versionHeaders(complaint) };
    },
  }),
  route<z.infer<typeof IdParams>>({
    method: 'GET',
    path: '/v1/complaints/{id}/events',
    operationId: 'listComplaintEvents',
    summary: 'The audit trail (5.12), oldest first',
    roles: READERS,
    params: IdParams,
    response: itemsOf(AuditEventResponse, 'AuditEventList'),
    errors: [404],
    handle: async ({ caller, params }) => {
      const events = await deps.complaints.events(caller.landlordId, params.id);
      if (events.length === 0) throw new NotFound('complaint');
      return { body: { items: events.map(auditEventJson) } };
    },
  }),
];
