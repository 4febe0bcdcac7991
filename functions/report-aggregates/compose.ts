import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { LandlordStore } from '../../domain/ports/landlord-store.port.js';
import { DynamoDbReportAggregates } from '../adapters/dynamodb-report-aggregates.adapter.js';
import { DynamoDbReportEntries } from '../adapters/dynamodb-report-entries.adapter.js';

/** The report adapters on one table; a landlord's zone dates its counters (settings are cached per process). */
export function composeReports(db: DynamoDBDocumentClient, tableName: string, landlords: LandlordStore) {
  return {
    aggregates: new DynamoDbReportAggregates(db, tableName, async (landlordId) => (await landlords.getSettings(landlordId)).settings.timeZone),
    reportEntries: new DynamoDbReportEntries(db, tableName),
  };
}
