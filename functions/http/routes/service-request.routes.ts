import type { z } from 'zod';
import { NotFound } from '../../../domain/errors.js';
import { openPeriod } from '../../../domain/reports/period.js';
import type { Role } from '../../shared/auth.js';
import type { ApiDeps } from '../../shared/deps.js';
import { mergeComplaint, raiseIssue, reopenOnDirection, setMatter } from '../../shared/related-complaint-commands.js';
import {
  complaintFromServiceRequest,
  createServiceRequest,
  recordDissatisfactionWithoutComplaint,
  setServiceRequestStatus,
} from '../../shared/service-request-commands.js';
import { ifMatchVersion } from '../if-match.js';
import { complaintJson, versionHeaders } from '../presenter.js';
import { route } from '../router.js';
import { ComplaintResponse, IdParams, itemsOf } from '../schemas.js';
import {
  IssueBody,
  IssueOutcomeResponse,
  MatterBody,
  MergeBody,
  MergeResponse,
  NoComplaintBody,
  NoComplaintListQuery,
  NoComplaintPageResponse,
  NoComplaintRecordResponse,
  OmbudsmanDirectionBody,
  ServiceRequestBody,
  ServiceRequestComplaintBody,
  ServiceRequestEventResponse,
  ServiceRequestListQuery,
  ServiceRequestPageResponse,
  ServiceRequestResponse,
  ServiceRequestStatusBody,
} from '../schemas/service-requests.js';
import type { ServiceRequest } from '../../../domain/non-complaints/service-request.js';
import type { NoComplaintRecord } from '../../../domain/non-complaints/no-complaint-record.js';

const READERS: readonly Role[] = ['handler', 'officer', 'admin', 'viewer'];
const WRITERS: readonly Role[] = ['handler', 'officer', 'admin'];
const ACTORS: readonly Role[] = ['handler', 'officer'];

type Params = z.infer<typeof IdParams>;

const serviceRequestJson = ({ landlordId: _landlord, ...rest }: ServiceRequest): z.input<typeof ServiceRequestResponse> => rest;
const noComplaintJson = ({ landlordId: _landlord, ...rest }: NoComplaintRecord): z.input<typeof NoComplaintRecordResponse> => rest;
const etag = (record: { version: number }) => ({ etag: `"${record.version}"` });

