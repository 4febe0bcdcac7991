import type { CreateTableCommandInput } from '@aws-sdk/client-dynamodb';

/**
 * One table, every key prefixed by the landlord so no query can reach across tenants.
 * See ARCHITECTURE.md for the access patterns each key and index serves.
 */
export const GSI = {
  byReceived: 'GSI1', // all of a landlord's complaints, newest first
  byStatus: 'GSI2', // complaints in one status, newest first
  byHandler: 'GSI3', // complaints of one handler, newest first
  byDue: 'GSI4', // sparse: open complaints by the due date of their next step; pending outbox messages
  byOverdue: 'GSI5', // sparse: complaints with a missed step still open, earliest first
} as const;

export const keys = {
  landlord: (landlordId: string) => `LANDLORD#${landlordId}`,
  complaint: (landlordId: string, complaintId: string) => `LANDLORD#${landlordId}#COMPLAINT#${complaintId}`,
  settingsSk: 'SETTINGS',
  complaintSk: 'COMPLAINT',
  staffSk: (staffId: string) => `STAFF#${staffId}`,
  /** One active staff record per login (6.13 compares people). */
  staffUserSk: (userId: string) => `STAFFUSER#${userId}`,
  settingsEventSk: (version: number) => `SETTINGS_EVENT#${String(version).padStart(8, '0')}`,
  counterSk: (year: number) => `COUNTER#${year}`,
  referenceSk: (reference: string) => `REF#${reference}`,
  eventSk: (seq: number) => `EVENT#${String(seq).padStart(8, '0')}`,
  correspondenceSk: (occurredAt: string, id: string) => `CORR#${occurredAt}#${id}`,
  outboxSk: (id: string) => `OUTBOX#${id}`,
  /** The provider's record that an outbox message reached it (SES send events), beside the message. */
  providerSendSk: (outboxId: string) => `PROVIDER_SEND#${outboxId}`,
  sentMessageSk: (messageId: string) => `MSGID#${messageId}`,
  inboundSk: (key: string) => `INBOUND#${key}`,
  quarantineSk: (id: string) => `QUARANTINE#${id}`,
  heldRawSk: (rawSha256: string) => `HELD#${rawSha256}`,
  inboundAddress: (address: string) => `INBOUND_ADDRESS#${address.toLowerCase()}`,
  inboundAddressSk: 'ADDRESS',
  /**
   * Pending outbox messages by when they are next due, spread over OUTBOX_SHARDS partitions by the
   * message id so no one partition carries every landlord's mail: the dispatcher's sweep reads each.
   */
  outboxDuePk: (outboxId: string) => `OUTBOX#PENDING#${outboxShard(outboxId)}`,
  outboxDueShardPk: (shard: number) => `OUTBOX#PENDING#${shard}`,
  byReceivedPk: (landlordId: string) => `LANDLORD#${landlordId}`,
  byStatusPk: (landlordId: string, status: string) => `LANDLORD#${landlordId}#STATUS#${status}`,
  byHandlerPk: (landlordId: string, handlerId: string) => `LANDLORD#${landlordId}#HANDLER#${handlerId}`,
  byDuePk: (landlordId: string) => `LANDLORD#${landlordId}#DUE`,
  byOverduePk: (landlordId: string) => `LANDLORD#${landlordId}#OVERDUE`,
  /** A posted (or undeliverable) resident letter, beside its complaint. */
  letterSk: (letterId: string) => `LETTER#${letterId}`,
  /** Where a letter id is looked up without its complaint: GET /v1/letters/{id}.pdf. */
  letterPointerSk: (letterId: string) => `LETTER#${letterId}`,
  /** The print queue on GSI4 (byDue), one partition per status, oldest first: `${createdAt}#${id}`. */
  lettersByStatusPk: (landlordId: string, status: string) => `LANDLORD#${landlordId}#LETTERS#${status}`,
};

/**
 * How many partitions the pending outbox is spread over. Raising it is safe at any time: a message keeps
 * the shard it was written to, and the sweep reads every shard below the new count (a superset of the
 * old). Lowering it strands messages in the shards above, so it is done only with the outbox drained.
 */
export const OUTBOX_SHARDS = 8;

/** The partition written before the outbox was sharded; the sweep still reads it so nothing queued then is stranded. */
export const LEGACY_OUTBOX_DUE_PK = 'OUTBOX#PENDING';

