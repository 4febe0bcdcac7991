import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SesMailer } from '../../functions/adapters/ses-mailer.adapter.js';
import { keys } from '../../functions/adapters/table-design.js';
import { isolatedHarness, seedLandlord } from '../support/api-harness.js';
import { mailFixture } from '../support/mail-fixtures.js';

const ses = mockClient(SESv2Client);
beforeEach(() => {
  let sent = 0;
  ses.on(SendEmailCommand).callsFake(() => ({ MessageId: `ses-${++sent}` }));
});
afterEach(() => ses.reset());

/** One table for the file: each test seeds a landlord of its own. */
const harness = isolatedHarness('2026-11-10T14:00:00Z');

async function setUp() {
  const h = await harness;
  const landlord = await seedLandlord(h.call);
  const to = `complaints+${landlord.landlordId.toLowerCase()}@riverside.example`;
  let n = 0;
  const hold = async (fixture: string, values: Record<string, string> = {}, verdicts?: { spam: string }) => {
    const raw = mailFixture(fixture, { TO: to, ...values });
    const rawKey = `inbound/${landlord.landlordId}-${++n}.eml`;
    await h.blobs.put(rawKey, raw, 'message/rfc822');
    const [outcome] = await h.intake.receive({ rawKey, raw, recipients: [to], receivedAt: new Date('2026-11-10T13:30:00Z'), ...(verdicts && { verdicts }) });
    expect(outcome).toMatchObject({ outcome: 'quarantined' });
    return { id: (outcome as { quarantineId: string }).quarantineId, raw };
  };
  const as = (caller: typeof landlord.officer) => ({
    get: (path: string) => h.call('GET', path, { caller }),
    post: (path: string, body?: unknown) => h.call('POST', path, { caller, ...(body !== undefined && { body }) }),
  });
  const entry = async (id: string) => (await as(landlord.officer).get('/v1/quarantine')).body.items.find((item: { id: string }) => item.id === id);
  /** Letters queued for a complaint, by kind and recipient (schedule moves ride the same outbox). */
  const letters = async (complaintId: string) => {
    const { Items } = await h.db.send(
      new QueryCommand({
        TableName: h.tableName,
        KeyConditionExpression: 'PK = :pk AND begins_with(SK, :outbox)',
        ExpressionAttributeValues: { ':pk': keys.complaint(landlord.landlordId, complaintId), ':outbox': 'OUTBOX#' },
      }),
    );
    return (Items ?? []).filter((item) => item.kind !== 'schedule').map((item) => [item.kind, ...(item.to as string[])]);
  };
  const loggedComplaint = async () => {
    const created = await h.call('POST', '/v1/complaints', {
      caller: landlord.handler,
      body: { channel: 'phone', resident: { name: 'Ann Example', email: 'ann.example@example.org' }, description: 'The roof leaks', receivedAt: '2026-11-09T10:00:00Z' },
    });
    return created.body as { id: string; reference: string };
  };
  return { h, ...landlord, to, hold, as, entry, letters, loggedComplaint };
}

