import middy from '@middy/core';
import { createDocumentClient } from '../adapters/dynamodb-client.js';
import { DynamoDbSendLedger } from '../adapters/dynamodb-send-ledger.adapter.js';
import { instrumentation } from '../shared/instrumentation.js';
import { logger } from '../shared/logger.js';
import { recordSendEvent, type RecordResult, type SesEvent } from './record-send-event.js';

// Composition root for AWS: an EventBridge rule delivers the configuration set's Send and Delivery events.
// (The table name is read here, not through shared/config, which would bundle the holiday calendar.)
const tableName = process.env.TABLE_NAME;
if (!tableName) throw new Error('missing required environment variable TABLE_NAME');
const ledger = new DynamoDbSendLedger(createDocumentClient(), tableName);

export async function record(event: SesEvent): Promise<RecordResult> {
  const result = await recordSendEvent(ledger, event, new Date());
  logger.info('SES event', { eventType: event.detail?.eventType, providerId: event.detail?.mail?.messageId, result });
  return result;
}

export const handler = middy(record).use(instrumentation());
