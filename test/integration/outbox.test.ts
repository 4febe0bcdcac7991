import { SESv2Client, SendEmailCommand, type SendEmailCommandInput } from '@aws-sdk/client-sesv2';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import type { Mailer } from '../../domain/ports/outbox.port.js';
import { SesMailer } from '../../functions/adapters/ses-mailer.adapter.js';
import { recordSendEvent, type SesEvent } from '../../functions/ses-events/record-send-event.js';
import { apiHarness, definition, isolatedHarness, seedLandlord } from '../support/api-harness.js';
import { queuedLetters } from '../support/api-harness.js';

const ses = mockClient(SESv2Client);
afterEach(() => ses.reset());

async function emailedComplaint(h: ReturnType<typeof apiHarness>) {
  const landlord = await seedLandlord(h.call);
  const created = await h.call('POST', '/v1/complaints', {
    caller: landlord.handler,
    body: { channel: 'email', resident: { name: 'Ann Example', email: 'ann@example.org' }, description: 'The roof leaks' },
  });
  return { ...landlord, complaint: created.body };
}

const outboxItems = queuedLetters;

const mailer = () => new SesMailer(new SESv2Client({ region: 'eu-west-2' }), 'eu-west-2', 'complaints-config', async () => undefined);

/** A sender killed (kill -9) at one point of a send: nothing after that point ever runs. */
function killedSender(inner: Mailer, when: 'after the provider took it' | 'before the provider saw it') {
  let died!: () => void;
  const dead = new Promise<void>((done) => (died = done));
  const sender: Mailer = {
    async send(email, ref) {
      if (when === 'after the provider took it') await inner.send(email, ref);
      died();
      return new Promise<never>(() => undefined);
    },
  };
  return { sender, dead };
}

/** The EventBridge event SES publishes for a send through the configuration set, tags echoed from the SendEmail call. */
function sesEventFor(call: SendEmailCommandInput, eventType: 'Send' | 'Delivery', providerId: string, at: string): SesEvent {
  const tags = Object.fromEntries((call.EmailTags ?? []).map((tag) => [tag.Name!, [tag.Value!]]));
  return {
    version: '0',
    id: '5c3a7e2f-0d5e-4b3e-9f51-0d1b2c3d4e5f',
    'detail-type': eventType === 'Send' ? 'Email Sent' : 'Email Delivered',
    source: 'aws.ses',
    account: '111122223333',
    time: at,
    region: 'eu-west-2',
    resources: ['arn:aws:ses:eu-west-2:111122223333:configuration-set/complaints-config'],
    detail: {
      eventType,
      mail: {
        timestamp: at,
        messageId: providerId,
        tags: { 'ses:configuration-set': ['complaints-config'], 'ses:from-domain': ['riverside.example'], ...tags },
      },
    },
  };
}

