import { describe, expect, it } from 'vitest';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { apiHarness, definition, queuedLetters, seedLandlord } from '../support/api-harness.js';
import { keys } from '../../functions/adapters/table-design.js';

type Harness = ReturnType<typeof apiHarness>;
type Landlord = Awaited<ReturnType<typeof seedLandlord>>;
const resident = { name: 'Ann Example', email: 'ann@example.org' };

async function logged(h: Harness, landlord: Landlord, extra: Record<string, unknown> = {}) {
  const created = await h.call('POST', '/v1/complaints', { caller: landlord.handler, body: { channel: 'web', resident, description: 'The roof leaks', ...extra } });
  expect(created.status).toBe(201);
  return created.body as { id: string; reference: string; deadlines: Record<string, unknown> };
}

async function acknowledged(h: Harness, landlord: Landlord) {
  const complaint = await logged(h, landlord);
  const ack = await h.call('POST', `/v1/complaints/${complaint.id}/acknowledge`, { caller: landlord.handler, body: { handlerId: 'h1', definition } });
  expect(ack.status).toBe(200);
  return ack.body as { id: string; reference: string; deadlines: Record<string, unknown>; version: number };
}

const eventTypes = async (h: Harness, landlord: Landlord, id: string) =>
  (await h.call('GET', `/v1/complaints/${id}/events`, { caller: landlord.viewer })).body.items.map((event: { type: string }) => event.type);

async function outbox(h: Harness, landlordId: string, id: string) {
  const { Items } = await h.db.send(
    new QueryCommand({ TableName: h.tableName, KeyConditionExpression: 'PK = :pk AND begins_with(SK, :o)', ExpressionAttributeValues: { ':pk': keys.complaint(landlordId, id), ':o': 'OUTBOX#' } }),
  );
  return Items ?? [];
}

