import { randomUUID } from 'node:crypto';
import { createDocumentClient } from '../adapters/dynamodb-client.js';
import { DynamoDbComplaintStore } from '../adapters/dynamodb-complaint-store.adapter.js';
import { DynamoDbLandlordStore } from '../adapters/dynamodb-landlord-store.adapter.js';
import { loadBankHolidays, requiredEnv } from '../shared/config.js';
import { createHttpApi } from './app.js';

// Composition root for AWS: clients and config are made once per cold start.
const tableName = requiredEnv('TABLE_NAME');
const db = createDocumentClient(process.env.DYNAMODB_ENDPOINT);

export const handler = createHttpApi({
  complaints: new DynamoDbComplaintStore(db, tableName),
  landlords: new DynamoDbLandlordStore(db, tableName),
  clock: { now: () => new Date() },
  holidays: loadBankHolidays(),
  newId: randomUUID,
  defaultFromAddress: requiredEnv('DEFAULT_FROM_ADDRESS'),
});
