import type { EventBridgeEvent } from 'aws-lambda';
import type { DynamoDbSendLedger } from '../adapters/dynamodb-send-ledger.adapter.js';
import { sendRefFromTags, sesMessageId } from '../adapters/ses-send-tags.js';

/** The part of an SES event (configuration set to EventBridge) this reads. */
export interface SesMailDetail {
  eventType: string;
  mail: { messageId: string; timestamp: string; tags?: Record<string, string[]> };
}

export type SesEvent = EventBridgeEvent<string, SesMailDetail>;

/** Either one means SES took the message: a reclaim must not send it again. */
const TAKEN = new Set(['Send', 'Delivery']);

export type RecordResult = 'recorded' | 'not-a-send' | 'untagged';

/**
 * Files SES's word that an outbox message reached it under the message's outbox id. Mail that does
 * not carry an outbox reference (sent by something else through the same configuration set) and
 * other event types are left alone. A malformed event throws, so EventBridge retries it and then
 * parks it in the dead-letter queue rather than it being lost.
 */
export async function recordSendEvent(ledger: Pick<DynamoDbSendLedger, 'record'>, event: SesEvent, now: Date): Promise<RecordResult> {
  const detail = event.detail;
  if (!detail || typeof detail.eventType !== 'string') throw new Error('not an SES event: no detail.eventType');
  if (!TAKEN.has(detail.eventType)) return 'not-a-send';
  const ref = sendRefFromTags(detail.mail?.tags);
  if (!ref) return 'untagged';
  const { messageId, timestamp } = detail.mail;
  if (typeof messageId !== 'string' || !messageId || Number.isNaN(Date.parse(timestamp))) throw new Error('SES event without mail.messageId or mail.timestamp');
  await ledger.record(
    ref,
    { eventType: detail.eventType, providerId: messageId, messageId: sesMessageId(messageId, event.region), sentAt: new Date(timestamp).toISOString() },
    now,
  );
  return 'recorded';
}