describe('new issues during a stage 1 investigation (6.8)', () => {
  it('6.8: a related issue joins the complaint: definition amended and audited, updated acknowledgement sent, deadlines unchanged', async () => {
    const h = apiHarness('2026-11-02T10:00:00Z');
    const landlord = await seedLandlord(h.call);
    const complaint = await acknowledged(h, landlord);
    h.clock.set('2026-11-04T10:00:00Z');
    const added = await h.call('POST', `/v1/complaints/${complaint.id}/issues`, { caller: landlord.handler, body: { description: 'The gutter is also broken', outcomesSought: ['Fix the gutter'] } });
    expect(added.status).toBe(200);
    expect(added.body.outcome).toBe('added');
    expect(added.body.complaint.deadlines).toEqual(complaint.deadlines);
    expect(added.body.complaint.definition.stage1.outcomesSought).toContain('Fix the gutter');
    expect(await eventTypes(h, landlord, complaint.id)).toEqual(['logged', 'acknowledged', 'issue_added']);
    const updates = (await queuedLetters(h, landlord.landlordId, complaint.id)).filter((letter) => letter.kind === 'acknowledgement');
    expect(updates).toHaveLength(2);
    expect(updates.map((letter) => letter.subject)).toContain(`[${complaint.reference}] We have added a new issue to your complaint`);
    const update = updates.find((letter) => letter.subject.includes('new issue'))!;
    expect(update.text).toContain('Fix the gutter');
    expect(update.text).not.toContain('Sam Stage One');
  });

  it('6.8: an issue raised before the acknowledgement joins the record with no updated acknowledgement (the acknowledgement to come defines it)', async () => {
    const h = apiHarness('2026-11-02T10:00:00Z');
    const landlord = await seedLandlord(h.call);
    const complaint = await logged(h, landlord);
    const added = await h.call('POST', `/v1/complaints/${complaint.id}/issues`, { caller: landlord.handler, body: { description: 'Also the damp', outcomesSought: ['Treat the damp'] } });
    expect(added.status).toBe(200);
    expect(added.body.outcome).toBe('added');
    expect(added.body.complaint.deadlines).toEqual(complaint.deadlines);
    expect(await eventTypes(h, landlord, complaint.id)).toEqual(['logged', 'issue_added']);
    expect((await queuedLetters(h, landlord.landlordId, complaint.id)).filter((letter) => letter.kind === 'acknowledgement')).toEqual([]);
  });

  it('6.8: after the stage 1 response the issue is a new complaint, committed with the link on the first; both trails record it', async () => {
    const h = apiHarness('2026-11-02T10:00:00Z');
    const landlord = await seedLandlord(h.call);
    const complaint = await acknowledged(h, landlord);
    await h.call('POST', `/v1/complaints/${complaint.id}/respond`, { caller: landlord.handler, body: { decision: 'upheld', reasons: 'Slow', remedies: [], outstandingActions: [] } });
    h.clock.set('2026-11-05T10:00:00Z');
    const raised = await h.call('POST', `/v1/complaints/${complaint.id}/issues`, { caller: landlord.handler, body: { description: 'Now the window leaks' } });
    expect(raised.status).toBe(200);
    expect(raised.body.outcome).toBe('logged_as_new_complaint');
    const created = raised.body.newComplaint;
    expect(created).toMatchObject({ status: 'stage1_received', description: 'Now the window leaks', resident, links: [{ relation: 'new_issue_of', complaintId: complaint.id, reason: 'response_sent' }] });
    expect(created.deadlines.stage1.acknowledgeBy).toBe('2026-11-12');
    expect(raised.body.complaint.links).toEqual([expect.objectContaining({ relation: 'new_issue_logged_as', complaintId: created.id, reference: created.reference })]);
    expect((await eventTypes(h, landlord, complaint.id)).at(-1)).toBe('issue_logged_separately');
    expect(await eventTypes(h, landlord, created.id)).toEqual(['logged']);
  });

  it('6.8: the handler’s judgement that it would delay the response also makes a new complaint; bad input is 400; other landlords get 404', async () => {
    const h = apiHarness('2026-11-02T10:00:00Z');
    const landlord = await seedLandlord(h.call);
    const other = await seedLandlord(h.call);
    const complaint = await acknowledged(h, landlord);
    const delayed = await h.call('POST', `/v1/complaints/${complaint.id}/issues`, { caller: landlord.handler, body: { description: 'A separate damp survey', wouldDelayResponse: true } });
    expect(delayed.body).toMatchObject({ outcome: 'logged_as_new_complaint', newComplaint: { links: [{ reason: 'would_delay_response' }] } });
    const bad = await h.call('POST', `/v1/complaints/${complaint.id}/issues`, { caller: landlord.handler, body: { description: '', wouldDelayResponse: 'yes' } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.map((detail: { field: string }) => detail.field).sort()).toEqual(['description', 'wouldDelayResponse']);
    expect((await h.call('POST', `/v1/complaints/${complaint.id}/issues`, { caller: other.handler, body: { description: 'x' } })).status).toBe(404);
    expect((await h.call('GET', '/v1/complaints', { caller: landlord.viewer })).body.items).toHaveLength(2);
  });
});

describe('merging a duplicate', () => {
  it('merged: one transaction changes both, both trails record it, the duplicate’s schedules are deleted and its resident told the reference to use', async () => {
    const h = apiHarness('2026-11-02T10:00:00Z');
    const landlord = await seedLandlord(h.call);
    const keep = await logged(h, landlord);
    const duplicate = await logged(h, landlord, { resident: { name: 'Ann Example', email: 'ann.other@example.org' } });
    const merged = await h.call('POST', `/v1/complaints/${duplicate.id}/merge`, { caller: landlord.handler, body: { into: keep.id, reason: 'Same leak reported twice' } });
    expect(merged.status).toBe(200);
    expect(merged.body.complaint).toMatchObject({ status: 'merged', links: [{ relation: 'merged_into', complaintId: keep.id, reference: keep.reference, reason: 'Same leak reported twice' }] });
    expect(merged.body.complaint.nextDeadline).toBeUndefined();
    expect(merged.body.into.links).toEqual([expect.objectContaining({ relation: 'merged_from', complaintId: duplicate.id })]);
    expect((await eventTypes(h, landlord, duplicate.id)).at(-1)).toBe('merged');
    expect((await eventTypes(h, landlord, keep.id)).at(-1)).toBe('merge_received');
    const messages = (await outbox(h, landlord.landlordId, duplicate.id)).filter((item) => item.kind === 'schedule');
    const moves = messages.flatMap((item) => item.schedules);
    expect(moves.filter((move) => move.op === 'delete')).toHaveLength(2); // its acknowledge reminder and check
    expect(moves.filter((move) => move.op === 'delete').map((move) => move.name).sort()).toEqual(
      moves.filter((move) => move.op === 'upsert').map((move) => move.name).sort(),
    );
    expect(messages).toHaveLength(2); // one per change: logged, merged
    const letter = (await queuedLetters(h, landlord.landlordId, duplicate.id)).find((item) => item.kind === 'merged');
    expect(letter).toMatchObject({ to: ['ann.other@example.org'] });
    expect(letter!.text).toContain(`Please quote ${keep.reference}`);
    expect((await h.call('GET', '/v1/complaints?status=merged', { caller: landlord.viewer })).body.items.map((item: { id: string }) => item.id)).toEqual([duplicate.id]);
  });

  it('merged: a second merge is 409, into itself 400, into another landlord’s complaint 404, and nothing changes', async () => {
    const h = apiHarness('2026-11-02T10:00:00Z');
    const landlord = await seedLandlord(h.call);
    const other = await seedLandlord(h.call);
    const keep = await logged(h, landlord);
    const theirs = await logged(h, other);
    const duplicate = await logged(h, landlord);
    expect((await h.call('POST', `/v1/complaints/${duplicate.id}/merge`, { caller: landlord.handler, body: { into: duplicate.id } })).status).toBe(400);
    expect((await h.call('POST', `/v1/complaints/${duplicate.id}/merge`, { caller: landlord.handler, body: { into: theirs.id } })).status).toBe(404);
    expect((await h.call('POST', `/v1/complaints/${duplicate.id}/merge`, { caller: other.handler, body: { into: theirs.id } })).status).toBe(404);
    expect((await h.call('POST', `/v1/complaints/${duplicate.id}/merge`, { caller: landlord.handler, body: {} })).status).toBe(400);
    expect(await eventTypes(h, landlord, duplicate.id)).toEqual(['logged']);
    expect((await h.call('POST', `/v1/complaints/${duplicate.id}/merge`, { caller: landlord.handler, body: { into: keep.id } })).status).toBe(200);
    expect((await h.call('POST', `/v1/complaints/${duplicate.id}/merge`, { caller: landlord.handler, body: { into: keep.id } })).status).toBe(409);
    expect(await eventTypes(h, landlord, keep.id)).toEqual(['logged', 'merge_received']);
    // The kept complaint, which the duplicate's resident was told to quote, cannot itself be merged away.
    const third = await logged(h, landlord);
    const chain = await h.call('POST', `/v1/complaints/${keep.id}/merge`, { caller: landlord.handler, body: { into: third.id } });
    expect(chain.status).toBe(409);
    expect(chain.body.error.message).toContain(duplicate.reference);
    expect(await eventTypes(h, landlord, keep.id)).toEqual(['logged', 'merge_received']);
  });

  it('merged: another resident’s complaint is a 400 and nothing changes; confirmed as the same person it merges, and the link records it', async () => {
    const h = apiHarness('2026-11-02T10:00:00Z');
    const landlord = await seedLandlord(h.call);
    const keep = await logged(h, landlord);
    const neighbour = await logged(h, landlord, { resident: { name: 'Ned Smith', email: 'ned@example.org' } });
    const refused = await h.call('POST', `/v1/complaints/${neighbour.id}/merge`, { caller: landlord.handler, body: { into: keep.id } });
    expect(refused.status).toBe(400);
    expect(refused.body.error.details[0]).toMatchObject({ field: 'into', message: expect.stringContaining('sameResident: true') });
    expect(await eventTypes(h, landlord, neighbour.id)).toEqual(['logged']);
    const confirmed = await h.call('POST', `/v1/complaints/${neighbour.id}/merge`, { caller: landlord.handler, body: { into: keep.id, sameResident: true, reason: 'Ned Smith is the name on the tenancy; the same household' } });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.complaint.links).toEqual([expect.objectContaining({ relation: 'merged_into', sameResidentConfirmed: true })]);
    expect(confirmed.body.into.links).toEqual([expect.objectContaining({ relation: 'merged_from', sameResidentConfirmed: true })]);
  });

  it('3.6: the merge letter goes to every addressee, each their own copy: the representative and the resident, as consented', async () => {
    const h = apiHarness('2026-11-02T10:00:00Z');
    const landlord = await seedLandlord(h.call);
    const keep = await logged(h, landlord);
    const representative = { name: 'Rep Both', relationship: 'son', address: '1 Town Hall\nRV1 1AA', consent: { method: 'written', givenOn: '2026-11-01', lettersTo: 'both' } };
    const duplicate = await logged(h, landlord, { channel: 'representative', representative });
    expect((await h.call('POST', `/v1/complaints/${duplicate.id}/merge`, { caller: landlord.handler, body: { into: keep.id } })).status).toBe(200);
    expect((await queuedLetters(h, landlord.landlordId, duplicate.id)).filter((item) => item.kind === 'merged').map((item) => item.to)).toEqual([['ann@example.org']]);
    const printed = await h.call('GET', '/v1/letters?delivery=post&status=to_print', { caller: landlord.officer });
    expect(printed.body.items.filter((row: { complaintId: string }) => row.complaintId === duplicate.id).map((row: { kind: string; recipientName: string }) => [row.kind, row.recipientName])).toEqual([['merged', 'Rep Both']]);
  });
});

