import { z } from 'zod';
import type { ApiDeps } from '../../shared/deps.js';
import { openApiDocument } from '../openapi.js';
import { route, type Reply, type Route } from '../router.js';
import { complaintRoutes } from './complaint.routes.js';
import { correspondenceRoutes } from './correspondence.routes.js';
import { landlordRoutes } from './landlord.routes.js';
import { quarantineRoutes, type QuarantineDeps } from './quarantine.routes.js';
import { transitionRoutes } from './transition.routes.js';
import { letterRoutes, type LetterDeps } from './letter.routes.js';
import { complaintRecordRoutes } from './complaint-record.routes.js';
import { reportRoutes } from './report.routes.js';
import { residentRoutes } from './resident.routes.js';
import { documentRoutes } from './document.routes.js';
import { relatedComplaintRoutes, serviceRequestRoutes } from './service-request.routes.js';

/**
 * Every route of the API. The document and report routes are only described here: the documents and
 * reports functions answer them (functions/http/gateway-routes.ts).
 */
export function apiRoutes(deps: ApiDeps & QuarantineDeps & LetterDeps): Route[] {
  const routes = [
    ...landlordRoutes(deps),
    ...complaintRoutes(deps),
    ...transitionRoutes(deps),
    ...correspondenceRoutes(deps),
    ...quarantineRoutes(deps),
    ...letterRoutes(deps),
    ...complaintRecordRoutes(deps),
    ...reportRoutes(),
    ...residentRoutes(deps),
    ...documentRoutes(),
    ...serviceRequestRoutes(deps),
    ...relatedComplaintRoutes(deps),
  ];
  // Built once per cold start: the document only changes with the code.
  let document: unknown;
  const openapi: Route = route({
    method: 'GET',
    path: '/v1/openapi.json',
    operationId: 'getOpenApiDocument',
    summary: 'This OpenAPI 3 document',
    roles: 'public',
    response: z.object({}).passthrough().openapi({ description: 'An OpenAPI 3.0 document' }),
    handle: async (): Promise<Reply> => ({ body: (document ??= openApiDocument([...routes, openapi])) }),
  });
  return [openapi, ...routes];
}
