import { describe, expect, it } from 'vitest';
import { apiHarness, definition, seedLandlord } from '../support/api-harness.js';

describe('listing complaints from the indexes', () => {
  it('filters by status, stage, handler and due date, and pages with a cursor', async () => {
    const { call } = apiHarness('2026-11-02T10:00:00Z');
    const { handler } = await seedLandlord(call);
    const ids: string[] = [];
    for (let day = 0; day < 5; day += 1) {
      const created = await call('POST', '/v1/complaints', {
        caller: handler,
        body: { channel: 'web', resident: { name: `R${day}` }, description: 'x', receivedAt: `2026-10-2${day}T12:00:00Z` },
      });
      ids.push(created.body.id);
    }
    await call('POST', `/v1/complaints/${ids[0]}/acknowledge`, { caller: handler, body: { handlerId: 'h1', definition } });
    await call('POST', `/v1/complaints/${ids[1]}/acknowledge`, { caller: handler, body: { handlerId: 'h2', definition } });
    await call('POST', `/v1/complaints/${ids[2]}/withdraw`, { caller: handler, body: { reason: 'Sorted' } });

    const all = await call('GET', '/v1/complaints', { caller: handler });
    expect(all.body.items.map((c: { id: string }) => c.id)).toEqual([...ids].reverse()); // newest first

    const received = await call('GET', '/v1/complaints?status=stage1_received', { caller: handler });
    expect(received.body.items.map((c: { id: string }) => c.id)).toEqual([ids[4], ids[3]]);

    const byHandler = await call('GET', '/v1/complaints?handler=h2', { caller: handler });
    expect(byHandler.body.items.map((c: { id: string }) => c.id)).toEqual([ids[1]]);

    const stage2 = await call('GET', '/v1/complaints?stage=2', { caller: handler });
    expect(stage2.body.items).toEqual([]);

    // Received Fri 23 and Sat 24 Oct: both acknowledge by Fri 30 Oct. Acknowledged on 2 Nov: respond by
    // 16 Nov. Withdrawn owes nothing. Soonest due first.
    const dueBy = (answer: { body: { items: { nextDeadline: { dueBy: string } }[] } }) => answer.body.items.map((c) => c.nextDeadline.dueBy);
    const dueSoon = await call('GET', '/v1/complaints?dueBefore=2026-10-31', { caller: handler });
    expect(dueBy(dueSoon)).toEqual(['2026-10-30', '2026-10-30']);
    expect(dueSoon.body.items.map((c: { id: string }) => c.id).sort()).toEqual([ids[3], ids[4]].sort());
    expect((await call('GET', '/v1/complaints?dueBefore=2026-10-30', { caller: handler })).body.items).toEqual([]);
    const dueAll = await call('GET', '/v1/complaints?dueBefore=2026-12-31', { caller: handler });
    expect(dueBy(dueAll)).toEqual(['2026-10-30', '2026-10-30', '2026-11-16', '2026-11-16']);

    const pages: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await call('GET', `/v1/complaints?limit=2${cursor ? `&cursor=${cursor}` : ''}`, { caller: handler });
      expect(page.body.items.length).toBeLessThanOrEqual(2);
      pages.push(...page.body.items.map((c: { id: string }) => c.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(pages).toEqual([...ids].reverse());

    // A filter that matches sparsely still fills pages and stops cleanly.
    const filtered: string[] = [];
    cursor = undefined;
    do {
      const page = await call('GET', `/v1/complaints?dueBefore=2026-12-31&stage=1&limit=3${cursor ? `&cursor=${cursor}` : ''}`, { caller: handler });
      filtered.push(...page.body.items.map((c: { id: string }) => c.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(filtered).toHaveLength(4);
  });
});