describe('the transactional outbox', () => {
  it('queues the receipt with the complaint and sends it once through SES, recording it as correspondence (5.12)', async () => {
    const h = await isolatedHarness();
    const { landlordId, complaint, handler } = await emailedComplaint(h);
    const [queued] = await outboxItems(h, landlordId, complaint.id);
    expect(queued).toMatchObject({ status: 'pending', kind: 'receipt', to: ['ann@example.org'], attempts: 0 });

    ses.on(SendEmailCommand).resolves({ MessageId: '0102-abc' });
    const dispatcher = h.dispatcherWith(mailer());
    expect(await dispatcher.sweep()).toMatchObject({ retry: 0, failed: 0 });
    const sends = ses.commandCalls(SendEmailCommand).filter((call) => call.args[0].input.Destination?.ToAddresses?.[0] === 'ann@example.org');
    expect(sends).toHaveLength(1);
    expect(sends[0]!.args[0].input).toEqual({
      FromEmailAddress: 'complaints@riverside.example',
      Destination: { ToAddresses: ['ann@example.org'] },
      Content: {
        Simple: {
          Subject: { Data: `[${complaint.reference}] We have received your complaint`, Charset: 'UTF-8' },
          Body: { Text: { Data: queued!.text, Charset: 'UTF-8' }, Html: { Data: queued!.html, Charset: 'UTF-8' } },
          Headers: [
            { Name: 'Auto-Submitted', Value: 'auto-generated' },
            { Name: 'X-Complaint-Reference', Value: complaint.reference },
          ],
        },
      },
      // SES echoes these in its send events: the send ledger files them under the outbox id.
      EmailTags: [
        { Name: 'outbox-id', Value: queued!.id },
        { Name: 'complaint-id', Value: complaint.id },
        { Name: 'landlord-id-b64', Value: Buffer.from(landlordId).toString('base64url') },
      ],
      ConfigurationSetName: 'complaints-config',
    });

    const correspondence = await h.call('GET', `/v1/complaints/${complaint.id}/correspondence`, { caller: handler });
    expect(correspondence.body.items).toEqual([
      expect.objectContaining({ direction: 'outbound', kind: 'email', providerMessageId: '<0102-abc@eu-west-2.amazonses.com>', summary: queued!.subject }),
    ]);
    expect((await h.complaints.findBySentMessageId(landlordId, '<0102-abc@eu-west-2.amazonses.com>'))?.id).toBe(complaint.id);

    await dispatcher.sweep(); // nothing left to send
    expect(ses.commandCalls(SendEmailCommand)).toHaveLength(sends.length);
  });

  it('a transition and its letter commit together: a refused transition queues nothing', async () => {
    const h = await isolatedHarness();
    const { landlordId, complaint, handler } = await emailedComplaint(h);
    const bad = await h.call('POST', `/v1/complaints/${complaint.id}/acknowledge`, { caller: handler, body: { handlerId: 'nobody', definition } });
    expect(bad.status).toBe(400);
    expect((await outboxItems(h, landlordId, complaint.id)).map((item) => item.kind)).toEqual(['receipt']);
    const good = await h.call('POST', `/v1/complaints/${complaint.id}/acknowledge`, { caller: handler, body: { handlerId: 'h1', definition } });
    expect(good.status).toBe(200);
    expect((await outboxItems(h, landlordId, complaint.id)).map((item) => item.kind).sort()).toEqual(['acknowledgement', 'receipt']);
  });

  it('retries a failed send with backoff and sends it exactly once when SES recovers', async () => {
    const h = await isolatedHarness();
    const { landlordId, complaint } = await emailedComplaint(h);
    ses.on(SendEmailCommand).rejectsOnce(new Error('Throttling')).rejectsOnce(new Error('Throttling')).resolves({ MessageId: 'ok-1' });
    const dispatcher = h.dispatcherWith(mailer(), { backoffMs: 60_000 });

    expect(await dispatcher.sweep()).toMatchObject({ retry: 1 });
    expect(await dispatcher.sweep()).toMatchObject({ retry: 0, sent: 0 }); // not due again for a minute
    h.clock.set('2026-11-02T10:01:00Z');
    expect(await dispatcher.sweep()).toMatchObject({ retry: 1 }); // second failure: next in two minutes
    h.clock.set('2026-11-02T10:02:59Z');
    expect(await dispatcher.sweep()).toMatchObject({ sent: 0 });
    h.clock.set('2026-11-02T10:03:00Z');
    expect(await dispatcher.sweep()).toMatchObject({ sent: 1, retry: 0 });

    expect(ses.commandCalls(SendEmailCommand)).toHaveLength(3);
    const [item] = await outboxItems(h, landlordId, complaint.id);
    expect(item).toMatchObject({ status: 'sent', attempts: 3, lastError: 'Throttling', providerMessageId: '<ok-1@eu-west-2.amazonses.com>' });
    expect(item).not.toHaveProperty('GSI4PK');
  });

  it('after the last try marks the letter failed and alerts the complaints officer, once', async () => {
    const h = await isolatedHarness();
    const { landlordId, complaint } = await emailedComplaint(h);
    ses.on(SendEmailCommand).callsFake((input: { Destination: { ToAddresses: string[] } }) => {
      if (input.Destination.ToAddresses[0] === 'ann@example.org') throw new Error('MessageRejected: address blacklisted');
      return { MessageId: 'alert-1' };
    });
    const dispatcher = h.dispatcherWith(mailer(), { maxAttempts: 3, backoffMs: 1_000 });
    for (let i = 0; i < 6; i += 1) {
      await dispatcher.sweep();
      h.clock.set(new Date(h.clock.now().getTime() + 10_000).toISOString());
    }
    const items = await outboxItems(h, landlordId, complaint.id);
    const receipt = items.find((item) => item.kind === 'receipt');
    const alert = items.find((item) => item.kind === 'delivery_failed');
    expect(receipt).toMatchObject({ status: 'failed', attempts: 3, lastError: 'MessageRejected: address blacklisted' });
    expect(alert).toMatchObject({ status: 'sent', to: ['complaints@riverside.example'], audience: 'staff' });
    expect(alert!.text).toContain('ann@example.org');
    const toResident = ses.commandCalls(SendEmailCommand).filter((call) => call.args[0].input.Destination?.ToAddresses?.[0] === 'ann@example.org');
    const toOfficer = ses.commandCalls(SendEmailCommand).filter((call) => call.args[0].input.Destination?.ToAddresses?.[0] === 'complaints@riverside.example');
    expect(toResident).toHaveLength(3);
    expect(toOfficer).toHaveLength(1);
  });

  it('two dispatchers racing for one message send it once', async () => {
    const h = await isolatedHarness();
    const { landlordId, complaint } = await emailedComplaint(h);
    ses.on(SendEmailCommand).callsFake(async () => {
      await new Promise((done) => setTimeout(done, 50));
      return { MessageId: 'race-1' };
    });
    const [item] = await outboxItems(h, landlordId, complaint.id);
    const key = { PK: item!.PK as string, SK: item!.SK as string };
    const results = await Promise.all(Array.from({ length: 4 }, () => h.dispatcherWith(mailer()).dispatch(key)));
    expect(results.sort()).toEqual(['sent', 'skipped', 'skipped', 'skipped']);
    expect(ses.commandCalls(SendEmailCommand)).toHaveLength(1);
  });
});

