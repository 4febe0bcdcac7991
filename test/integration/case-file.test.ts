import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { definition, isolatedHarness, seedLandlord } from '../support/api-harness.js';
import { pdfText } from '../support/pdf-text.js';

const LETTERHEAD = { postalAddress: 'Riverside House\n1 Quay Street\nRiverside RV1 1AA', phone: '0300 123 4567' };
const ADDRESS = '12 Mill Lane\nRiverside\nRV1 2AB';
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==', 'base64');

function residentEmail(to: string, reference: string): Buffer {
  return Buffer.from(
    [
      'From: Dee Post <dee@example.org>',
      `To: ${to}`,
      `Subject: Re: [${reference}] the damp is spreading`,
      'Date: Thu, 05 Nov 2026 08:00:00 +0000',
      'Message-ID: <dee-0001@example.org>',
      'MIME-Version: 1.0',
      'Content-Type: multipart/mixed; boundary="b"',
      '',
      '--b',
      'Content-Type: text/plain; charset=us-ascii',
      '',
      'The damp has spread to the landing. A photo is attached.',
      '--b',
      'Content-Type: image/png; name="landing.png"',
      'Content-Disposition: attachment; filename="landing.png"',
      'Content-Transfer-Encoding: base64',
      '',
      PNG.toString('base64'),
      '--b--',
      '',
    ].join('\r\n'),
  );
}

/** A two-stage complaint with an extension, an email in with an attachment, a late step, remedies and posted letters. */
async function twoStageComplaint() {
  const h = await isolatedHarness('2026-11-02T10:00:00Z');
  const { call, clock } = h;
  const seeded = await seedLandlord(call, LETTERHEAD);
  const { handler, officer, landlordId } = seeded;
  const created = await call('POST', '/v1/complaints', {
    caller: handler,
    body: { channel: 'phone', resident: { name: 'Dee Post', email: 'dee@example.org', address: ADDRESS, contactPreference: 'post' }, description: 'Damp in the bedroom', receivedAt: '2026-11-02T09:00:00Z' },
  });
  const id: string = created.body.id;
  const reference: string = created.body.reference;
  const path = `/v1/complaints/${id}`;
  const ok = async (answer: Promise<{ status: number; body: unknown }>) => {
    const result = await answer;
    expect(result.status, JSON.stringify(result.body)).toBeLessThan(300);
    return result.body as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  };
  clock.set('2026-11-03T09:00:00Z');
  await ok(call('POST', `${path}/acknowledge`, { caller: handler, body: { handlerId: 'h1', definition } }));
  clock.set('2026-11-05T09:00:00Z');
  const to = `complaints+${landlordId.toLowerCase()}@riverside.example`;
  const raw = residentEmail(to, reference);
  await h.blobs.put('inbound/dee-0001.eml', raw, 'message/rfc822');
  expect(await h.intake.receive({ rawKey: 'inbound/dee-0001.eml', raw, recipients: [to], receivedAt: new Date('2026-11-05T08:00:05Z') })).toEqual([expect.objectContaining({ complaintId: id })]);
  clock.set('2026-11-10T09:00:00Z');
  await ok(call('POST', `${path}/extend`, { caller: handler, body: { workingDays: 5, reason: 'Waiting for a damp survey' } }));
  clock.set('2026-11-20T09:00:00Z');
  const responded = await ok(
    call('POST', `${path}/respond`, {
      caller: handler,
      body: {
        decision: 'upheld',
        reasons: 'The damp was not treated',
        remedies: [{ kind: 'financial', description: 'For the spoiled carpet', amount: 80, dueBy: '2026-11-27' }],
        outstandingActions: [{ description: 'Treat the bedroom wall', dueBy: '2026-12-04' }],
      },
    }),
  );
  clock.set('2026-11-23T09:00:00Z');
  await ok(call('POST', `${path}/escalate`, { caller: handler, body: { reason: 'The damp is back' } }));
  clock.set('2026-12-01T09:00:00Z'); // stage 2 acknowledgement due 30 November: late
  await ok(call('POST', `${path}/acknowledge`, { caller: officer, body: { handlerId: 'h2', definition } }));
  await ok(call('POST', `${path}/actions/${responded.outstandingActions[0].id}/complete`, { caller: handler }));
  await ok(call('POST', `${path}/correspondence`, { caller: handler, body: { direction: 'outbound', kind: 'phone', summary: 'Called Dee to arrange the survey' } }));
  clock.set('2026-12-08T09:00:00Z');
  await ok(call('POST', `${path}/respond`, { caller: officer, body: { decision: 'upheld', reasons: 'We agree with stage 1' } }));
  const queue = (await call('GET', '/v1/letters?status=to_print', { caller: officer })).body.items;
  await ok(call('POST', `/v1/letters/${queue[0].id}/posted`, { caller: handler, body: { postedOn: '2026-11-04' } }));
  clock.set('2026-12-09T09:00:00Z');
  return { h, ...seeded, id, reference, path, raw, letters: queue };
}

