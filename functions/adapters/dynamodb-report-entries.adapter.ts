import { GetCommand, TransactWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { PlainDate } from '../../domain/calendar/plain-date.js';
import { Conflict } from '../../domain/errors.js';
import type { OmbudsmanLandlordRecord } from '../../domain/landlord/ombudsman-records.js';
import type { LandlordEntry } from '../../domain/reports/self-assessment.js';
import { queryAll } from './dynamodb-query-all.js';
import { keys, reportKeys } from './table-design.js';

const OMBUDSMAN_RECORD_PREFIX = 'OMBUDSMAN_RECORD#';

export interface ReportEntryAudit {
  at: string;
  id: string;
  userId: string;
}

export interface GoverningBodyResponse {
  text: string;
  recordedOn: PlainDate;
}

/**
 * What the landlord writes into its reports: self-assessment entries per provision (8.1a, 8.3) and the
 * governing body's response to the annual report (8.2). Each write goes with an audit item in one
 * transaction, recording who changed what from what.
 */
export class DynamoDbReportEntries {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async selfAssessmentEntries(landlordId: string, year: number): Promise<Record<string, LandlordEntry>> {
    const items = await queryAll(this.db, {
      TableName: this.tableName,
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
      ExpressionAttributeValues: { ':pk': keys.landlord(landlordId), ':prefix': `SELF_ASSESSMENT#${year}#` },
    });
    return Object.fromEntries(items.map((item) => [item.provision as string, item.entry as LandlordEntry]));
  }

  async putSelfAssessmentEntry(landlordId: string, year: number, provision: string, entry: LandlordEntry, audit: ReportEntryAudit): Promise<void> {
    const key = { PK: keys.landlord(landlordId), SK: reportKeys.selfAssessmentSk(year, provision) };
    await this.writeAudited(key, { entity: 'self_assessment_entry', year, provision, entry }, audit, 'self_assessment_entry_recorded');
  }

  async governingBodyResponse(landlordId: string, year: number): Promise<GoverningBodyResponse | undefined> {
    const { Item } = await this.db.send(
      new GetCommand({ TableName: this.tableName, Key: { PK: keys.landlord(landlordId), SK: reportKeys.governingBodyResponseSk(year) }, ConsistentRead: true }),
    );
    return Item ? (Item.response as GoverningBodyResponse) : undefined;
  }

  async putGoverningBodyResponse(landlordId: string, year: number, response: GoverningBodyResponse, audit: ReportEntryAudit): Promise<void> {
    const key = { PK: keys.landlord(landlordId), SK: reportKeys.governingBodyResponseSk(year) };
    await this.writeAudited(key, { entity: 'governing_body_response', year, response }, audit, 'governing_body_response_recorded');
  }

  /** The Ombudsman's orders and reports about the landlord (8.1c, e, f): a handful a year, read whole. */
  async ombudsmanRecords(landlordId: string): Promise<OmbudsmanLandlordRecord[]> {
    const items = await queryAll(this.db, {
      TableName: this.tableName,
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
      ExpressionAttributeValues: { ':pk': keys.landlord(landlordId), ':prefix': OMBUDSMAN_RECORD_PREFIX },
      ConsistentRead: true,
    });
    return items.map((item) => item.record as OmbudsmanLandlordRecord).sort((a, b) => (a.date === b.date ? a.id.localeCompare(b.id) : a.date < b.date ? -1 : 1));
  }

  async ombudsmanRecord(landlordId: string, id: string): Promise<OmbudsmanLandlordRecord | undefined> {
    const { Item } = await this.db.send(new GetCommand({ TableName: this.tableName, Key: { PK: keys.landlord(landlordId), SK: `${OMBUDSMAN_RECORD_PREFIX}${id}` }, ConsistentRead: true }));
    return Item ? (Item.record as OmbudsmanLandlordRecord) : undefined;
  }

  /** A new record, or an order completed: the latter only if no one completed it meanwhile (409 otherwise). */
  async putOmbudsmanRecord(landlordId: string, record: OmbudsmanLandlordRecord, audit: ReportEntryAudit, type: 'ombudsman_record_recorded' | 'ombudsman_order_completed'): Promise<void> {
    const key = { PK: keys.landlord(landlordId), SK: `${OMBUDSMAN_RECORD_PREFIX}${record.id}` };
    const condition = type === 'ombudsman_record_recorded' ? 'attribute_not_exists(PK)' : 'attribute_exists(PK) AND attribute_not_exists(#record.completedOn)';
    try {
      await this.writeAudited(key, { entity: 'ombudsman_landlord_record', record }, audit, type, condition);
    } catch (error) {
      if ((error as Error).name === 'TransactionCanceledException') throw new Conflict(`Ombudsman record ${record.id} changed meanwhile`);
      throw error;
    }
  }

  private async writeAudited(key: { PK: string; SK: string }, value: Record<string, unknown>, audit: ReportEntryAudit, type: string, condition?: string): Promise<void> {
    const { Item: before } = await this.db.send(new GetCommand({ TableName: this.tableName, Key: key, ConsistentRead: true }));
    const strip = (item: Record<string, unknown> | undefined) => (item ? Object.fromEntries(Object.entries(item).filter(([name]) => !['PK', 'SK', 'entity'].includes(name))) : null);
    await this.db.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Put: {
              TableName: this.tableName,
              Item: { ...key, ...value },
              ...(condition && { ConditionExpression: condition, ...(condition.includes('#record') && { ExpressionAttributeNames: { '#record': 'record' } }) }),
            },
          },
          {
            Put: {
              TableName: this.tableName,
              Item: { PK: key.PK, SK: reportKeys.reportEventSk(audit.at, audit.id), entity: 'report_event', type, at: audit.at, userId: audit.userId, before: strip(before), after: strip(value) },
              ConditionExpression: 'attribute_not_exists(PK)',
            },
          },
        ],
      }),
    );
  }
}
