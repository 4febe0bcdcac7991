import { describe, expect, it } from 'vitest';
import { apiHarness, definition, seedLandlord } from '../support/api-harness.js';

const ERROR_SHAPE = { error: { code: expect.any(String), message: expect.any(String) } };

describe('bad input gets a clear 4xx in the SPEC error shape; nothing stored changes', () => {
  it('400 for malformed JSON', async () => {
    const { call } = apiHarness();
    const { handler } = await seedLandlord(call);
    const answer = await call('POST', '/v1/complaints', { caller: handler, rawBody: '{"channel": "phone",' });
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({ error: { code: 'invalid_request', message: 'the body is not valid JSON', details: [{ field: '(body)', message: 'malformed JSON' }] } });
  });

  it('400 naming each field for wrong types, missing fields and unknown fields', async () => {
    const { call } = apiHarness();
    const { handler } = await seedLandlord(call);
    const answer = await call('POST', '/v1/complaints', {
      caller: handler,
      body: { channel: 'fax', resident: { name: 42, nickname: 'x' }, receivedAt: 'yesterday', colour: 'red' },
    });
    expect(answer.status).toBe(400);
    expect(answer.body.error.code).toBe('invalid_request');
    const fields = answer.body.error.details.map((d: { field: string }) => d.field).sort();
    expect(fields).toEqual(['channel', 'colour', 'description', 'receivedAt', 'resident.name', 'resident.nickname']);
  });

  it('400 for a receivedAt in the future (past only)', async () => {
    const { call } = apiHarness('2026-11-02T10:00:00Z');
    const { handler } = await seedLandlord(call);
    const answer = await call('POST', '/v1/complaints', {
      caller: handler,
      body: { channel: 'phone', resident: { name: 'A' }, description: 'x', receivedAt: '2026-11-03T10:00:00Z' },
    });
    expect(answer.status).toBe(400);
    expect(answer.body.error.details).toEqual([{ field: 'receivedAt', message: 'must not be in the future' }]);
  });

  it('400 for an unknown query parameter or a bad cursor', async () => {
    const { call } = apiHarness();
    const { handler } = await seedLandlord(call);
    expect((await call('GET', '/v1/complaints?colour=red', { caller: handler })).status).toBe(400);
    const bad = await call('GET', '/v1/complaints?cursor=not-a-cursor', { caller: handler });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details).toEqual([{ field: 'cursor', message: 'not a cursor from this list' }]);
  });

  it('413 for a 3 MB body, before any parsing', async () => {
    const { call } = apiHarness();
    const { handler } = await seedLandlord(call);
    const description = 'x'.repeat(3 * 1024 * 1024);
    const answer = await call('POST', '/v1/complaints', { caller: handler, body: { channel: 'web', resident: { name: 'A' }, description } });
    expect(answer.status).toBe(413);
    expect(answer.body).toMatchObject({ error: { code: 'payload_too_large' } });
    expect((await call('GET', '/v1/complaints', { caller: handler })).body.items).toEqual([]);
  });

  it('401 without verified claims; 403 for a role that may not act', async () => {
    const { call } = apiHarness();
    const { viewer, handler } = await seedLandlord(call);
    const anonymous = await call('GET', '/v1/complaints');
    expect(anonymous.status).toBe(401);
    expect(anonymous.body).toMatchObject(ERROR_SHAPE);
    const viewerWrite = await call('POST', '/v1/complaints', { caller: viewer, body: { channel: 'web', resident: { name: 'A' }, description: 'x' } });
    expect(viewerWrite.status).toBe(403);
    expect(viewerWrite.body.error.code).toBe('forbidden');
    const handlerSettings = await call('PUT', '/v1/landlord', { caller: handler, body: {} });
    expect(handlerSettings.status).toBe(403);
    expect((await call('GET', '/v1/complaints', { caller: viewer })).status).toBe(200);
  });

  it('422 naming the provision for a Code rule, and the complaint is unchanged', async () => {
    const { call } = apiHarness();
    const { handler } = await seedLandlord(call);
    const created = await call('POST', '/v1/complaints', { caller: handler, body: { channel: 'web', resident: { name: 'A' }, description: 'x' } });
    const early = await call('POST', `/v1/complaints/${created.body.id}/escalate`, { caller: handler, body: {} });
    expect(early.status).toBe(422);
    expect(early.body.error).toMatchObject({ code: 'rule_violation', details: { provision: '6.10' } });
    const after = await call('GET', `/v1/complaints/${created.body.id}`, { caller: handler });
    expect(after.body).toEqual(created.body);
  });

  it('409 for a stale If-Match, 400 for a malformed one', async () => {
    const { call } = apiHarness();
    const { handler } = await seedLandlord(call);
    const created = await call('POST', '/v1/complaints', { caller: handler, body: { channel: 'web', resident: { name: 'A' }, description: 'x' } });
    const path = `/v1/complaints/${created.body.id}/acknowledge`;
    const stale = await call('POST', path, { caller: handler, body: { handlerId: 'h1', definition }, headers: { 'if-match': '"7"' } });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('conflict');
    const malformed = await call('POST', path, { caller: handler, body: { handlerId: 'h1', definition }, headers: { 'if-match': 'yesterday' } });
    expect(malformed.status).toBe(400);
    const fresh = await call('POST', path, { caller: handler, body: { handlerId: 'h1', definition }, headers: { 'if-match': 'W/"1"' } });
    expect(fresh.status).toBe(200);
  });

  it('404 in the SPEC shape for an unknown route or record', async () => {
    const { call } = apiHarness();
    const { handler } = await seedLandlord(call);
    expect(await call('GET', '/v1/nothing', { caller: handler })).toMatchObject({ status: 404, body: ERROR_SHAPE });
    expect(await call('GET', '/v1/complaints/nope', { caller: handler })).toMatchObject({ status: 404, body: { error: { code: 'not_found' } } });
  });

  it('500 without a stack trace when something unexpected breaks', async () => {
    const { call, complaints } = apiHarness();
    const { handler } = await seedLandlord(call);
    complaints.get = async () => {
      throw new Error('disk on fire at /secret/path.ts:12');
    };
    const answer = await call('GET', '/v1/complaints/any', { caller: handler });
    expect(answer.status).toBe(500);
    expect(answer.body.error.code).toBe('internal');
    expect(JSON.stringify(answer.body)).not.toMatch(/disk on fire|secret|\.ts/);
  });

  it('serves the OpenAPI document without a token, generated from the request schemas', async () => {
    const { call } = apiHarness();
    const answer = await call('GET', '/v1/openapi.json');
    expect(answer.status).toBe(200);
    expect(answer.body.openapi).toBe('3.0.3');
    const extend = answer.body.paths['/v1/complaints/{id}/extend'].post;
    expect(extend.requestBody.content['application/json'].schema.$ref).toBe('#/components/schemas/Extend');
    expect(answer.body.components.schemas.Extend.required).toEqual(['workingDays', 'reason']);
    expect(answer.body.components.schemas.NewComplaint.additionalProperties).toBe(false);
  });
});

