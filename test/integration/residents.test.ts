import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { runDeadlineCheck } from '../../functions/deadline-check/deadline-check.js';
import { apiHarness, definition, queuedLetters, seedLandlord, type Answer } from '../support/api-harness.js';
import { pdfText, pdfWords } from '../support/pdf-text.js';

const ADDRESS = '12 Mill Lane\nRiverside\nRV1 2AB';
const consent = (lettersTo: string) => ({ method: 'written', givenOn: '2026-11-02', lettersTo });
const representative = (lettersTo: string, extra: Record<string, unknown> = {}) => ({
  name: 'Cllr Jones',
  relationship: 'councillor',
  email: 'jones@council.example',
  phone: '01234 567890',
  consent: consent(lettersTo),
  ...extra,
});
const restriction = (extra: Record<string, unknown> = {}) => ({
  residentId: 'resident',
  channels: ['phone', 'email'],
  restriction: 'One call a week to the complaints officer; emails to the complaints inbox only',
  reasons: [{ kind: 'abusive_or_threatening', detail: 'Threats made to staff on 28 October' }],
  proportionality: 'Letters and the portal stay open; a single point of contact was considered first; Equality Act 2010 considered, no disability disclosed',
  decidedBy: 'Head of Housing Services',
  startsOn: '2026-11-02',
  reviewBy: '2027-01-29',
  ...extra,
});

type Harness = ReturnType<typeof apiHarness>;
type Caller = Awaited<ReturnType<typeof seedLandlord>>['handler'];

async function setUp(start = '2026-11-02T10:00:00Z') {
  const h = apiHarness(start);
  const landlord = await seedLandlord(h.call, { postalAddress: 'Riverside House\n1 Quay Street\nRV1 1AA' });
  return { h, ...landlord };
}

