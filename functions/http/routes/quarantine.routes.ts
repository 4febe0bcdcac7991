import type { z } from 'zod';
import type { IntakeOutcome } from '../../inbound-email/inbound-intake.js';
import type { QuarantineStore } from '../../../domain/ports/quarantine.port.js';
import { route } from '../router.js';
import { IdParams } from '../schemas.js';

/** Runs a held message through the inbound intake: in-process locally, the inbound function on AWS. */
export interface QuarantineReleaser {
  release(landlordId: string, quarantineId: string, by: string): Promise<IntakeOutcome>;
}

export interface QuarantineDeps {
  quarantine: QuarantineStore;
  releaser: QuarantineReleaser;
}

/** Held mail (spam, virus, oversize, unparseable, automatic) for the complaints officer to check. */
export const quarantineRoutes = (deps: QuarantineDeps) => [
  route({
    method: 'GET',
    path: '/v1/quarantine',
    summary: 'Inbound mail held for a person to check, newest first',
    roles: ['officer', 'admin'],
    handle: async ({ caller }) => ({ body: { items: await deps.quarantine.list(caller.landlordId) } }),
  }),
  route<z.infer<typeof IdParams>>({
    method: 'POST',
    path: '/v1/quarantine/{id}/release',
    summary: 'Process a held message as a person’s email: log it as a complaint or attach it to one',
    roles: ['officer'],
    params: IdParams,
    handle: async ({ caller, params }) => ({ body: await deps.releaser.release(caller.landlordId, params.id, caller.userId) }),
  }),
];
