import { describe, expect, it } from 'vitest';
import { checkDeadline } from '../../functions/deadline-check/deadline-check.js';
import { apiHarness, definition, queuedLetters, seedLandlord } from '../support/api-harness.js';

type Harness = ReturnType<typeof apiHarness>;

const letters = (h: Harness, landlordId: string, complaintId: string) => queuedLetters(h, landlordId, complaintId);

/** A landlord whose handlers have logins: h1 is the user `handler-1`, h2 the user `handler-2`. */
async function landlordWithLogins(h: Harness) {
  const landlord = await seedLandlord(h.call);
  for (const [id, userId] of [
    ['h1', 'handler-1'],
    ['h2', 'handler-2'],
  ]) {
    const put = await h.call('PUT', `/v1/staff/${id}`, { caller: landlord.admin, body: { name: id, email: `${id}@riverside.example`, userId } });
    expect(put.status).toBe(200);
  }
  const handler2 = { ...landlord.handler, sub: 'handler-2' };
  return { ...landlord, handler2 };
}

async function respondedAtStage1(h: Harness, landlord: Awaited<ReturnType<typeof landlordWithLogins>>) {
  const created = await h.call('POST', '/v1/complaints', {
    caller: landlord.handler,
    body: { channel: 'email', resident: { name: 'Ann Example', email: 'ann@example.org' }, description: 'The roof leaks' },
  });
  const path = `/v1/complaints/${created.body.id}`;
  expect((await h.call('POST', `${path}/acknowledge`, { caller: landlord.handler, body: { handlerId: 'h1', definition } })).status).toBe(200);
  const responded = await h.call('POST', `${path}/respond`, {
    caller: landlord.handler,
    body: { decision: 'not_upheld', reasons: 'The repair was done', remedies: [{ kind: 'apology', description: 'For the wait', done: true }], outstandingActions: [] },
  });
  expect(responded.status).toBe(200);
  return { id: created.body.id as string, path };
}

