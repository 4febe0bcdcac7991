import { GetCommand, QueryCommand, TransactWriteCommand, type DynamoDBDocumentClient, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import type { PlainDate } from '../../domain/calendar/plain-date.js';
import { VersionConflict } from '../../domain/errors.js';
import type { Page } from '../../domain/ports/complaint-store.port.js';
import type { ServiceRequestQuery, ServiceRequestStore } from '../../domain/ports/non-complaint-store.port.js';
import type { ServiceRequest, ServiceRequestChange, ServiceRequestEvent } from '../../domain/non-complaints/service-request.js';
import { queryAll } from './dynamodb-query-all.js';
import { dateRange, decodeMainTableCursor, encodeMainTableCursor, nonComplaintKeys, serviceRequestWriteItems, withoutKeys } from './non-complaint-items.js';

export class DynamoDbServiceRequestStore implements ServiceRequestStore {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async get(landlordId: string, id: string): Promise<ServiceRequest | undefined> {
    const { Item } = await this.db.send(
      new GetCommand({ TableName: this.tableName, Key: { PK: nonComplaintKeys.serviceRequest(landlordId, id), SK: nonComplaintKeys.serviceRequestSk }, ConsistentRead: true }),
    );
    return Item ? withoutKeys<ServiceRequest>(Item) : undefined;
  }

  create(change: ServiceRequestChange): Promise<void> {
    return this.write(change, undefined);
  }

  save(change: ServiceRequestChange, expectedVersion: number): Promise<void> {
    return this.write(change, expectedVersion);
  }

  private async write(change: ServiceRequestChange, expectedVersion: number | undefined): Promise<void> {
    try {
      await this.db.send(new TransactWriteCommand({ TransactItems: serviceRequestWriteItems(this.tableName, change, expectedVersion) }));
    } catch (error) {
      if ((error as Error).name === 'TransactionCanceledException') throw new VersionConflict('the service request changed since it was read');
      throw error;
    }
  }

  /** One key-range Query on the landlord's partition; other filters ride along, reading on until the page is full. */
  async list(landlordId: string, query: ServiceRequestQuery): Promise<Page<ServiceRequest>> {
    const partition = nonComplaintKeys.serviceRequests(landlordId);
    const range = dateRange(query.from, query.to);
    const filters: string[] = [];
    const names: Record<string, string> = {};
    const values: Record<string, unknown> = { ':pk': partition, ':lower': range.lower, ':upper': range.upper };
    if (query.status) {
      filters.push('#status = :status');
      names['#status'] = 'status';
      values[':status'] = query.status;
    }
    if (query.complaint !== undefined) {
      names['#complaints'] = 'complaints';
      values[':none'] = 0;
      filters.push(query.complaint ? 'size(#complaints) > :none' : 'size(#complaints) = :none');
    }
    const input: QueryCommandInput = {
      TableName: this.tableName,
      KeyConditionExpression: 'PK = :pk AND SK BETWEEN :lower AND :upper',
      ScanIndexForward: false,
      ExpressionAttributeValues: values,
      ...(Object.keys(names).length > 0 && { ExpressionAttributeNames: names }),
      ...(filters.length > 0 && { FilterExpression: filters.join(' AND ') }),
    };
    return pageOf(this.db, input, query.limit, query.cursor && decodeMainTableCursor(query.cursor, partition, range), (item) => withoutKeys<ServiceRequest>(item));
  }

  async events(landlordId: string, id: string): Promise<ServiceRequestEvent[]> {
    const items = await queryAll(this.db, {
      TableName: this.tableName,
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
      ExpressionAttributeValues: { ':pk': nonComplaintKeys.serviceRequest(landlordId, id), ':prefix': 'EVENT#' },
    });
    return items.map((item) => withoutKeys<ServiceRequestEvent>(item));
  }

  async receivedBetween(landlordId: string, from: PlainDate, to: PlainDate): Promise<ServiceRequest[]> {
    const range = dateRange(from, to);
    const items = await queryAll(this.db, {
      TableName: this.tableName,
      KeyConditionExpression: 'PK = :pk AND SK BETWEEN :lower AND :upper',
      ExpressionAttributeValues: { ':pk': nonComplaintKeys.serviceRequests(landlordId), ':lower': range.lower, ':upper': range.upper },
    });
    return items.map((item) => withoutKeys<ServiceRequest>(item));
  }
}

/** A page of a main-table Query, reading on past filtered-out items until it is full; the cursor names the last item returned. */
export async function pageOf<T>(
  db: DynamoDBDocumentClient,
  input: QueryCommandInput,
  limit: number,
  start: Record<string, unknown> | undefined | '',
  map: (item: Record<string, unknown>) => T,
): Promise<Page<T>> {
  const items: T[] = [];
  let startKey = start || undefined;
  let last: Record<string, unknown> | undefined;
  let more = false;
  do {
    const page = await db.send(new QueryCommand({ ...input, Limit: limit, ExclusiveStartKey: startKey }));
    for (const item of page.Items ?? []) {
      if (items.length === limit) {
        more = true;
        break;
      }
      items.push(map(item));
      last = item;
    }
    startKey = page.LastEvaluatedKey;
    if (items.length === limit && startKey) more = true;
  } while (startKey && !more);
  return more && last ? { items, nextCursor: encodeMainTableCursor({ PK: last.PK, SK: last.SK }) } : { items };
}
