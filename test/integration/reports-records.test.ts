import { describe, expect, it } from 'vitest';
import { queryAll } from '../../functions/adapters/dynamodb-query-all.js';
import { apiHarness, seedLandlord } from '../support/api-harness.js';

/**
 * The Ombudsman's complaint handling failure orders and reports about the landlord itself (8.1c, e, f):
 * recorded, listed and completed with evidence through the API, audited, kept per landlord, and published
 * in the annual and governance reports. Every answer is checked against the OpenAPI document by the harness.
 */
describe('landlord-level Ombudsman records', () => {
  const order = { kind: 'complaint_handling_failure_order', date: '2026-05-04', title: 'Complaint handling failure order 202412345', summary: 'Stage 2 responses were not sent within 20 working days', reference: 'HOS-202412345', dueBy: '2026-06-01' };
  const report = { kind: 'annual_performance_report', date: '2026-07-10', title: 'Landlord performance report 2025/26', summary: 'Maladministration found in 4 of 9 determinations' };

  it('8.1c: an order is recorded (201), listed, completed once with evidence (409 after), and each change is audited', async () => {
    const h = apiHarness('2026-08-03T10:00:00Z');
    const { landlordId, officer, admin, handler } = await seedLandlord(h.call);
    const created = await h.call('POST', '/v1/ombudsman-records', { caller: officer, body: order });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({ id: expect.any(String), ...order });
    expect((await h.call('POST', '/v1/ombudsman-records', { caller: admin, body: report })).status).toBe(201);
    const list = await h.call('GET', '/v1/ombudsman-records', { caller: admin });
    expect(list.body.items.map((item: { title: string }) => item.title)).toEqual([order.title, report.title]);
    expect((await h.call('GET', '/v1/ombudsman-records', { caller: handler })).status).toBe(403);

    const done = await h.call('POST', `/v1/ombudsman-records/${created.body.id}/complete`, { caller: officer, body: { evidence: 'Stage 2 team doubled; all open cases answered', response: 'We reviewed every open stage 2 case' } });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ completedOn: '2026-08-03', evidence: 'Stage 2 team doubled; all open cases answered', response: 'We reviewed every open stage 2 case' });
    const again = await h.call('POST', `/v1/ombudsman-records/${created.body.id}/complete`, { caller: officer, body: { evidence: 'again' } });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('conflict');

    const events = await queryAll(h.db, { TableName: h.tableName, KeyConditionExpression: 'PK = :pk AND begins_with(SK, :e)', ExpressionAttributeValues: { ':pk': `LANDLORD#${landlordId}`, ':e': 'REPORT_EVENT#' } });
    // One clock instant: the events' order is their ids', so they are compared as a set.
    expect(events.map((event) => `${event.type} by ${event.userId}`).sort()).toEqual([
      'ombudsman_order_completed by officer-1',
      'ombudsman_record_recorded by admin-1',
      'ombudsman_record_recorded by officer-1',
    ]);
    const completion = events.find((event) => event.type === 'ombudsman_order_completed') as { before: { record: Record<string, unknown> }; after: { record: Record<string, unknown> } };
    expect(completion.before.record.completedOn).toBeUndefined();
    expect(completion.after.record).toMatchObject({ completedOn: '2026-08-03', evidence: 'Stage 2 team doubled; all open cases answered' });
  });

  it('8.1c: bad input is a 4xx in the error shape and writes nothing; another landlord’s record is 404', async () => {
    const h = apiHarness('2026-08-03T10:00:00Z');
    const { landlordId, officer } = await seedLandlord(h.call);
    const other = await seedLandlord(h.call);
    const cases: [unknown, number, string][] = [
      [{ ...order, title: undefined }, 400, 'title'],
      [{ ...order, kind: 'fine' }, 400, 'kind'],
      [{ ...order, date: '2026-08-04' }, 400, 'date'],
      [{ ...order, date: '2026-13-01' }, 400, 'date'],
      [{ ...order, dueBy: '2026-05-01' }, 400, 'dueBy'],
      [{ ...report, dueBy: '2026-09-01' }, 400, 'dueBy'],
      [{ ...order, extra: 1 }, 400, ''],
    ];
    for (const [body, status, field] of cases) {
      const answer = await h.call('POST', '/v1/ombudsman-records', { caller: officer, body });
      expect(answer.status, JSON.stringify(body)).toBe(status);
      expect(answer.body.error.code).toBe('invalid_request');
      if (field) expect(answer.body.error.details.map((d: { field: string }) => d.field)).toContain(field);
    }
    expect((await h.call('GET', '/v1/ombudsman-records', { caller: officer })).body.items).toEqual([]);
    const reportId = (await h.call('POST', '/v1/ombudsman-records', { caller: officer, body: report })).body.id;
    const notAnOrder = await h.call('POST', `/v1/ombudsman-records/${reportId}/complete`, { caller: officer, body: { evidence: 'x' } });
    expect(notAnOrder.status).toBe(400);
    const blank = await h.call('POST', `/v1/ombudsman-records/${reportId}/complete`, { caller: officer, body: { evidence: ' ' } });
    expect(blank.status).toBe(400);
    const orderId = (await h.call('POST', '/v1/ombudsman-records', { caller: officer, body: order })).body.id;
    const across = await h.call('POST', `/v1/ombudsman-records/${orderId}/complete`, { caller: other.officer, body: { evidence: 'x' } });
    expect(across.status).toBe(404);
    expect((await h.call('GET', '/v1/ombudsman-records', { caller: other.officer })).body.items).toEqual([]);
    const events = await queryAll(h.db, { TableName: h.tableName, KeyConditionExpression: 'PK = :pk AND begins_with(SK, :e)', ExpressionAttributeValues: { ':pk': `LANDLORD#${landlordId}`, ':e': 'REPORT_EVENT#' } });
    expect(events).toHaveLength(2);
  });

  it('8.1c, 8.1e, 9.7c: the annual report lists the records dated in its year; the governance report lists open orders (overdue once past due) and those of its period', async () => {
    const h = apiHarness('2026-08-03T10:00:00Z');
    const { officer } = await seedLandlord(h.call, { financialYearStartMonth: 4 });
    const orderId = (await h.call('POST', '/v1/ombudsman-records', { caller: officer, body: order })).body.id;
    await h.call('POST', '/v1/ombudsman-records', { caller: officer, body: report });
    await h.call('POST', '/v1/ombudsman-records', { caller: officer, body: { ...report, date: '2025-07-10', title: 'Landlord performance report 2024/25' } });

    const annual = await h.call('GET', '/v1/reports/annual?year=2026', { caller: officer });
    expect(annual.body.ombudsman.landlordRecords.map((r: { title: string }) => r.title)).toEqual([order.title, report.title]);
    const gov = await h.call('GET', '/v1/reports/governance?from=2026-07-01&to=2026-07-31', { caller: officer });
    expect(gov.body.landlordRecords).toEqual({
      asOf: '2026-08-03',
      openOrders: 1,
      overdueOrders: 1,
      items: [
        { id: orderId, ...order, status: 'overdue' },
        expect.objectContaining({ title: report.title }),
      ],
    });
    const response = 'Stage 2 handlers now see every deadline on the daily overdue view';
    await h.call('POST', `/v1/ombudsman-records/${orderId}/complete`, { caller: officer, body: { evidence: 'Done', response } });
    const after = await h.call('GET', '/v1/reports/governance?from=2026-07-01&to=2026-07-31', { caller: officer });
    expect(after.body.landlordRecords).toMatchObject({ openOrders: 0, overdueOrders: 0 });
    expect(after.body.landlordRecords.items.map((r: { title: string }) => r.title)).toEqual([report.title]);
    // 9.7a: a complaint received in July and never acknowledged is overdue now, whatever the period.
    const late = await h.call('POST', '/v1/complaints', { caller: officer, body: { channel: 'phone', resident: { name: 'A' }, description: 'Leak', receivedAt: '2026-07-20T09:00:00Z' } });
    const overdue = await h.call('GET', '/v1/reports/governance?from=2026-07-01&to=2026-07-31', { caller: officer });
    expect(overdue.body.overdueNow).toEqual({
      asOf: '2026-08-03',
      total: 1,
      items: [{ complaintId: late.body.id, complaintReference: late.body.reference, step: 'stage1-acknowledge', what: expect.stringContaining('acknowledge'), dueBy: '2026-07-27' }],
    });
    // Over the quarter the order is dated in, it is listed as completed, with the landlord's response and evidence.
    const quarter = await h.call('GET', '/v1/reports/governance?from=2026-04-01&to=2026-06-30', { caller: officer });
    expect(quarter.body.landlordRecords.items).toEqual([{ id: orderId, ...order, response, completedOn: '2026-08-03', evidence: 'Done', status: 'completed' }]);
  });
});