describe('releasing automatic mail (issue 9.9)', () => {
  it('a released bounce is logged in the officer’s name, and nothing is sent to MAILER-DAEMON', async () => {
    const t = await setUp();
    const { id } = await t.hold('bounce.eml');
    const released = await t.as(t.officer).post(`/v1/quarantine/${id}/release`);
    expect(released.status).toBe(200);
    expect(released.body).toMatchObject({ outcome: 'logged' });
    const complaintId = released.body.complaintId as string;
    expect(await t.letters(complaintId)).toEqual([]);
    const events = (await t.as(t.officer).get(`/v1/complaints/${complaintId}/events`)).body.items;
    expect(events.map((event: { type: string; actor: { userId: string } }) => [event.type, event.actor.userId])).toEqual([['logged', 'officer-1']]);
    const [record] = (await t.as(t.officer).get(`/v1/complaints/${complaintId}/correspondence`)).body.items;
    expect(record).toMatchObject({ recordedBy: 'officer-1', counterparty: 'Mail Delivery Subsystem <MAILER-DAEMON@mx.example.org>' });
    expect(await t.entry(id)).toMatchObject({ status: 'released', handledBy: 'officer-1', handledAt: '2026-11-10T14:00:00.000Z', outcome: 'logged', complaintId });

    const sweep = t.h.dispatcherWith(new SesMailer(new SESv2Client({ region: 'eu-west-2' }), 'eu-west-2'));
    await sweep.sweep();
    expect(ses.commandCalls(SendEmailCommand)).toHaveLength(0);
  });

  it('a bounce with no address at all cannot be logged: the officer is told so, and it stays held', async () => {
    const t = await setUp();
    const { id } = await t.hold('bounce-plain-text.eml');
    const released = await t.as(t.officer).post(`/v1/quarantine/${id}/release`);
    expect(released.status).toBe(400);
    expect(released.body.error.message).toBe('the message has no sender address to log a complaint for');
    expect(await t.entry(id)).toMatchObject({ status: 'held', from: 'MAILER-DAEMON' });
  });

  it('a released Exchange auto-reply or no-reply message is logged but never receipted', async () => {
    const t = await setUp();
    for (const [fixture, values] of [
      ['exchange-auto-reply.eml', { SUBJECT: 'Newsletter', IN_REPLY_TO: '<n@x.example>' }],
      ['no-reply-sender.eml', {}],
    ] as const) {
      const { id } = await t.hold(fixture, values);
      const released = await t.as(t.officer).post(`/v1/quarantine/${id}/release`);
      expect(released.body).toMatchObject({ outcome: 'logged' });
      expect(await t.letters(released.body.complaintId)).toEqual([]);
    }
  });
});

