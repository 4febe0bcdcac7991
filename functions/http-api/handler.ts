import { LambdaClient } from '@aws-sdk/client-lambda';
import { LambdaQuarantineReleaser } from '../adapters/lambda-quarantine-releaser.adapter.js';
import { composeCoreFromEnv } from '../shared/compose.js';
import { requiredEnv } from '../shared/config.js';
import { createHttpApi } from './app.js';

// Composition root for AWS: clients and config are made once per cold start.
export const handler = createHttpApi({
  ...composeCoreFromEnv(),
  releaser: new LambdaQuarantineReleaser(new LambdaClient({}), requiredEnv('INBOUND_FUNCTION_NAME')),
});
