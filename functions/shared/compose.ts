import { randomUUID } from 'node:crypto';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { HolidaysByDivision } from '../../domain/calendar/bank-holidays.js';
import type { Clock } from '../../domain/ports/clock.port.js';
import { createDocumentClient } from '../adapters/dynamodb-client.js';
import { DynamoDbComplaintStore } from '../adapters/dynamodb-complaint-store.adapter.js';
import { DynamoDbLandlordStore } from '../adapters/dynamodb-landlord-store.adapter.js';
import { DynamoDbQuarantine } from '../adapters/dynamodb-quarantine.adapter.js';
import { DynamoDbLetterStore } from '../adapters/dynamodb-letter-store.adapter.js';
import type { LetterStore } from '../../domain/ports/letter-store.port.js';
import { DynamoDbServiceRequestStore } from '../adapters/dynamodb-service-request-store.adapter.js';
import { DynamoDbNoComplaintStore } from '../adapters/dynamodb-no-complaint-store.adapter.js';
import type { QuarantineStore } from '../../domain/ports/quarantine.port.js';
import { loadBankHolidays, requiredEnv } from './config.js';
import type { ApiDeps } from './deps.js';

/**
 * The DynamoDB-backed parts every entry point shares; AWS and the local stack differ only in what
 * they pass. The inbound intake (and its MIME parser) is composed only where mail is read.
 */
export function composeCore(parts: {
  db: DynamoDBDocumentClient;
  tableName: string;
  clock: Clock;
  holidays: HolidaysByDivision;
  defaultFromAddress: string;
}): ApiDeps & { quarantine: QuarantineStore; letters: LetterStore } {
  return {
    complaints: new DynamoDbComplaintStore(parts.db, parts.tableName),
    landlords: new DynamoDbLandlordStore(parts.db, parts.tableName),
    quarantine: new DynamoDbQuarantine(parts.db, parts.tableName),
    letters: new DynamoDbLetterStore(parts.db, parts.tableName),
    serviceRequests: new DynamoDbServiceRequestStore(parts.db, parts.tableName),
    noComplaints: new DynamoDbNoComplaintStore(parts.db, parts.tableName),
    clock: parts.clock,
    holidays: parts.holidays,
    newId: randomUUID,
    defaultFromAddress: parts.defaultFromAddress,
  };
}

/** The same parts on AWS, from the function's environment (a missing variable stops the cold start). */
export function composeCoreFromEnv(): ApiDeps & { quarantine: QuarantineStore; letters: LetterStore } {
  return composeCore({
    db: createDocumentClient(),
    tableName: requiredEnv('TABLE_NAME'),
    clock: { now: () => new Date() },
    holidays: loadBankHolidays(),
    defaultFromAddress: requiredEnv('DEFAULT_FROM_ADDRESS'),
  });
}
