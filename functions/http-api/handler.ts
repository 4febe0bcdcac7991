import { LambdaClient } from '@aws-sdk/client-lambda';
import { S3Client } from '@aws-sdk/client-s3';
import { createDocumentClient } from '../adapters/dynamodb-client.js';
import { LambdaQuarantineReleaser } from '../adapters/lambda-quarantine-releaser.adapter.js';
import { S3BlobStore } from '../adapters/s3-blob-store.adapter.js';
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
    blobs: new S3BlobStore(new S3Client({}), requiredEnv('MAIL_BUCKET')),
    defaultFromAddress: requiredEnv('DEFAULT_FROM_ADDRESS'),
  }),
  releaser: new LambdaQuarantineReleaser(new LambdaClient({}), requiredEnv('INBOUND_FUNCTION_NAME')),
});
