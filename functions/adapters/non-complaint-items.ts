import type { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { PlainDate } from '../../domain/calendar/plain-date.js';
import type { NoComplaintRecord } from '../../domain/non-complaints/no-complaint-record.js';
import type { ServiceRequest, ServiceRequestChange } from '../../domain/non-complaints/service-request.js';
import { BadCursor } from '../../domain/errors.js';
import { keys } from './table-design.js';

export type TransactItem = NonNullable<ConstructorParameters<typeof TransactWriteCommand>[0]['TransactItems']>[number];

/**
 * Service requests and no-complaint records live in the main table under the landlord's prefix, never in
 * an index: each landlord has one partition of each, sorted by the date of receipt in its zone, so a list
 * or a period's counts is one key-range Query (see ARCHITECTURE.md).
 */
export const nonComplaintKeys = {
  serviceRequest: (landlordId: string, id: string) => `LANDLORD#${landlordId}#SERVICE_REQUEST#${id}`,
  serviceRequestSk: 'SERVICE_REQUEST',
  serviceRequestEventSk: (seq: number) => `EVENT#${String(seq).padStart(8, '0')}`,
  serviceRequests: (landlordId: string) => `LANDLORD#${landlordId}#SERVICE_REQUESTS`,
  noComplaints: (landlordId: string) => `LANDLORD#${landlordId}#NO_COMPLAINTS`,
  noComplaintPointerSk: (id: string) => `NO_COMPLAINT#${id}`,
  /** `<date>#<instant>#<id>`: a period of dates is a key range; within a day, by time. */
  byDate: (date: PlainDate, instant: string, id: string) => `${date}#${instant}#${id}`,
};

const KEY_ATTRIBUTES = new Set(['PK', 'SK', 'entity']);
export const withoutKeys = <T>(item: Record<string, unknown>): T => Object.fromEntries(Object.entries(item).filter(([name]) => !KEY_ATTRIBUTES.has(name))) as T;

/**
 * A change to a service request: its record (conditional on the version read, or new), the copy in the
 * landlord's list partition, and its event, in the caller's transaction.
 */
export function serviceRequestWriteItems(tableName: string, change: ServiceRequestChange, expectedVersion: number | undefined): TransactItem[] {
  const { record, event } = change;
  const pk = nonComplaintKeys.serviceRequest(record.landlordId, record.id);
  return [
    {
      Put: {
        TableName: tableName,
        Item: { PK: pk, SK: nonComplaintKeys.serviceRequestSk, entity: 'service_request', ...record },
        ...(expectedVersion === undefined
          ? { ConditionExpression: 'attribute_not_exists(PK)' }
          : { ConditionExpression: '#version = :expected', ExpressionAttributeNames: { '#version': 'version' }, ExpressionAttributeValues: { ':expected': expectedVersion } }),
      },
    },
    { Put: { TableName: tableName, Item: serviceRequestListItem(record) } },
    {
      Put: {
        TableName: tableName,
        Item: { PK: pk, SK: nonComplaintKeys.serviceRequestEventSk(event.seq), entity: 'service_request_event', ...event },
        ConditionExpression: 'attribute_not_exists(PK)',
      },
    },
  ];
}

export function serviceRequestListItem(record: ServiceRequest): Record<string, unknown> {
  return {
    PK: nonComplaintKeys.serviceRequests(record.landlordId),
    SK: nonComplaintKeys.byDate(record.receivedOn, record.receivedAt, record.id),
    entity: 'service_request_entry',
    ...record,
  };
}

export function noComplaintItems(record: NoComplaintRecord): Record<string, unknown>[] {
  const sk = nonComplaintKeys.byDate(record.raisedOn, record.raisedAt, record.id);
  return [
    { PK: nonComplaintKeys.noComplaints(record.landlordId), SK: sk, entity: 'no_complaint', ...record },
    { PK: keys.landlord(record.landlordId), SK: nonComplaintKeys.noComplaintPointerSk(record.id), entity: 'no_complaint_pointer', sk },
  ];
}

/** The sort-key range of a date period: every key from the first day's to the last day's. */
export function dateRange(from: PlainDate | undefined, to: PlainDate | undefined): { lower: string; upper: string } {
  return { lower: from ? `${from}#` : '0', upper: to ? `${to}#\uffff` : '9\uffff' };
}

/** A cursor names the last item returned; it is accepted only for this partition and inside this range. */
export function decodeMainTableCursor(cursor: string, partition: string, range: { lower: string; upper: string }): Record<string, unknown> {
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
  } catch {
    throw new BadCursor();
  }
  if (typeof key !== 'object' || key === null || Array.isArray(key)) throw new BadCursor();
  const record = key as Record<string, unknown>;
  if (Object.keys(record).length !== 2 || record.PK !== partition || typeof record.SK !== 'string') throw new BadCursor();
  if (record.SK < range.lower || record.SK > range.upper || Buffer.byteLength(record.SK, 'utf8') > 1024) throw new BadCursor();
  return record;
}

export const encodeMainTableCursor = (key: { PK: unknown; SK: unknown }) => Buffer.from(JSON.stringify({ PK: key.PK, SK: key.SK }), 'utf8').toString('base64url');
