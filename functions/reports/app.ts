import { routesHandler, type HttpApiHandler } from '../http/api-handler.js';
import { reportRoutes } from '../http/routes/report.routes.js';
import type { ApiDeps } from '../shared/deps.js';
import { reportHandlers, type ReportDeps } from './report-handlers.js';

/** The reports, the self-assessment and the landlord's Ombudsman records, as their own Lambda handler. */
export function createReportsApi(deps: ApiDeps & ReportDeps): HttpApiHandler {
  return routesHandler(reportRoutes(reportHandlers(deps)));
}