describe('concurrent transitions', () => {
  it('8 extensions with the same If-Match: exactly one 200 and seven 409', async () => {
    const { call, clock } = apiHarness('2026-11-02T10:00:00Z');
    const { handler } = await seedLandlord(call);
    const created = await call('POST', '/v1/complaints', { caller: handler, body: { channel: 'web', resident: { name: 'A' }, description: 'x' } });
    const path = `/v1/complaints/${created.body.id}`;
    const ack = await call('POST', `${path}/acknowledge`, { caller: handler, body: { handlerId: 'h1', definition } });
    clock.set('2026-11-05T10:00:00Z');
    const answers = await Promise.all(
      Array.from({ length: 8 }, () =>
        call('POST', `${path}/extend`, { caller: handler, body: { workingDays: 2, reason: 'Survey' }, headers: { 'if-match': String(ack.body.version) } }),
      ),
    );
    const statuses = answers.map((answer) => answer.status).sort();
    expect(statuses).toEqual([200, 409, 409, 409, 409, 409, 409, 409]);
    const events = await call('GET', `${path}/events`, { caller: handler });
    expect(events.body.items.filter((e: { type: string }) => e.type === 'extended')).toHaveLength(1);
    expect((await call('GET', path, { caller: handler })).body.stages.stage1.extensions).toHaveLength(1);
  });
});