/** Service requests (1.4, 1.5) and dissatisfaction recorded without a complaint (FAQ): not complaints. */
export const serviceRequestRoutes = (deps: ApiDeps) => [
  route<Record<string, never>, Record<string, never>, z.infer<typeof ServiceRequestBody>>({
    method: 'POST',
    path: '/v1/service-requests',
    operationId: 'recordServiceRequest',
    summary: 'Record a service request (1.4): a request to put something right, not a complaint',
    roles: WRITERS,
    body: ServiceRequestBody,
    response: ServiceRequestResponse,
    successStatus: 201,
    errors: [409],
    handle: async ({ caller, body }) => {
      const record = await createServiceRequest(deps, caller, body);
      return { body: serviceRequestJson(record), headers: { ...etag(record), location: `/v1/service-requests/${record.id}` } };
    },
  }),
  route<Record<string, never>, z.infer<typeof ServiceRequestListQuery>>({
    method: 'GET',
    path: '/v1/service-requests',
    operationId: 'listServiceRequests',
    summary: 'Service requests, newest received first; by status, received between from and to, and whether they led to a complaint',
    roles: READERS,
    query: ServiceRequestListQuery,
    response: ServiceRequestPageResponse,
    handle: async ({ caller, query }) => {
      const page = await deps.serviceRequests.list(caller.landlordId, {
        limit: query.limit,
        ...(query.status && { status: query.status }),
        ...openPeriod(query.from, query.to),
        ...(query.complaint !== undefined && { complaint: query.complaint }),
        ...(query.cursor && { cursor: query.cursor }),
      });
      return { body: { items: page.items.map(serviceRequestJson), ...(page.nextCursor && { nextCursor: page.nextCursor }) } };
    },
  }),
  route<Params>({
    method: 'GET',
    path: '/v1/service-requests/{id}',
    operationId: 'getServiceRequest',
    summary: 'One service request, with the complaints logged from it',
    roles: READERS,
    params: IdParams,
    response: ServiceRequestResponse,
    errors: [404],
    handle: async ({ caller, params }) => {
      const record = await deps.serviceRequests.get(caller.landlordId, params.id);
      if (!record) throw new NotFound('service request');
      return { body: serviceRequestJson(record), headers: etag(record) };
    },
  }),
  route<Params>({
    method: 'GET',
    path: '/v1/service-requests/{id}/events',
    operationId: 'listServiceRequestEvents',
    summary: 'The service request’s trail, oldest first',
    roles: READERS,
    params: IdParams,
    response: itemsOf(ServiceRequestEventResponse, 'ServiceRequestEventList'),
    errors: [404],
    handle: async ({ caller, params }) => {
      const events = await deps.serviceRequests.events(caller.landlordId, params.id);
      if (events.length === 0) throw new NotFound('service request');
      return { body: { items: events.map(({ landlordId: _landlord, ...rest }) => rest) } };
    },
  }),
  route<Params, Record<string, never>, z.infer<typeof ServiceRequestStatusBody>>({
    method: 'POST',
    path: '/v1/service-requests/{id}/status',
    operationId: 'setServiceRequestStatus',
    summary: 'Resolve, cancel (with a note) or reopen a service request; complaints logged from it are unaffected (1.5)',
    roles: WRITERS,
    params: IdParams,
    body: ServiceRequestStatusBody,
    response: ServiceRequestResponse,
    errors: [404, 409],
    handle: async ({ caller, params, body, headers }) => {
      const record = await setServiceRequestStatus(deps, caller, params.id, body, ifMatchVersion(headers));
      return { body: serviceRequestJson(record), headers: etag(record) };
    },
  }),
  route<Params, Record<string, never>, z.infer<typeof ServiceRequestComplaintBody>>({
    method: 'POST',
    path: '/v1/service-requests/{id}/complaint',
    operationId: 'logComplaintFromServiceRequest',
    summary: 'Log dissatisfaction with a service request as a stage 1 complaint (1.5); the request carries on',
    roles: WRITERS,
    params: IdParams,
    body: ServiceRequestComplaintBody,
    response: ComplaintResponse,
    successStatus: 201,
    errors: [404, 409, 422],
    handle: async ({ caller, params, body }) => {
      const record = await deps.serviceRequests.get(caller.landlordId, params.id);
      if (!record) throw new NotFound('service request');
      const complaint = await complaintFromServiceRequest(deps, caller, params.id, { ...body, channel: body.channel ?? record.channel, resident: body.resident ?? record.resident });
      return { body: complaintJson(complaint), headers: { ...versionHeaders(complaint), location: `/v1/complaints/${complaint.id}` } };
    },
  }),
  route<Record<string, never>, Record<string, never>, z.infer<typeof NoComplaintBody>>({
    method: 'POST',
    path: '/v1/no-complaint-records',
    operationId: 'recordNoComplaint',
    summary: 'Record that a resident expressed dissatisfaction but asked for no complaint (FAQ); they are sent how to complain later and the Ombudsman’s details',
    roles: WRITERS,
    body: NoComplaintBody,
    response: NoComplaintRecordResponse,
    successStatus: 201,
    errors: [404, 409],
    handle: async ({ caller, body }) => {
      const record = await recordDissatisfactionWithoutComplaint(deps, caller, body);
      return { body: noComplaintJson(record), headers: { location: `/v1/no-complaint-records/${record.id}` } };
    },
  }),
  route<Record<string, never>, z.infer<typeof NoComplaintListQuery>>({
    method: 'GET',
    path: '/v1/no-complaint-records',
    operationId: 'listNoComplaintRecords',
    summary: 'Dissatisfaction recorded without a complaint, newest first, raised between from and to',
    roles: READERS,
    query: NoComplaintListQuery,
    response: NoComplaintPageResponse,
    handle: async ({ caller, query }) => {
      const page = await deps.noComplaints.list(caller.landlordId, {
        limit: query.limit,
        ...openPeriod(query.from, query.to),
        ...(query.cursor && { cursor: query.cursor }),
      });
      return { body: { items: page.items.map(noComplaintJson), ...(page.nextCursor && { nextCursor: page.nextCursor }) } };
    },
  }),
  route<Params>({
    method: 'GET',
    path: '/v1/no-complaint-records/{id}',
    operationId: 'getNoComplaintRecord',
    summary: 'One record of dissatisfaction without a complaint',
    roles: READERS,
    params: IdParams,
    response: NoComplaintRecordResponse,
    errors: [404],
    handle: async ({ caller, params }) => {
      const record = await deps.noComplaints.get(caller.landlordId, params.id);
      if (!record) throw new NotFound('no-complaint record');
      return { body: noComplaintJson(record) };
    },
  }),
];

