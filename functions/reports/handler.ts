import { createDocumentClient } from '../adapters/dynamodb-client.js';
import { composeReports } from '../report-aggregates/compose.js';
import { composeCoreFromEnv } from '../shared/compose.js';
import { requiredEnv } from '../shared/config.js';
import { createReportsApi } from './app.js';

// Composition root for AWS: API Gateway sends the report routes (functions/http/gateway-routes.ts) here.
const core = composeCoreFromEnv();
export const handler = createReportsApi({
  ...core,
  ...composeReports(createDocumentClient(), requiredEnv('TABLE_NAME'), core.landlords),
});
