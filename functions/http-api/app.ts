import type { ApiDeps } from '../shared/deps.js';
import { routesHandler, type HttpApiHandler } from '../http/api-handler.js';
import { apiRoutes } from '../http/routes/index.js';
import type { QuarantineDeps } from '../http/routes/quarantine.routes.js';
import type { LetterDeps } from '../http/routes/letter.routes.js';
import type { ReportDeps } from '../http/routes/report.routes.js';

export type { HttpApiHandler } from '../http/api-handler.js';

/**
 * The HTTP API as one Lambda handler; AWS and the local stack compose it with their own adapters. The
 * PDF routes are in its document but answered by the documents function (functions/documents).
 */
export function createHttpApi(deps: ApiDeps & QuarantineDeps & LetterDeps & ReportDeps): HttpApiHandler {
  return routesHandler(apiRoutes(deps));
}
