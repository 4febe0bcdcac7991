import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../domain/calendar/plain-date.js';
import type { Complaint, OverdueStep } from '../../domain/complaint/complaint.js';
import { complaintItem } from '../../functions/adapters/complaint-item.js';
import { LIMITS, STORE } from '../../functions/http/limits.js';
import { apiHarness, seedLandlord, type Answer } from '../support/api-harness.js';
import { itemBytes, recordWrites } from '../support/item-size.js';
import { MAX_GROUP_MEMBERS } from '../../domain/residents/group.js';
import { memberAtLimit, residentRecordsAtLimit } from '../support/resident-records.js';

/**
 * The largest legal complaint, taken from logging to closing through the real handler on DynamoDB
 * Local: every string at its limit in bytes and every array at its length. Text is made of `"`, which
 * costs 1 byte stored and 7 in a letter (6 in HTML, 1 in plain text), so letters are at their largest too.
 */
const fill = (bytes: number) => '"'.repeat(bytes);
const many = (limit: { items: number; bytes: number }) => Array.from({ length: limit.items }, () => fill(limit.bytes));
const longEmail = (tag: string) => `${tag}${'a'.repeat(64 - tag.length)}@${`${'b'.repeat(60)}.`.repeat(4)}example`;
const NOW = '2026-11-02T10:00:00Z';
const today = NOW.slice(0, 10);
const lastDueDate = addDays(today, 731);

const definition = () => ({
  understanding: fill(LIMITS.definition.understanding),
  outcomesSought: many(LIMITS.definition.outcomesSought),
  notResponsibleFor: many(LIMITS.definition.notResponsibleFor),
  excludedParts: Array.from({ length: LIMITS.definition.excludedParts.items }, () => ({
    description: fill(LIMITS.definition.excludedParts.description),
    ground: fill(LIMITS.definition.excludedParts.ground),
    explanation: fill(LIMITS.definition.excludedParts.explanation),
  })),
});

const response = () => ({
  decision: 'partly_upheld',
  reasons: fill(LIMITS.response.reasons),
  remedies: Array.from({ length: LIMITS.response.remedies }, () => ({ kind: 'financial', description: fill(LIMITS.response.itemDescription), amount: 999_999.99, dueBy: lastDueDate })),
  outstandingActions: Array.from({ length: LIMITS.response.outstandingActions }, () => ({ description: fill(LIMITS.response.itemDescription), dueBy: lastDueDate })),
});

const extension = (workingDays: number) => ({
  workingDays,
  reason: fill(LIMITS.extension.reason),
  goodReason: fill(LIMITS.extension.goodReason),
  updateEveryWorkingDays: 1,
});

/**
 * The history a complaint can gather over months (domain/schedules): a missed deadline and a sent
 * reminder for every (step, due date) pair it can have, the count derived in functions/http/limits.ts.
 * Unresolved, so the next change resolves every one and its audit event carries the list twice.
 */
function fullHistory(complaint: Complaint): Pick<Complaint, 'overdue' | 'reminders'> {
  const pairs: { step: string; dueBy: string }[] = [];
  const days = (step: string, count: number) => {
    for (let n = 0; n < count; n += 1) pairs.push({ step, dueBy: addDays(today, n + 1) });
  };
  days('stage1-acknowledge', 1);
  days('stage1-respond', 1 + LIMITS.extension.perStage);
  days('stage1-update', 10 + LIMITS.extension.workingDays);
  days('stage2-acknowledge', 1);
  days('stage2-respond', 1 + LIMITS.extension.perStage);
  days('stage2-update', 20 + LIMITS.extension.workingDays);
  for (const item of [...complaint.remedies, ...complaint.outstandingActions]) pairs.push({ step: `action-${item.id}`, dueBy: lastDueDate });
  for (let n = 0; n < 2 * (LIMITS.response.remedies + LIMITS.response.outstandingActions) - complaint.remedies.length - complaint.outstandingActions.length; n += 1) {
    pairs.push({ step: `action-${'0'.repeat(36)}`, dueBy: addDays(lastDueDate, -n) });
  }
  expect(pairs).toHaveLength(344);
  const at = new Date(NOW).toISOString();
  return {
    overdue: pairs.map((pair): OverdueStep => ({ ...pair, markedAt: at })),
    reminders: pairs.map((pair) => ({ ...pair, sentAt: at })),
  };
}

