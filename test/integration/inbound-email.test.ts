import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { createTransport } from 'nodemailer';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SesMailer } from '../../functions/adapters/ses-mailer.adapter.js';
import { keys } from '../../functions/adapters/table-design.js';
import type { LandlordStore } from '../../domain/ports/landlord-store.port.js';
import { startSmtpIntake } from '../../infra/local/smtp-intake.js';
import { isolatedHarness, seedLandlord } from '../support/api-harness.js';
import { countDynamoDbCalls } from '../support/dynamodb-call-counter.js';
import { largeMessage, mailFixture } from '../support/mail-fixtures.js';

const ses = mockClient(SESv2Client);
let sent = 0;
beforeEach(() => {
  sent = 0;
  ses.on(SendEmailCommand).callsFake(() => ({ MessageId: `ses-${++sent}` }));
});
afterEach(() => ses.reset());

async function setUp() {
  const h = await isolatedHarness('2026-11-02T10:00:00Z');
  const landlord = await seedLandlord(h.call);
  const to = `complaints+${landlord.landlordId.toLowerCase()}@riverside.example`;
  const dispatcher = h.dispatcherWith(new SesMailer(new SESv2Client({ region: 'eu-west-2' }), 'eu-west-2'));
  let n = 0;
  const deliver = async (raw: Buffer, receivedAt = '2026-11-02T09:59:00Z', verdicts?: { spam?: string; virus?: string }) => {
    const rawKey = `inbound/test-${++n}.eml`;
    await h.blobs.put(rawKey, raw, 'message/rfc822');
    const outcomes = await h.intake.receive({ rawKey, raw, recipients: [to, 'someone-else@elsewhere.example'], receivedAt: new Date(receivedAt), ...(verdicts && { verdicts }) });
    expect(outcomes).toHaveLength(1);
    return outcomes[0]!;
  };
  const complaint = async (id: string) => (await h.call('GET', `/v1/complaints/${id}`, { caller: landlord.officer })).body;
  const correspondence = async (id: string) => (await h.call('GET', `/v1/complaints/${id}/correspondence`, { caller: landlord.officer })).body.items;
  const sesTo = (address: string) => ses.commandCalls(SendEmailCommand).filter((call) => call.args[0].input.Destination?.ToAddresses?.includes(address));
  const complaints = async () => (await h.call('GET', '/v1/complaints', { caller: landlord.officer })).body.items;
  const held = async () => (await h.call('GET', '/v1/quarantine', { caller: landlord.officer })).body.items;
  /** The letters a complaint's changes queued (schedule moves ride the same outbox). */
  const letters = async (complaintId: string) => {
    const { Items } = await h.db.send(
      new QueryCommand({
        TableName: h.tableName,
        KeyConditionExpression: 'PK = :pk AND begins_with(SK, :outbox)',
        ExpressionAttributeValues: { ':pk': keys.complaint(landlord.landlordId, complaintId), ':outbox': 'OUTBOX#' },
      }),
    );
    return (Items ?? []).filter((item) => item.kind !== 'schedule').map((item) => ({ kind: item.kind as string, to: item.to as string[] }));
  };
  return { h, ...landlord, to, deliver, dispatcher, complaint, correspondence, sesTo, complaints, held, letters };
}