async function logged(h: Harness, caller: Caller, body: Record<string, unknown> = {}) {
  const created = await h.call('POST', '/v1/complaints', {
    caller,
    body: { channel: 'phone', resident: { name: 'Ann Example', email: 'ann@example.org', address: ADDRESS }, description: 'Damp in the bedroom', ...body },
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return { id: created.body.id as string, path: `/v1/complaints/${created.body.id}` };
}

const eventTypes = async (h: Harness, caller: Caller, path: string) =>
  ((await h.call('GET', `${path}/events`, { caller })).body.items as { type: string }[]).map((event) => event.type);

const residentLetters = async (h: Harness, landlordId: string, id: string, kind: string) =>
  ((await queuedLetters(h, landlordId, id)).filter((message) => message.audience === 'resident' && message.kind === kind) as { to: string[]; text: string; html: string }[]).sort((a, b) =>
    a.to.join().localeCompare(b.to.join()),
  );

function expectError(answer: Answer, status: number, code: string) {
  expect(answer.status, JSON.stringify(answer.body)).toBe(status);
  expect(answer.body.error.code).toBe(code);
  expect(answer.body.error.details).toBeDefined();
}

describe('representatives (3.6), on DynamoDB Local', () => {
  it('3.6: add, change and remove a representative, each audited; letters follow the consent', async () => {
    const { h, landlordId, handler, viewer } = await setUp();
    const { id, path } = await logged(h, handler);

    const added = await h.call('PUT', `${path}/representative`, { caller: handler, body: representative('both'), headers: { 'if-match': '"1"' } });
    expect(added.status, JSON.stringify(added.body)).toBe(200);
    expect(added.headers.etag).toBe('"2"');
    expect(added.body.representative).toEqual({ ...representative('both') });
    expect((await h.call('POST', `${path}/acknowledge`, { caller: handler, body: { handlerId: 'h1', definition } })).status).toBe(200);
    expect((await residentLetters(h, landlordId, id, 'acknowledgement')).map((letter) => letter.to)).toEqual([['ann@example.org'], ['jones@council.example']]);

    // Changed: now the resident only (their consent says so).
    expect((await h.call('PUT', `${path}/representative`, { caller: handler, body: representative('resident', { name: 'Bob Son', relationship: 'son' }) })).status).toBe(200);
    expect((await h.call('POST', `${path}/extend`, { caller: handler, body: { workingDays: 2, reason: 'Waiting for a survey' } })).status).toBe(200);
    expect((await residentLetters(h, landlordId, id, 'extension')).map((letter) => letter.to)).toEqual([['ann@example.org']]);

    // The representative only.
    expect((await h.call('PUT', `${path}/representative`, { caller: handler, body: representative('representative') })).status).toBe(200);
    expect((await h.call('POST', `${path}/respond`, { caller: handler, body: { decision: 'upheld', reasons: 'The damp was not treated' } })).status).toBe(200);
    expect((await residentLetters(h, landlordId, id, 'response')).map((letter) => letter.to)).toEqual([['jones@council.example']]);

    // On a closed complaint too; removed, letters go to the resident again.
    h.clock.set('2026-11-20T10:00:00Z');
    expect((await h.call('POST', `${path}/close`, { caller: handler, body: {} })).status).toBe(200);
    const removed = await h.call('POST', `${path}/representative/remove`, { caller: handler });
    expect(removed.status, JSON.stringify(removed.body)).toBe(200);
    expect(removed.body.representative).toBeUndefined();
    expect(await eventTypes(h, viewer, path)).toEqual(['logged', 'representative_nominated', 'acknowledged', 'representative_changed', 'extended', 'representative_changed', 'responded', 'closed', 'representative_removed']);
    const trail = (await h.call('GET', `${path}/events`, { caller: viewer })).body.items;
    expect(trail.at(-1)).toMatchObject({ actor: { userId: 'handler-1' }, before: { representative: { name: 'Cllr Jones', consent: consent('representative') } } });
  });

  it('3.6: bad input is a 400 or 404 with the error shape and writes nothing; another landlord sees 404; a viewer 403', async () => {
    const { h, handler, viewer } = await setUp();
    const { path } = await logged(h, handler);
    const other = await seedLandlord(h.call);
    for (const body of [
      { ...representative('both'), email: undefined },
      { ...representative('both'), consent: { ...consent('both'), lettersTo: 'nobody' } },
      { ...representative('both'), consent: { method: 'written', lettersTo: 'both' } },
      { ...representative('both'), nickname: 'x' },
      { ...representative('both'), name: 'x'.repeat(201) },
    ]) {
      expectError(await h.call('PUT', `${path}/representative`, { caller: handler, body }), 400, 'invalid_request');
    }
    expectError(await h.call('PUT', `${path}/representative`, { caller: handler, body: representative('both', { consent: { ...consent('both'), givenOn: '2026-12-25' } }) }), 400, 'invalid_request');
    expectError(await h.call('POST', `${path}/representative/remove`, { caller: handler }), 404, 'not_found');
    expectError(await h.call('PUT', `${path}/representative`, { caller: other.handler, body: representative('both') }), 404, 'not_found');
    expectError(await h.call('PUT', `${path}/representative`, { caller: viewer, body: representative('both') }), 403, 'forbidden');
    expectError(await h.call('PUT', `${path}/representative`, { caller: handler, body: representative('both'), headers: { 'if-match': '"7"' } }), 409, 'conflict');
    expect(await eventTypes(h, viewer, path)).toEqual(['logged']);
    expect((await h.call('GET', path, { caller: viewer })).body.version).toBe(1);
  });

  it('3.6 (FAQ): logged by a representative without consent: recorded as awaiting it, the acknowledgement goes to the resident and asks; with consent, letters follow it', async () => {
    const { h, landlordId, handler } = await setUp();
    const { consent: _none, ...unconsented } = representative('both');
    const { id, path } = await logged(h, handler, { channel: 'representative', representative: unconsented });
    expect((await h.call('GET', path, { caller: handler })).body.representative).toEqual({ ...unconsented, awaitingConsent: true });
    expect((await h.call('POST', `${path}/acknowledge`, { caller: handler, body: { handlerId: 'h1', definition } })).status).toBe(200);
    const [acknowledgement, ...more] = await residentLetters(h, landlordId, id, 'acknowledgement');
    expect(more).toEqual([]);
    expect(acknowledgement!.to).toEqual(['ann@example.org']);
    expect(acknowledgement!.text).toContain('Cllr Jones (councillor) has contacted us about this complaint on your behalf');
    // The resident agreed: recorded with the nomination, and the next letter follows it.
    const agreed = await h.call('PUT', `${path}/representative`, { caller: handler, body: representative('both') });
    expect(agreed.body.representative.awaitingConsent).toBeUndefined();

    const withConsent = await logged(h, handler, { channel: 'representative', representative: representative('representative') });
    expect((await h.call('GET', withConsent.path, { caller: handler })).body.representative).toEqual(representative('representative'));
    // Consent without a way to reach the representative is a 400; nothing is logged.
    const before = (await h.call('GET', '/v1/complaints', { caller: handler })).body.items.length;
    const { email: _email, ...unreachable } = representative('both');
    expectError(await h.call('POST', '/v1/complaints', { caller: handler, body: { channel: 'representative', resident: { name: 'Ann Example', address: ADDRESS }, description: 'Damp', representative: unreachable } }), 400, 'invalid_request');
    expect((await h.call('GET', '/v1/complaints', { caller: handler })).body.items.length).toBe(before);
    // The bad field is named as the caller sent it, inside the complaint's body.
    const future = await h.call('POST', '/v1/complaints', { caller: handler, body: { channel: 'representative', resident: { name: 'Ann Example', address: ADDRESS }, description: 'Damp', representative: representative('both', { consent: { ...consent('both'), givenOn: '2026-12-25' } }) } });
    expectError(future, 400, 'invalid_request');
    expect(future.body.error.details[0].field).toBe('representative.consent.givenOn');
  });
});

describe('group complaints, on DynamoDB Local', () => {
  const members = [
    { id: 'flat2', name: 'Bea Two', email: 'bea@example.org' },
    { id: 'flat3', name: 'Cy Three', address: '3 Mill Lane\nRiverside\nRV1 2AB' },
  ];

  it('each resident listed gets their own letter, by email or post; a lead complaint writes to the lead; reports count it once', async () => {
    const { h, landlordId, handler, officer, admin, viewer } = await setUp();
    const each = await logged(h, handler, { tenure: 'low_cost_rental' });
    const put = await h.call('PUT', `${each.path}/group`, { caller: handler, body: { basis: 'each', members } });
    expect(put.status, JSON.stringify(put.body)).toBe(200);
    expect(put.body.group).toEqual({ basis: 'each', members });
    expect((await h.call('POST', `${each.path}/acknowledge`, { caller: handler, body: { handlerId: 'h1', definition } })).status).toBe(200);
    expect((await residentLetters(h, landlordId, each.id, 'acknowledgement')).map((letter) => letter.to)).toEqual([['ann@example.org'], ['bea@example.org']]);
    const posted = await h.call('GET', '/v1/letters?delivery=post&status=to_print', { caller: officer });
    expect(posted.body.items.filter((letter: { complaintId: string }) => letter.complaintId === each.id).map((letter: { recipientName: string }) => letter.recipientName)).toEqual(['Cy Three']);

    const lead = await logged(h, handler, { tenure: 'low_cost_rental' });
    expect((await h.call('PUT', `${lead.path}/group`, { caller: handler, body: { basis: 'lead', members } })).status).toBe(200);
    expect((await h.call('POST', `${lead.path}/acknowledge`, { caller: handler, body: { handlerId: 'h1', definition } })).status).toBe(200);
    expect((await residentLetters(h, landlordId, lead.id, 'acknowledgement')).map((letter) => letter.to)).toEqual([['ann@example.org']]);
    expect(await eventTypes(h, viewer, lead.path)).toEqual(['logged', 'group_recorded', 'acknowledged']);

    // Two complaints covering six residents between them: CH01 counts two.
    expect((await h.call('POST', '/v1/reports/rebuild', { caller: admin })).status).toBe(200);
    const tsm = await h.call('GET', '/v1/reports/tsm?from=2026-11-01&to=2026-11-30', { caller: officer });
    expect(tsm.body.byTenure.low_cost_rental.ch01.stage1.received).toBe(2);

    // Two residents with no way to reach them: both copies held, and one notice per person told, not one per copy.
    const unreachable = await logged(h, handler);
    const silent = [{ id: 'flat4', name: 'Di Four' }, { id: 'flat5', name: 'Ed Five' }];
    expect((await h.call('PUT', `${unreachable.path}/group`, { caller: handler, body: { basis: 'each', members: silent } })).status).toBe(200);
    expect((await h.call('POST', `${unreachable.path}/acknowledge`, { caller: handler, body: { handlerId: 'h1', definition } })).status).toBe(200);
    const notices = (await queuedLetters(h, landlordId, unreachable.id)).filter((message) => message.kind === 'letter_undeliverable') as { to: string[]; text: string }[];
    expect(notices.map((notice) => notice.to[0]).sort()).toEqual(['complaints@riverside.example', 'h1@riverside.example']);
    expect(notices[0]!.text).toContain('no email address and no postal address for Di Four');
    expect(notices[0]!.text).toContain('no email address and no postal address for Ed Five');

    // Back to one resident; bad input refused.
    expect((await h.call('POST', `${lead.path}/group/remove`, { caller: handler })).body.group).toBeUndefined();
    expectError(await h.call('PUT', `${lead.path}/group`, { caller: handler, body: { basis: 'each', members: [] } }), 400, 'invalid_request');
    expectError(await h.call('PUT', `${lead.path}/group`, { caller: handler, body: { basis: 'each', members: [members[0], members[0]] } }), 400, 'invalid_request');
    expectError(await h.call('PUT', `${lead.path}/group`, { caller: handler, body: { basis: 'each', members: [{ ...members[0], id: 'resident' }] } }), 400, 'invalid_request');
    expectError(
      await h.call('PUT', `${lead.path}/group`, { caller: handler, body: { basis: 'each', members: Array.from({ length: 11 }, (_, n) => ({ id: `m${n}`, name: `M ${n}` })) } }),
      400,
      'invalid_request',
    );
    expectError(
      await h.call('PUT', `${lead.path}/group`, { caller: handler, body: { basis: 'each', members: Array.from({ length: 5 }, (_, n) => ({ id: `m${n}`, name: `M ${n}` })) } }),
      400,
      'invalid_request',
    );
    expect((await h.call('PUT', `${lead.path}/group`, { caller: handler, body: { basis: 'lead', members: Array.from({ length: 10 }, (_, n) => ({ id: `m${n}`, name: `M ${n}` })) } })).status).toBe(200);
    expect((await h.call('POST', `${lead.path}/group/remove`, { caller: handler })).status).toBe(200);
    expectError(await h.call('POST', `${lead.path}/group/remove`, { caller: handler }), 404, 'not_found');
  });
});

describe('reasonable adjustments (5.10), on DynamoDB Local', () => {
  it('5.10: GET reads the old free text; PUT records per resident, audited; letters in large print by the preferred channel; the notice states them', async () => {
    const { h, landlordId, handler, officer, viewer } = await setUp();
    const { id, path } = await logged(h, handler, { reasonableAdjustments: ['Large print please'] });
    const before = await h.call('GET', `${path}/reasonable-adjustments`, { caller: viewer });
    expect(before.status).toBe(200);
    expect(before.body.items).toEqual([{ residentId: 'resident', residentName: 'Ann Example', source: 'free_text', adjustments: [{ kind: 'other', detail: 'Large print please' }], agreedOn: '2026-11-02' }]);

    const body = { adjustments: [{ kind: 'large_print' }, { kind: 'preferred_channel', channel: 'post' }], disabilityDisclosed: true, agreedOn: '2026-11-02', reviewBy: '2026-12-01' };
    const put = await h.call('PUT', `${path}/reasonable-adjustments/resident`, { caller: handler, body });
    expect(put.status, JSON.stringify(put.body)).toBe(200);
    expect(put.body.reasonableAdjustments).toEqual([]);
    const after = await h.call('GET', `${path}/reasonable-adjustments`, { caller: viewer });
    expect(after.body.items).toEqual([{ residentId: 'resident', residentName: 'Ann Example', source: 'recorded', ...body, recordedBy: 'handler-1', recordedAt: '2026-11-02T10:00:00.000Z' }]);
    const trail = (await h.call('GET', `${path}/events`, { caller: viewer })).body.items;
    expect(trail.at(-1)).toMatchObject({ type: 'adjustments_recorded', before: { reasonableAdjustments: ['Large print please'] }, after: { adjustments: [{ residentId: 'resident' }] } });

    // The acknowledgement is posted (preferred channel) in large print: read back from the PDF.
    expect((await h.call('POST', `${path}/acknowledge`, { caller: handler, body: { handlerId: 'h1', definition } })).status).toBe(200);
    expect(await residentLetters(h, landlordId, id, 'acknowledgement')).toEqual([]);
    const queue = (await h.call('GET', '/v1/letters?delivery=post&status=to_print', { caller: officer })).body.items.filter((letter: { complaintId: string }) => letter.complaintId === id);
    expect(queue).toHaveLength(1);
    const pdf = await h.call('GET', `/v1/letters/${queue[0].id}.pdf`, { caller: officer });
    const bytes = Buffer.from(pdf.body, 'base64');
    expect(pdfText(bytes)).toContain('We are writing to acknowledge your complaint');
    const bodyWord = pdfWords(bytes).find((word) => word.text === 'acknowledge')!;
    // 16 pt type (pdftotext's box is about 0.92 em tall); a standard letter's 10.5 pt reads under 10.
    expect(bodyWord.yMax - bodyWord.yMin).toBeGreaterThan(14);

    // Email preferred now: the same large print in the HTML.
    expect((await h.call('PUT', `${path}/reasonable-adjustments/resident`, { caller: handler, body: { ...body, adjustments: [{ kind: 'large_print' }, { kind: 'preferred_channel', channel: 'email' }] } })).status).toBe(200);
    expect((await h.call('POST', `${path}/extend`, { caller: handler, body: { workingDays: 2, reason: 'Waiting for a survey' } })).status).toBe(200);
    const [extension] = await residentLetters(h, landlordId, id, 'extension');
    expect(extension!.to).toEqual(['ann@example.org']);
    expect(extension!.html).toContain('font-size:24px');

    // The handler's reminder of the response states the adjustments.
    const complaint = (await h.call('GET', path, { caller: viewer })).body;
    expect(await runDeadlineCheck(h.core, { landlordId, complaintId: id, step: 'stage1-respond', kind: 'reminder', dueBy: complaint.nextDeadline.dueBy })).toBe('reminded');
    const reminder = (await queuedLetters(h, landlordId, id)).find((message) => message.kind === 'reminder') as { text: string };
    expect(reminder.text).toContain('REASONABLE ADJUSTMENTS AGREED (5.10)');
    expect(reminder.text).toContain('Ann Example: large print; letters by a preferred channel (email) (a disability was disclosed)');
  });

  it('5.10: the review date is scheduled like any step; the deadline check reminds, then marks it overdue; removal is audited', async () => {
    const { h, landlordId, handler, viewer } = await setUp();
    const { id, path } = await logged(h, handler);
    await h.call('POST', `${path}/acknowledge`, { caller: handler, body: { handlerId: 'h1', definition } });
    const put = await h.call('PUT', `${path}/reasonable-adjustments/resident`, {
      caller: handler,
      body: { adjustments: [{ kind: 'phone_calls' }, { kind: 'interpreter', detail: 'Polish' }], disabilityDisclosed: false, agreedOn: '2026-11-02', reviewBy: '2026-11-09' },
    });
    expect(put.status).toBe(200);
    const outbox = (await h.db.send(new QueryCommand({ TableName: h.tableName, KeyConditionExpression: 'PK = :pk AND begins_with(SK, :o)', ExpressionAttributeValues: { ':pk': `LANDLORD#${landlordId}#COMPLAINT#${id}`, ':o': 'OUTBOX#' } }))).Items ?? [];
    const reviewSchedules = outbox
      .filter((item) => item.kind === 'schedule')
      .flatMap((item) => item.schedules)
      .filter((schedule) => schedule.payload?.step === 'review')
      .map((schedule) => [schedule.op, schedule.payload.kind, schedule.payload.dueBy]);
    expect(reviewSchedules.sort()).toEqual([
      ['upsert', 'check', '2026-11-09'],
      ['upsert', 'reminder', '2026-11-09'],
    ]);

    h.clock.set('2026-11-05T09:00:00Z');
    expect(await runDeadlineCheck(h.core, { landlordId, complaintId: id, step: 'review', kind: 'reminder', dueBy: '2026-11-09' })).toBe('reminded');
    const reminder = (await queuedLetters(h, landlordId, id)).find((message) => message.kind === 'reminder') as { to: string[]; subject: string; text: string };
    expect(reminder.to).toEqual(['h1@riverside.example']);
    expect(reminder.subject).toContain('review the reasonable adjustments agreed with Ann Example (5.10)');
    expect(reminder.text).toContain('Ann Example: phone calls instead of letters; an interpreter (Polish)');
    h.clock.set('2026-11-10T09:00:00Z');
    expect(await runDeadlineCheck(h.core, { landlordId, complaintId: id, step: 'review', kind: 'check', dueBy: '2026-11-09' })).toBe('overdue');
    expect((await h.call('GET', path, { caller: viewer })).body.overdue).toMatchObject([{ step: 'review', dueBy: '2026-11-09' }]);

    const removed = await h.call('POST', `${path}/reasonable-adjustments/resident/remove`, { caller: handler });
    expect(removed.status).toBe(200);
    expect(removed.body.overdue[0].resolvedAt).toBe('2026-11-10T09:00:00.000Z');
    expect((await eventTypes(h, viewer, path)).slice(-4)).toEqual(['adjustments_recorded', 'reminder_sent', 'overdue', 'adjustments_removed']);
    expect((await h.call('GET', `${path}/reasonable-adjustments`, { caller: viewer })).body.items).toEqual([]);
  });

  it('5.10: bad input is 400/404 in the error shape and writes nothing; another landlord sees 404', async () => {
    const { h, handler, viewer } = await setUp();
    const { path } = await logged(h, handler);
    const other = await seedLandlord(h.call);
    const good = { adjustments: [{ kind: 'large_print' }], disabilityDisclosed: false, agreedOn: '2026-11-02', reviewBy: '2027-01-04' };
    for (const body of [
      { ...good, adjustments: [] },
      { ...good, adjustments: [{ kind: 'braille_only' }] },
      { ...good, adjustments: [{ kind: 'other' }] },
      { ...good, adjustments: [{ kind: 'large_print', channel: 'post' }] },
      { ...good, adjustments: Array.from({ length: 7 }, () => ({ kind: 'other', detail: 'x' })) },
      { ...good, reviewBy: '2026-10-01' },
      { ...good, reviewBy: '2030-01-01' },
      { ...good, disabilityDisclosed: 'yes' },
      { ...good, agreedOn: '2026-02-30' },
    ]) {
      expectError(await h.call('PUT', `${path}/reasonable-adjustments/resident`, { caller: handler, body }), 400, 'invalid_request');
    }
    expectError(await h.call('PUT', `${path}/reasonable-adjustments/flat9`, { caller: handler, body: good }), 404, 'not_found');
    expectError(await h.call('PUT', `${path}/reasonable-adjustments/bad%20id`, { caller: handler, body: good }), 400, 'invalid_request');
    expectError(await h.call('POST', `${path}/reasonable-adjustments/resident/remove`, { caller: handler }), 404, 'not_found');
    expectError(await h.call('GET', `${path}/reasonable-adjustments`, { caller: other.viewer }), 404, 'not_found');
    expectError(await h.call('PUT', `${path}/reasonable-adjustments/resident`, { caller: other.handler, body: good }), 404, 'not_found');
    expect(await eventTypes(h, viewer, path)).toEqual(['logged']);
  });
});

describe('behaviour restrictions (5.14, 5.15), on DynamoDB Local', () => {
  it('5.14: recorded, reviewed and ended, each audited; the complaint process carries on: logged, letters sent, Ombudsman details given', async () => {
    const { h, landlordId, handler, viewer } = await setUp();
    const { id, path } = await logged(h, handler);
    const recorded = await h.call('POST', `${path}/restrictions`, { caller: handler, body: restriction() });
    expect(recorded.status, JSON.stringify(recorded.body)).toBe(200);
    const restrictionId = recorded.body.restrictions[0].id;
    expect(recorded.body.restrictions[0]).toMatchObject({ ...restriction(), recordedBy: 'handler-1' });
    const [notice] = await residentLetters(h, landlordId, id, 'restriction_notice');
    expect(notice!.to).toEqual(['ann@example.org']);
    expect(notice!.text).toContain('If you disagree with this decision, you can ask the Housing Ombudsman to review it.');

    // Still handled: a new complaint from the same resident is logged, and letters with the Ombudsman's details go.
    await logged(h, handler);
    expect((await h.call('POST', `${path}/acknowledge`, { caller: handler, body: { handlerId: 'h1', definition } })).status).toBe(200);
    expect((await h.call('POST', `${path}/respond`, { caller: handler, body: { decision: 'not_upheld', reasons: 'The repair was done on time' } })).status).toBe(200);
    const [response] = await residentLetters(h, landlordId, id, 'response');
    expect(response!.to).toEqual(['ann@example.org']);
    expect(response!.text).toContain('0300 111 3000');
    const [ack] = (await queuedLetters(h, landlordId, id)).filter((message) => message.kind === 'acknowledgement');
    expect(ack).toBeDefined();

    const reviewed = await h.call('PUT', `${path}/restrictions/${restrictionId}`, { caller: handler, body: restriction({ channels: ['phone'], reviewBy: '2027-02-26' }) });
    expect(reviewed.status, JSON.stringify(reviewed.body)).toBe(200);
    const ended = await h.call('POST', `${path}/restrictions/${restrictionId}/end`, { caller: handler, body: { reason: 'Behaviour has improved' } });
    expect(ended.status).toBe(200);
    const list = await h.call('GET', `${path}/restrictions`, { caller: viewer });
    expect(list.body.items[0]).toMatchObject({ id: restrictionId, channels: ['phone'], ended: { on: '2026-11-02', reason: 'Behaviour has improved', by: 'handler-1' } });
    expect(await eventTypes(h, viewer, path)).toEqual(['logged', 'restriction_recorded', 'acknowledged', 'responded', 'restriction_reviewed', 'restriction_ended']);
    expectError(await h.call('POST', `${path}/restrictions/${restrictionId}/end`, { caller: handler, body: { reason: 'again' } }), 409, 'conflict');
  });

  it('5.15: refused (422 naming 5.15) when the reason is a need for a reasonable adjustment, or it would take an agreed adjustment away', async () => {
    const { h, handler, viewer } = await setUp();
    const { path } = await logged(h, handler);
    const need = await h.call('POST', `${path}/restrictions`, { caller: handler, body: restriction({ reasons: [{ kind: 'reasonable_adjustment_need', detail: 'Calls daily because letters are hard to read' }] }) });
    expectError(need, 422, 'rule_violation');
    expect(need.body.error.details.provision).toBe('5.15');
    await h.call('PUT', `${path}/reasonable-adjustments/resident`, { caller: handler, body: { adjustments: [{ kind: 'phone_calls' }], disabilityDisclosed: true, agreedOn: '2026-11-02', reviewBy: '2027-01-04' } });
    const phone = await h.call('POST', `${path}/restrictions`, { caller: handler, body: restriction({ channels: ['phone'] }) });
    expectError(phone, 422, 'rule_violation');
    expect(phone.body.error.details.provision).toBe('5.15');
    expect(await eventTypes(h, viewer, path)).toEqual(['logged', 'adjustments_recorded']);
  });

  it('5.14: bad input is 400/404 in the error shape and writes nothing; another landlord sees 404', async () => {
    const { h, handler, viewer } = await setUp();
    const { path } = await logged(h, handler);
    const other = await seedLandlord(h.call);
    for (const body of [
      restriction({ reasons: [] }),
      restriction({ channels: [] }),
      restriction({ channels: ['carrier_pigeon'] }),
      restriction({ proportionality: undefined }),
      restriction({ decidedBy: '' }),
      restriction({ reviewBy: '2027-12-01' }),
      restriction({ reviewBy: '2026-11-02' }),
      restriction({ startsOn: 'soon' }),
      restriction({ proportionality: 'x'.repeat(2_001) }),
      { ...restriction(), extra: true },
    ]) {
      expectError(await h.call('POST', `${path}/restrictions`, { caller: handler, body }), 400, 'invalid_request');
    }
    expectError(await h.call('POST', `${path}/restrictions`, { caller: handler, body: restriction({ residentId: 'flat9' }) }), 404, 'not_found');
    expectError(await h.call('PUT', `${path}/restrictions/nope`, { caller: handler, body: restriction() }), 404, 'not_found');
    expectError(await h.call('POST', `${path}/restrictions`, { caller: other.handler, body: restriction() }), 404, 'not_found');
    expectError(await h.call('GET', `${path}/restrictions`, { caller: other.viewer }), 404, 'not_found');
    expect(await eventTypes(h, viewer, path)).toEqual(['logged']);
  });
});
