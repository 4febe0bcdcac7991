import { describe, expect, it } from 'vitest';
import { apiHarness, definition, seedLandlord } from '../support/api-harness.js';

describe('a complaint through both stages, against DynamoDB Local', () => {
  it('keeps the exact working-day deadlines at every step and an audit event for each change', async () => {
    const { call, clock } = apiHarness('2026-11-02T10:00:00Z');
    const { officer, handler } = await seedLandlord(call);

    // Received on Friday 30 Oct, logged on Monday: 6.2 counts from receipt.
    const created = await call('POST', '/v1/complaints', {
      caller: handler,
      body: { channel: 'phone', resident: { name: 'Ann Example', phone: '07700 900123' }, description: 'Leak', receivedAt: '2026-10-30T16:00:00Z' },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ status: 'stage1_received', stage: 1, version: 1, deadlines: { stage1: { acknowledgeBy: '2026-11-06' } } });
    expect(created.body.reference).toMatch(/^CMP-2026-\d{6}$/);
    expect(created.headers.etag).toBe('"1"');
    const path = `/v1/complaints/${created.body.id}`;

    clock.set('2026-11-04T09:00:00Z');
    const ack = await call('POST', `${path}/acknowledge`, { caller: handler, body: { handlerId: 'h1', definition } });
    expect(ack.status).toBe(200);
    expect(ack.body).toMatchObject({
      status: 'stage1_acknowledged',
      handlers: { stage1: 'h1' },
      definition: { stage1: { ...definition, notResponsibleFor: [], excludedParts: [] } },
      deadlines: { stage1: { acknowledgeBy: '2026-11-06', respondBy: '2026-11-18' } },
    });

    clock.set('2026-11-12T09:00:00Z');
    const extended = await call('POST', `${path}/extend`, { caller: handler, body: { workingDays: 5, reason: 'Waiting for a roofer’s report' }, headers: { 'if-match': '2' } });
    expect(extended.status).toBe(200);
    expect(extended.body.deadlines.stage1).toEqual({ acknowledgeBy: '2026-11-06', respondBy: '2026-11-18', extendedTo: '2026-11-25' });

    clock.set('2026-11-20T09:00:00Z');
    const responded = await call('POST', `${path}/respond`, {
      caller: handler,
      body: {
        decision: 'partly_upheld',
        reasons: 'The first repair was not done properly',
        remedies: [{ kind: 'financial', description: 'For the damaged flooring', amount: 150, dueBy: '2026-11-27' }],
        outstandingActions: [{ description: 'Replace the ceiling board', dueBy: '2026-12-04' }],
      },
    });
    expect(responded.status).toBe(200);
    expect(responded.body).toMatchObject({ status: 'stage1_responded', decision: { stage1: 'partly_upheld' } });
    expect(responded.body.outstandingActions).toHaveLength(1);

    clock.set('2026-11-23T10:00:00Z');
    const escalated = await call('POST', `${path}/escalate`, { caller: handler, body: { requestedAt: '2026-11-23T08:00:00Z' } });
    expect(escalated.status).toBe(200);
    expect(escalated.body).toMatchObject({ status: 'stage2_received', stage: 2, deadlines: { stage2: { acknowledgeBy: '2026-11-30' } } });

    clock.set('2026-11-25T09:00:00Z');
    const sameHandler = await call('POST', `${path}/acknowledge`, { caller: officer, body: { handlerId: 'h1', definition } });
    expect(sameHandler.status).toBe(422);
    expect(sameHandler.body.error).toMatchObject({ code: 'rule_violation', details: { provision: '6.13' } });

    const ack2 = await call('POST', `${path}/acknowledge`, { caller: officer, body: { handlerId: 'h2', definition } });
    expect(ack2.status).toBe(200);
    expect(ack2.body.deadlines.stage2).toEqual({ acknowledgeBy: '2026-11-30', respondBy: '2026-12-23' });
    expect(ack2.body.handlers).toEqual({ stage1: 'h1', stage2: 'h2' });

    clock.set('2026-12-01T09:00:00Z');
    const ext2 = await call('POST', `${path}/extend`, { caller: officer, body: { workingDays: 20, reason: 'Independent survey' } });
    expect(ext2.body.deadlines.stage2.extendedTo).toBe('2027-01-25'); // over Christmas, Boxing Day (28th) and New Year
    const overLimit = await call('POST', `${path}/extend`, { caller: officer, body: { workingDays: 1, reason: 'More time' } });
    expect(overLimit.status).toBe(422);
    expect(overLimit.body.error.details).toEqual({ provision: '6.15' });
    const withGoodReason = await call('POST', `${path}/extend`, {
      caller: officer,
      body: { workingDays: 1, reason: 'More time', goodReason: 'The surveyor is ill', updateEveryWorkingDays: 5 },
    });
    expect(withGoodReason.body.deadlines.stage2.extendedTo).toBe('2027-01-26');

    clock.set('2027-01-11T09:00:00Z');
    const final = await call('POST', `${path}/respond`, { caller: officer, body: { decision: 'upheld', reasons: 'We agree', remedies: [{ kind: 'apology', description: 'We are sorry', done: true }] } });
    expect(final.body.status).toBe('stage2_responded');

    const third = await call('POST', `${path}/escalate`, { caller: officer, body: {} });
    expect(third.status).toBe(422);
    expect(third.body.error.details).toEqual({ provision: '5.2' });

    const closed = await call('POST', `${path}/close`, { caller: officer, body: { reason: 'Final response sent' } });
    expect(closed.body.status).toBe('closed');

    clock.set('2027-01-20T09:00:00Z');
    const actionId = closed.body.outstandingActions[0].id;
    const done = await call('POST', `${path}/actions/${actionId}/complete`, { caller: handler });
    expect(done.status).toBe(200);
    expect(done.body.status).toBe('closed');
    expect(done.body.outstandingActions[0].completedAt).toBe('2027-01-20T09:00:00.000Z');

    const fetched = await call('GET', path, { caller: handler });
    expect(fetched.body).toEqual(done.body);

    const events = await call('GET', `${path}/events`, { caller: handler });
    expect(events.body.items.map((e: { type: string }) => e.type)).toEqual([
      'logged', 'acknowledged', 'extended', 'responded', 'escalated', 'acknowledged', 'extended', 'extended', 'responded', 'closed', 'action_completed',
    ]);
    expect(events.body.items.map((e: { seq: number }) => e.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(events.body.items[1]).toMatchObject({
      actor: { userId: 'handler-1' },
      at: '2026-11-04T09:00:00.000Z',
      before: { status: 'stage1_received' },
      after: { status: 'stage1_acknowledged' },
    });
  });

  it('refuses at stage 1 (2.4) and at stage 2 (5.11) with a ground and explanation', async () => {
    const { call } = apiHarness('2026-11-02T10:00:00Z');
    const { handler } = await seedLandlord(call);
    const created = await call('POST', '/v1/complaints', { caller: handler, body: { channel: 'letter', resident: { name: 'B' }, description: 'Noise in 2023', matter: { arose: '2023-06-01', basis: 'occurred' } } });
    const refused = await call('POST', `/v1/complaints/${created.body.id}/refuse`, {
      caller: handler,
      body: { ground: 'over_12_months', explanation: 'The events were in 2023 and nothing prevented an earlier complaint' },
    });
    expect(refused.status).toBe(200);
    expect(refused.body).toMatchObject({ status: 'refused', refusal: { stage: 1, ground: 'over_12_months', refusedOn: '2026-11-02' } });
    expect(refused.body.nextDeadline).toBeUndefined();

    const again = await call('POST', `/v1/complaints/${created.body.id}/acknowledge`, { caller: handler, body: { handlerId: 'h1', definition } });
    expect(again.status).toBe(422);
  });

  it('rejects an unknown or inactive handler without changing the complaint', async () => {
    const { call } = apiHarness('2026-11-02T10:00:00Z');
    const { handler, admin } = await seedLandlord(call);
    await call('PUT', '/v1/staff/h9', { caller: admin, body: { name: 'Gone', email: 'gone@riverside.example', active: false } });
    const created = await call('POST', '/v1/complaints', { caller: handler, body: { channel: 'web', resident: { name: 'C' }, description: 'Damp' } });
    for (const handlerId of ['nobody', 'h9']) {
      const ack = await call('POST', `/v1/complaints/${created.body.id}/acknowledge`, { caller: handler, body: { handlerId, definition } });
      expect(ack.status).toBe(400);
      expect(ack.body.error.details).toEqual([{ field: 'handlerId', message: 'no active staff member with this id' }]);
    }
    const unchanged = await call('GET', `/v1/complaints/${created.body.id}`, { caller: handler });
    expect(unchanged.body).toMatchObject({ status: 'stage1_received', version: 1 });
  });

  it('logs correspondence on the record with an audit event', async () => {
    const { call } = apiHarness('2026-11-02T10:00:00Z');
    const { handler } = await seedLandlord(call);
    const created = await call('POST', '/v1/complaints', { caller: handler, body: { channel: 'phone', resident: { name: 'D' }, description: 'Lift' } });
    const path = `/v1/complaints/${created.body.id}`;
    const logged = await call('POST', `${path}/correspondence`, {
      caller: handler,
      body: { direction: 'outbound', kind: 'phone', summary: 'Called to agree a visit', occurredAt: '2026-11-02T09:30:00Z' },
    });
    expect(logged.status).toBe(201);
    const list = await call('GET', `${path}/correspondence`, { caller: handler });
    expect(list.body.items).toEqual([logged.body]);
    const events = await call('GET', `${path}/events`, { caller: handler });
    expect(events.body.items.at(-1).type).toBe('correspondence_logged');
  });

  it('gives each landlord its own reference sequence, unique under concurrent logging', async () => {
    const { call } = apiHarness('2026-11-02T10:00:00Z');
    const { handler } = await seedLandlord(call);
    const other = apiHarness('2026-11-02T10:00:00Z'); // a second process with its own cached sequence
    const created = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        (i % 2 === 0 ? call : other.call)('POST', '/v1/complaints', { caller: handler, body: { channel: 'web', resident: { name: `R${i}` }, description: 'x' } }),
      ),
    );
    expect(created.map((answer) => answer.status)).toEqual(Array(10).fill(201));
    const references = created.map((answer) => answer.body.reference).sort();
    expect(references).toEqual(Array.from({ length: 10 }, (_, i) => `CMP-2026-${String(i + 1).padStart(6, '0')}`));
  });
});