describe('the 12-month rule (2.3) and reopening on the Ombudsman’s direction (2.4)', () => {
  it('2.3: refusing as over 12 months is 422 naming 2.3 unless the matter was over 12 months old at receipt', async () => {
    const h = apiHarness('2026-11-02T10:00:00Z');
    const landlord = await seedLandlord(h.call);
    const recent = await logged(h, landlord, { matter: { arose: '2026-01-15', basis: 'occurred' } });
    const refused = await h.call('POST', `/v1/complaints/${recent.id}/refuse`, { caller: landlord.handler, body: { ground: 'over_12_months', explanation: 'Too old' } });
    expect(refused.status).toBe(422);
    expect(refused.body.error.details).toEqual({ provision: '2.3' });
    expect(await eventTypes(h, landlord, recent.id)).toEqual(['logged']);
    const corrected = await h.call('PUT', `/v1/complaints/${recent.id}/matter`, { caller: landlord.handler, body: { arose: '2025-06-01', basis: 'became_aware' } });
    expect(corrected.body.matter).toEqual({ arose: '2025-06-01', basis: 'became_aware' });
    expect((await h.call('POST', `/v1/complaints/${recent.id}/refuse`, { caller: landlord.handler, body: { ground: 'over_12_months', explanation: 'Too old' } })).status).toBe(200);
    expect(await eventTypes(h, landlord, recent.id)).toEqual(['logged', 'matter_recorded', 'refused']);
  });

  it('2.3: accepting an old matter needs the discretion recorded; it is kept with who and when', async () => {
    const h = apiHarness('2026-11-02T10:00:00Z');
    const landlord = await seedLandlord(h.call);
    const old = await logged(h, landlord, { matter: { arose: '2025-01-01', basis: 'occurred' } });
    const ack = await h.call('POST', `/v1/complaints/${old.id}/acknowledge`, { caller: landlord.handler, body: { handlerId: 'h1', definition } });
    expect(ack.status).toBe(422);
    expect(ack.body.error.details.provision).toBe('2.3');
    const discretion = await h.call('PUT', `/v1/complaints/${old.id}/matter`, { caller: landlord.officer, body: { arose: '2025-01-01', basis: 'occurred', discretion: 'Resident was abroad caring for a relative' } });
    expect(discretion.body.matter.discretion).toEqual({ reason: 'Resident was abroad caring for a relative', decidedBy: 'officer-1', decidedOn: '2026-11-02' });
    expect((await h.call('POST', `/v1/complaints/${old.id}/acknowledge`, { caller: landlord.handler, body: { handlerId: 'h1', definition } })).status).toBe(200);
    const bad = await h.call('PUT', `/v1/complaints/${old.id}/matter`, { caller: landlord.handler, body: { arose: '2026-13-01', basis: 'sometime' } });
    expect(bad.status).toBe(400);
    expect((await h.call('PUT', `/v1/complaints/${old.id}/matter`, { caller: landlord.handler, body: { arose: '2026-12-01', basis: 'occurred' } })).status).toBe(400);
  });

  it('2.4: a refused complaint is taken on at the Ombudsman’s direction: back at stage 1 with fresh deadlines and schedules from the direction', async () => {
    const h = apiHarness('2026-11-02T10:00:00Z');
    const landlord = await seedLandlord(h.call);
    const other = await seedLandlord(h.call);
    const complaint = await logged(h, landlord);
    await h.call('POST', `/v1/complaints/${complaint.id}/refuse`, { caller: landlord.handler, body: { ground: 'legal_proceedings', explanation: 'At court' } });
    h.clock.set('2026-12-02T10:00:00Z');
    const body = { directedOn: '2026-12-01', ombudsmanReference: 'HOS-2026-123', direction: 'The exclusion was not fairly applied' };
    expect((await h.call('POST', `/v1/complaints/${complaint.id}/ombudsman-direction`, { caller: other.handler, body })).status).toBe(404);
    const reopened = await h.call('POST', `/v1/complaints/${complaint.id}/ombudsman-direction`, { caller: landlord.officer, body });
    expect(reopened.status).toBe(200);
    expect(reopened.body).toMatchObject({ status: 'stage1_received', deadlines: { stage1: { acknowledgeBy: '2026-12-08' } }, nextDeadline: { step: 'acknowledge', dueBy: '2026-12-08' } });
    expect(reopened.body.refusal).toBeUndefined();
    expect(reopened.body.reopening).toMatchObject({ ombudsmanReference: 'HOS-2026-123', refusal: { ground: 'legal_proceedings' }, previouslyReceivedOn: '2026-11-02' });
    expect((await eventTypes(h, landlord, complaint.id)).at(-1)).toBe('reopened');
    const upserts = (await outbox(h, landlord.landlordId, complaint.id))
      .filter((item) => item.kind === 'schedule' && item.createdAt === '2026-12-02T10:00:00.000Z')
      .flatMap((item) => item.schedules)
      .filter((move) => move.op === 'upsert');
    expect(upserts.map((move) => move.payload.step)).toEqual(['stage1-acknowledge', 'stage1-acknowledge']);
    const again = await h.call('POST', `/v1/complaints/${complaint.id}/ombudsman-direction`, { caller: landlord.officer, body });
    expect(again.status).toBe(422);
    expect(again.body.error.details.provision).toBe('2.4');
    expect((await h.call('POST', `/v1/complaints/${complaint.id}/ombudsman-direction`, { caller: landlord.officer, body: { directedOn: 'soon' } })).status).toBe(400);
  });
});
