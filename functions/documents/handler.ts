import { S3Client } from '@aws-sdk/client-s3';
import { createDocumentClient } from '../adapters/dynamodb-client.js';
import { S3BlobStore } from '../adapters/s3-blob-store.adapter.js';
import { composeCoreFromEnv } from '../shared/compose.js';
import { requiredEnv } from '../shared/config.js';
import { traced } from '../shared/tracer.js';
import { createDocumentsApi } from './app.js';
import { composeDocuments } from './compose.js';

// Composition root for AWS: API Gateway sends the PDF routes (functions/http/gateway-routes.ts) here.
const core = composeCoreFromEnv();
export const handler = createDocumentsApi({
  ...core,
  ...composeDocuments({ db: createDocumentClient(), tableName: requiredEnv('TABLE_NAME'), blobs: new S3BlobStore(traced(new S3Client({})), requiredEnv('MAIL_BUCKET')) }),
});
