import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LOCAL_JWT_SECRET, signLocalToken } from '../../infra/local/local-jwt.js';
import { startLocalStack, type LocalStack } from '../../infra/local/local-stack.js';
import { assertMatchesContract, newLandlordId } from '../support/api-harness.js';
import { dynamoEndpoint } from '../support/dynamodb-endpoint.js';

const definition = { understanding: 'Leak not fixed', outcomesSought: ['Repair'] };

describe('deadlines that act, on the local stack with its clock', () => {
  let stack: LocalStack;
  beforeAll(async () => {
    stack = await startLocalStack({
      port: 0,
      smtpPort: 0,
      jwtSecret: DEFAULT_LOCAL_JWT_SECRET,
      dynamoEndpoint: dynamoEndpoint(),
      tableName: `e2e-${randomUUID()}`,
      sweepIntervalMs: 100,
      startAt: new Date('2026-11-02T10:00:00Z'), // a Monday
    });
  });
  afterAll(async () => {
    await stack.stop();
  });

  async function landlord() {
    const landlordId = newLandlordId();
    const domain = `${landlordId.toLowerCase()}.example`;
    const token = await signLocalToken(DEFAULT_LOCAL_JWT_SECRET, { sub: 'officer-1', landlordId, roles: ['admin', 'officer'] });
    const api = async (method: string, path: string, body?: unknown) => {
      const response = await fetch(`${stack.apiUrl}${path}`, {
        method,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        ...(body !== undefined && { body: JSON.stringify(body) }),
      });
      const answer = { status: response.status, body: (await response.json()) as any, headers: { 'content-type': response.headers.get('content-type') ?? '' } }; // eslint-disable-line @typescript-eslint/no-explicit-any
      assertMatchesContract(method, path, answer);
      return answer;
    };
    await api('PUT', '/v1/landlord', {
      name: 'Riverside',
      homes: 100,
      division: 'england-and-wales',
      timeZone: 'Europe/London',
      complaintsOfficerEmail: `officer@${domain}`,
      inboundAddresses: [`in@${domain}`],
    });
    await api('PUT', '/v1/staff/h1', { name: 'Sam', email: `h1@${domain}` });
    const mail = async () => {
      const { items } = (await (await fetch(`${stack.apiUrl}/_local/outbox`)).json()) as { items: { to: string[]; subject: string }[] };
      const to = (address: string) => items.filter((item) => item.to.includes(address)).map((item) => item.subject);
      return { officer: to(`officer@${domain}`), handler: to(`h1@${domain}`) };
    };
    const schedules = async (complaintId: string) => {
      const { items } = (await (await fetch(`${stack.apiUrl}/_local/schedules`)).json()) as { items: { name: string; fireAt: string; payload: { complaintId: string; step: string; kind: string; dueBy: string } }[] };
      return items.filter((item) => item.payload.complaintId === complaintId).map((item) => [item.payload.kind, item.payload.step, item.payload.dueBy, item.fireAt]);
    };
    const advanceTo = async (to: string) => {
      const response = await fetch(`${stack.apiUrl}/_local/clock`, { method: 'POST', body: JSON.stringify({ to }) });
      expect(response.status).toBe(200);
      return (await response.json()) as { now: string; fired: unknown[] };
    };
    return { api, mail, schedules, advanceTo, landlordId };
  }

  it('a complaint left unacknowledged past 5 working days alerts once and shows as overdue', async () => {
    const t = await landlord();
    await t.advanceTo('2026-11-02T10:05:00Z');
    const created = await t.api('POST', '/v1/complaints', { channel: 'phone', resident: { name: 'Ann', address: '1 Mill Lane, Riverside RV1 2AB' }, description: 'Leak', receivedAt: '2026-11-02T09:00:00Z' });
    const id = created.body.id as string;
    await t.advanceTo('2026-11-02T10:06:00Z'); // the outbox carries the schedules to the scheduler
    expect(await t.schedules(id)).toEqual([
      ['reminder', 'stage1-acknowledge', '2026-11-09', '2026-11-05T09:00:00.000Z'],
      ['check', 'stage1-acknowledge', '2026-11-09', '2026-11-10T00:00:00.000Z'],
    ]);

    await t.advanceTo('2026-11-12T10:00:00Z');
    const mail = await t.mail();
    // Unassigned: the complaints officer is both the one reminded and the one alerted, once each.
    expect(mail.officer).toEqual([
      `[${created.body.reference}] Due Monday 9 November 2026: acknowledge the stage 1 complaint (6.2)`,
      `[${created.body.reference}] Overdue: acknowledge the stage 1 complaint (6.2)`,
    ]);
    const complaint = await t.api('GET', `/v1/complaints/${id}`);
    // Marked when the check fired (local time keeps running after each jump, so a few ms later).
    expect(complaint.body.overdue).toEqual([{ step: 'stage1-acknowledge', dueBy: '2026-11-09', markedAt: expect.stringMatching(/^2026-11-10T00:00:00\./) }]);
    expect(complaint.body.status).toBe('stage1_received'); // no new complaint, the same one carries it
    expect((await t.api('GET', '/v1/complaints?overdue=true')).body.items.map((c: { id: string }) => c.id)).toEqual([id]);
    expect(await t.schedules(id)).toEqual([]);

    // A check that fires again does no harm.
    await stack.scheduler.upsert('chk-replay', new Date('2026-11-12T11:00:00Z'), { landlordId: t.landlordId, complaintId: id, step: 'stage1-acknowledge', kind: 'check', dueBy: '2026-11-09' });
    await t.advanceTo('2026-11-12T12:00:00Z');
    expect((await t.mail()).officer).toHaveLength(2);

    await t.api('POST', `/v1/complaints/${id}/acknowledge`, { handlerId: 'h1', definition });
    expect((await t.api('GET', '/v1/complaints?overdue=true')).body.items).toEqual([]);
    expect((await t.api('GET', '/v1/complaints')).body.items).toHaveLength(1);
  });

  it('acknowledged in time: reminders before each due date, an extension moves them, and no alert', async () => {
    const t = await landlord();
    await t.advanceTo('2026-11-16T09:30:00Z'); // Monday
    // Emailed, so only the Code's deadlines are scheduled (a letter to print has a check of its own: print-alert.test.ts).
    const created = await t.api('POST', '/v1/complaints', { channel: 'web', resident: { name: 'Bo', email: 'bo@example.org' }, description: 'Damp' });
    const id = created.body.id as string;
    const ack = await t.api('POST', `/v1/complaints/${id}/acknowledge`, { handlerId: 'h1', definition });
    expect(ack.body.deadlines.stage1.respondBy).toBe('2026-11-30');
    await t.advanceTo('2026-11-16T09:31:00Z');
    expect(await t.schedules(id)).toEqual([
      ['reminder', 'stage1-respond', '2026-11-30', '2026-11-26T09:00:00.000Z'],
      ['check', 'stage1-respond', '2026-11-30', '2026-12-01T00:00:00.000Z'],
    ]);

    await t.advanceTo('2026-11-27T10:00:00Z');
    expect((await t.mail()).handler).toEqual([`[${created.body.reference}] Due Monday 30 November 2026: send the stage 1 response (6.3)`]);

    const extended = await t.api('POST', `/v1/complaints/${id}/extend`, { workingDays: 5, reason: 'Survey booked' });
    expect(extended.body.deadlines.stage1.extendedTo).toBe('2026-12-07');
    await t.advanceTo('2026-11-27T10:01:00Z');
    expect(await t.schedules(id)).toEqual([
      ['reminder', 'stage1-respond', '2026-12-07', '2026-12-03T09:00:00.000Z'],
      ['check', 'stage1-respond', '2026-12-07', '2026-12-08T00:00:00.000Z'],
    ]);

    await t.advanceTo('2026-12-04T10:00:00Z');
    await t.api('POST', `/v1/complaints/${id}/respond`, { decision: 'upheld', reasons: 'We were slow' });
    await t.advanceTo('2026-12-04T10:01:00Z');
    expect(await t.schedules(id)).toEqual([]);
    await t.advanceTo('2026-12-20T10:00:00Z');
    const mail = await t.mail();
    expect(mail.handler).toHaveLength(2); // one reminder per due date
    expect(mail.officer).toEqual([]); // never overdue
    expect((await t.api('GET', `/v1/complaints/${id}`)).body.overdue).toEqual([]);
  });

  it('a missed response alerts the handler and the complaints officer, once each', async () => {
    const t = await landlord();
    await t.advanceTo('2026-12-21T09:00:00Z');
    const created = await t.api('POST', '/v1/complaints', { channel: 'web', resident: { name: 'Cy', address: '1 Mill Lane, Riverside RV1 2AB' }, description: 'Lift' });
    const id = created.body.id as string;
    const ack = await t.api('POST', `/v1/complaints/${id}/acknowledge`, { handlerId: 'h1', definition });
    expect(ack.body.deadlines.stage1.respondBy).toBe('2027-01-07'); // over Christmas, the 28th and New Year
    await t.advanceTo('2027-01-15T09:00:00Z');
    const mail = await t.mail();
    expect(mail.handler.filter((s) => s.includes('Overdue'))).toHaveLength(1);
    expect(mail.officer.filter((s) => s.includes('Overdue'))).toHaveLength(1);
    expect((await t.api('GET', '/v1/complaints?overdue=true')).body.items.map((c: { id: string }) => c.id)).toContain(id);
  });

  it('POST /_local/clock refuses to go backwards or a bad body', async () => {
    expect((await fetch(`${stack.apiUrl}/_local/clock`, { method: 'POST', body: JSON.stringify({ to: '2020-01-01T00:00:00Z' }) })).status).toBe(400);
    expect((await fetch(`${stack.apiUrl}/_local/clock`, { method: 'POST', body: JSON.stringify({ advanceDays: -1 }) })).status).toBe(400);
    expect((await fetch(`${stack.apiUrl}/_local/clock`, { method: 'POST', body: '{bad' })).status).toBe(400);
  });
});