describe('a letter whose sender was killed mid-send (issue 10: sent again when the lease lapsed)', () => {
  async function receiptOf(h: Awaited<ReturnType<typeof isolatedHarness>>) {
    const { landlordId, complaint, handler } = await emailedComplaint(h);
    const [queued] = await outboxItems(h, landlordId, complaint.id);
    return { landlordId, complaint, handler, queued: queued!, key: { PK: queued!.PK as string, SK: queued!.SK as string } };
  }

  it('SES took it before the kill: after the lease lapses the reclaim finds SES’s send event and marks it sent without calling SES again', async () => {
    const h = await isolatedHarness();
    const { landlordId, complaint, handler, queued, key } = await receiptOf(h);
    ses.on(SendEmailCommand).resolves({ MessageId: '0102-first' });

    const killed = killedSender(mailer(), 'after the provider took it');
    void h.dispatcherWith(killed.sender).dispatch(key);
    await killed.dead;
    const [sendCall] = ses.commandCalls(SendEmailCommand);
    expect((await outboxItems(h, landlordId, complaint.id))[0]).toMatchObject({ status: 'sending', attempts: 1 });

    // SES publishes its Send event; the consumer files it under the outbox id the email tags carry.
    expect(await recordSendEvent(h.ledger, sesEventFor(sendCall!.args[0].input, 'Send', '0102-first', '2026-11-02T10:00:00.250Z'), h.clock.now())).toBe('recorded');

    h.clock.set('2026-11-02T10:04:59Z'); // the lease (5 minutes) still holds: nobody may take it
    expect(await h.dispatcherWith(mailer()).dispatch(key)).toBe('skipped');
    h.clock.set('2026-11-02T10:05:01Z');
    expect(await h.dispatcherWith(mailer()).dispatch(key)).toBe('sent');

    expect(ses.commandCalls(SendEmailCommand).map((call) => call.args[0].input)).toEqual([sendCall!.args[0].input]);
    const [item] = await outboxItems(h, landlordId, complaint.id);
    expect(item).toMatchObject({ status: 'sent', attempts: 2, providerMessageId: '<0102-first@eu-west-2.amazonses.com>', sentAt: '2026-11-02T10:00:00.250Z' });
    expect(item).not.toHaveProperty('GSI4PK');
    const correspondence = await h.call('GET', `/v1/complaints/${complaint.id}/correspondence`, { caller: handler });
    expect(correspondence.body.items).toEqual([
      expect.objectContaining({ direction: 'outbound', providerMessageId: '<0102-first@eu-west-2.amazonses.com>', summary: queued.subject, occurredAt: '2026-11-02T10:00:00.250Z' }),
    ]);
    expect((await h.complaints.findBySentMessageId(landlordId, '<0102-first@eu-west-2.amazonses.com>'))?.id).toBe(complaint.id);

    h.clock.set('2026-11-02T11:00:00Z');
    await h.dispatcherWith(mailer()).sweep();
    expect(ses.commandCalls(SendEmailCommand)).toHaveLength(1);
  });

  it('SES never saw it: after the lease lapses the reclaim finds no record and sends it, once', async () => {
    const h = await isolatedHarness();
    const { landlordId, complaint, queued, key } = await receiptOf(h);
    ses.on(SendEmailCommand).resolves({ MessageId: '0102-second' });

    const killed = killedSender(mailer(), 'before the provider saw it');
    void h.dispatcherWith(killed.sender).dispatch(key);
    await killed.dead;
    expect(ses.commandCalls(SendEmailCommand)).toHaveLength(0);

    h.clock.set('2026-11-02T10:05:01Z');
    expect(await h.dispatcherWith(mailer()).dispatch(key)).toBe('sent');
    h.clock.set('2026-11-02T11:00:00Z');
    await h.dispatcherWith(mailer()).sweep();

    const calls = ses.commandCalls(SendEmailCommand).map((call) => call.args[0].input);
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({
      Destination: { ToAddresses: ['ann@example.org'] },
      Content: { Simple: { Subject: { Data: queued.subject, Charset: 'UTF-8' } } },
      EmailTags: expect.arrayContaining([{ Name: 'outbox-id', Value: queued.id }]),
    });
    expect((await outboxItems(h, landlordId, complaint.id))[0]).toMatchObject({ status: 'sent', attempts: 2, providerMessageId: '<0102-second@eu-west-2.amazonses.com>' });
  });

  it('a send that timed out after SES took it is not sent again by the retry once SES’s event is in', async () => {
    const h = await isolatedHarness();
    const { landlordId, complaint, key } = await receiptOf(h);
    const timeout = Object.assign(new Error('socket hang up'), { name: 'TimeoutError' });
    ses.on(SendEmailCommand).rejects(timeout);
    expect(await h.dispatcherWith(mailer()).dispatch(key)).toBe('retry'); // one SDK attempt: never retried unseen
    const [timedOut] = ses.commandCalls(SendEmailCommand);
    await recordSendEvent(h.ledger, sesEventFor(timedOut!.args[0].input, 'Delivery', '0102-slow', '2026-11-02T10:00:01Z'), h.clock.now());

    h.clock.set('2026-11-02T10:00:30Z');
    expect(await h.dispatcherWith(mailer()).dispatch(key)).toBe('sent');
    expect(ses.commandCalls(SendEmailCommand)).toHaveLength(1);
    expect((await outboxItems(h, landlordId, complaint.id))[0]).toMatchObject({ status: 'sent', attempts: 2, providerMessageId: '<0102-slow@eu-west-2.amazonses.com>' });
  });

  it('a throttle, which SES refuses before taking the message, is asked again at once', async () => {
    const h = await isolatedHarness();
    const { key } = await receiptOf(h);
    const throttled = Object.assign(new Error('Maximum sending rate exceeded'), { name: 'TooManyRequestsException' });
    ses.on(SendEmailCommand).rejectsOnce(throttled).resolves({ MessageId: '0102-after-throttle' });
    expect(await h.dispatcherWith(mailer()).dispatch(key)).toBe('sent');
    expect(ses.commandCalls(SendEmailCommand)).toHaveLength(2);
  });
});
