import type { z } from 'zod';
import type { Complaint } from '../../../domain/complaint/complaint.js';
import {
  acknowledge,
  close,
  completeAction,
  escalate,
  extend,
  refuse,
  respond,
  withdraw,
  type Transition,
  type TransitionContext,
} from '../../../domain/complaint/lifecycle.js';
import type { Role } from '../../shared/auth.js';
import { applyTransition, type TransitionOptions } from '../../shared/complaint-commands.js';
import type { ApiDeps } from '../../shared/deps.js';
import { ifMatchVersion } from '../if-match.js';
import { complaintJson, versionHeaders } from '../presenter.js';
import { route, type Request } from '../router.js';
import {
  AcknowledgeBody,
  ActionParams,
  ComplaintResponse,
  EscalateBody,
  ExtendBody,
  IdParams,
  ReasonBody,
  RefuseBody,
  RespondBody,
} from '../schemas.js';

const ACTORS: readonly Role[] = ['handler', 'officer'];

/** Every transition route has the same shape: parse, apply the domain rule, commit, answer the complaint. */
function transitionRoute<B>(
  deps: ApiDeps,
  name: string,
  summary: string,
  body: z.ZodType<B, z.ZodTypeDef, unknown>,
  apply: (complaint: Complaint, input: B, ctx: TransitionContext) => Transition,
  options: (input: B) => Omit<TransitionOptions, 'ifMatch'> = () => ({}),
) {
  return route<z.infer<typeof IdParams>, Record<string, never>, B>({
    method: 'POST',
    path: `/v1/complaints/{id}/${name}`,
    operationId: `${name}Complaint`,
    summary,
    roles: ACTORS,
    params: IdParams,
    body,
    response: ComplaintResponse,
    errors: [404, 409, 422],
    handle: async ({ caller, params, body: input, headers }: Request<z.infer<typeof IdParams>, Record<string, never>, B>) => {
      const ifMatch = ifMatchVersion(headers);
      const complaint = await applyTransition(deps, caller, params.id, (current, ctx) => apply(current, input, ctx), {
        ...options(input),
        ...(ifMatch !== undefined && { ifMatch }),
      });
      return { body: complaintJson(complaint), headers: versionHeaders(complaint) };
    },
  });
}

export const transitionRoutes = (deps: ApiDeps) => [
  transitionRoute(
    deps,
    'acknowledge',
    'Acknowledge, define and assign (6.2, 6.11; 5.6, 5.7); at stage 2 the handler differs from stage 1 (6.13)',
    AcknowledgeBody,
    acknowledge,
    (input) => ({ activeStaff: [input.handlerId], withStaff: true }),
  ),
  transitionRoute(deps, 'extend', 'Extend the response deadline (6.4, 6.15); beyond the limit, with a good reason and an agreed update interval (5.9)', ExtendBody, extend, () => ({
    withStaff: true,
  })),
  transitionRoute(
    deps,
    'respond',
    'Record the response (6.9, 6.19); each remedy says by when (7.3)',
    RespondBody,
    (complaint, input, ctx) => respond(complaint, input, ctx, deps.newId),
    () => ({ withStaff: true }),
  ),
  transitionRoute(deps, 'escalate', 'Escalate to stage 2 at the resident’s request (6.10-6.12); after closing or withdrawal this reopens the complaint', EscalateBody, escalate),
  transitionRoute(deps, 'refuse', 'Refuse to accept (2.4) or to escalate (5.11), also a late request after closing or withdrawal (6.10)', RefuseBody, refuse),
  transitionRoute(deps, 'withdraw', 'The resident withdrew the complaint', ReasonBody, withdraw),
  transitionRoute(deps, 'close', 'Close after the final response or the escalation window', ReasonBody, close),
  route<z.infer<typeof ActionParams>>({
    method: 'POST',
    path: '/v1/complaints/{id}/actions/{actionId}/complete',
    operationId: 'completeAction',
    summary: 'Mark a remedy or outstanding action complete (6.6, 6.17), also after closing',
    roles: ACTORS,
    params: ActionParams,
    response: ComplaintResponse,
    errors: [404, 409, 422],
    handle: async ({ caller, params, headers }) => {
      const ifMatch = ifMatchVersion(headers);
      const complaint = await applyTransition(
        deps,
        caller,
        params.id,
        (current, ctx) => completeAction(current, params.actionId, ctx),
        ifMatch !== undefined ? { ifMatch } : {},
      );
      return { body: complaintJson(complaint), headers: versionHeaders(complaint) };
    },
  }),
];
