import { GetCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { ProviderSend, SendLedger, SendRef } from '../../domain/ports/send-ledger.port.js';
import { keys } from './table-design.js';

/** One provider event about one send: SES's `Send` or `Delivery` for a tagged message. */
export interface ProviderEvent {
  eventType: string;
  /** The provider's id for this send; a second send of the same outbox message has another. */
  providerId: string;
  messageId: string;
  sentAt: string;
}

/**
 * SES's record of each outbox message, kept in the complaint's partition beside the message: the
 * send-events consumer writes it, a dispatcher reclaiming a message reads it (a strongly consistent
 * read, so a record written before the reclaim is always seen).
 */
export class DynamoDbSendLedger implements SendLedger {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async find(ref: SendRef): Promise<ProviderSend | undefined> {
    const { Item } = await this.db.send(new GetCommand({ TableName: this.tableName, Key: key(ref), ConsistentRead: true }));
    if (!Item) return undefined;
    return { messageId: Item.messageId as string, sentAt: Item.sentAt as string };
  }

  /**
   * Events arrive at least once and in any order: the first send's Message-ID and time stay, every
   * provider id and event type is added to a set, so a message SES took twice shows two ids.
   */
  async record(ref: SendRef, event: ProviderEvent, recordedAt: Date): Promise<void> {
    await this.db.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: key(ref),
        UpdateExpression:
          'SET entity = :entity, outboxId = :outboxId, messageId = if_not_exists(messageId, :messageId), sentAt = if_not_exists(sentAt, :sentAt), ' +
          'firstRecordedAt = if_not_exists(firstRecordedAt, :now) ADD providerIds :providerId, eventTypes :eventType',
        ExpressionAttributeValues: {
          ':entity': 'provider-send',
          ':outboxId': ref.outboxId,
          ':messageId': event.messageId,
          ':sentAt': event.sentAt,
          ':now': recordedAt.toISOString(),
          ':providerId': new Set([event.providerId]),
          ':eventType': new Set([event.eventType]),
        },
      }),
    );
  }
}

const key = (ref: SendRef) => ({ PK: keys.complaint(ref.landlordId, ref.complaintId), SK: keys.providerSendSk(ref.outboxId) });
