import middy from '@middy/core';
import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { createDocumentClient } from '../adapters/dynamodb-client.js';
import { DynamoDbLandlordStore } from '../adapters/dynamodb-landlord-store.adapter.js';
import { requiredEnv } from '../shared/config.js';
import { instrumentation } from '../shared/instrumentation.js';
import { composeReports } from './compose.js';
import { applyStreamRecords } from './report-aggregates.js';

// Composition root for AWS: clients and config once per cold start.
const tableName = requiredEnv('TABLE_NAME');
const db = createDocumentClient();
const { aggregates } = composeReports(db, tableName, new DynamoDbLandlordStore(db, tableName));

export const handler = middy<DynamoDBStreamEvent, DynamoDBBatchResponse>()
  .use(instrumentation())
  .handler((event) => applyStreamRecords(event.Records, aggregates));
