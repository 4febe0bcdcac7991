import { randomUUID } from 'node:crypto';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { Context } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { createDocumentClient } from '../../functions/adapters/dynamodb-client.js';
import { DynamoDbSendLedger } from '../../functions/adapters/dynamodb-send-ledger.adapter.js';
import { keys } from '../../functions/adapters/table-design.js';
import type { SesEvent } from '../../functions/ses-events/record-send-event.js';
import { newLandlordId } from '../support/api-harness.js';
import { dynamoEndpoint } from '../support/dynamodb-endpoint.js';

/**
 * The deployed handler module, composed from its environment as on AWS, pointed at DynamoDB Local
 * through the SDK's standard endpoint variable.
 */
const ENV = {
  TABLE_NAME: inject('tableName'),
  AWS_ENDPOINT_URL_DYNAMODB: dynamoEndpoint(),
  AWS_REGION: 'eu-west-2',
  AWS_ACCESS_KEY_ID: 'local',
  AWS_SECRET_ACCESS_KEY: 'local',
};
const saved = Object.fromEntries(Object.keys(ENV).map((name) => [name, process.env[name]]));
let handler: (event: SesEvent, context: Context) => Promise<string>;

beforeAll(async () => {
  Object.assign(process.env, ENV);
  ({ handler } = (await import('../../functions/ses-events/handler.js')) as unknown as { handler: typeof handler });
});
afterAll(() => {
  for (const [name, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

const context = { awsRequestId: 'req-1', functionName: 'ses-events', getRemainingTimeInMillis: () => 30_000 } as Context;
const db = createDocumentClient(dynamoEndpoint());
const ledger = new DynamoDbSendLedger(db, inject('tableName'));

/**
 * An "Email Sent" / "Email Delivered" event as SES publishes it through a configuration set's
 * EventBridge destination to the default bus (the shape of AWS's published examples).
 */
function sesEvent(eventType: 'Send' | 'Delivery' | 'Bounce', ref: { landlordId: string; complaintId: string; outboxId: string } | undefined, providerId: string, at: string): SesEvent {
  const ourTags = ref
    ? { 'outbox-id': [ref.outboxId], 'complaint-id': [ref.complaintId], 'landlord-id-b64': [Buffer.from(ref.landlordId).toString('base64url')] }
    : {};
  const detailType = { Send: 'Email Sent', Delivery: 'Email Delivered', Bounce: 'Email Bounced' }[eventType];
  return {
    version: '0',
    id: randomUUID(),
    'detail-type': detailType,
    source: 'aws.ses',
    account: '111122223333',
    time: at,
    region: 'eu-west-2',
    resources: ['arn:aws:ses:eu-west-2:111122223333:configuration-set/HousingComplaints-prod-Sending'],
    detail: {
      eventType,
      mail: {
        timestamp: at,
        source: 'complaints@riverside.example',
        sourceArn: 'arn:aws:ses:eu-west-2:111122223333:identity/riverside.example',
        sendingAccountId: '111122223333',
        messageId: providerId,
        destination: ['ann@example.org'],
        headersTruncated: false,
        headers: [
          { name: 'From', value: 'complaints@riverside.example' },
          { name: 'To', value: 'ann@example.org' },
          { name: 'Subject', value: '[CMP-2026-000001] We have received your complaint' },
          { name: 'Auto-Submitted', value: 'auto-generated' },
        ],
        commonHeaders: { from: ['complaints@riverside.example'], to: ['ann@example.org'], subject: '[CMP-2026-000001] We have received your complaint' },
        tags: {
          'ses:operation': ['SendEmail'],
          'ses:configuration-set': ['HousingComplaints-prod-Sending'],
          'ses:source-ip': ['192.0.2.10'],
          'ses:from-domain': ['riverside.example'],
          'ses:caller-identity': ['HousingComplaints-prod-OutboxDispatcher'],
          ...ourTags,
        },
      },
      ...(eventType === 'Send' && { send: {} }),
      ...(eventType === 'Delivery' && {
        delivery: { timestamp: at, processingTimeMillis: 1200, recipients: ['ann@example.org'], smtpResponse: '250 2.6.0 Message received', reportingMTA: 'a8-70.smtp-out.amazonses.com' },
      }),
    } as SesEvent['detail'],
  };
}

const record = async (ref: { landlordId: string; complaintId: string; outboxId: string }) =>
  (await db.send(new GetCommand({ TableName: inject('tableName'), Key: { PK: keys.complaint(ref.landlordId, ref.complaintId), SK: keys.providerSendSk(ref.outboxId) } }))).Item;

describe('the SES events consumer (functions/ses-events)', () => {
  it('files Send and Delivery under the outbox id from the tags, beside the message, and the ledger finds it', async () => {
    const ref = { landlordId: `${newLandlordId()} Homes & Co`, complaintId: randomUUID(), outboxId: randomUUID() };
    // EventBridge is best effort and unordered: the delivery may come first, and either may come twice.
    expect(await handler(sesEvent('Delivery', ref, '0102-abc', '2026-11-02T10:00:00.250Z'), context)).toBe('recorded');
    expect(await handler(sesEvent('Send', ref, '0102-abc', '2026-11-02T10:00:00.250Z'), context)).toBe('recorded');
    expect(await handler(sesEvent('Send', ref, '0102-abc', '2026-11-02T10:00:00.250Z'), context)).toBe('recorded');

    expect(await record(ref)).toMatchObject({
      entity: 'provider-send',
      outboxId: ref.outboxId,
      messageId: '<0102-abc@eu-west-2.amazonses.com>',
      sentAt: '2026-11-02T10:00:00.250Z',
      providerIds: new Set(['0102-abc']),
      eventTypes: new Set(['Send', 'Delivery']),
    });
    expect(await ledger.find(ref)).toEqual({ messageId: '<0102-abc@eu-west-2.amazonses.com>', sentAt: '2026-11-02T10:00:00.250Z' });
    expect(await ledger.find({ ...ref, outboxId: randomUUID() })).toBeUndefined();
  });

  it('keeps the first send and counts a second one SES took for the same outbox message', async () => {
    const ref = { landlordId: newLandlordId(), complaintId: randomUUID(), outboxId: randomUUID() };
    await handler(sesEvent('Send', ref, '0102-first', '2026-11-02T10:00:00Z'), context);
    await handler(sesEvent('Send', ref, '0102-again', '2026-11-02T10:05:02Z'), context);
    expect(await record(ref)).toMatchObject({ messageId: '<0102-first@eu-west-2.amazonses.com>', providerIds: new Set(['0102-first', '0102-again']) });
  });

  it('leaves alone mail without an outbox reference and events that do not mean SES took it', async () => {
    const ref = { landlordId: newLandlordId(), complaintId: randomUUID(), outboxId: randomUUID() };
    expect(await handler(sesEvent('Send', undefined, '0102-other', '2026-11-02T10:00:00Z'), context)).toBe('untagged');
    expect(await handler(sesEvent('Bounce', ref, '0102-bounced', '2026-11-02T10:00:00Z'), context)).toBe('not-a-send');
    expect(await record(ref)).toBeUndefined();
  });

  it('throws on an event without the mail it is about, so EventBridge retries it and then dead-letters it', async () => {
    const ref = { landlordId: newLandlordId(), complaintId: randomUUID(), outboxId: randomUUID() };
    const broken = sesEvent('Send', ref, '', 'not a date');
    await expect(handler(broken, context)).rejects.toThrow(/mail\.messageId/);
    expect(await record(ref)).toBeUndefined();
  });
});