describe('issue 9 rules through the API on DynamoDB Local', () => {
  it('6.10: a complaint closed at stage 1 is reopened by a late escalation request, recorded with who accepted it', async () => {
    const h = apiHarness('2026-11-02T10:00:00Z');
    const landlord = await landlordWithLogins(h);
    const { path } = await respondedAtStage1(h, landlord);
    expect((await h.call('POST', `${path}/close`, { caller: landlord.officer, body: {} })).status).toBe(200);
    h.clock.set('2026-11-20T10:00:00Z');
    const reopened = await h.call('POST', `${path}/escalate`, { caller: landlord.officer, body: {} });
    expect(reopened.status).toBe(200);
    expect(reopened.body).toMatchObject({ status: 'stage2_received', stage: 2, escalation: { late: { after: 'closed', decision: 'accepted', decidedBy: 'officer-1' } } });
    const events = await h.call('GET', `${path}/events`, { caller: landlord.officer });
    expect(events.body.items.map((event: { type: string }) => event.type).slice(-2)).toEqual(['closed', 'escalated']);
  });

  it('5.11: a late request refused sends the refusal-to-escalate letter with the Ombudsman’s details', async () => {
    const h = apiHarness('2026-11-02T10:00:00Z');
    const landlord = await landlordWithLogins(h);
    const { id, path } = await respondedAtStage1(h, landlord);
    expect((await h.call('POST', `${path}/withdraw`, { caller: landlord.officer, body: { reason: 'Resident said it was sorted' } })).status).toBe(200);
    const refused = await h.call('POST', `${path}/refuse`, { caller: landlord.officer, body: { ground: 'other', explanation: 'Asked after a year with nothing new' } });
    expect(refused.status).toBe(200);
    expect(refused.body).toMatchObject({ status: 'refused', refusal: { stage: 2 }, escalation: { late: { after: 'withdrawn', decision: 'refused' } } });
    const refusal = (await letters(h, landlord.landlordId, id)).find((letter) => letter.kind === 'refusal');
    expect(refusal?.text).toContain('We are not able to escalate your complaint to stage 2');
    expect(refusal?.text).toContain('0300 111 3000');
  });

  it('6.13: after escalation the complaint leaves the stage 1 handler’s list and its reminder goes to the complaints officer', async () => {
    const h = apiHarness('2026-11-02T10:00:00Z');
    const landlord = await landlordWithLogins(h);
    const { id, path } = await respondedAtStage1(h, landlord);
    const listed = async (handler: string) =>
      (await h.call('GET', `/v1/complaints?handler=${handler}`, { caller: landlord.officer })).body.items.map((item: { id: string }) => item.id);
    expect(await listed('h1')).toEqual([id]);
    const escalated = await h.call('POST', `${path}/escalate`, { caller: landlord.officer, body: {} });
    expect(await listed('h1')).toEqual([]);

    h.clock.set('2026-11-06T08:00:00Z');
    const due = escalated.body.deadlines.stage2.acknowledgeBy;
    expect(await checkDeadline(h.core, { landlordId: landlord.landlordId, complaintId: id, step: 'stage2-acknowledge', kind: 'reminder', dueBy: due })).toBe('reminded');
    const reminder = (await letters(h, landlord.landlordId, id)).find((letter) => letter.kind === 'reminder');
    expect(reminder?.to).toEqual(['complaints@riverside.example']);

    expect((await h.call('POST', `${path}/acknowledge`, { caller: landlord.handler2, body: { handlerId: 'h2', definition } })).status).toBe(200);
    expect(await listed('h2')).toEqual([id]);
  });

  it('6.13: the stage 1 handler’s login cannot act at stage 2, and one login holds one active staff record', async () => {
    const h = apiHarness('2026-11-02T10:00:00Z');
    const landlord = await landlordWithLogins(h);
    const { path } = await respondedAtStage1(h, landlord);
    await h.call('POST', `${path}/escalate`, { caller: landlord.officer, body: {} });
    const ackByStage1User = await h.call('POST', `${path}/acknowledge`, { caller: landlord.handler, body: { handlerId: 'h2', definition } });
    expect(ackByStage1User.status).toBe(422);
    expect(ackByStage1User.body.error.details).toMatchObject({ provision: '6.13' });

    const duplicate = await h.call('PUT', '/v1/staff/h1-second', { caller: landlord.admin, body: { name: 'Sam again', email: 'sam2@riverside.example', userId: 'handler-1' } });
    expect(duplicate.status).toBe(409);
    // Once the first record is inactive, the login may move to a new record.
    expect((await h.call('PUT', '/v1/staff/h1', { caller: landlord.admin, body: { name: 'h1', email: 'h1@riverside.example', userId: 'handler-1', active: false } })).status).toBe(200);
    expect((await h.call('PUT', '/v1/staff/h1-second', { caller: landlord.admin, body: { name: 'Sam again', email: 'sam2@riverside.example', userId: 'handler-1' } })).status).toBe(200);
  });

  it('5.9: an extension beyond the Code’s limit needs an agreed update interval', async () => {
    const h = apiHarness('2026-11-02T10:00:00Z');
    const landlord = await landlordWithLogins(h);
    const created = await h.call('POST', '/v1/complaints', { caller: landlord.handler, body: { channel: 'phone', resident: { name: 'Ann' }, description: 'Damp' } });
    const path = `/v1/complaints/${created.body.id}`;
    await h.call('POST', `${path}/acknowledge`, { caller: landlord.handler, body: { handlerId: 'h1', definition } });
    const refused = await h.call('POST', `${path}/extend`, { caller: landlord.handler, body: { workingDays: 15, reason: 'Survey', goodReason: 'Specialist needed' } });
    expect(refused.status).toBe(422);
    expect(refused.body.error.details).toMatchObject({ provision: '5.9' });
    const agreed = await h.call('POST', `${path}/extend`, { caller: landlord.handler, body: { workingDays: 15, reason: 'Survey', goodReason: 'Specialist needed', updateEveryWorkingDays: 5 } });
    expect(agreed.status).toBe(200);
  });

  it('7.3: a remedy with no date that was not given in the response is refused', async () => {
    const h = apiHarness('2026-11-02T10:00:00Z');
    const landlord = await landlordWithLogins(h);
    const created = await h.call('POST', '/v1/complaints', { caller: landlord.handler, body: { channel: 'phone', resident: { name: 'Ann' }, description: 'Damp' } });
    const path = `/v1/complaints/${created.body.id}`;
    await h.call('POST', `${path}/acknowledge`, { caller: landlord.handler, body: { handlerId: 'h1', definition } });
    const undated = await h.call('POST', `${path}/respond`, {
      caller: landlord.handler,
      body: { decision: 'upheld', reasons: 'r', remedies: [{ kind: 'financial', description: 'Compensation', amount: 50 }], outstandingActions: [] },
    });
    expect(undated.status).toBe(422);
    expect(undated.body.error.details).toMatchObject({ provision: '7.3' });
  });

  it('settings come first, and every change is an audited event with before and after', async () => {
    const h = apiHarness('2026-11-02T10:00:00Z');
    const landlordId = `L-fresh-${Date.now()}`;
    const admin = { sub: 'admin-9', landlordId, roles: ['admin', 'officer'] };
    const early = await h.call('POST', '/v1/complaints', { caller: admin, body: { channel: 'phone', resident: { name: 'Ann' }, description: 'Damp' } });
    expect(early.status).toBe(409);
    expect(early.body.error.message).toContain('PUT /v1/landlord');
    const settings = { name: 'Fresh Homes', homes: 10, division: 'england-and-wales', timeZone: 'Europe/London', complaintsOfficerEmail: 'o@fresh.example', inboundAddresses: [] };
    expect((await h.call('PUT', '/v1/landlord', { caller: admin, body: settings })).status).toBe(200);
    h.clock.set('2026-11-03T10:00:00Z');
    expect((await h.call('PUT', '/v1/landlord', { caller: admin, body: { ...settings, closureDays: ['2026-12-29'] } })).status).toBe(200);
    const events = await h.call('GET', '/v1/landlord/events', { caller: admin });
    expect(events.status).toBe(200);
    expect(events.body.items).toHaveLength(2);
    expect(events.body.items[1]).toMatchObject({ version: 2, actor: { userId: 'admin-9' }, at: '2026-11-03T10:00:00.000Z', before: { closureDays: [] }, after: { closureDays: ['2026-12-29'] } });
    // Only what moved: settings defaulted on read (report categories, homes per tenure) are not reported as removed.
    expect([events.body.items[1].before, events.body.items[1].after]).toEqual([{ closureDays: [] }, { closureDays: ['2026-12-29'] }]);
    expect((await h.call('POST', '/v1/complaints', { caller: admin, body: { channel: 'phone', resident: { name: 'Ann' }, description: 'Damp' } })).status).toBe(201);
  });

  it('logging correspondence answers the new version as an ETag, like a transition', async () => {
    const h = apiHarness('2026-11-02T10:00:00Z');
    const landlord = await landlordWithLogins(h);
    const created = await h.call('POST', '/v1/complaints', { caller: landlord.handler, body: { channel: 'phone', resident: { name: 'Ann' }, description: 'Damp' } });
    const logged = await h.call('POST', `/v1/complaints/${created.body.id}/correspondence`, {
      caller: landlord.handler,
      body: { direction: 'outbound', kind: 'phone', summary: 'Called to say the surveyor comes Tuesday' },
    });
    expect(logged.status).toBe(201);
    expect(logged.headers.etag).toBe('"2"');
  });

  it('5.9: an agreed update is kept by a logged call to the resident, not by staff notices; the check says so and alerts nobody', async () => {
    const h = apiHarness('2026-11-02T10:00:00Z');
    const landlord = await landlordWithLogins(h);
    const created = await h.call('POST', '/v1/complaints', { caller: landlord.handler, body: { channel: 'phone', resident: { name: 'Ann' }, description: 'Damp' } });
    const id = created.body.id as string;
    const path = `/v1/complaints/${id}`;
    await h.call('POST', `${path}/acknowledge`, { caller: landlord.handler, body: { handlerId: 'h1', definition } });
    h.clock.set('2026-11-05T09:00:00Z');
    const extended = await h.call('POST', `${path}/extend`, {
      caller: landlord.handler,
      body: { workingDays: 15, reason: 'Survey', goodReason: 'Specialist needed', updateEveryWorkingDays: 3 },
    });
    expect(extended.status).toBe(200);
    const check = (dueBy: string) => checkDeadline(h.core, { landlordId: landlord.landlordId, complaintId: id, step: 'stage1-update', kind: 'check', dueBy });
    // First interval (5 Nov, 10 Nov]: only a staff reminder went out, so the update was missed.
    h.clock.set('2026-11-11T00:30:00Z');
    expect(await check('2026-11-10')).toBe('overdue');
    // Second interval (10 Nov, 13 Nov]: the handler phoned the resident.
    h.clock.set('2026-11-12T10:00:00Z');
    expect(
      (await h.call('POST', `${path}/correspondence`, { caller: landlord.handler, body: { direction: 'outbound', kind: 'phone', summary: 'Told Ann the survey is booked' } })).status,
    ).toBe(201);
    h.clock.set('2026-11-14T00:30:00Z');
    expect(await check('2026-11-13')).toBe('update_kept');
    const alerts = (await letters(h, landlord.landlordId, id)).filter((letter) => letter.kind === 'overdue_alert');
    expect(alerts.map((letter) => letter.subject).every((subject: string) => subject.includes('update the resident'))).toBe(true);
    expect(alerts).toHaveLength(2); // the missed first interval: handler and officer, once
    const complaint = await h.call('GET', path, { caller: landlord.officer });
    // The call made up for the missed update too, and the next interval is scheduled.
    expect(complaint.body.overdue[0]).toMatchObject({ step: 'stage1-update', dueBy: '2026-11-10', resolvedAt: '2026-11-12T10:00:00.000Z' });
    expect(complaint.body.nextDeadline).toBeDefined();
  });

  it('6.2: a closure day added after the acknowledge-by date passed does not make a late acknowledgement look on time', async () => {
    const h = apiHarness('2026-11-02T10:00:00Z');
    const landlord = await landlordWithLogins(h);
    const created = await h.call('POST', '/v1/complaints', { caller: landlord.handler, body: { channel: 'phone', resident: { name: 'Ann' }, description: 'Damp' } });
    expect(created.body.deadlines.stage1.acknowledgeBy).toBe('2026-11-09');
    h.clock.set('2026-11-10T09:00:00Z');
    const settings = await h.call('GET', '/v1/landlord', { caller: landlord.admin });
    const { id: _id, ...body } = settings.body;
    expect((await h.call('PUT', '/v1/landlord', { caller: landlord.admin, body: { ...body, closureDays: ['2026-11-06'] } })).status).toBe(200);
    const late = await h.call('POST', `/v1/complaints/${created.body.id}/acknowledge`, { caller: landlord.handler, body: { handlerId: 'h1', definition } });
    expect(late.status).toBe(200);
    expect(late.body.deadlines.stage1.acknowledgeBy).toBe('2026-11-09');
    expect(late.body.stages.stage1.acknowledgedOn).toBe('2026-11-10');
  });
});
