import { LambdaClient } from '@aws-sdk/client-lambda';
import { LambdaQuarantineReleaser } from '../adapters/lambda-quarantine-releaser.adapter.js';
import { composeCoreFromEnv } from '../shared/compose.js';
import { requiredEnv } from '../shared/config.js';
import { traced } from '../shared/tracer.js';
import { createHttpApi } from './app.js';

// Composition root for AWS: clients and config are made once per cold start.
const core = composeCoreFromEnv();
export const handler = createHttpApi({
  ...core,
  releaser: new LambdaQuarantineReleaser(traced(new LambdaClient({})), requiredEnv('INBOUND_FUNCTION_NAME')),
});