/** New issues and merges (6.8), the 12-month rule (2.3) and reopening on the Ombudsman's direction (2.4). */
export const relatedComplaintRoutes = (deps: ApiDeps) => [
  route<Params, Record<string, never>, z.infer<typeof IssueBody>>({
    method: 'POST',
    path: '/v1/complaints/{id}/issues',
    operationId: 'raiseComplaintIssue',
    summary: '6.8: add a related issue to a stage 1 complaint before its response (updated acknowledgement, same deadlines), or log it as a new linked complaint',
    roles: ACTORS,
    params: IdParams,
    body: IssueBody,
    response: IssueOutcomeResponse,
    errors: [404, 409, 422],
    handle: async ({ caller, params, body, headers }) => {
      const result = await raiseIssue(deps, caller, params.id, body, ifMatchVersion(headers));
      return {
        body: { outcome: result.outcome, complaint: complaintJson(result.complaint), ...(result.outcome === 'logged_as_new_complaint' && { newComplaint: complaintJson(result.newComplaint) }) },
        headers: versionHeaders(result.complaint),
      };
    },
  }),
  route<Params, Record<string, never>, z.infer<typeof MergeBody>>({
    method: 'POST',
    path: '/v1/complaints/{id}/merge',
    operationId: 'mergeComplaint',
    summary: 'Merge this duplicate into another complaint (both change together); its resident is told the reference to use',
    roles: ACTORS,
    params: IdParams,
    body: MergeBody,
    response: MergeResponse,
    errors: [404, 409, 422],
    handle: async ({ caller, params, body, headers }) => {
      const result = await mergeComplaint(deps, caller, params.id, body, ifMatchVersion(headers));
      return { body: { complaint: complaintJson(result.complaint), into: complaintJson(result.into) }, headers: versionHeaders(result.complaint) };
    },
  }),
  route<Params, Record<string, never>, z.infer<typeof MatterBody>>({
    method: 'PUT',
    path: '/v1/complaints/{id}/matter',
    operationId: 'recordComplaintMatter',
    summary: '2.3: when the matter arose (or the resident became aware), and the discretion used to accept one over 12 months old',
    roles: ACTORS,
    params: IdParams,
    body: MatterBody,
    response: ComplaintResponse,
    errors: [404, 409, 422],
    handle: async ({ caller, params, body, headers }) => {
      const complaint = await setMatter(deps, caller, params.id, body, ifMatchVersion(headers));
      return { body: complaintJson(complaint), headers: versionHeaders(complaint) };
    },
  }),
  route<Params, Record<string, never>, z.infer<typeof OmbudsmanDirectionBody>>({
    method: 'POST',
    path: '/v1/complaints/{id}/ombudsman-direction',
    operationId: 'acceptOnOmbudsmanDirection',
    summary: '2.4: take on a refused complaint at the Ombudsman’s direction; it returns to the stage it was refused at with fresh deadlines',
    roles: ACTORS,
    params: IdParams,
    body: OmbudsmanDirectionBody,
    response: ComplaintResponse,
    errors: [404, 409, 422],
    handle: async ({ caller, params, body, headers }) => {
      const complaint = await reopenOnDirection(deps, caller, params.id, body, ifMatchVersion(headers));
      return { body: complaintJson(complaint), headers: versionHeaders(complaint) };
    },
  }),
];
