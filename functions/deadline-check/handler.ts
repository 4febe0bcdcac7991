import { S3Client } from '@aws-sdk/client-s3';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import { z } from 'zod';
import { createDocumentClient } from '../adapters/dynamodb-client.js';
import { S3BlobStore } from '../adapters/s3-blob-store.adapter.js';
import { composeCore } from '../shared/compose.js';
import { loadBankHolidays, requiredEnv } from '../shared/config.js';
import { logger } from '../shared/logger.js';
import { checkDeadline, type CheckResult } from './deadline-check.js';

// Composition root for AWS: EventBridge Scheduler invokes this with the schedule's JSON payload.
const deps = composeCore({
  db: createDocumentClient(),
  tableName: requiredEnv('TABLE_NAME'),
  clock: { now: () => new Date() },
  holidays: loadBankHolidays(),
  blobs: new S3BlobStore(new S3Client({}), requiredEnv('MAIL_BUCKET')),
  defaultFromAddress: requiredEnv('DEFAULT_FROM_ADDRESS'),
});

const Payload = z.strictObject({
  landlordId: z.string().min(1),
  complaintId: z.string().min(1),
  step: z.string().min(1),
  kind: z.enum(['reminder', 'check']),
  dueBy: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
});

export async function check(event: unknown): Promise<CheckResult> {
  const payload = Payload.parse(event);
  const result = await checkDeadline(deps, payload);
  logger.info('deadline check', { ...payload, result });
  return result;
}

export const handler = middy(check).use(injectLambdaContext(logger, { resetKeys: true }));
