import { describe, expect, it } from 'vitest';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { apiHarness, queuedLetters, seedLandlord } from '../support/api-harness.js';
import { keys } from '../../functions/adapters/table-design.js';

type Harness = ReturnType<typeof apiHarness>;
const resident = { name: 'Ann Example', email: 'ann@example.org' };

async function serviceRequest(h: Harness, caller: Awaited<ReturnType<typeof seedLandlord>>['handler'], receivedAt?: string) {
  const created = await h.call('POST', '/v1/service-requests', { caller, body: { channel: 'phone', resident, description: 'The tap drips', ...(receivedAt && { receivedAt }) } });
  expect(created.status).toBe(201);
  return created.body as { id: string; version: number };
}

describe('service requests (1.4, 1.5) through the API on DynamoDB Local', () => {
  it('1.5: dissatisfaction becomes a stage 1 complaint linked to the request, which carries on; closing the request leaves the complaint open', async () => {
    const h = apiHarness('2026-11-02T10:00:00Z');
    const landlord = await seedLandlord(h.call);
    const sr = await serviceRequest(h, landlord.handler);
    const complaint = await h.call('POST', `/v1/service-requests/${sr.id}/complaint`, { caller: landlord.handler, body: { description: 'Two visits and the tap still drips' } });
    expect(complaint.status).toBe(201);
    expect(complaint.body).toMatchObject({ status: 'stage1_received', stage: 1, channel: 'phone', resident, serviceRequestId: sr.id });
    const after = await h.call('GET', `/v1/service-requests/${sr.id}`, { caller: landlord.viewer });
    expect(after.body).toMatchObject({ status: 'open', version: 2, complaints: [{ complaintId: complaint.body.id, reference: complaint.body.reference, loggedOn: '2026-11-02' }] });
    const resolved = await h.call('POST', `/v1/service-requests/${sr.id}/status`, { caller: landlord.handler, body: { status: 'resolved', note: 'Washer replaced' } });
    expect(resolved.body).toMatchObject({ status: 'resolved', closedOn: '2026-11-02', version: 3 });
    expect((await h.call('GET', `/v1/complaints/${complaint.body.id}`, { caller: landlord.viewer })).body.status).toBe('stage1_received');
    const events = await h.call('GET', `/v1/service-requests/${sr.id}/events`, { caller: landlord.viewer });
    expect(events.body.items.map((event: { type: string }) => event.type)).toEqual(['recorded', 'complaint_logged', 'resolved']);
    expect((await h.call('GET', `/v1/complaints/${complaint.body.id}/events`, { caller: landlord.viewer })).body.items[0].after.serviceRequestId).toBe(sr.id);
  });

  it('1.5: POST /v1/complaints with a serviceRequestId links it; one that does not exist (or is another landlord’s) is 404 and nothing is written', async () => {
    const h = apiHarness('2026-11-02T10:00:00Z');
    const landlord = await seedLandlord(h.call);
    const other = await seedLandlord(h.call);
    const sr = await serviceRequest(h, landlord.handler);
    const linked = await h.call('POST', '/v1/complaints', { caller: landlord.handler, body: { channel: 'web', resident, description: 'Still dripping', serviceRequestId: sr.id } });
    expect(linked.status).toBe(201);
    expect((await h.call('GET', `/v1/service-requests/${sr.id}`, { caller: landlord.viewer })).body.complaints).toHaveLength(1);
    for (const [caller, id] of [
      [landlord.handler, 'no-such-request'],
      [other.handler, sr.id],
    ] as const) {
      const refused = await h.call('POST', '/v1/complaints', { caller, body: { channel: 'web', resident, description: 'x', serviceRequestId: id } });
      expect(refused.status).toBe(404);
      expect(refused.body.error).toMatchObject({ code: 'not_found', message: 'service request not found' });
    }
    expect((await h.call('GET', '/v1/complaints', { caller: other.viewer })).body.items).toEqual([]);
    expect((await h.call('GET', '/v1/complaints', { caller: landlord.viewer })).body.items).toHaveLength(1);
    expect((await h.call('GET', `/v1/service-requests/${sr.id}`, { caller: other.viewer })).status).toBe(404);
    expect((await h.call('POST', `/v1/service-requests/${sr.id}/status`, { caller: other.handler, body: { status: 'resolved' } })).status).toBe(404);
    expect((await h.call('POST', `/v1/service-requests/${sr.id}/complaint`, { caller: other.handler, body: { description: 'x' } })).status).toBe(404);
  });

  it('1.4: the list filters by status, dates received and conversion, pages with a cursor, and never shows another landlord’s', async () => {
    const h = apiHarness('2026-11-20T10:00:00Z');
    const landlord = await seedLandlord(h.call);
    const other = await seedLandlord(h.call);
    const ids = [];
    for (const day of ['02', '03', '04', '05', '06']) ids.push((await serviceRequest(h, landlord.handler, `2026-11-${day}T10:00:00Z`)).id);
    await h.call('POST', `/v1/service-requests/${ids[1]}/status`, { caller: landlord.handler, body: { status: 'cancelled', note: 'Duplicate report' } });
    await h.call('POST', `/v1/service-requests/${ids[2]}/complaint`, { caller: landlord.handler, body: { description: 'Unhappy' } });
    const list = async (query: string, caller = landlord.viewer) => (await h.call('GET', `/v1/service-requests?${query}`, { caller })).body;
    expect((await list('')).items.map((item: { id: string }) => item.id)).toEqual([...ids].reverse());
    expect((await list('status=cancelled')).items.map((item: { id: string }) => item.id)).toEqual([ids[1]]);
    expect((await list('complaint=true')).items.map((item: { id: string }) => item.id)).toEqual([ids[2]]);
    expect((await list('from=2026-11-03&to=2026-11-04')).items.map((item: { id: string }) => item.id)).toEqual([ids[2], ids[1]]);
    const first = await list('limit=2');
    expect(first.items).toHaveLength(2);
    const second = await list(`limit=2&cursor=${first.nextCursor}`);
    expect(second.items.map((item: { id: string }) => item.id)).toEqual([ids[2], ids[1]]);
    expect((await list('', other.viewer)).items).toEqual([]);
    const stolen = await h.call('GET', `/v1/service-requests?cursor=${first.nextCursor}`, { caller: other.viewer });
    expect(stolen.status).toBe(400);
    const periodRead = await h.core.serviceRequests.receivedBetween(landlord.landlordId, '2026-11-03', '2026-11-05');
    expect(periodRead.map((record) => record.id).sort()).toEqual([ids[1], ids[2], ids[3]].sort());
  });

  it('bad input: 400 with the fields named, 409 for a change to the same status or a stale If-Match, nothing written', async () => {
    const h = apiHarness('2026-11-02T10:00:00Z');
    const landlord = await seedLandlord(h.call);
    const bad = await h.call('POST', '/v1/service-requests', { caller: landlord.handler, body: { channel: 'carrier_pigeon', resident: {}, description: '', extra: 1 } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.map((detail: { field: string }) => detail.field).sort()).toEqual(['channel', 'description', 'extra', 'resident.name']);
    const future = await h.call('POST', '/v1/service-requests', { caller: landlord.handler, body: { channel: 'phone', resident, description: 'x', receivedAt: '2027-01-01T00:00:00Z' } });
    expect(future.status).toBe(400);
    expect((await h.call('GET', '/v1/service-requests', { caller: landlord.viewer })).body.items).toEqual([]);
    const sr = await serviceRequest(h, landlord.handler);
    expect((await h.call('POST', `/v1/service-requests/${sr.id}/status`, { caller: landlord.handler, body: { status: 'open' } })).status).toBe(409);
    expect((await h.call('POST', `/v1/service-requests/${sr.id}/status`, { caller: landlord.handler, body: { status: 'cancelled' } })).body.error.details).toEqual([{ field: 'note', message: 'say why the service request is cancelled' }]);
    const stale = await h.call('POST', `/v1/service-requests/${sr.id}/status`, { caller: landlord.handler, body: { status: 'resolved' }, headers: { 'if-match': '"7"' } });
    expect(stale.status).toBe(409);
    expect((await h.call('GET', `/v1/service-requests/${sr.id}/events`, { caller: landlord.viewer })).body.items).toHaveLength(1);
    expect((await h.call('POST', '/v1/service-requests', { caller: landlord.viewer, body: { channel: 'phone', resident, description: 'x' } })).status).toBe(403);
    for (const path of ['/v1/service-requests', '/v1/no-complaint-records']) {
      const backwards = await h.call('GET', `${path}?from=2026-12-01&to=2026-01-01`, { caller: landlord.viewer });
      expect(backwards.status, path).toBe(400);
      expect(backwards.body.error.details).toEqual([{ field: 'to', message: 'must not be before from' }]);
    }
  });
});

describe('dissatisfaction without a complaint (FAQ) through the API', () => {
  it('FAQ: the record is kept apart from complaints and the resident is emailed how to complain later with the Ombudsman’s details', async () => {
    const h = apiHarness('2026-11-02T10:00:00Z');
    const landlord = await seedLandlord(h.call);
    const other = await seedLandlord(h.call);
    const created = await h.call('POST', '/v1/no-complaint-records', {
      caller: landlord.handler,
      body: { channel: 'phone', resident, description: 'Unhappy the repair was late', reason: 'Just wanted it noted' },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ reference: expect.stringMatching(/^NC-2026-/), raisedOn: '2026-11-02', recordedBy: 'handler-1', letter: { delivery: 'email' } });
    const [letter] = await queuedLetters(h, landlord.landlordId, created.body.id);
    expect(letter).toMatchObject({ kind: 'no_complaint_logged', to: ['ann@example.org'] });
    expect(letter!.subject).toContain(created.body.reference);
    expect(letter!.text).toContain('0300 111 3000');
    expect(letter!.text).toContain('within 12 months');
    expect((await h.call('GET', '/v1/complaints', { caller: landlord.viewer })).body.items).toEqual([]);
    expect((await h.call('GET', `/v1/no-complaint-records/${created.body.id}`, { caller: landlord.viewer })).body.id).toBe(created.body.id);
    expect((await h.call('GET', `/v1/no-complaint-records/${created.body.id}`, { caller: other.viewer })).status).toBe(404);
    expect((await h.call('GET', '/v1/no-complaint-records?from=2026-11-01&to=2026-11-30', { caller: landlord.viewer })).body.items).toHaveLength(1);
    expect((await h.call('GET', '/v1/no-complaint-records', { caller: other.viewer })).body.items).toEqual([]);
    expect(await h.core.noComplaints.raisedBetween(landlord.landlordId, '2026-11-01', '2026-11-30')).toHaveLength(1);

    // One about a service request, with every contact detail, and the list paged a record at a time.
    const request = await serviceRequest(h, landlord.handler);
    const full = { ...resident, phone: '01234 567890', address: '1 High Street, Town', tenancyRef: 'T-1001', contactPreference: 'post' };
    const about = await h.call('POST', '/v1/no-complaint-records', { caller: landlord.handler, body: { channel: 'phone', resident: full, description: 'The tap still drips', reason: 'Wants the repair, not a complaint', serviceRequestId: request.id } });
    expect(about.status, JSON.stringify(about.body)).toBe(201);
    expect(about.body).toMatchObject({ resident: full, serviceRequestId: request.id, letter: { delivery: 'post' } });
    const first = await h.call('GET', '/v1/no-complaint-records?limit=1', { caller: landlord.viewer });
    expect(first.body.items).toHaveLength(1);
    const second = await h.call('GET', `/v1/no-complaint-records?limit=1&cursor=${encodeURIComponent(first.body.nextCursor)}`, { caller: landlord.viewer });
    expect([...first.body.items, ...second.body.items].map((record: { id: string }) => record.id).sort()).toEqual([created.body.id, about.body.id].sort());
  });

  it('FAQ: a resident with only an address gets the letter in the print queue; one with neither is 400 and nothing is recorded', async () => {
    const h = apiHarness('2026-11-02T10:00:00Z');
    const landlord = await seedLandlord(h.call);
    const posted = await h.call('POST', '/v1/no-complaint-records', {
      caller: landlord.handler,
      body: { channel: 'in_person', resident: { name: 'Bo', address: '1 High Street, Town' }, description: 'Noise', reason: 'Did not want a fuss' },
    });
    expect(posted.status).toBe(201);
    expect(posted.body.letter.delivery).toBe('post');
    const { Item } = await h.db.send(new GetCommand({ TableName: h.tableName, Key: { PK: keys.complaint(landlord.landlordId, posted.body.id), SK: keys.letterSk(posted.body.letter.id) } }));
    expect(Item).toMatchObject({ status: 'to_print', kind: 'no_complaint_logged', postalAddress: '1 High Street, Town' });
    // With no complaint behind it, the letter is still marked posted, once (it used to be 404 "complaint not found").
    const marked = await h.call('POST', `/v1/letters/${posted.body.letter.id}/posted`, { caller: landlord.handler, body: { postedOn: '2026-11-02' } });
    expect(marked.status).toBe(200);
    expect(marked.body).toMatchObject({ status: 'posted', postedOn: '2026-11-02', postedBy: 'handler-1' });
    expect((await h.call('POST', `/v1/letters/${posted.body.letter.id}/posted`, { caller: landlord.handler, body: {} })).status).toBe(409);
    const queue = await h.call('GET', '/v1/letters?delivery=post&status=posted', { caller: landlord.handler });
    expect(queue.body.items.map((row: { id: string }) => row.id)).toEqual([posted.body.letter.id]);
    const unreachable = await h.call('POST', '/v1/no-complaint-records', { caller: landlord.handler, body: { channel: 'phone', resident: { name: 'Cy' }, description: 'x', reason: 'y' } });
    expect(unreachable.status).toBe(400);
    expect(unreachable.body.error.details[0].field).toBe('resident');
    const badRequest = await h.call('POST', '/v1/no-complaint-records', { caller: landlord.handler, body: { channel: 'phone', resident, description: 'x', reason: 'y', serviceRequestId: 'missing' } });
    expect(badRequest.status).toBe(404);
    expect((await h.call('GET', '/v1/no-complaint-records', { caller: landlord.viewer })).body.items).toHaveLength(1);
  });

  it('1.4, 1.5, FAQ: the annual report counts service requests, their conversion and dissatisfaction without a complaint beside the complaints, never in them', async () => {
    const h = apiHarness('2026-11-02T10:00:00Z');
    const landlord = await seedLandlord(h.call);
    const other = await seedLandlord(h.call);
    const converted = await serviceRequest(h, landlord.handler);
    const resolved = await serviceRequest(h, landlord.handler);
    const cancelled = await serviceRequest(h, landlord.handler);
    await serviceRequest(h, landlord.handler, '2026-03-20T10:00:00Z'); // the year before (April to March)
    await serviceRequest(h, other.handler);
    expect((await h.call('POST', `/v1/service-requests/${converted.id}/complaint`, { caller: landlord.handler, body: { description: 'Still dripping' } })).status).toBe(201);
    expect((await h.call('POST', `/v1/service-requests/${resolved.id}/status`, { caller: landlord.handler, body: { status: 'resolved' } })).status).toBe(200);
    expect((await h.call('POST', `/v1/service-requests/${cancelled.id}/status`, { caller: landlord.handler, body: { status: 'cancelled', note: 'Raised twice' } })).status).toBe(200);
    const noComplaint = await h.call('POST', '/v1/no-complaint-records', { caller: landlord.handler, body: { channel: 'phone', resident, description: 'Unhappy', reason: 'Just wanted it noted' } });
    expect(noComplaint.status).toBe(201);

    const annual = await h.call('GET', '/v1/reports/annual?year=2026', { caller: landlord.officer });
    expect(annual.status).toBe(200);
    expect(annual.body.notComplaints).toEqual({
      serviceRequests: { received: 3, open: 1, resolved: 1, cancelled: 1, becameComplaints: 1, complaintsLogged: 1, conversionRate: 0.3333 },
      dissatisfactionWithoutComplaint: { recorded: 1, byChannel: { phone: 1 } },
    });
    const page = await h.call('GET', '/v1/reports/annual?year=2026', { caller: landlord.officer, headers: { accept: 'text/html' } });
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.body).toContain('<th scope="col">Item</th>');
    expect(page.body).toMatch(/<th scope="row">Led to a complaint<\/th><td[^>]*>1<\/td>/);
    const theirs = await h.call('GET', '/v1/reports/annual?year=2026', { caller: other.officer });
    expect(theirs.body.notComplaints.serviceRequests).toMatchObject({ received: 1, becameComplaints: 0 });
  });
});
