import { SchedulerClient } from '@aws-sdk/client-scheduler';
import { SESv2Client } from '@aws-sdk/client-sesv2';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import middy from '@middy/core';
import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { createDocumentClient } from '../adapters/dynamodb-client.js';
import { DynamoDbSendLedger } from '../adapters/dynamodb-send-ledger.adapter.js';
import { EventBridgeScheduler } from '../adapters/eventbridge-scheduler.adapter.js';
import { SesMailer } from '../adapters/ses-mailer.adapter.js';
import { requiredEnv } from '../shared/config.js';
import { instrumentation } from '../shared/instrumentation.js';
import { logger } from '../shared/logger.js';
import { traced } from '../shared/tracer.js';
import { composeDispatcher } from './compose.js';

// Composition root for AWS: clients and config once per cold start.
const tableName = requiredEnv('TABLE_NAME');
const region = requiredEnv('AWS_REGION');
const db = createDocumentClient();
const dispatcher = composeDispatcher({
  db,
  tableName,
  // One SDK attempt per send: SendEmail has no idempotency token (see SesMailer).
  mailer: new SesMailer(traced(new SESv2Client({ maxAttempts: 1 })), region, process.env.SES_CONFIGURATION_SET),
  ledger: new DynamoDbSendLedger(db, tableName),
  scheduler: new EventBridgeScheduler(traced(new SchedulerClient({})), {
    groupName: requiredEnv('SCHEDULE_GROUP'),
    targetArn: requiredEnv('DEADLINE_CHECK_ARN'),
    roleArn: requiredEnv('SCHEDULER_ROLE_ARN'),
    deadLetterArn: requiredEnv('SCHEDULE_DLQ_ARN'),
  }),
  clock: { now: () => new Date() },
  defaultFromAddress: requiredEnv('DEFAULT_FROM_ADDRESS'),
});

type SweepEvent = { sweep: true } | { source: 'aws.events' };

function isStreamEvent(event: DynamoDBStreamEvent | SweepEvent): event is DynamoDBStreamEvent {
  return Array.isArray((event as DynamoDBStreamEvent).Records);
}

/**
 * Two triggers, one dispatcher: the table's stream (a new outbox message is carried out at once) and a
 * one-minute schedule (retries whose backoff has passed, and anything a failed batch left behind).
 */
async function dispatch(event: DynamoDBStreamEvent | SweepEvent): Promise<DynamoDBBatchResponse | Record<string, number>> {
  if (!isStreamEvent(event)) return dispatcher.sweep();
  const batchItemFailures: DynamoDBBatchResponse['batchItemFailures'] = [];
  for (const record of event.Records) {
    const image = record.dynamodb?.NewImage;
    if (!image || record.eventName === 'REMOVE') continue;
    const item = unmarshall(image as Parameters<typeof unmarshall>[0]);
    if (item.entity !== 'outbox' || item.status !== 'pending') continue;
    try {
      await dispatcher.dispatch({ PK: item.PK, SK: item.SK });
    } catch (error) {
      logger.error('dispatch failed', { error: error as Error, key: { PK: item.PK, SK: item.SK } });
      batchItemFailures.push({ itemIdentifier: record.dynamodb!.SequenceNumber! });
    }
  }
  return { batchItemFailures };
}

export const handler = middy(dispatch).use(instrumentation());
