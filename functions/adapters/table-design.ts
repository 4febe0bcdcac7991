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
  /** All pending outbox messages, by when they are next due: the dispatcher's sweep reads this. */
  outboxDuePk: 'OUTBOX#PENDING',
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

const stringAttr = (AttributeName: string) => ({ AttributeName, AttributeType: 'S' as const });
const index = (name: string) => ({
  IndexName: name,
  KeySchema: [
    { AttributeName: `${name}PK`, KeyType: 'HASH' as const },
    { AttributeName: `${name}SK`, KeyType: 'RANGE' as const },
  ],
  Projection: { ProjectionType: 'ALL' as const },
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
