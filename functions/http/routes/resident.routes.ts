import type { z } from 'zod';
import type { Complaint } from '../../../domain/complaint/complaint.js';
import type { Transition, TransitionContext } from '../../../domain/complaint/lifecycle.js';
import { NotFound } from '../../../domain/errors.js';
import { adjustmentsOf, recordAdjustments, removeAdjustments } from '../../../domain/residents/adjustments.js';
import { recordGroup, removeGroup } from '../../../domain/residents/group.js';
import { nominateRepresentative, removeRepresentative } from '../../../domain/residents/representation.js';
import { endRestriction, recordRestriction, reviewRestriction } from '../../../domain/residents/restrictions.js';
import type { Role } from '../../shared/auth.js';
import { applyTransition } from '../../shared/complaint-commands.js';
import type { ApiDeps } from '../../shared/deps.js';
import { ifMatchVersion } from '../if-match.js';
import { complaintJson, versionHeaders } from '../presenter.js';
import { route, type Request } from '../router.js';
import { ComplaintResponse, IdParams } from '../schemas.js';
import {
  AdjustmentsBody,
  AdjustmentsListResponse,
  EndRestrictionBody,
  GroupBody,
  RepresentativeBody,
  ResidentParams,
  RestrictionBody,
  RestrictionListResponse,
  RestrictionParams,
} from '../schemas/residents.js';

const CHANGERS: readonly Role[] = ['handler', 'officer'];
const READERS: readonly Role[] = ['handler', 'officer', 'admin', 'viewer'];

/** Each change is a transition like any other: one transaction with its audit event, letters and schedule moves. */
function changeRoute<P extends { id: string }, B>(
  deps: ApiDeps,
  spec: { method: 'PUT' | 'POST'; path: string; operationId: string; summary: string; params: z.ZodType<P, z.ZodTypeDef, unknown>; body?: z.ZodType<B, z.ZodTypeDef, unknown> },
  apply: (complaint: Complaint, input: B, ctx: TransitionContext, params: P) => Transition,
) {
  return route<P, Record<string, never>, B>({
    ...spec,
    roles: CHANGERS,
    response: ComplaintResponse,
    errors: [404, 409, 422],
    handle: async ({ caller, params, body, headers }: Request<P, Record<string, never>, B>) => {
      const ifMatch = ifMatchVersion(headers);
      const complaint = await applyTransition(deps, caller, params.id, (current, ctx) => apply(current, body, ctx, params), ifMatch !== undefined ? { ifMatch } : {});
      return { body: complaintJson(complaint), headers: versionHeaders(complaint) };
    },
  });
}

async function complaintOf(deps: ApiDeps, landlordId: string, id: string): Promise<Complaint> {
  const complaint = await deps.complaints.get(landlordId, id);
  if (!complaint) throw new NotFound('complaint');
  return complaint;
}