describe('10.3: the largest legal complaint fits the store at every step', () => {
  it('logged through the API with every field at its limit: 201, and the item is within the intake budget', async () => {
    const { call, complaints } = apiHarness(NOW);
    const { officer, landlordId } = await seedLandlord(call);
    // 1.5: a serviceRequestId must name one of the landlord's service requests.
    const serviceRequest = await call('POST', '/v1/service-requests', { caller: officer, body: { channel: 'phone', resident: { name: 'A' }, description: 'Leak' } });
    const created = await call('POST', '/v1/complaints', {
      caller: officer,
      body: {
        channel: 'representative',
        resident: { name: fill(LIMITS.name), email: longEmail('resident'), phone: '0'.repeat(LIMITS.phone), address: fill(LIMITS.address), tenancyRef: fill(LIMITS.reference) },
        description: fill(LIMITS.description),
        receivedAt: NOW,
        category: fill(LIMITS.category),
        representative: { name: fill(LIMITS.name), relationship: fill(LIMITS.reference), email: longEmail('rep') },
        serviceRequestId: serviceRequest.body.id,
        matter: { arose: '2019-01-01', basis: 'occurred', discretion: fill(LIMITS.reason) },
        reasonableAdjustments: many(LIMITS.reasonableAdjustments),
      },
    });
    expect(created.status).toBe(201);
    // Smaller than an emailed complaint's intake (a 20,000-character description of 3-byte characters), which the next test takes to the end.
    expect(itemBytes(complaintItem((await complaints.get(landlordId, created.body.id))!))).toBeLessThan(60_000);
  });

  it('logged from an email of 20,000 three-byte characters, then acknowledge, 5 extensions, respond, escalate, stage 2 to close: all 2xx', async () => {
    const h = apiHarness(NOW);
    const writes = recordWrites(h.db);
    const { call, complaints, db, tableName } = h;
    const { admin, officer, landlordId } = await seedLandlord(call, { name: fill(LIMITS.name), complaintsOfficerEmail: longEmail('officer') });
    const ok = async (answer: Promise<Answer>, what: string) => {
      const got = await answer;
      expect(got.status, `${what}: ${JSON.stringify(got.body).slice(0, 300)}`).toBeLessThan(300);
      return got.body;
    };
    const stage1Handler = 'S'.repeat(LIMITS.reference);
    const stage2Handler = 'T'.repeat(LIMITS.reference);
    for (const staffId of [stage1Handler, stage2Handler]) {
      await ok(call('PUT', `/v1/staff/${staffId}`, { caller: admin, body: { name: fill(LIMITS.name), email: longEmail(staffId.slice(0, 5)) } }), 'staff');
    }

    const to = `complaints+${landlordId.toLowerCase()}@riverside.example`;
    const raw = Buffer.from(
      [`From: ${'R'.repeat(LIMITS.name)} <${longEmail('resident')}>`, `To: ${to}`, 'Subject: Damp', 'Message-ID: <largest@example.org>', 'MIME-Version: 1.0', 'Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: 8bit', '', '€'.repeat(25_000), ''].join('\r\n'),
    );
    await h.blobs.put('inbound/largest.eml', raw, 'message/rfc822');
    const [outcome] = await h.intake.receive({ rawKey: 'inbound/largest.eml', raw, recipients: [to], receivedAt: new Date(NOW) });
    expect(outcome).toMatchObject({ outcome: 'logged' });
    const id = (outcome as { complaintId: string }).complaintId;
    expect(Buffer.byteLength((await complaints.get(landlordId, id))!.description)).toBeGreaterThan(59_000);
    const path = `/v1/complaints/${id}`;

    for (const [stage, handlerId] of [
      [1, stage1Handler],
      [2, stage2Handler],
    ] as const) {
      await ok(call('POST', `${path}/acknowledge`, { caller: officer, body: { handlerId, definition: definition() } }), `acknowledge ${stage}`);
      for (let n = 0; n < LIMITS.extension.perStage; n += 1) {
        await ok(call('POST', `${path}/extend`, { caller: officer, body: extension(LIMITS.extension.workingDays / LIMITS.extension.perStage) }), `extend ${stage}.${n + 1}`);
      }
      expect((await call('POST', `${path}/extend`, { caller: officer, body: extension(1) })).status).toBe(422);
      await ok(
        call('POST', `${path}/correspondence`, {
          caller: officer,
          body: { direction: 'inbound', kind: 'letter', summary: fill(LIMITS.correspondence.summary), counterparty: fill(LIMITS.correspondence.counterparty) },
        }),
        'log a letter',
      );
      if (stage === 2) {
        // Months of missed updates and sent reminders, as many as the limits allow, before the largest change.
        const current = (await complaints.get(landlordId, id))!;
        await db.send(new PutCommand({ TableName: tableName, Item: complaintItem({ ...current, ...fullHistory(current) }) }));
      }
      await ok(call('POST', `${path}/respond`, { caller: officer, body: response() }), `respond ${stage}`);
      if (stage === 1) {
        await ok(call('POST', `${path}/escalate`, { caller: officer, body: { reason: fill(LIMITS.escalation.reason), parts: many(LIMITS.escalation.parts), requestedAt: NOW } }), 'escalate');
        // Issue 13: representative, group, adjustments and restrictions at their limits; stage 2 writes to all twelve.
        await residentRecordsAtLimit(call, officer, path, today);
      }
    }
    await ok(call('POST', `${path}/close`, { caller: officer, body: { reason: fill(LIMITS.reason) } }), 'close');
    const closed = await ok(call('GET', path, { caller: officer }), 'read');
    await ok(call('POST', `${path}/actions/${closed.outstandingActions[0].id}/complete`, { caller: officer }), 'complete an action');
    expect((await ok(call('GET', `${path}/events`, { caller: officer }), 'events')).items).toHaveLength(20 + 13);

    const largest = (entity: string) => Math.max(0, ...writes.flatMap((write) => write.sizes.filter((size) => size.entity === entity).map((size) => size.bytes)));
    expect(Math.max(...writes.map((write) => write.items))).toBeLessThanOrEqual(STORE.transactionItems);
    // A transaction also holds at most 4 MB; six copies of the largest response letter must fit (issue 13).
    const transactionBytes = Math.max(...writes.map((write) => write.sizes.reduce((sum, size) => sum + size.bytes, 0)));
    expect(transactionBytes).toBeLessThanOrEqual(STORE.transactionBytes);
    for (const entity of ['complaint', 'event', 'outbox', 'correspondence']) expect(largest(entity), entity).toBeLessThanOrEqual(STORE.itemBytes);
    // The largest item has a group led by one resident naming the most others, each with the most adjustments.
    const final = (await complaints.get(landlordId, id))!;
    const [adjusted] = final.adjustments!;
    const members = Array.from({ length: MAX_GROUP_MEMBERS }, (_, n) => memberAtLimit(n));
    const led: Complaint = { ...final, group: { basis: 'lead', members }, adjustments: ['resident', ...members.map((m) => m.id)].map((residentId) => ({ ...adjusted!, residentId })) };
    const ledBytes = itemBytes(complaintItem(led));
    expect(ledBytes).toBeLessThanOrEqual(STORE.itemBytes);
    if (process.env.STORE_LIMITS_PRINT) console.log({ ledBytes });
    if (process.env.STORE_LIMITS_PRINT) console.log({ transactionBytes, items: Math.max(...writes.map((write) => write.items)), complaint: largest('complaint'), event: largest('event'), outbox: largest('outbox'), letter: largest('letter') });
  }, 60_000);
});