describe('dismiss, attach and download held mail (issue 9.9)', () => {
  it('dismiss keeps the entry, records who, when and why, and is final (409 after)', async () => {
    const t = await setUp();
    const { id } = await t.hold('exchange-auto-reply.eml', { SUBJECT: 'Newsletter', IN_REPLY_TO: '<n@x.example>' });
    expect((await t.as(t.handler).post(`/v1/quarantine/${id}/dismiss`, {})).status).toBe(403);
    expect((await t.as(t.officer).post(`/v1/quarantine/${id}/dismiss`, { reason: 'x'.repeat(2001) })).status).toBe(400);
    const dismissed = await t.as(t.officer).post(`/v1/quarantine/${id}/dismiss`, { reason: 'Out-of-office reply to the newsletter' });
    expect(dismissed.status).toBe(200);
    expect(dismissed.body).toMatchObject({ id, status: 'dismissed', handledBy: 'officer-1', handledAt: '2026-11-10T14:00:00.000Z', note: 'Out-of-office reply to the newsletter' });
    expect(await t.entry(id)).toMatchObject({ status: 'dismissed', reason: 'automatic' });
    const complaint = await t.loggedComplaint();
    for (const [path, body] of [
      [`/v1/quarantine/${id}/dismiss`, {}],
      [`/v1/quarantine/${id}/release`, undefined],
      [`/v1/quarantine/${id}/attach`, { complaintId: complaint.id }],
    ] as const) {
      const again = await t.as(t.officer).post(path, body);
      expect(again.status).toBe(409);
      expect(again.body.error.message).toBe('this message was dismissed already');
    }
    // Kept: still downloadable after it was dismissed.
    expect((await t.as(t.officer).get(`/v1/quarantine/${id}/raw`)).status).toBe(200);
  });

  it('attach adds the held message to a chosen complaint as inbound correspondence, in the officer’s name', async () => {
    const t = await setUp();
    const complaint = await t.loggedComplaint();
    const { id } = await t.hold('exchange-auto-reply.eml', { SUBJECT: 'x', IN_REPLY_TO: '<n@x>' });
    const attached = await t.as(t.officer).post(`/v1/quarantine/${id}/attach`, { complaintId: complaint.id });
    expect(attached.status).toBe(200);
    expect(attached.body).toEqual({ outcome: 'attached', complaintId: complaint.id, reference: complaint.reference });
    const records = (await t.as(t.officer).get(`/v1/complaints/${complaint.id}/correspondence`)).body.items;
    expect(records).toEqual([
      expect.objectContaining({ direction: 'inbound', kind: 'email', recordedBy: 'officer-1', occurredAt: '2026-11-10T13:30:00.000Z', summary: 'Automatic reply: x' }),
    ]);
    const events = (await t.as(t.officer).get(`/v1/complaints/${complaint.id}/events`)).body.items;
    expect(events.at(-1)).toMatchObject({ type: 'correspondence_logged', actor: { userId: 'officer-1' } });
    expect(await t.entry(id)).toMatchObject({ status: 'attached', handledBy: 'officer-1', complaintId: complaint.id, reference: complaint.reference });
    expect((await t.as(t.officer).post(`/v1/quarantine/${id}/attach`, { complaintId: complaint.id })).status).toBe(409);
  });

  it('attach to a complaint of another landlord, or to none, is 404; a bad body is 400', async () => {
    const t = await setUp();
    const { id } = await t.hold('bounce-plain-text.eml');
    const stranger = await setUp();
    const theirs = await stranger.loggedComplaint();
    const other = await t.as(t.officer).post(`/v1/quarantine/${id}/attach`, { complaintId: theirs.id });
    expect(other.status).toBe(404);
    expect(other.body.error.code).toBe('not_found');
    expect((await t.as(t.officer).post(`/v1/quarantine/${id}/attach`, { complaintId: 'nope' })).status).toBe(404);
    expect((await t.as(t.officer).post(`/v1/quarantine/${id}/attach`, {})).status).toBe(400);
    expect((await t.as(t.officer).post(`/v1/quarantine/${id}/attach`, { complaintId: theirs.id, extra: 1 })).status).toBe(400);
    // The other landlord's officer cannot reach this entry at all.
    expect((await stranger.as(stranger.officer).post(`/v1/quarantine/${id}/attach`, { complaintId: theirs.id })).status).toBe(404);
    expect((await stranger.as(stranger.officer).post(`/v1/quarantine/${id}/dismiss`, {})).status).toBe(404);
    expect(await t.entry(id)).toMatchObject({ status: 'held' });
  });

  it('the officer downloads the raw message and each attachment; others cannot', async () => {
    const t = await setUp();
    const { id, raw } = await t.hold('with-attachment.eml', {}, { spam: 'FAIL' }); // a person's message, held by its verdict
    const whole = await t.as(t.officer).get(`/v1/quarantine/${id}/raw`);
    expect(whole.status).toBe(200);
    expect(whole.headers).toMatchObject({ 'content-type': 'message/rfc822', 'content-disposition': `attachment; filename="${id}.eml"; filename*=UTF-8''${id}.eml` });
    expect(Buffer.from(whole.body, 'base64').equals(raw)).toBe(true);

    const pdf = await t.as(t.officer).get(`/v1/quarantine/${id}/attachments/2`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers).toMatchObject({
      'content-type': 'application/pdf',
      'content-disposition': `attachment; filename="repair log.pdf"; filename*=UTF-8''repair%20log.pdf`,
      'x-content-type-options': 'nosniff',
    });
    expect(Buffer.from(pdf.body, 'base64').subarray(0, 5).toString()).toBe('%PDF-');

    expect((await t.as(t.officer).get(`/v1/quarantine/${id}/attachments/3`)).status).toBe(404);
    for (const n of ['0', 'abc', '0x1', '1000']) expect((await t.as(t.officer).get(`/v1/quarantine/${id}/attachments/${n}`)).status).toBe(400);
    expect((await t.as(t.handler).get(`/v1/quarantine/${id}/raw`)).status).toBe(403);
    const stranger = await setUp();
    expect((await stranger.as(stranger.officer).get(`/v1/quarantine/${id}/raw`)).status).toBe(404);
    expect((await stranger.as(stranger.officer).get(`/v1/quarantine/${id}/attachments/1`)).status).toBe(404);
  });

  it('the list shows each entry’s status and, where parsed, its attachments', async () => {
    const t = await setUp();
    const bounce = await t.hold('bounce.eml');
    const auto = await t.hold('exchange-auto-reply.eml', { SUBJECT: 'x', IN_REPLY_TO: '<n@x>' });
    await t.as(t.officer).post(`/v1/quarantine/${auto.id}/dismiss`, {});
    const items = (await t.as(t.officer).get('/v1/quarantine')).body.items;
    expect(items.map((item: { id: string; status: string }) => [item.id, item.status]).sort()).toEqual([[auto.id, 'dismissed'], [bounce.id, 'held']].sort());
    expect(items.find((item: { id: string }) => item.id === bounce.id).attachments).toEqual([
      { n: 1, filename: 'attachment-1', contentType: 'message/delivery-status', size: expect.any(Number) },
    ]);
  });
});