export const residentRoutes = (deps: ApiDeps) => [
  changeRoute(
    deps,
    { method: 'PUT', path: '/v1/complaints/{id}/representative', operationId: 'putRepresentative', summary: 'Nominate or change the resident’s representative, with the resident’s consent and who letters go to (3.6)', params: IdParams, body: RepresentativeBody },
    (complaint, input, ctx) => nominateRepresentative(complaint, input, ctx),
  ),
  changeRoute(
    deps,
    { method: 'POST', path: '/v1/complaints/{id}/representative/remove', operationId: 'removeRepresentative', summary: 'The resident withdrew the nomination: letters go to the resident again (3.6)', params: IdParams },
    (complaint, _input, ctx) => removeRepresentative(complaint, ctx),
  ),
  changeRoute(
    deps,
    { method: 'PUT', path: '/v1/complaints/{id}/group', operationId: 'putGroupComplaint', summary: 'Record the other residents a group complaint covers, led by the complaint’s resident or each in their own right', params: IdParams, body: GroupBody },
    (complaint, input, ctx) => recordGroup(complaint, input, ctx),
  ),
  changeRoute(
    deps,
    { method: 'POST', path: '/v1/complaints/{id}/group/remove', operationId: 'removeGroupComplaint', summary: 'Make a group complaint a single resident’s complaint again', params: IdParams },
    (complaint, _input, ctx) => removeGroup(complaint, ctx),
  ),
  route<z.infer<typeof IdParams>>({
    method: 'GET',
    path: '/v1/complaints/{id}/reasonable-adjustments',
    operationId: 'listReasonableAdjustments',
    summary: 'The reasonable adjustments agreed with each resident on the complaint (5.10), free text of older complaints included',
    roles: READERS,
    params: IdParams,
    response: AdjustmentsListResponse,
    errors: [404],
    handle: async ({ caller, params }) => {
      const complaint = await complaintOf(deps, caller.landlordId, params.id);
      return { body: { items: adjustmentsOf(complaint) } satisfies z.input<typeof AdjustmentsListResponse>, headers: versionHeaders(complaint) };
    },
  }),
  changeRoute(
    deps,
    { method: 'PUT', path: '/v1/complaints/{id}/reasonable-adjustments/{residentId}', operationId: 'putReasonableAdjustments', summary: 'Record the adjustments agreed with one resident, whether a disability was disclosed, and the review date (5.10)', params: ResidentParams, body: AdjustmentsBody },
    (complaint, input, ctx, params) => recordAdjustments(complaint, params.residentId, input, ctx),
  ),
  changeRoute(
    deps,
    { method: 'POST', path: '/v1/complaints/{id}/reasonable-adjustments/{residentId}/remove', operationId: 'removeReasonableAdjustments', summary: 'The adjustments agreed with one resident no longer apply (5.10)', params: ResidentParams },
    (complaint, _input, ctx, params) => removeAdjustments(complaint, params.residentId, ctx),
  ),
  route<z.infer<typeof IdParams>>({
    method: 'GET',
    path: '/v1/complaints/{id}/restrictions',
    operationId: 'listRestrictions',
    summary: 'Restrictions on how residents on the complaint may contact the landlord, ended ones included (5.14)',
    roles: READERS,
    params: IdParams,
    response: RestrictionListResponse,
    errors: [404],
    handle: async ({ caller, params }) => {
      const complaint = await complaintOf(deps, caller.landlordId, params.id);
      return { body: { items: complaint.restrictions ?? [] } satisfies z.input<typeof RestrictionListResponse>, headers: versionHeaders(complaint) };
    },
  }),
  changeRoute(
    deps,
    { method: 'POST', path: '/v1/complaints/{id}/restrictions', operationId: 'recordRestriction', summary: 'Record a contact restriction with its reasons, proportionality, who decided and a review date (5.14); never for a need for reasonable adjustments (5.15)', params: IdParams, body: RestrictionBody },
    (complaint, input, ctx) => recordRestriction(complaint, input, ctx, deps.newId),
  ),
  changeRoute(
    deps,
    { method: 'PUT', path: '/v1/complaints/{id}/restrictions/{restrictionId}', operationId: 'reviewRestriction', summary: 'Review a restriction: it continues as given until the next review date (5.14, 5.15)', params: RestrictionParams, body: RestrictionBody },
    (complaint, input, ctx, params) => reviewRestriction(complaint, params.restrictionId, input, ctx),
  ),
  changeRoute(
    deps,
    { method: 'POST', path: '/v1/complaints/{id}/restrictions/{restrictionId}/end', operationId: 'endRestriction', summary: 'Lift a restriction, with the reason; it stays on the record', params: RestrictionParams, body: EndRestrictionBody },
    (complaint, input, ctx, params) => endRestriction(complaint, params.restrictionId, { reason: input.reason, ...(input.endedOn !== undefined && { endedOn: input.endedOn }) }, ctx),
  ),
];
