import type { z } from 'zod';
import type { Complaint } from '../../../domain/complaint/complaint.js';
import { completeImprovement, recordLearning } from '../../../domain/complaint/learning.js';
import type { Transition, TransitionContext } from '../../../domain/complaint/lifecycle.js';
import { completeOrder, recordDetermination, recordOmbudsmanReferral } from '../../../domain/complaint/ombudsman-case.js';
import { recordTenure } from '../../../domain/complaint/tenure.js';
import { categoriesOf } from '../../../domain/landlord/report-settings.js';
import type { LandlordSettings } from '../../../domain/landlord/settings.js';
import type { Role } from '../../shared/auth.js';
import { applyTransition } from '../../shared/complaint-commands.js';
import type { ApiDeps } from '../../shared/deps.js';
import { ifMatchVersion } from '../if-match.js';
import { complaintJson, versionHeaders } from '../presenter.js';
import { route, type Request } from '../router.js';
import {
  ComplaintResponse,
  EvidenceBody,
  IdParams,
  ImprovementParams,
  LearningBody,
  OmbudsmanDeterminationBody,
  OmbudsmanReferralBody,
  OrderParams,
  RequiredEvidenceBody,
  TenureBody,
} from '../schemas.js';

const RECORDERS: readonly Role[] = ['handler', 'officer'];

/** Records on a complaint that reports count (tenure, learning 9.1-9.3, Ombudsman cases 8.1c, 9.7c), through the same transition path. */
function recordRoute<P extends { id: string }, B>(
  deps: ApiDeps,
  path: string,
  summary: string,
  params: z.ZodType<P, z.ZodTypeDef, unknown>,
  body: z.ZodType<B, z.ZodTypeDef, unknown>,
  apply: (complaint: Complaint, input: B, ctx: TransitionContext, params: P, settings: LandlordSettings) => Transition,
) {
  // A stable id from the path: /v1/complaints/{id}/learning/improvements/{iid}/complete -> recordLearningImprovementsComplete.
  const words = path.split('/').slice(4).filter((part) => part && !part.startsWith('{'));
  const operationId = `record${words.map((word) => word.replace(/(^|-)(\w)/g, (_m, _d, c: string) => c.toUpperCase())).join('')}`;
  return route<P, Record<string, never>, B>({
    method: 'POST',
    path,
    operationId,
    errors: [404, 409, 422],
    summary,
    roles: RECORDERS,
    params,
    body,
    response: ComplaintResponse,
    handle: async ({ caller, params: p, body: input, headers }: Request<P, Record<string, never>, B>) => {
      const ifMatch = ifMatchVersion(headers);
      const settings = (await deps.landlords.getSettings(caller.landlordId)).settings;
      const complaint = await applyTransition(deps, caller, p.id, (current, ctx) => apply(current, input, ctx, p, settings), ifMatch !== undefined ? { ifMatch } : {});
      return { body: complaintJson(complaint), headers: versionHeaders(complaint) };
    },
  });
}

export const complaintRecordRoutes = (deps: ApiDeps) => [
  recordRoute(deps, '/v1/complaints/{id}/tenure', 'Record the resident’s tenure (TSM CH01, CH02 are per tenure)', IdParams, TenureBody, (c, input, ctx) => recordTenure(c, input.tenure, ctx)),
  recordRoute(deps, '/v1/complaints/{id}/learning', 'Record category, root cause, lessons and service improvements (9.1-9.3)', IdParams, LearningBody, (c, input, ctx, _p, settings) =>
    recordLearning(
      c,
      {
        ...(input.category !== undefined && { category: input.category }),
        ...(input.rootCause !== undefined && { rootCause: input.rootCause }),
        ...(input.lessons !== undefined && { lessons: input.lessons }),
        ...(input.improvements && { improvements: input.improvements.map((item) => ({ ...(item.id !== undefined && { id: item.id }), description: item.description, owner: item.owner, dueBy: item.dueBy })) }),
      },
      ctx,
      { categories: categoriesOf(settings), newId: deps.newId },
    ),
  ),
  recordRoute(deps, '/v1/complaints/{id}/learning/improvements/{improvementId}/complete', 'Complete a service improvement, with evidence of what changed (9.1)', ImprovementParams, EvidenceBody, (c, input, ctx, p) =>
    completeImprovement(c, p.improvementId, input.evidence !== undefined ? { evidence: input.evidence } : {}, ctx),
  ),
  recordRoute(deps, '/v1/complaints/{id}/ombudsman-referral', 'Record that the resident went to the Housing Ombudsman (8.1c, 9.7c)', IdParams, OmbudsmanReferralBody, (c, input, ctx) =>
    recordOmbudsmanReferral(c, input, ctx),
  ),
  recordRoute(deps, '/v1/complaints/{id}/ombudsman-determination', 'Record the Ombudsman’s determination: a finding per element and any orders (9.7c)', IdParams, OmbudsmanDeterminationBody, (c, input, ctx) =>
    recordDetermination(c, input, ctx, deps.newId),
  ),
  recordRoute(deps, '/v1/complaints/{id}/ombudsman-orders/{orderId}/complete', 'Complete an Ombudsman order, with evidence (9.7c)', OrderParams, RequiredEvidenceBody, (c, input, ctx, p) =>
    completeOrder(c, p.orderId, input, ctx),
  ),
];