describe('inbound email becomes a stage 1 complaint', () => {
  it('multipart/alternative: logged with channel email, receivedAt from the landlord’s receipt, and receipted', async () => {
    const t = await setUp();
    const outcome = await t.deliver(mailFixture('multipart-alternative.eml', { TO: t.to }));
    expect(outcome).toMatchObject({ outcome: 'logged', reference: expect.stringMatching(/^CMP-2026-\d{6}$/) });
    const complaint = await t.complaint((outcome as { complaintId: string }).complaintId);
    expect(complaint).toMatchObject({
      channel: 'email',
      receivedAt: '2026-11-02T09:59:00.000Z', // not the sender's Date header (08:15)
      resident: { name: 'Ann Example', email: 'ann.example@example.org' },
      status: 'stage1_received',
      deadlines: { stage1: { acknowledgeBy: '2026-11-09' } },
    });
    expect(complaint.description).toContain('The roof over my kitchen has leaked for three weeks.');
    const [inbound] = await t.correspondence(complaint.id);
    expect(inbound).toMatchObject({ direction: 'inbound', kind: 'email', providerMessageId: '<CAF7k2x9-roof-leak-0001@mail.example.org>', rawKey: 'inbound/test-1.eml' });

    await t.dispatcher.sweep();
    const receipts = t.sesTo('ann.example@example.org');
    expect(receipts).toHaveLength(1);
    const content = receipts[0]!.args[0].input.Content!.Simple!;
    expect(content.Subject!.Data).toBe(`[${complaint.reference}] We have received your complaint`);
    expect(content.Body!.Text!.Data).toContain('Monday 9 November 2026');
    expect(content.Body!.Text!.Data).toContain('0300 111 3000');
    expect(content.Headers).toContainEqual({ Name: 'Auto-Submitted', Value: 'auto-generated' });
  });

  it('HTML only: the description is the text of the HTML, scripts and styles dropped', async () => {
    const t = await setUp();
    const outcome = await t.deliver(mailFixture('html-only.eml', { TO: t.to }));
    const complaint = await t.complaint((outcome as { complaintId: string }).complaintId);
    expect(complaint.description).toContain('black mould on the bedroom wall & the window frame');
    expect(complaint.description).not.toMatch(/<b>|alert\(|color:red/);
  });

  it('attachments are stored with their metadata on the correspondence', async () => {
    const t = await setUp();
    const outcome = await t.deliver(mailFixture('with-attachment.eml', { TO: t.to }));
    const [record] = await t.correspondence((outcome as { complaintId: string }).complaintId);
    expect(record.attachments).toEqual([
      { filename: 'boiler.png', contentType: 'image/png', size: 70, key: expect.stringMatching(/\/1-boiler\.png$/) },
      { filename: 'repair log.pdf', contentType: 'application/pdf', size: expect.any(Number), key: expect.stringMatching(/\/2-repair_log\.pdf$/) },
    ]);
    const png = await t.h.blobs.get(record.attachments[0].key);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
  });

  it('a non-UTF-8 charset and an encoded subject and name are decoded', async () => {
    const t = await setUp();
    const latin = await t.deliver(mailFixture('iso-8859-1.eml', { TO: t.to }));
    const latinComplaint = await t.complaint((latin as { complaintId: string }).complaintId);
    expect(latinComplaint.description).toBe('I was charged £120 for café cleaning that never happened.');
    expect(latinComplaint.resident.name).toBe('José García');

    const encoded = await t.deliver(mailFixture('encoded-subject.eml', { TO: t.to }));
    const [record] = await t.correspondence((encoded as { complaintId: string }).complaintId);
    expect(record.summary).toBe('Nie do zniesienia — hałas z sąsiedztwa');
    expect(record.counterparty).toBe('Zóe Łódz <zoe@example.pl>');
  });

  it('a malformed header does not lose the message', async () => {
    const t = await setUp();
    const outcome = await t.deliver(mailFixture('malformed-header.eml', { TO: t.to }));
    expect(outcome.outcome).toBe('logged');
    const complaint = await t.complaint((outcome as { complaintId: string }).complaintId);
    expect(complaint.resident.email).toBe('dee@example.org');
  });

  it('the same message delivered twice is logged once (by Message-ID, or by content without one)', async () => {
    const t = await setUp();
    const raw = mailFixture('multipart-alternative.eml', { TO: t.to });
    const first = await t.deliver(raw);
    expect(await t.deliver(raw)).toEqual({ landlordId: t.landlordId, outcome: 'duplicate' });
    const noId = mailFixture('malformed-header.eml', { TO: t.to });
    await t.deliver(noId);
    expect((await t.deliver(noId)).outcome).toBe('duplicate');
    const concurrent = mailFixture('html-only.eml', { TO: t.to });
    const both = await Promise.all([t.deliver(concurrent), t.deliver(concurrent)]);
    expect(both.map((o) => o.outcome).sort()).toEqual(['duplicate', 'logged']);
    const list = await t.h.call('GET', '/v1/complaints', { caller: t.officer });
    expect(list.body.items).toHaveLength(3);
    expect(list.body.items.map((c: { id: string }) => c.id)).toContain((first as { complaintId: string }).complaintId);
  });
});

describe('mail that belongs to an existing complaint', () => {
  async function loggedComplaint(t: Awaited<ReturnType<typeof setUp>>) {
    const outcome = await t.deliver(mailFixture('multipart-alternative.eml', { TO: t.to }));
    await t.dispatcher.sweep();
    const complaint = await t.complaint((outcome as { complaintId: string }).complaintId);
    const sentMessageId = `<ses-${sent}@eu-west-2.amazonses.com>`;
    return { complaint, sentMessageId };
  }

  it('a reply naming the reference is attached, creates nothing, and the officer is told while unassigned', async () => {
    const t = await setUp();
    const { complaint, sentMessageId } = await loggedComplaint(t);
    const outcome = await t.deliver(mailFixture('reply-quoting.eml', { TO: t.to, REFERENCE: complaint.reference, IN_REPLY_TO: sentMessageId }), '2026-11-10T12:01:00Z');
    expect(outcome).toEqual({ landlordId: t.landlordId, outcome: 'attached', complaintId: complaint.id, reference: complaint.reference });
    const records = await t.correspondence(complaint.id);
    expect(records.filter((r: { direction: string }) => r.direction === 'inbound')).toHaveLength(2);
    expect((await t.h.call('GET', '/v1/complaints', { caller: t.officer })).body.items).toHaveLength(1);
    await t.dispatcher.sweep();
    const notice = t.sesTo('complaints@riverside.example');
    expect(notice).toHaveLength(1);
    expect(notice[0]!.args[0].input.Content!.Simple!.Subject!.Data).toBe(`[${complaint.reference}] New email from the resident`);
    expect(t.sesTo('ann.example@example.org')).toHaveLength(1); // the resident is not answered again
  });

  it('a reply with only In-Reply-To naming a message the system sent is attached; the handler is told', async () => {
    const t = await setUp();
    const { complaint, sentMessageId } = await loggedComplaint(t);
    await t.h.call('POST', `/v1/complaints/${complaint.id}/acknowledge`, {
      caller: t.handler,
      body: { handlerId: 'h1', definition: { understanding: 'Leak', outcomesSought: ['Repair'] } },
    });
    await t.dispatcher.sweep();
    const outcome = await t.deliver(mailFixture('reply-by-thread-only.eml', { TO: t.to, IN_REPLY_TO: sentMessageId }), '2026-11-10T12:31:00Z');
    expect(outcome).toMatchObject({ outcome: 'attached', complaintId: complaint.id });
    await t.dispatcher.sweep();
    expect(t.sesTo('h1@riverside.example')).toHaveLength(1);
  });

  it('an auto-reply naming a complaint is attached quietly: no notice, no answer, no loop', async () => {
    const t = await setUp();
    const { complaint } = await loggedComplaint(t);
    const before = ses.commandCalls(SendEmailCommand).length;
    const outcome = await t.deliver(mailFixture('auto-reply.eml', { TO: t.to, SUBJECT: `[${complaint.reference}] We have received your complaint` }), '2026-11-10T13:01:00Z');
    expect(outcome).toMatchObject({ outcome: 'attached', complaintId: complaint.id });
    await t.dispatcher.sweep();
    expect(ses.commandCalls(SendEmailCommand)).toHaveLength(before);
  });
});

describe('quarantine: nothing is silently dropped', () => {
  it('an auto-reply or a bounce naming no complaint is held, never logged or answered', async () => {
    const t = await setUp();
    const auto = await t.deliver(mailFixture('auto-reply.eml', { TO: t.to, SUBJECT: 'your newsletter' }));
    const bounce = await t.deliver(mailFixture('bounce.eml', { TO: t.to }));
    expect(auto).toMatchObject({ outcome: 'quarantined', reason: 'automatic' });
    expect(bounce).toMatchObject({ outcome: 'quarantined', reason: 'automatic' });
    expect((await t.h.call('GET', '/v1/complaints', { caller: t.officer })).body.items).toEqual([]);
    await t.dispatcher.sweep();
    expect(ses.commandCalls(SendEmailCommand)).toHaveLength(0);
  });

  it('SES spam and virus verdicts FAIL are held', async () => {
    const t = await setUp();
    expect(await t.deliver(mailFixture('html-only.eml', { TO: t.to }), undefined, { spam: 'FAIL', virus: 'PASS' })).toMatchObject({ reason: 'spam' });
    expect(await t.deliver(mailFixture('with-attachment.eml', { TO: t.to }), undefined, { spam: 'PASS', virus: 'FAIL' })).toMatchObject({ reason: 'virus' });
  });

  it('a 20 MB message is held as oversize; the officer lists it and releases it into a complaint, once', async () => {
    const t = await setUp();
    const outcome = await t.deliver(largeMessage(t.to, 20));
    expect(outcome).toMatchObject({ outcome: 'quarantined', reason: 'oversize' });
    const held = await t.h.call('GET', '/v1/quarantine', { caller: t.officer });
    expect(held.body.items).toEqual([
      expect.objectContaining({ reason: 'oversize', from: 'eve@example.org', subject: 'Video of the leak', status: 'held', size: expect.any(Number) }),
    ]);
    expect(held.body.items[0].size).toBeGreaterThan(20 * 1024 * 1024);
    expect((await t.h.call('GET', '/v1/quarantine', { caller: t.handler })).status).toBe(403);

    const id = held.body.items[0].id;
    const released = await t.h.call('POST', `/v1/quarantine/${id}/release`, { caller: t.officer });
    expect(released.status).toBe(200);
    expect(released.body).toMatchObject({ outcome: 'logged', reference: expect.any(String) });
    const [record] = await t.correspondence(released.body.complaintId);
    expect(record.attachments[0]).toMatchObject({ filename: 'leak.mp4', contentType: 'video/mp4' });
    expect((await t.h.call('POST', `/v1/quarantine/${id}/release`, { caller: t.officer })).status).toBe(409);
    expect((await t.h.call('GET', '/v1/quarantine', { caller: t.officer })).body.items[0]).toMatchObject({ status: 'released', handledBy: 'officer-1', outcome: 'logged' });
  });

  it('another landlord cannot see or release the quarantine', async () => {
    const t = await setUp();
    const outcome = await t.deliver(mailFixture('bounce.eml', { TO: t.to }));
    const stranger = await seedLandlord(t.h.call);
    expect((await t.h.call('GET', '/v1/quarantine', { caller: stranger.officer })).body.items).toEqual([]);
    const release = await t.h.call('POST', `/v1/quarantine/${(outcome as { quarantineId: string }).quarantineId}/release`, { caller: stranger.officer });
    expect(release.status).toBe(404);
  });
});

describe('mail that was refused forever or silently dropped (issue 10.5)', () => {
  const megabyte = (letter: string) => letter.repeat(1024 * 1024);

  it('a 1 MB Subject and From name and 2,000-character Message-ID and In-Reply-To are logged, bounded; a redelivery is a duplicate', async () => {
    const t = await setUp();
    const longId = `<${'m'.repeat(2000)}@mail.example.org>`;
    const raw = mailFixture('huge-headers.eml', { TO: t.to, NAME: megabyte('N'), SUBJECT: megabyte('S'), MESSAGE_ID: longId, IN_REPLY_TO: `<${'r'.repeat(2000)}@example.org>` });
    const outcome = await t.deliver(raw);
    expect(outcome).toMatchObject({ outcome: 'logged' });
    const complaint = await t.complaint((outcome as { complaintId: string }).complaintId);
    expect(complaint.resident.email).toBe('grace@example.org');
    expect(complaint.resident.name).toHaveLength(200);
    const [record] = await t.correspondence(complaint.id);
    expect(record.summary).toHaveLength(998);
    expect(record.summary.endsWith('…')).toBe(true);
    expect(record.providerMessageId).toHaveLength(998);
    expect(record.body).toContain('my mother fell on the stairs');
    expect(await t.deliver(raw)).toEqual({ landlordId: t.landlordId, outcome: 'duplicate' });
    await t.dispatcher.sweep();
    expect(t.sesTo('grace@example.org')).toHaveLength(1);
  });

  it('SMTP: 250 for the same oversized message sent twice, one complaint, one raw copy', async () => {
    const t = await setUp();
    const rawKeys = new Set<string>();
    const blobs = { put: (key: string, body: Buffer, type: string) => (rawKeys.add(key), t.h.blobs.put(key, body, type)), get: (key: string) => t.h.blobs.get(key) };
    const smtp = await startSmtpIntake({ port: 0, landlords: t.h.landlords, blobs, intake: t.h.intake, clock: t.h.clock });
    try {
      const client = createTransport({ host: '127.0.0.1', port: smtp.port, secure: false, ignoreTLS: true });
      const raw = mailFixture('huge-headers.eml', { TO: t.to, NAME: 'Grace Resident', SUBJECT: megabyte('S'), MESSAGE_ID: `<${'m'.repeat(2000)}@mail.example.org>`, IN_REPLY_TO: '<x@example.org>' });
      for (let attempt = 0; attempt < 2; attempt += 1) {
        const info = await client.sendMail({ envelope: { from: 'grace@example.org', to: [t.to] }, raw });
        expect(info.response).toMatch(/^250/);
      }
      expect(await t.complaints()).toHaveLength(1);
      expect([...rawKeys].filter((key) => key.startsWith('inbound/'))).toHaveLength(1);
    } finally {
      await smtp.close();
    }
  });

  it('SMTP: the inbound address is read once per message, at RCPT; a message accepted there is logged for that landlord, never accepted and lost', async () => {
    const t = await setUp();
    // RCPT's reads, and the intake's (the harness's own landlord store, which would read the address again if asked).
    const store = t.h.landlords as { landlordForAddress: (address: string) => Promise<string | undefined> };
    const original = store.landlordForAddress.bind(store);
    const read: string[] = [];
    const intakeReads: string[] = [];
    const landlords = { landlordForAddress: async (address: string) => (read.push(address), original(address)) } as unknown as LandlordStore;
    store.landlordForAddress = async (address) => (intakeReads.push(address), original(address));
    const smtp = await startSmtpIntake({ port: 0, landlords, blobs: t.h.blobs, intake: t.h.intake, clock: t.h.clock });
    try {
      const client = createTransport({ host: '127.0.0.1', port: smtp.port, secure: false, ignoreTLS: true });
      const info = await client.sendMail({ from: 'ann@example.org', to: t.to, subject: 'Leak', text: 'The roof leaks.' });
      expect(info.response).toMatch(/^250/);
      expect(read).toEqual([t.to]);
      expect(intakeReads.filter((address) => address === t.to)).toEqual([]);
      expect(await t.complaints()).toHaveLength(1);
      // An address no landlord receives is refused at RCPT, before any DATA.
      await expect(client.sendMail({ from: 'ann@example.org', to: 'nobody@elsewhere.example', subject: 'Leak', text: 'The roof leaks.' })).rejects.toThrow(/550/);
    } finally {
      store.landlordForAddress = original;
      await smtp.close();
    }
  });

  it('a message that cannot be logged is held with the reason, not refused (the store refuses its receivedAt)', async () => {
    const t = await setUp();
    // Received "in the future" by this clock: the domain refuses the complaint, every time.
    const outcome = await t.deliver(mailFixture('html-only.eml', { TO: t.to }), '2026-11-02T11:00:00Z');
    expect(outcome).toMatchObject({ outcome: 'quarantined', reason: 'unprocessable' });
    expect(await t.held()).toEqual([expect.objectContaining({ reason: 'unprocessable', detail: expect.stringContaining('must not be in the future'), from: 'bob.tenant@example.net', status: 'held' })]);
    expect(await t.complaints()).toEqual([]);
  });

  it('the same Message-ID from another sender is held with a clear reason, even when both arrive at once', async () => {
    const t = await setUp();
    const original = mailFixture('multipart-alternative.eml', { TO: t.to });
    const reuse = mailFixture('reused-message-id.eml', { TO: t.to });
    const first = await t.deliver(original);
    const reference = (first as { reference: string }).reference;
    expect(await t.deliver(reuse)).toMatchObject({ outcome: 'quarantined', reason: 'message_id_reused' });
    const [entry] = await t.held();
    expect(entry).toMatchObject({ from: 'mallory@example.net', messageId: '<CAF7k2x9-roof-leak-0001@mail.example.org>' });
    expect(entry.detail).toBe(`Message-ID <CAF7k2x9-roof-leak-0001@mail.example.org> was already logged on ${reference} from a message with a different sender or content`);
    expect(await t.deliver(original)).toMatchObject({ outcome: 'duplicate' });
    expect(await t.deliver(reuse)).toMatchObject({ outcome: 'quarantined', quarantineId: entry.id }); // held once

    const racing = await setUp();
    const both = await Promise.all([racing.deliver(mailFixture('multipart-alternative.eml', { TO: racing.to })), racing.deliver(mailFixture('reused-message-id.eml', { TO: racing.to }))]);
    expect(both.map((o) => o.outcome).sort()).toEqual(['logged', 'quarantined']);
  });

  it('a released message that reused an id becomes a complaint of its own, logged once', async () => {
    const t = await setUp();
    await t.deliver(mailFixture('multipart-alternative.eml', { TO: t.to }));
    const held = await t.deliver(mailFixture('reused-message-id.eml', { TO: t.to }));
    const released = await t.h.call('POST', `/v1/quarantine/${(held as { quarantineId: string }).quarantineId}/release`, { caller: t.officer });
    expect(released.body).toMatchObject({ outcome: 'logged' });
    expect((await t.complaint(released.body.complaintId)).resident.email).toBe('mallory@example.net');
    expect(await t.deliver(mailFixture('reused-message-id.eml', { TO: t.to }))).toMatchObject({ outcome: 'duplicate' });
  });

  it('Exchange auto-replies, out-of-office subjects and plain-text bounces are held, never logged or receipted', async () => {
    const t = await setUp();
    const outcomes = [
      await t.deliver(mailFixture('exchange-auto-reply.eml', { TO: t.to, SUBJECT: 'Your newsletter', IN_REPLY_TO: '<news-1@riverside.example>' })),
      await t.deliver(mailFixture('out-of-office.eml', { TO: t.to })),
      await t.deliver(mailFixture('bounce-plain-text.eml', { TO: t.to })),
      await t.deliver(mailFixture('postmaster-bounce.eml', { TO: t.to })),
    ].map((outcome) => (outcome as { reason?: string }).reason ?? outcome.outcome);
    expect(outcomes).toEqual(['automatic', 'automatic', 'automatic', 'automatic']);
    expect((await t.held()).map((entry: { detail: string }) => entry.detail).sort()).toEqual([
      'X-Auto-Response-Suppress (an Exchange automatic reply)',
      'automatic reply subject "Out of Office"',
      'automatic sender postmaster@council.example',
      'delivery report (null sender)',
    ]);
    expect(await t.complaints()).toEqual([]);
    await t.dispatcher.sweep();
    expect(ses.commandCalls(SendEmailCommand)).toHaveLength(0);
  });

  it('an Exchange auto-reply to a letter is attached quietly: the handler is not told', async () => {
    const t = await setUp();
    const first = await t.deliver(mailFixture('multipart-alternative.eml', { TO: t.to }));
    await t.dispatcher.sweep();
    const before = ses.commandCalls(SendEmailCommand).length;
    const reply = await t.deliver(mailFixture('exchange-auto-reply.eml', { TO: t.to, SUBJECT: 'We have received your complaint', IN_REPLY_TO: `<ses-${sent}@eu-west-2.amazonses.com>` }));
    expect(reply).toMatchObject({ outcome: 'attached', complaintId: (first as { complaintId: string }).complaintId });
    await t.dispatcher.sweep();
    expect(ses.commandCalls(SendEmailCommand)).toHaveLength(before);
  });

  it('an 8-bit body with no charset keeps its "é", "£" and quotes (read as Windows-1252)', async () => {
    const t = await setUp();
    const outcome = await t.deliver(mailFixture('eight-bit-no-charset.eml', { TO: t.to }));
    const complaint = await t.complaint((outcome as { complaintId: string }).complaintId);
    expect(complaint.description).toBe('I was charged £120 for the café area cleaning – it never happened. Your “contractor” did not come.');
  });

  it('a References header of 3,000 ids is looked up in one batch: the most recent id names the complaint', async () => {
    const t = await setUp();
    const first = await t.deliver(mailFixture('multipart-alternative.eml', { TO: t.to }));
    await t.dispatcher.sweep();
    const ours = `<ses-${sent}@eu-west-2.amazonses.com>`;
    const references = [...Array.from({ length: 2999 }, (_, i) => `<old-${i}@mail.example.org>`), ours].join('\r\n ');
    const counter = countDynamoDbCalls(t.h.db);
    const { result, calls } = await counter.measure(() => t.deliver(mailFixture('long-references.eml', { TO: t.to, REFERENCES: references }), '2026-11-02T09:59:30Z'));
    expect(result).toMatchObject({ outcome: 'attached', complaintId: (first as { complaintId: string }).complaintId });
    expect(calls.filter((name) => name === 'BatchGetItemCommand')).toHaveLength(1);
    expect(calls.length).toBeLessThan(15);
  });
});
