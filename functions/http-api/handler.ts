import { LambdaClient } from '@aws-sdk/client-lambda';
import { createDocumentClient } from '../adapters/dynamodb-client.js';
import { LambdaQuarantineReleaser } from '../adapters/lambda-quarantine-releaser.adapter.js';
import { composeCore } from '../shared/compose.js';
import { loadBankHolidays, requiredEnv } from '../shared/config.js';
import { createHttpApi } from './app.js';

// Composition root for AWS: clients and config are made once per cold start.
export const handler = createHttpApi({
  ...composeCore({
    db: createDocumentClient(),
    tableName: requiredEnv('TABLE_NAME'),
    clock: { now: () => new Date() },
    holidays: loadBankHolidays(),
    defaultFromAddress: requiredEnv('DEFAULT_FROM_ADDRESS'),
  }),
  releaser: new LambdaQuarantineReleaser(new LambdaClient({}), requiredEnv('INBOUND_FUNCTION_NAME')),
});