/** A stable shard for a message id (FNV-1a), the same in every process. */
export function outboxShard(outboxId: string, shards: number = OUTBOX_SHARDS): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < outboxId.length; i += 1) hash = Math.imul(hash ^ outboxId.charCodeAt(i), 0x01000193) >>> 0;
  return hash % shards;
}

/** Every partition the dispatcher's sweep reads. */
export function outboxDuePartitions(shards: number = OUTBOX_SHARDS): string[] {
  return [...Array.from({ length: shards }, (_, shard) => keys.outboxDueShardPk(shard)), LEGACY_OUTBOX_DUE_PK];
}

/** The fields a print-queue row shows (GET /v1/letters): everything of a posted letter but its text. */
export const LETTER_SUMMARY_ATTRIBUTES = [
  'id',
  'complaintId',
  'reference',
  'kind',
  'stage',
  'status',
  'recipientName',
  'postalAddress',
  'reason',
  'createdAt',
  'postedOn',
  'postedBy',
  'postedRecordedAt',
  'printAlertedAt',
] as const;

export type IndexProjection = { ProjectionType: 'KEYS_ONLY' } | { ProjectionType: 'INCLUDE'; NonKeyAttributes: string[] };

/**
 * What each index carries besides its keys and the table's (see ARCHITECTURE.md, "What each index
 * projects"). An index item is rewritten whenever a projected attribute changes, and costs a write unit
 * per KB, so each holds only what its query reads: the complaint lists read keys and fetch the complaints
 * with BatchGetItem; the print queue's rows come from the index; the outbox sweep reads keys only and the
 * dispatcher reads the letter once, when it claims it. The CDK table and the local table both use this.
 */
export const INDEX_PROJECTIONS: Record<(typeof GSI)[keyof typeof GSI], IndexProjection> = {
  [GSI.byReceived]: { ProjectionType: 'KEYS_ONLY' },
  [GSI.byStatus]: { ProjectionType: 'KEYS_ONLY' },
  [GSI.byHandler]: { ProjectionType: 'KEYS_ONLY' },
  [GSI.byDue]: { ProjectionType: 'INCLUDE', NonKeyAttributes: [...LETTER_SUMMARY_ATTRIBUTES] },
  [GSI.byOverdue]: { ProjectionType: 'KEYS_ONLY' },
};

const stringAttr = (AttributeName: string) => ({ AttributeName, AttributeType: 'S' as const });
const index = (name: (typeof GSI)[keyof typeof GSI]) => ({
  IndexName: name,
  KeySchema: [
    { AttributeName: `${name}PK`, KeyType: 'HASH' as const },
    { AttributeName: `${name}SK`, KeyType: 'RANGE' as const },
  ],
  Projection: INDEX_PROJECTIONS[name],
});

/** The table as CreateTable input: the local stack and tests create exactly what the CDK app deploys. */
export function tableDefinition(TableName: string): CreateTableCommandInput {
  return {
    TableName,
    BillingMode: 'PAY_PER_REQUEST',
    KeySchema: [
      { AttributeName: 'PK', KeyType: 'HASH' },
      { AttributeName: 'SK', KeyType: 'RANGE' },
    ],
    AttributeDefinitions: [
      stringAttr('PK'),
      stringAttr('SK'),
      ...Object.values(GSI).flatMap((name) => [stringAttr(`${name}PK`), stringAttr(`${name}SK`)]),
    ],
    GlobalSecondaryIndexes: Object.values(GSI).map(index),
    StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_AND_OLD_IMAGES' },
  };
}

/**
 * Report aggregates (see ARCHITECTURE.md, Reports): per landlord one partition holding a counters item per
 * day, the applied state per complaint, and the sparse details (improvements, orders) reports list by name.
 */
export const reportKeys = {
  aggregatePk: (landlordId: string) => `LANDLORD#${landlordId}#AGG`,
  daySk: (date: string) => `DAY#${date}`,
  appliedSk: (complaintId: string) => `APPLIED#${complaintId}`,
  detailSk: (complaintId: string) => `DETAIL#${complaintId}`,
  selfAssessmentSk: (year: number, provision: string) => `SELF_ASSESSMENT#${year}#${provision}`,
  governingBodyResponseSk: (year: number) => `GOVERNING_BODY_RESPONSE#${year}`,
  reportEventSk: (at: string, id: string) => `REPORT_EVENT#${at}#${id}`,
};
