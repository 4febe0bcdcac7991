import { GetCommand, TransactWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { PlainDate } from '../../domain/calendar/plain-date.js';
import type { Page } from '../../domain/ports/complaint-store.port.js';
import type { NoComplaintLetters, NoComplaintStore } from '../../domain/ports/non-complaint-store.port.js';
import type { NoComplaintRecord } from '../../domain/non-complaints/no-complaint-record.js';
import { queryAll } from './dynamodb-query-all.js';
import { outboxItem } from './complaint-item.js';
import { letterItem, letterPointerItem } from './dynamodb-letter-item.js';
import { keys } from './table-design.js';
import { dateRange, decodeMainTableCursor, noComplaintItems, nonComplaintKeys, withoutKeys, type TransactItem } from './non-complaint-items.js';
import { pageOf } from './dynamodb-service-request-store.adapter.js';

export class DynamoDbNoComplaintStore implements NoComplaintStore {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async get(landlordId: string, id: string): Promise<NoComplaintRecord | undefined> {
    const { Item: pointer } = await this.db.send(new GetCommand({ TableName: this.tableName, Key: { PK: keys.landlord(landlordId), SK: nonComplaintKeys.noComplaintPointerSk(id) } }));
    if (!pointer) return undefined;
    const { Item } = await this.db.send(new GetCommand({ TableName: this.tableName, Key: { PK: nonComplaintKeys.noComplaints(landlordId), SK: pointer.sk } }));
    return Item ? withoutKeys<NoComplaintRecord>(Item) : undefined;
  }

  /**
   * The record and its letter commit together. The letter's outbox message (or printed copy) sits in a
   * partition keyed like a complaint's by the record's id, because the dispatcher and the print queue find
   * a letter's record that way; no complaint item is ever written there.
   */
  async record(record: NoComplaintRecord, letters: NoComplaintLetters): Promise<void> {
    const items: TransactItem[] = [
      ...noComplaintItems(record).map((Item): TransactItem => ({ Put: { TableName: this.tableName, Item, ConditionExpression: 'attribute_not_exists(PK)' } })),
      ...letters.outbox.map((message): TransactItem => ({ Put: { TableName: this.tableName, Item: outboxItem(message), ConditionExpression: 'attribute_not_exists(PK)' } })),
      ...letters.letters.flatMap((letter): TransactItem[] => [
        { Put: { TableName: this.tableName, Item: letterItem(letter), ConditionExpression: 'attribute_not_exists(PK)' } },
        { Put: { TableName: this.tableName, Item: letterPointerItem(letter), ConditionExpression: 'attribute_not_exists(PK)' } },
      ]),
    ];
    await this.db.send(new TransactWriteCommand({ TransactItems: items }));
  }

  list(landlordId: string, query: { from?: PlainDate; to?: PlainDate; limit: number; cursor?: string }): Promise<Page<NoComplaintRecord>> {
    const partition = nonComplaintKeys.noComplaints(landlordId);
    const range = dateRange(query.from, query.to);
    return pageOf(
      this.db,
      {
        TableName: this.tableName,
        KeyConditionExpression: 'PK = :pk AND SK BETWEEN :lower AND :upper',
        ScanIndexForward: false,
        ExpressionAttributeValues: { ':pk': partition, ':lower': range.lower, ':upper': range.upper },
      },
      query.limit,
      query.cursor && decodeMainTableCursor(query.cursor, partition, range),
      (item) => withoutKeys<NoComplaintRecord>(item),
    );
  }

  async raisedBetween(landlordId: string, from: PlainDate, to: PlainDate): Promise<NoComplaintRecord[]> {
    const range = dateRange(from, to);
    const items = await queryAll(this.db, {
      TableName: this.tableName,
      KeyConditionExpression: 'PK = :pk AND SK BETWEEN :lower AND :upper',
      ExpressionAttributeValues: { ':pk': nonComplaintKeys.noComplaints(landlordId), ':lower': range.lower, ':upper': range.upper },
    });
    return items.map((item) => withoutKeys<NoComplaintRecord>(item));
  }
}