describe('the complaint file for the Housing Ombudsman (issue 12), against DynamoDB Local', () => {
  it('5.12, 6.2-6.15: one PDF with the summary, each deadline met or missed, extensions, remedies, the timeline, every letter as sent and all correspondence; reading it changes nothing', async () => {
    const { h, officer, handler, viewer, id, reference, path, letters } = await twoStageComplaint();
    const before = (await h.call('GET', path, { caller: officer })).body;
    const eventsBefore = (await h.call('GET', `${path}/events`, { caller: officer })).body.items;

    const file = await h.call('GET', `${path}/case-file`, { caller: officer });
    expect(file.status).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.headers['content-disposition']).toContain(`case-file-${reference}.pdf`);
    const pdf = Buffer.from(file.body, 'base64');
    if (process.env.CASE_FILE_OUT) (await import('node:fs')).writeFileSync(process.env.CASE_FILE_OUT, pdf);
    const pages = pdfText(pdf).split('\f');
    const text = pages.join('\n').replace(/[ \t]+/g, ' ');

    // The summary: who, how, every stage with its dates.
    for (const expected of [
      `Complaint file ${reference}`,
      'Resident Dee Post, 12 Mill Lane, Riverside, RV1 2AB, dee@example.org',
      'Channel phone',
      'Stage 1 received 2026-11-02',
      'Stage 1 acknowledged 2026-11-03',
      'Stage 1 responded 2026-11-20',
      'Escalation requested 2026-11-23: The damp is back',
      'Stage 2 received 2026-11-23',
      'Stage 2 acknowledged 2026-12-01',
      'Stage 2 responded 2026-12-08',
      'Stage 1 reasons The damp was not treated',
    ]) {
      expect(text).toContain(expected);
    }
    // Each deadline: from, allowed, due, done, working days taken, met or missed (6.2, 6.3 + 6.4 extension, 6.11, 6.14).
    expect(text).toMatch(/1 acknowledge 6\.2 2026-11-02 5 2026-11-09 2026-11-03 1 met/);
    expect(text).toMatch(/1 respond 6\.3 2026-11-03 15 2026-11-24 2026-11-20 13 met/);
    expect(text).toMatch(/2 acknowledge 6\.11 2026-11-23 5 2026-11-30 2026-12-01 6 MISSED/);
    expect(text).toMatch(/2 respond 6\.14 2026-12-01 20 2026-12-31 2026-12-08 5 met/);
    // Extensions with reasons; no refusal; remedies and actions with completion.
    expect(text).toMatch(/1 2026-11-10 5 2026-11-17 2026-11-24 Waiting for a damp survey/);
    expect(text).toContain('Not refused.');
    expect(text).toMatch(/1 remedy financial: For the spoiled carpet \(£80\.00\) 2026-11-27 not done/);
    expect(text).toMatch(/1 action Treat the bedroom wall 2026-12-04 2026-12-01/);
    // The audit timeline, every change by whom.
    for (const line of [/1 2026-11-02 handler-1 logged the complaint as logged/, /acknowledged/, /extended/, /escalated/, /letter posted/, /action completed/]) expect(text).toMatch(line);
    expect(text).toContain(`letterId ${letters[0].id}`);
    // All correspondence in and out: the resident's email (its text, its attachment), the logged call, each letter.
    expect(text).toContain('inbound email');
    expect(text).toContain('attachment: landing.png (70 bytes)');
    expect(text).toContain('The damp has spread to the landing. A photo is attached.');
    expect(text).toContain('Called Dee to arrange the survey');
    expect(text).toMatch(/outbound letter \/ response \/ post/);
    // Every letter as sent: the six posted letters, each as printed, with the reference and the window address.
    const printed = pages.filter((page) => page.includes(`Our reference: ${reference}`) && page.includes('12 Mill Lane'));
    expect(printed.length).toBe(6);
    expect(text).toContain('This is our stage 1 response to your complaint.');
    expect(text).toMatch(/stage 1 acknowledgement .*posted 2026-11-04 Dee Post/);

    // Building it changed nothing.
    expect((await h.call('GET', path, { caller: officer })).body).toEqual(before);
    expect((await h.call('GET', `${path}/events`, { caller: officer })).body.items).toHaveLength(eventsBefore.length);

    // Officer only; another landlord's complaint is not found.
    expect((await h.call('GET', `${path}/case-file`, { caller: handler })).status).toBe(403);
    expect((await h.call('GET', `${path}/case-file`, { caller: viewer })).status).toBe(403);
    const other = await seedLandlord(h.call);
    expect((await h.call('GET', `/v1/complaints/${id}/case-file`, { caller: other.officer })).status).toBe(404);
    expect((await h.call('GET', '/v1/complaints/nope/case-file', { caller: officer })).status).toBe(404);
    const stray = await h.call('GET', `${path}/case-file?format=zip`, { caller: officer });
    expect(stray.status).toBe(400);
  });

  it('with Accept: application/zip, the PDF plus the raw emails and attachments exactly as stored', async () => {
    const { h, officer, path, reference, raw } = await twoStageComplaint();
    const versionBefore = (await h.call('GET', path, { caller: officer })).body.version;
    const answer = await h.call('GET', `${path}/case-file`, { caller: officer, headers: { accept: 'application/zip' } });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe('application/zip');
    const files = unzipSync(new Uint8Array(Buffer.from(answer.body, 'base64')));
    const names = Object.keys(files).sort();
    expect(names).toEqual([`attachments/2026-11-05T08-00-05-000Z-${names[0]!.split('-000Z-')[1]!.split('/')[0]}/landing.png`, `case-file-${reference}.pdf`, expect.stringMatching(/^emails\/2026-11-05T08-00-05-000Z-.+\.eml$/)]);
    expect(Buffer.from(files[names[2]!]!).equals(raw)).toBe(true);
    expect(Buffer.from(files[names[0]!]!).equals(PNG)).toBe(true);
    expect(pdfText(Buffer.from(files[`case-file-${reference}.pdf`]!))).toContain(`Complaint file ${reference}`);
    expect((await h.call('GET', path, { caller: officer })).body.version).toBe(versionBefore);
  });
});
