import { routesHandler, type HttpApiHandler } from '../http/api-handler.js';
import { documentRoutes, type DocumentDeps } from '../http/routes/document.routes.js';
import type { LetterDeps } from '../http/routes/letter.routes.js';
import type { ApiDeps } from '../shared/deps.js';

/** The routes that render PDFs (a letter, a print run, the complaint file), as their own Lambda handler. */
export function createDocumentsApi(deps: ApiDeps & LetterDeps & DocumentDeps): HttpApiHandler {
  return routesHandler(documentRoutes(deps, deps));
}
