import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import type { Mailer } from '../../domain/ports/outbox.port.js';
import { GSI, LEGACY_OUTBOX_DUE_PK, OUTBOX_SHARDS, keys, outboxShard } from '../../functions/adapters/table-design.js';
import { isolatedHarness, seedLandlord } from '../support/api-harness.js';

const LANDLORDS = 4;

describe('the pending outbox is sharded, and every shard is swept', () => {
  it('letters from several landlords at once spread over every shard; two dispatchers sweeping in parallel drain them all, each sent once', async () => {
    const h = await isolatedHarness();
    const landlords: Awaited<ReturnType<typeof seedLandlord>>[] = [];
    for (let i = 0; i < LANDLORDS; i += 1) landlords.push(await seedLandlord(h.call));
    let complaints = 0;
    /** Two complaints from every landlord at once. */
    const burst = () =>
      Promise.all(
        landlords.flatMap((landlord) =>
          [0, 1].map(async () => {
            const n = (complaints += 1);
            const created = await h.call('POST', '/v1/complaints', {
              caller: landlord.handler,
              body: { channel: 'email', resident: { name: `Resident ${n}`, email: `r${n}@example.org` }, description: 'The lift is broken' },
            });
            expect(created.status).toBe(201);
          }),
        ),
      );
    const inPartition = async (partition: string) =>
      (
        await h.db.send(
          new QueryCommand({
            TableName: h.tableName,
            IndexName: GSI.byDue,
            KeyConditionExpression: '#pk = :pk',
            ExpressionAttributeNames: { '#pk': `${GSI.byDue}PK` },
            ExpressionAttributeValues: { ':pk': partition },
          }),
        )
      ).Items ?? [];
    const shards = Array.from({ length: OUTBOX_SHARDS }, (_, shard) => shard);
    const inShards = () => Promise.all(shards.map((shard) => inPartition(keys.outboxDueShardPk(shard))));
    // Ids are random: bursts until every shard holds some mail (each complaint queues three messages).
    let before = await inShards();
    for (let bursts = 0; bursts < 3 || before.some((items) => items.length === 0); bursts += 1) {
      expect(bursts).toBeLessThan(12);
      await burst();
      before = await inShards();
    }
    // No global partition: every shard holds some of the mail, each message in the shard its id names.
    expect(await inPartition(LEGACY_OUTBOX_DUE_PK)).toEqual([]);
    before.forEach((items, shard) => {
      expect(items.length).toBeGreaterThan(0);
      for (const item of items) expect(outboxShard(item.id as string)).toBe(shard);
    });
    const queued = before.flat();
    const letters = queued.filter((item) => item.kind !== 'schedule').map((item) => item.id as string);
    expect(letters.length).toBe(complaints);

    const sent: string[] = [];
    const mailer: Mailer = {
      async send(_email, ref) {
        sent.push(ref.outboxId);
        return { messageId: `<${ref.outboxId}.${sent.length}@test.example>` };
      },
    };
    const first = h.dispatcherWith(mailer);
    const second = h.dispatcherWith(mailer);
    // Small pages, so the sweeps overlap over several rounds and race for the same messages.
    const outcomes = { sent: 0, retry: 0, failed: 0, skipped: 0 };
    for (let round = 0; (await h.outbox.due(h.clock.now(), 1)).length > 0; round += 1) {
      expect(round).toBeLessThan(50);
      for (const counts of await Promise.all([first.sweep(20), second.sweep(20)])) {
        for (const [outcome, n] of Object.entries(counts)) outcomes[outcome as keyof typeof outcomes] += n;
      }
    }

    for (const shard of shards) expect(await inPartition(keys.outboxDueShardPk(shard))).toEqual([]);
    expect([...sent].sort()).toEqual([...letters].sort());
    // Every message, letters and schedule moves, was carried out once: none retried or failed.
    expect(outcomes).toMatchObject({ sent: queued.length, retry: 0, failed: 0 });
    // Some 25 complaints and 75 messages across eight shards: longer than one request's test on a loaded machine.
  }, 90_000);
});
