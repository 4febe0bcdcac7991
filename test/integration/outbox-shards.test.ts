import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import type { Mailer } from '../../domain/ports/outbox.port.js';
import { GSI, LEGACY_OUTBOX_DUE_PK, OUTBOX_SHARDS, keys, outboxShard } from '../../functions/adapters/table-design.js';
import { isolatedHarness, seedLandlord } from '../support/api-harness.js';

const LANDLORDS = 6;
const COMPLAINTS_EACH = 6;

describe('the pending outbox is sharded, and every shard is swept', () => {
  it('letters from several landlords at once spread over every shard; two dispatchers sweeping in parallel drain them all, each sent once', async () => {
    const h = await isolatedHarness();
    const landlords = [];
    for (let i = 0; i < LANDLORDS; i += 1) landlords.push(await seedLandlord(h.call));
    await Promise.all(
      landlords.flatMap((landlord) =>
        Array.from({ length: COMPLAINTS_EACH }, async (_, n) => {
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
    const before = await Promise.all(shards.map((shard) => inPartition(keys.outboxDueShardPk(shard))));
    // No global partition: every shard holds some of the mail, each message in the shard its id names.
    expect(await inPartition(LEGACY_OUTBOX_DUE_PK)).toEqual([]);
    before.forEach((items, shard) => {
      expect(items.length).toBeGreaterThan(0);
      for (const item of items) expect(outboxShard(item.id as string)).toBe(shard);
    });
    const queued = before.flat();
    const letters = queued.filter((item) => item.kind !== 'schedule').map((item) => item.id as string);
    expect(letters.length).toBe(LANDLORDS * COMPLAINTS_EACH);

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
    for (let round = 0; (await h.outbox.due(h.clock.now(), 1)).length > 0; round += 1) {
      expect(round).toBeLessThan(50);
      await Promise.all([first.sweep(20), second.sweep(20)]);
    }

    for (const shard of shards) expect(await inPartition(keys.outboxDueShardPk(shard))).toEqual([]);
    expect([...sent].sort()).toEqual([...letters].sort());
    // Every message, letters and schedule moves, ended sent: none skipped, none failed.
    const statuses = await Promise.all(
      queued.map(async (item) => {
        const { Items } = await h.db.send(
          new QueryCommand({ TableName: h.tableName, KeyConditionExpression: 'PK = :pk AND SK = :sk', ExpressionAttributeValues: { ':pk': item.PK, ':sk': item.SK }, ConsistentRead: true }),
        );
        return Items?.[0]?.status;
      }),
    );
    expect(new Set(statuses)).toEqual(new Set(['sent']));
  });
});
