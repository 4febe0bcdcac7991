import type { ApiDeps } from '../shared/deps.js';
import { routesHandler, type HttpApiHandler } from '../http/api-handler.js';
import { apiRoutes } from '../http/routes/index.js';
import type { QuarantineDeps } from '../http/routes/quarantine.routes.js';
import type { LetterDeps } from '../http/routes/letter.routes.js';

export type { HttpApiHandler } from '../http/api-handler.js';

/**
 * The HTTP API as one Lambda handler; AWS and the local stack compose it with their own adapters. The
 * PDF and report routes are in its document but answered by the documents and reports functions
 * (functions/http/gateway-routes.ts).
 */
export function createHttpApi(deps: ApiDeps & QuarantineDeps & LetterDeps): HttpApiHandler {
  return routesHandler(apiRoutes(deps));
}
