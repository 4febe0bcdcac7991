import { openApiDocument } from '../../functions/http/openapi.js';
import { apiRoutes } from '../../functions/http/routes/index.js';
import type { ApiDeps } from '../../functions/shared/deps.js';
import type { QuarantineDeps } from '../../functions/http/routes/quarantine.routes.js';
import type { LetterDeps } from '../../functions/http/routes/letter.routes.js';

/** The document the API serves, built from the route list alone (handlers are never called, so no deps). */
export function generatedDocument() {
  return openApiDocument(apiRoutes({} as ApiDeps & QuarantineDeps & LetterDeps));
}
