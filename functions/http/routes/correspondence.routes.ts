import type { z } from 'zod';
import type { Correspondence } from '../../../domain/complaint/correspondence.js';
import { recordCorrespondence } from '../../../domain/complaint/lifecycle.js';
import { pastInstantInBounds } from '../../../domain/complaint/date-bounds.js';
import { NotFound } from '../../../domain/errors.js';
import { applyTransition } from '../../shared/complaint-commands.js';
import type { ApiDeps } from '../../shared/deps.js';
import { ifMatchVersion } from '../if-match.js';
import { versionHeaders } from '../presenter.js';
import { route } from '../router.js';
import { CorrespondenceBody, CorrespondenceResponse, IdParams, itemsOf } from '../schemas.js';

export const correspondenceRoutes = (deps: ApiDeps) => [
  route<z.infer<typeof IdParams>>({
    method: 'GET',
    path: '/v1/complaints/{id}/correspondence',
    operationId: 'listCorrespondence',
    summary: 'Letters, emails and calls in and out, oldest first (5.12)',
    roles: ['handler', 'officer', 'admin', 'viewer'],
    params: IdParams,
    response: itemsOf(CorrespondenceResponse, 'CorrespondenceList'),
    errors: [404],
    handle: async ({ caller, params }) => {
      const [complaint, items] = await Promise.all([
        deps.complaints.get(caller.landlordId, params.id),
        deps.complaints.correspondence(caller.landlordId, params.id),
      ]);
      if (!complaint) throw new NotFound('complaint');
      return { body: { items: items satisfies z.input<typeof CorrespondenceResponse>[] } };
    },
  }),
  route<z.infer<typeof IdParams>, Record<string, never>, z.infer<typeof CorrespondenceBody>>({
    method: 'POST',
    path: '/v1/complaints/{id}/correspondence',
    operationId: 'logCorrespondence',
    summary:
      'Log a call, letter or visit on the complaint record (5.12). An outbound call, letter, email or visit (not a note) is contact with the resident: it is the update an agreed interval asks for (5.9).',
    roles: ['handler', 'officer'],
    params: IdParams,
    body: CorrespondenceBody,
    response: CorrespondenceResponse,
    successStatus: 201,
    errors: [404, 409, 422],
    handle: async ({ caller, params, body, headers }) => {
      const ifMatch = ifMatchVersion(headers);
      const now = deps.clock.now();
      const occurredAt = body.occurredAt ? pastInstantInBounds(new Date(body.occurredAt), now, 'occurredAt') : now;
      const record: Correspondence = {
        id: deps.newId(),
        complaintId: params.id,
        direction: body.direction,
        kind: body.kind,
        summary: body.summary,
        ...(body.counterparty && { counterparty: body.counterparty }),
        occurredAt: occurredAt.toISOString(),
        recordedBy: caller.userId,
        recordedAt: now.toISOString(),
      };
      const complaint = await applyTransition(deps, caller, params.id, (current, ctx) => recordCorrespondence(current, record, ctx), {
        extras: () => ({ correspondence: [record] }),
        ...(ifMatch !== undefined && { ifMatch }),
      });
      return { body: record satisfies z.input<typeof CorrespondenceResponse>, headers: versionHeaders(complaint) };
    },
  }),
];
