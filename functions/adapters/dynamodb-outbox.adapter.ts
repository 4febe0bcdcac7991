import { QueryCommand, TransactWriteCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { ClaimedMessage, OutboxKey, OutboxMessage, OutboxStore } from '../../domain/ports/outbox.port.js';
import { correspondenceItem, outboxItem } from './complaint-item.js';
import { GSI, keys, outboxDuePartitions } from './table-design.js';

export type { ClaimedMessage, OutboxKey } from '../../domain/ports/outbox.port.js';

type TransactItem = NonNullable<ConstructorParameters<typeof TransactWriteCommand>[0]['TransactItems']>[number];

const DUE_PK = `${GSI.byDue}PK`;
const DUE_SK = `${GSI.byDue}SK`;

/** The outbox's states live on the item; every move between them is conditional on the one before. */
export class DynamoDbOutbox implements OutboxStore {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  /**
   * Pending messages due by `now` and lapsed leases, oldest first, from the sparse due index: no scan.
   * The index is sharded (OUTBOX_SHARDS partitions, and the one written before sharding), so every
   * shard is read, at most `limit` from each, and the oldest `limit` of them all answered. The index
   * holds keys (and a few summary fields): the message itself is read once, when it is claimed.
   */
  async due(now: Date, limit: number): Promise<OutboxKey[]> {
    const shards = await Promise.all(
      outboxDuePartitions().map(async (partition) => {
        const { Items } = await this.db.send(
          new QueryCommand({
            TableName: this.tableName,
            IndexName: GSI.byDue,
            KeyConditionExpression: '#pk = :pk AND #sk <= :now',
            ExpressionAttributeNames: { '#pk': DUE_PK, '#sk': DUE_SK },
            ExpressionAttributeValues: { ':pk': partition, ':now': `${now.toISOString()}#~` },
            Limit: limit,
          }),
        );
        return Items ?? [];
      }),
    );
    return shards
      .flat()
      .sort((a, b) => String(a[DUE_SK]).localeCompare(String(b[DUE_SK])))
      .slice(0, limit)
      .map((item) => ({ PK: item.PK as string, SK: item.SK as string }));
  }

  /**
   * Takes the message for one sender: pending and due, or a send whose lease ran out (a crashed
   * sender). Two dispatchers racing for one message: exactly one wins, the other gets undefined.
   * A claimed message waits in the due index at its lease's end, so held messages never crowd due
   * ones out of a sweep's page, and a crashed sender's message comes due the moment it may be reclaimed.
   */
  async claim(key: OutboxKey, now: Date, leaseMs: number): Promise<ClaimedMessage | undefined> {
    const leaseUntil = new Date(now.getTime() + leaseMs).toISOString();
    try {
      const { Attributes } = await this.db.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: key,
          UpdateExpression: 'SET #status = :sending, leaseUntil = :lease, #dueSk = :leaseSk ADD attempts :one',
          ConditionExpression: '(#status = :pending AND nextAttemptAt <= :now) OR (#status = :sending AND leaseUntil < :now)',
          ExpressionAttributeNames: { '#status': 'status', '#dueSk': DUE_SK },
          ExpressionAttributeValues: {
            ':sending': 'sending',
            ':pending': 'pending',
            ':now': now.toISOString(),
            ':lease': leaseUntil,
            ':leaseSk': `${leaseUntil}#${key.SK.slice('OUTBOX#'.length)}`,
            ':one': 1,
          },
          ReturnValues: 'ALL_NEW',
        }),
      );
      return Attributes && fromItem(Attributes);
    } catch (error) {
      if ((error as Error).name === 'ConditionalCheckFailedException') return undefined;
      throw error;
    }
  }

  /**
   * Done: leaves the due index. A sent email joins the complaint's record (5.12) with its Message-ID,
   * and the Message-ID points back at the complaint for replies.
   */
  async markSent(message: ClaimedMessage, messageId: string | undefined, now: Date): Promise<void> {
    // `now` is when the provider took it: a send recovered from the provider's record keeps its own time.
    const done: TransactItem = {
      Update: {
        TableName: this.tableName,
        Key: { PK: keys.complaint(message.landlordId, message.complaintId), SK: keys.outboxSk(message.id) },
        UpdateExpression: `SET #status = :sent, sentAt = :now${messageId ? ', providerMessageId = :mid' : ''} REMOVE leaseUntil, ${DUE_PK}, ${DUE_SK}`,
        ConditionExpression: '#status = :sending AND attempts = :attempts',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':sent': 'sent', ':sending': 'sending', ':now': now.toISOString(), ':attempts': message.attempts, ...(messageId && { ':mid': messageId }) },
      },
    };
    const record: TransactItem[] =
      message.kind === 'schedule' || !messageId
        ? []
        : [
            {
              Put: {
                TableName: this.tableName,
                Item: correspondenceItem(message.landlordId, {
                  id: message.id,
                  complaintId: message.complaintId,
                  direction: 'outbound',
                  kind: 'email',
                  summary: message.subject,
                  counterparty: message.to.join(', '),
                  occurredAt: now.toISOString(),
                  recordedBy: 'system',
                  recordedAt: now.toISOString(),
                  providerMessageId: messageId,
                  body: message.text,
                  audience: message.audience,
                  letterKind: message.kind,
                }),
              },
            },
            {
              Put: {
                TableName: this.tableName,
                Item: { PK: keys.landlord(message.landlordId), SK: keys.sentMessageSk(messageId), entity: 'sent-message', complaintId: message.complaintId },
              },
            },
          ];
    // A schedule move has nothing to record beside it: a plain conditional update, at half a transaction's units.
    if (record.length === 0) await this.db.send(new UpdateCommand(done.Update!));
    else await this.db.send(new TransactWriteCommand({ TransactItems: [done, ...record] }));
  }

  async markRetry(message: ClaimedMessage, nextAttemptAt: Date, error: string): Promise<void> {
    await this.db.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: { PK: keys.complaint(message.landlordId, message.complaintId), SK: keys.outboxSk(message.id) },
        UpdateExpression: `SET #status = :pending, nextAttemptAt = :next, lastError = :error, ${DUE_SK} = :dueSk REMOVE leaseUntil`,
        ConditionExpression: '#status = :sending AND attempts = :attempts',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: {
          ':pending': 'pending',
          ':sending': 'sending',
          ':next': nextAttemptAt.toISOString(),
          ':error': error,
          ':dueSk': `${nextAttemptAt.toISOString()}#${message.id}`,
          ':attempts': message.attempts,
        },
      }),
    );
  }

  /** Given up: marked failed (never silently dropped) and, in the same commit, the officer's alert queued. */
  async markFailed(message: ClaimedMessage, error: string, alert: OutboxMessage | undefined): Promise<void> {
    await this.db.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Update: {
              TableName: this.tableName,
              Key: { PK: keys.complaint(message.landlordId, message.complaintId), SK: keys.outboxSk(message.id) },
              UpdateExpression: `SET #status = :failed, lastError = :error REMOVE leaseUntil, ${DUE_PK}, ${DUE_SK}`,
              ConditionExpression: '#status = :sending AND attempts = :attempts',
              ExpressionAttributeNames: { '#status': 'status' },
              ExpressionAttributeValues: { ':failed': 'failed', ':sending': 'sending', ':error': error, ':attempts': message.attempts },
            },
          },
          ...(alert ? [{ Put: { TableName: this.tableName, Item: outboxItem(alert), ConditionExpression: 'attribute_not_exists(PK)' } }] : []),
        ],
      }),
    );
  }
}

/**
 * A schedule message queued before a change's moves went out as one message names a single `schedule`;
 * it is read as a list of one, so messages already waiting when this version is deployed still run.
 */
function fromItem(item: Record<string, unknown>): ClaimedMessage {
  if (item.kind === 'schedule' && !Array.isArray(item.schedules) && item.schedule) return { ...item, schedules: [item.schedule] } as unknown as ClaimedMessage;
  return item as unknown as ClaimedMessage;
}
