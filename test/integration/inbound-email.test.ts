import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SesMailer } from '../../functions/adapters/ses-mailer.adapter.js';
import { isolatedHarness, seedLandlord } from '../support/api-harness.js';
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
  return { h, ...landlord, to, deliver, dispatcher, complaint, correspondence, sesTo };
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
    expect((await t.h.call('GET', '/v1/quarantine', { caller: t.officer })).body.items[0]).toMatchObject({ status: 'released', releasedBy: 'officer-1', outcome: 'logged' });
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
