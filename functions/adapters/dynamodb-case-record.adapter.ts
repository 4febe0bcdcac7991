import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { CaseRecord, SentEmail } from '../../domain/case-file/case-file.js';
import type { AuditEvent } from '../../domain/complaint/audit-event.js';
import type { Correspondence } from '../../domain/complaint/correspondence.js';
import type { PostedLetter } from '../../domain/letters/posted-letter.js';
import type { CaseRecordStore } from '../../domain/ports/case-record.port.js';
import { complaintFromItem, stripKeys } from './complaint-item.js';
import { queryAll } from './dynamodb-query-all.js';
import { keys } from './table-design.js';

/**
 * The whole complaint partition in one consistent Query (the complaint, its events, correspondence,
 * outbox messages and posted letters share it): a case file reads the record and writes nothing.
 */
export class DynamoDbCaseRecordStore implements CaseRecordStore {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async read(landlordId: string, complaintId: string): Promise<CaseRecord | undefined> {
    const items = await queryAll(this.db, {
      TableName: this.tableName,
      KeyConditionExpression: 'PK = :pk',
      ExpressionAttributeValues: { ':pk': keys.complaint(landlordId, complaintId) },
      ConsistentRead: true,
    });
    const complaintItem = items.find((item) => item.SK === keys.complaintSk);
    if (!complaintItem) return undefined;
    const of = (prefix: string) => items.filter((item) => (item.SK as string).startsWith(prefix)).map(stripKeys);
    return {
      complaint: complaintFromItem(complaintItem),
      events: of('EVENT#') as unknown as AuditEvent[],
      correspondence: of('CORR#') as unknown as Correspondence[],
      postedLetters: of('LETTER#') as unknown as PostedLetter[],
      // Emails only: schedule moves ride the same outbox.
      emails: of('OUTBOX#').filter((item) => item.kind !== 'schedule') as unknown as SentEmail[],
    };
  }
}
