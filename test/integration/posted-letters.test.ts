import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { HOUSING_OMBUDSMAN } from '../../domain/letters/ombudsman.js';
import { apiHarness, definition, seedLandlord } from '../support/api-harness.js';
import { MM, pdfText, pdfWords } from '../support/pdf-text.js';

const LETTERHEAD = { postalAddress: 'Riverside House\n1 Quay Street\nRiverside RV1 1AA', phone: '0300 123 4567' };
const ADDRESS = '12 Mill Lane\nRiverside\nRV1 2AB';

async function outboxOf(t: ReturnType<typeof apiHarness>, landlordId: string, complaintId: string) {
  const { Items } = await t.db.send(
    new QueryCommand({
      TableName: t.tableName,
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :sk)',
      ExpressionAttributeValues: { ':pk': `LANDLORD#${landlordId}#COMPLAINT#${complaintId}`, ':sk': 'OUTBOX#' },
    }),
  );
  return (Items ?? []).filter((item) => item.kind !== 'schedule') as { kind: string; audience: string; to: string[] }[];
}

describe('posted letters and the print queue (issue 12), against DynamoDB Local', () => {
  it('6.2, 6.5, 6.9, 6.19: a phone complaint with only a postal address gets every letter in the print queue, as PDFs, and they are marked posted', async () => {
    const t = apiHarness('2026-11-02T10:00:00Z');
    const { call, clock } = t;
    const { landlordId, officer, handler, viewer } = await seedLandlord(call, LETTERHEAD);
    const created = await call('POST', '/v1/complaints', {
      caller: handler,
      body: { channel: 'phone', resident: { name: 'Dee Post', phone: '07700 900123', address: ADDRESS }, description: 'Damp in the bedroom', receivedAt: '2026-11-02T09:00:00Z' },
    });
    expect(created.status).toBe(201);
    const path = `/v1/complaints/${created.body.id}`;
    const reference: string = created.body.reference;

    clock.set('2026-11-03T09:00:00Z');
    expect((await call('POST', `${path}/acknowledge`, { caller: handler, body: { handlerId: 'h1', definition } })).status).toBe(200);
    clock.set('2026-11-10T09:00:00Z');
    expect((await call('POST', `${path}/extend`, { caller: handler, body: { workingDays: 5, reason: 'Waiting for a damp survey' } })).status).toBe(200);
    clock.set('2026-11-20T09:00:00Z');
    const responded = await call('POST', `${path}/respond`, {
      caller: handler,
      body: { decision: 'upheld', reasons: 'The damp was not treated', remedies: [{ kind: 'financial', description: 'For the spoiled carpet', amount: 80, dueBy: '2026-11-27' }] },
    });
    expect(responded.status).toBe(200);
    clock.set('2026-11-23T09:00:00Z');
    expect((await call('POST', `${path}/escalate`, { caller: handler, body: {} })).status).toBe(200);
    clock.set('2026-11-24T09:00:00Z');
    expect((await call('POST', `${path}/acknowledge`, { caller: officer, body: { handlerId: 'h2', definition } })).status).toBe(200);
    clock.set('2026-12-01T09:00:00Z');
    expect((await call('POST', `${path}/respond`, { caller: officer, body: { decision: 'upheld', reasons: 'We agree with stage 1' } })).status).toBe(200);

    // Nothing is emailed to the resident: every letter waits to print, oldest first.
    expect((await outboxOf(t, landlordId, created.body.id)).filter((message) => message.audience === 'resident')).toEqual([]);
    const queue = await call('GET', '/v1/letters?delivery=post&status=to_print', { caller: officer });
    expect(queue.status).toBe(200);
    const mine = queue.body.items.filter((letter: { complaintId: string }) => letter.complaintId === created.body.id);
    expect(mine.map((letter: { kind: string; stage: number }) => [letter.kind, letter.stage])).toEqual([
      ['acknowledgement', 1],
      ['extension', 1],
      ['response', 1],
      ['acknowledgement', 2],
      ['response', 2],
    ]);
    expect(mine[0]).toMatchObject({ status: 'to_print', recipientName: 'Dee Post', postalAddress: ADDRESS, reference });
    expect(mine[0].letter).toBeUndefined();
    // 5.12: each is on the record as correspondence, with its delivery.
    const correspondence = await call('GET', `${path}/correspondence`, { caller: handler });
    const letters = correspondence.body.items.filter((item: { kind: string }) => item.kind === 'letter');
    expect(letters.map((item: { letterKind: string; delivery: string; letterId: string }) => [item.letterKind, item.delivery, item.letterId])).toEqual(
      mine.map((letter: { kind: string; id: string }) => [letter.kind, 'post', letter.id]),
    );

    // Paged, oldest first.
    const first = await call('GET', '/v1/letters?status=to_print&limit=2', { caller: handler });
    expect(first.body.items).toHaveLength(2);
    const second = await call('GET', `/v1/letters?status=to_print&limit=2&cursor=${first.body.nextCursor}`, { caller: handler });
    expect(second.body.items[0].createdAt >= first.body.items[1].createdAt).toBe(true);
    expect((await call('GET', '/v1/letters?status=to_print', { caller: viewer })).status).toBe(403);
    expect((await call('GET', '/v1/letters?status=lost', { caller: officer })).status).toBe(400);

    // The stage 1 response as a PDF: mandatory content, reference, letterhead, no staff names.
    const response1 = mine[2];
    const pdf = await call('GET', `/v1/letters/${response1.id}.pdf`, { caller: handler });
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const bytes = Buffer.from(pdf.body, 'base64');
    const text = pdfText(bytes).replace(/\s+/g, ' ');
    for (const expected of [
      reference,
      'Riverside Homes',
      'Riverside House',
      'Telephone: 0300 123 4567',
      'Dee Post',
      '12 Mill Lane',
      'RV1 2AB',
      'Friday 20 November 2026',
      'This is our stage 1 response to your complaint.',
      'Our decision',
      'We have upheld your complaint',
      'Our reasons',
      'The damp was not treated',
      'For the spoiled carpet (£80.00), by Friday 27 November 2026',
      'ask us to look at your complaint again at stage 2. Write to us or contact us',
      HOUSING_OMBUDSMAN.phone,
    ]) {
      expect(text).toContain(expected);
    }
    for (const staff of ['Sam Stage One', 'Pat Stage Two', 'h1@riverside.example', 'handler-1']) expect(text).not.toContain(staff);
    // The address block sits in a DL window: 20 mm from the left, 45 mm from the top, 90 x 35 mm.
    const words = pdfWords(bytes).filter((word) => word.page === 1);
    for (const needle of ['Dee', 'Mill', 'RV1']) {
      const word = words.find((candidate) => candidate.text === needle && candidate.yMin > 45 * MM - 1 && candidate.yMin < 100 * MM)!;
      expect(word, needle).toBeDefined();
      expect(word.xMin).toBeGreaterThanOrEqual(20 * MM);
      expect(word.xMax).toBeLessThanOrEqual(110 * MM);
      expect(word.yMin).toBeGreaterThanOrEqual(45 * MM);
      expect(word.yMax).toBeLessThanOrEqual(80 * MM);
    }

    // A print run: every waiting letter in one PDF, each on its own page.
    const batch = await call('POST', '/v1/letters/print-batch', { caller: officer });
    expect(batch.status).toBe(200);
    const batchText = pdfText(Buffer.from(batch.body, 'base64'));
    expect(batchText.split('\f').filter((page) => page.includes('Dee Post') && page.includes(`Our reference: ${reference}`)).length).toBeGreaterThanOrEqual(mine.length);

    // Unprinted for more than one working day: overdue (the 1 Dec response is not yet).
    const overdue = await call('GET', '/v1/letters?status=to_print', { caller: officer });
    const flags = overdue.body.items.filter((letter: { complaintId: string }) => letter.complaintId === created.body.id).map((letter: { overdue: boolean }) => letter.overdue);
    expect(flags).toEqual([true, true, true, true, false]);

    // Marking posted moves it to the posted list and onto the record.
    expect((await call('POST', `/v1/letters/${response1.id}/posted`, { caller: handler, body: { postedOn: '2026-12-02' } })).status).toBe(400);
    const posted = await call('POST', `/v1/letters/${response1.id}/posted`, { caller: handler, body: { postedOn: '2026-11-30' } });
    expect(posted.status).toBe(200);
    expect(posted.body).toMatchObject({ status: 'posted', postedOn: '2026-11-30', postedBy: 'handler-1' });
    expect((await call('POST', `/v1/letters/${response1.id}/posted`, { caller: handler, body: {} })).status).toBe(409);
    const after = await call('GET', '/v1/letters?status=to_print', { caller: officer });
    expect(after.body.items.map((letter: { id: string }) => letter.id)).not.toContain(response1.id);
    const postedList = await call('GET', '/v1/letters?status=posted', { caller: officer });
    expect(postedList.body.items.map((letter: { id: string }) => letter.id)).toContain(response1.id);
    const record = (await call('GET', `${path}/correspondence`, { caller: handler })).body.items.find(
      (item: { recordedBy: string; letterId?: string }) => item.letterId === response1.id && item.recordedBy === 'handler-1',
    );
    expect(record).toMatchObject({ kind: 'letter', direction: 'outbound', delivery: 'post', occurredAt: '2026-11-30T12:00:00.000Z' });
    expect((await call('GET', '/v1/letters/nope.pdf', { caller: officer })).status).toBe(404);
    expect((await call('GET', '/v1/letters/nope', { caller: officer })).status).toBe(400);
  });

  it('2.4: a refusal with no way to reach the resident still commits, is held as undeliverable, and the officer is told', async () => {
    const t = apiHarness('2026-11-02T10:00:00Z');
    const { call } = t;
    const { landlordId, handler, officer } = await seedLandlord(call, LETTERHEAD);
    const created = await call('POST', '/v1/complaints', { caller: handler, body: { channel: 'phone', resident: { name: 'No Contact', phone: '07700 900999' }, description: 'Noise in 2023', matter: { arose: '2023-06-01', basis: 'occurred' } } });
    const refused = await call('POST', `/v1/complaints/${created.body.id}/refuse`, {
      caller: handler,
      body: { ground: 'over_12_months', explanation: 'The noise happened in 2023.' },
    });
    expect(refused.status).toBe(200);
    const held = await call('GET', '/v1/letters?status=undeliverable', { caller: officer });
    const letter = held.body.items.find((item: { complaintId: string }) => item.complaintId === created.body.id);
    expect(letter).toMatchObject({ kind: 'refusal', status: 'undeliverable', reason: 'no email address and no postal address for the resident', overdue: false });
    const outbox = await outboxOf(t, landlordId, created.body.id);
    expect(outbox.map((message) => [message.kind, message.audience, message.to])).toEqual([['letter_undeliverable', 'staff', ['complaints@riverside.example']]]);
    const correspondence = await call('GET', `/v1/complaints/${created.body.id}/correspondence`, { caller: handler });
    expect(correspondence.body.items).toEqual([expect.objectContaining({ kind: 'letter', delivery: 'undeliverable', letterKind: 'refusal', letterId: letter.id })]);
    // It cannot be marked posted; its text is still there to hand over another way.
    expect((await call('POST', `/v1/letters/${letter.id}/posted`, { caller: officer, body: {} })).status).toBe(409);
    expect(pdfText(Buffer.from((await call('GET', `/v1/letters/${letter.id}.pdf`, { caller: officer })).body, 'base64'))).toContain(HOUSING_OMBUDSMAN.phone);
  });

  it('3.6: a representative with a postal address gets the letters, addressed to them', async () => {
    const { call } = apiHarness('2026-11-02T10:00:00Z');
    const { handler, officer } = await seedLandlord(call, LETTERHEAD);
    const created = await call('POST', '/v1/complaints', {
      caller: handler,
      body: {
        channel: 'letter',
        resident: { name: 'Ann Resident', email: 'ann@example.org' },
        representative: { name: 'Cllr Jones', relationship: 'councillor', address: 'Town Hall\nRiverside RV1 9ZZ', consent: { method: 'written', givenOn: '2026-11-01', lettersTo: 'representative' } },
        description: 'Leak',
      },
    });
    expect(created.status).toBe(201);
    expect((await call('POST', `/v1/complaints/${created.body.id}/acknowledge`, { caller: handler, body: { handlerId: 'h1', definition } })).status).toBe(200);
    const queue = await call('GET', '/v1/letters?status=to_print', { caller: officer });
    expect(queue.body.items.find((item: { complaintId: string }) => item.complaintId === created.body.id)).toMatchObject({
      kind: 'acknowledgement',
      recipientName: 'Cllr Jones',
      postalAddress: 'Town Hall\nRiverside RV1 9ZZ',
    });
  });
});
