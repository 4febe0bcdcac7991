import { routesHandler, type HttpApiHandler } from '../http/api-handler.js';
import { documentRoutes } from '../http/routes/document.routes.js';
import type { LetterDeps } from '../http/routes/letter.routes.js';
import type { ApiDeps } from '../shared/deps.js';
import { documentHandlers, type DocumentParts } from './document-handlers.js';

/** The routes that render PDFs (a letter, a print run, the complaint file), as their own Lambda handler. */
export function createDocumentsApi(deps: ApiDeps & LetterDeps & DocumentParts): HttpApiHandler {
  return routesHandler(documentRoutes(documentHandlers(deps)));
}
