import { describe, expect, it } from 'vitest';
import { apiHarness, definition, seedLandlord } from '../support/api-harness.js';

describe('another landlord’s data is invisible', () => {
  it('404 on every complaint route and an empty list, even with every role', async () => {
    const { call } = apiHarness();
    const owner = await seedLandlord(call);
    const stranger = await seedLandlord(call);
    const created = await call('POST', '/v1/complaints', { caller: owner.handler, body: { channel: 'web', resident: { name: 'A' }, description: 'x' } });
    const path = `/v1/complaints/${created.body.id}`;
    const everyRole = { sub: 'intruder', landlordId: stranger.landlordId, roles: ['handler', 'officer', 'admin', 'viewer'] };

    for (const [method, suffix, body] of [
      ['GET', '', undefined],
      ['GET', '/events', undefined],
      ['GET', '/correspondence', undefined],
      ['POST', '/correspondence', { direction: 'inbound', kind: 'phone', summary: 'x' }],
      ['POST', '/acknowledge', { handlerId: 'h1', definition }],
      ['POST', '/refuse', { ground: 'other', explanation: 'x' }],
      ['POST', '/withdraw', {}],
      ['POST', '/actions/any/complete', undefined],
    ] as const) {
      const answer = await call(method, `${path}${suffix}`, { caller: everyRole, body });
      expect(answer.status, `${method} ${suffix}`).toBe(404);
      expect(answer.body.error.code).toBe('not_found');
    }
    for (const query of ['', '?status=stage1_received', '?handler=h1', '?dueBefore=2030-01-01', '?stage=1']) {
      expect((await call('GET', `/v1/complaints${query}`, { caller: everyRole })).body).toEqual({ items: [] });
    }
    const untouched = await call('GET', path, { caller: owner.handler });
    expect(untouched.body).toEqual(created.body);
  });

  it('a cursor from one landlord’s list is refused in another’s', async () => {
    const { call } = apiHarness();
    const owner = await seedLandlord(call);
    const stranger = await seedLandlord(call);
    for (let i = 0; i < 3; i += 1) {
      await call('POST', '/v1/complaints', { caller: owner.handler, body: { channel: 'web', resident: { name: `A${i}` }, description: 'x' } });
    }
    const page = await call('GET', '/v1/complaints?limit=1', { caller: owner.handler });
    expect(page.body.nextCursor).toEqual(expect.any(String));
    const replay = await call('GET', `/v1/complaints?limit=1&cursor=${page.body.nextCursor}`, { caller: stranger.handler });
    expect(replay.status).toBe(400);
  });

  it('landlord settings and staff are per landlord', async () => {
    const { call } = apiHarness();
    const owner = await seedLandlord(call, { name: 'Owner Homes' });
    const stranger = await seedLandlord(call, { name: 'Stranger Homes' });
    expect((await call('GET', '/v1/landlord', { caller: stranger.viewer })).body.name).toBe('Stranger Homes');
    await call('PUT', '/v1/staff/only-owner', { caller: owner.admin, body: { name: 'O', email: 'o@x.example' } });
    const staff = await call('GET', '/v1/staff', { caller: stranger.viewer });
    expect(staff.body.items.map((s: { id: string }) => s.id).sort()).toEqual(['h1', 'h2']);
  });
});
