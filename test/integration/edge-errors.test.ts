import { describe, expect, it } from 'vitest';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { apiHarness, definition, seedLandlord, seedSettings } from '../support/api-harness.js';

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

const complaintBody = { channel: 'web', resident: { name: 'A' }, description: 'x' };

describe('10.4: inbound addresses compare without case', () => {
  it('refuses two spellings of one address, naming the field; saves addresses in lower case', async () => {
    const { call, landlords } = apiHarness();
    const { admin, landlordId } = await seedLandlord(call);
    const settings = (await call('GET', '/v1/landlord', { caller: admin })).body;
    const { id: _id, ...body } = settings;
    const twice = await call('PUT', '/v1/landlord', { caller: admin, body: { ...body, inboundAddresses: [`Twice+${landlordId}@x.example`, `twice+${landlordId}@x.example`] } });
    expect(twice.status).toBe(400);
    expect(twice.body.error.details).toEqual([{ field: 'inboundAddresses.1', message: 'the same address as inboundAddresses.0 (addresses ignore case)' }]);

    const mixed = await call('PUT', '/v1/landlord', { caller: admin, body: { ...body, inboundAddresses: [`Mixed+${landlordId}@X.Example`] } });
    expect(mixed.status).toBe(200);
    expect(mixed.body.inboundAddresses).toEqual([`mixed+${landlordId.toLowerCase()}@x.example`]);
    expect(await landlords.landlordForAddress(`MIXED+${landlordId}@x.EXAMPLE`)).toBe(landlordId);
    const dropped = await call('PUT', '/v1/landlord', { caller: admin, body: { ...body, inboundAddresses: [] } });
    expect(dropped.status).toBe(200);
    expect(await landlords.landlordForAddress(`mixed+${landlordId}@x.example`)).toBeUndefined();
  });

  it('settings saved with two spellings before the rule can still drop the address (was a 500)', async () => {
    const { call, db, tableName, landlords } = apiHarness();
    const { admin, landlordId } = await seedLandlord(call);
    const { id: _id, ...body } = (await call('GET', '/v1/landlord', { caller: admin })).body;
    const address = `stuck+${landlordId.toLowerCase()}@x.example`;
    // The state the old code let a caller reach: one registry item, the settings naming it twice.
    await db.send(
      new PutCommand({ TableName: tableName, Item: { PK: `LANDLORD#${landlordId}`, SK: 'SETTINGS', entity: 'settings', version: 7, settings: { ...body, inboundAddresses: [address.toUpperCase(), address] } } }),
    );
    await db.send(new PutCommand({ TableName: tableName, Item: { PK: `INBOUND_ADDRESS#${address}`, SK: 'ADDRESS', entity: 'inbound-address', landlordId } }));
    landlords.forget(landlordId);
    const dropped = await call('PUT', '/v1/landlord', { caller: admin, body: { ...body, inboundAddresses: [] } });
    expect(dropped.status).toBe(200);
    expect(await landlords.landlordForAddress(address)).toBeUndefined();
  });
});

describe('10.6: loose edges', () => {
  it('POST .../correspondence honours If-Match: 15 concurrent calls with one version, one applied; the new ETag is returned', async () => {
    const { call } = apiHarness();
    const { handler } = await seedLandlord(call);
    const created = await call('POST', '/v1/complaints', { caller: handler, body: complaintBody });
    const path = `/v1/complaints/${created.body.id}/correspondence`;
    const answers = await Promise.all(
      Array.from({ length: 15 }, (_, n) =>
        call('POST', path, { caller: handler, body: { direction: 'inbound', kind: 'phone', summary: `call ${n}` }, headers: { 'if-match': created.headers.etag! } }),
      ),
    );
    expect(answers.map((answer) => answer.status).sort()).toEqual([201, ...Array(14).fill(409)]);
    const applied = answers.find((answer) => answer.status === 201)!;
    expect(applied.headers.etag).toBe('"2"');
    expect((await call('GET', path, { caller: handler })).body.items).toHaveLength(1);
    const stale = await call('POST', path, { caller: handler, body: { direction: 'inbound', kind: 'phone', summary: 'late' }, headers: { 'if-match': '"1"' } });
    expect(stale.status).toBe(409);
  });

  it('routes that take no body refuse a non-empty one (an empty object is no body)', async () => {
    const { call } = apiHarness();
    const { handler, officer } = await seedLandlord(call);
    const created = await call('POST', '/v1/complaints', { caller: handler, body: complaintBody });
    const withBody = await call('POST', `/v1/complaints/${created.body.id}/actions/a1/complete`, { caller: handler, body: { completedAt: 'now' } });
    expect(withBody.status).toBe(400);
    expect(withBody.body.error).toEqual({ code: 'invalid_request', message: 'this route takes no body', details: [{ field: '(body)', message: 'must be empty' }] });
    expect((await call('POST', '/v1/quarantine/q1/release', { caller: officer, body: [1, 2] })).status).toBe(400);
    expect((await call('GET', '/v1/complaints', { caller: handler, body: 'x' })).status).toBe(400);
    expect((await call('GET', '/v1/complaints', { caller: handler, body: {} })).status).toBe(200);
    expect((await call('GET', '/v1/complaints', { caller: handler, rawBody: ' ' })).status).toBe(200);
  });

  it('415 unsupported_media_type for a body that is not application/json', async () => {
    const { call } = apiHarness();
    const { handler } = await seedLandlord(call);
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'application/jsonx']) {
      const answer = await call('POST', '/v1/complaints', { caller: handler, body: complaintBody, headers: { 'content-type': type } });
      expect(answer.status, type).toBe(415);
      expect(answer.body.error).toMatchObject({ code: 'unsupported_media_type', details: { contentType: type } });
    }
    expect((await call('POST', '/v1/complaints', { caller: handler, body: complaintBody, headers: { 'content-type': 'application/json; charset=utf-8' } })).status).toBe(201);
    expect((await call('POST', '/v1/complaints', { caller: handler, body: complaintBody, headers: { 'content-type': 'Application/JSON' } })).status).toBe(201);
  });

  it('limit and stage take plain decimal integers only (0x10, 1e1 and " 16" are refused)', async () => {
    const { call } = apiHarness();
    const { handler } = await seedLandlord(call);
    for (const limit of ['0x10', '1e1', '%2016', '16.0', '-1', '0', '101', '']) {
      const answer = await call('GET', `/v1/complaints?limit=${limit}`, { caller: handler });
      expect(answer.status, limit).toBe(400);
      expect(answer.body.error.details[0].field).toBe('limit');
    }
    expect((await call('GET', '/v1/complaints?limit=16&stage=1', { caller: handler })).status).toBe(200);
    expect((await call('GET', '/v1/complaints?stage=0x1', { caller: handler })).status).toBe(400);
  });

  it('every error carries details: 404, 409, 413 and 422 alike', async () => {
    const { call } = apiHarness();
    const { handler } = await seedLandlord(call);
    const notFound = await call('GET', '/v1/complaints/nope', { caller: handler });
    expect(notFound.body).toEqual({ error: { code: 'not_found', message: 'complaint not found', details: {} } });
    const noRoute = await call('GET', '/v1/nothing', { caller: handler });
    expect(noRoute.body.error.details).toEqual({});
    const created = await call('POST', '/v1/complaints', { caller: handler, body: complaintBody });
    const conflict = await call('POST', `/v1/complaints/${created.body.id}/withdraw`, { caller: handler, body: {}, headers: { 'if-match': '"9"' } });
    expect(conflict.status).toBe(409);
    expect(conflict.body.error.details).toEqual({});
    const large = await call('POST', '/v1/complaints', { caller: handler, body: { ...complaintBody, description: 'x'.repeat(2 * 1024 * 1024) } });
    expect(large.status).toBe(413);
    expect(large.body.error.details).toEqual({ limitBytes: 1024 * 1024, receivedBytes: expect.any(Number) });
    const anonymous = await call('GET', '/v1/complaints');
    expect(anonymous.body.error).toEqual({ code: 'unauthorized', message: 'a bearer token is required', details: { reason: 'missing' } });
  });

  it('the OpenAPI document declares the same error shape, details required, and 415 where a body is taken', async () => {
    const { call } = apiHarness();
    const document = (await call('GET', '/v1/openapi.json')).body;
    const error = document.components.schemas.Error.properties.error;
    expect(error.required).toEqual(['code', 'message', 'details']);
    expect(error.properties.code.enum).toContain('unsupported_media_type');
    expect(document.paths['/v1/complaints'].post.responses['415']).toBeDefined();
    expect(document.paths['/v1/complaints/{id}/correspondence'].post.parameters.some((p: { name: string }) => p.name === 'if-match')).toBe(true);
  });
});

describe('10.1: dates are bounded, so no schedule falls outside what at() can say', () => {
  it('a dueBy of 9999-12-31 is a 400 naming the field, and nothing is scheduled (it was a check in year 10000)', async () => {
    const { call, complaints } = apiHarness('2026-11-02T10:00:00Z');
    const { handler, landlordId } = await seedLandlord(call);
    const created = await call('POST', '/v1/complaints', { caller: handler, body: complaintBody });
    const path = `/v1/complaints/${created.body.id}`;
    await call('POST', `${path}/acknowledge`, { caller: handler, body: { handlerId: 'h1', definition } });
    const far = await call('POST', `${path}/respond`, {
      caller: handler,
      body: { decision: 'upheld', reasons: 'r', outstandingActions: [{ description: 'Fix the roof', dueBy: '9999-12-31' }] },
    });
    expect(far.status).toBe(400);
    expect(far.body.error.details).toEqual([{ field: 'outstandingActions.0.dueBy', message: 'must be within 731 days (2 years) of today: on or before 2028-11-02' }]);
    const stored = await complaints.get(landlordId, created.body.id);
    expect(stored!.status).toBe('stage1_acknowledged');
    expect(stored!.schedules!.every((schedule) => schedule.fireAt < '2027')).toBe(true);
  });

  it('a receivedAt or requestedAt in year 999 is a 400 (it was a 500)', async () => {
    const { call } = apiHarness('2026-11-02T10:00:00Z');
    const { handler } = await seedLandlord(call);
    const ancient = await call('POST', '/v1/complaints', { caller: handler, body: { ...complaintBody, receivedAt: '0999-01-01T00:00:00Z' } });
    expect(ancient.status).toBe(400);
    expect(ancient.body.error.details[0].field).toBe('receivedAt');
    const created = await call('POST', '/v1/complaints', { caller: handler, body: complaintBody });
    const path = `/v1/complaints/${created.body.id}`;
    await call('POST', `${path}/acknowledge`, { caller: handler, body: { handlerId: 'h1', definition } });
    await call('POST', `${path}/respond`, { caller: handler, body: { decision: 'upheld', reasons: 'r' } });
    const escalation = await call('POST', `${path}/escalate`, { caller: handler, body: { requestedAt: '0999-01-01T00:00:00Z' } });
    expect(escalation.status).toBe(400);
    expect(escalation.body.error.details[0].field).toBe('requestedAt');
  });

  it('a call logged as occurring in year 999 is a 400', async () => {
    const { call } = apiHarness('2026-11-02T10:00:00Z');
    const { handler } = await seedLandlord(call);
    const created = await call('POST', '/v1/complaints', { caller: handler, body: complaintBody });
    const logged = await call('POST', `/v1/complaints/${created.body.id}/correspondence`, {
      caller: handler,
      body: { direction: 'inbound', kind: 'phone', summary: 'Called', occurredAt: '0999-01-01T00:00:00Z' },
    });
    expect(logged.status).toBe(400);
    expect(logged.body.error.details[0].field).toBe('occurredAt');
  });
});

describe('10.3: schema-valid input the store cannot take is a 4xx', () => {
  const cursor = (key: unknown) => Buffer.from(JSON.stringify(key)).toString('base64url');

  it('a cursor whose keys are wrong for the index or outside the query is a 400 (it was a DynamoDB error, 500)', async () => {
    const { call } = apiHarness();
    const { handler, landlordId } = await seedLandlord(call);
    const partition = `LANDLORD#${landlordId}`;
    const wrong = [
      ['/v1/complaints', { GSI1PK: partition, a: 'x', b: 'y', c: 'z' }],
      ['/v1/complaints', { PK: 'p', SK: '', GSI1PK: partition, GSI1SK: '' }],
      ['/v1/complaints', { PK: 'p', SK: 's', GSI1PK: partition, GSI2SK: 'z' }],
      ['/v1/complaints', { PK: 'p', SK: 's'.repeat(1100), GSI1PK: partition, GSI1SK: 'z' }],
      ['/v1/complaints?status=stage1_received', { PK: 'p', SK: 's', GSI2PK: `${partition}#STATUS#stage1_received`, GSI2SK: '' }],
      ['/v1/complaints?dueBefore=2027-01-01', { PK: 'p', SK: 's', GSI4PK: `${partition}#DUE`, GSI4SK: '2027-02-01#x' }],
    ] as const;
    for (const [path, key] of wrong) {
      const answer = await call('GET', `${path}${path.includes('?') ? '&' : '?'}cursor=${cursor(key)}`, { caller: handler });
      expect(answer.status, JSON.stringify(key)).toBe(400);
      expect(answer.body.error.details).toEqual([{ field: 'cursor', message: 'not a cursor from this list' }]);
    }
  });

  it('homes above a safe integer is a 400 (1e300 was a DynamoDB error)', async () => {
    const { call } = apiHarness();
    const { admin } = await seedLandlord(call);
    const { id: _id, ...settings } = (await call('GET', '/v1/landlord', { caller: admin })).body;
    for (const homes of [2 ** 53, 1e300]) {
      const answer = await call('PUT', '/v1/landlord', { caller: admin, body: { ...settings, homes } });
      expect(answer.status, String(homes)).toBe(400);
      expect(answer.body.error.details[0].field).toBe('homes');
    }
    expect((await call('PUT', '/v1/landlord', { caller: admin, body: { ...settings, homes: 2 ** 53 - 1 } })).status).toBe(200);
  });

  it('a landlord_id over 64 characters, made of spaces, or holding the key separator is a 401', async () => {
    const { call } = apiHarness();
    for (const landlordId of ['L'.repeat(65), '   ', 'L1#COMPLAINT#c1', ' L1']) {
      const answer = await call('GET', '/v1/complaints', { caller: { sub: 'u1', landlordId, roles: ['viewer'] } });
      expect(answer.status, JSON.stringify(landlordId)).toBe(401);
      expect(answer.body.error).toMatchObject({ code: 'unauthorized', details: { reason: 'claims' } });
    }
    expect((await call('GET', '/v1/complaints', { caller: { sub: 'u1', landlordId: 'L'.repeat(64), roles: ['viewer'] } })).status).toBe(200);
  });

  it('what used to pass the schema and then fail in the store is refused up front: 48 dated items, 400 long outcomes, a 21st extension', async () => {
    const { call } = apiHarness('2026-11-02T10:00:00Z');
    const { handler } = await seedLandlord(call);
    const created = await call('POST', '/v1/complaints', { caller: handler, body: complaintBody });
    const path = `/v1/complaints/${created.body.id}`;
    const manyOutcomes = await call('POST', `${path}/acknowledge`, {
      caller: handler,
      body: { handlerId: 'h1', definition: { understanding: 'u', outcomesSought: Array.from({ length: 400 }, () => 'o'.repeat(2000)) } },
    });
    expect(manyOutcomes.status).toBe(400);
    expect(manyOutcomes.body.error.details.map((d: { field: string }) => d.field)).toContain('definition.outcomesSought');
    await call('POST', `${path}/acknowledge`, { caller: handler, body: { handlerId: 'h1', definition } });
    const dated = Array.from({ length: 24 }, (_, n) => ({ description: `item ${n}`, dueBy: '2026-12-01' }));
    const tooMany = await call('POST', `${path}/respond`, {
      caller: handler,
      body: { decision: 'upheld', reasons: 'r', remedies: dated.map((item) => ({ kind: 'apology', ...item })), outstandingActions: dated },
    });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.error.details.map((d: { field: string }) => d.field).sort()).toEqual(['outstandingActions', 'remedies']);
    const statuses: number[] = [];
    for (let n = 0; n < 6; n += 1) {
      statuses.push((await call('POST', `${path}/extend`, { caller: handler, body: { workingDays: 1, reason: 'r', goodReason: 'g' } })).status);
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 422]);
    const answered = await call('POST', `${path}/respond`, { caller: handler, body: { decision: 'upheld', reasons: 'r', outstandingActions: dated.slice(0, 10) } });
    expect(answered.status).toBe(200);
  });

  it('text is limited in bytes of UTF-8, the unit the store counts', async () => {
    const { call } = apiHarness();
    const { handler } = await seedLandlord(call);
    const ascii = await call('POST', '/v1/complaints', { caller: handler, body: { ...complaintBody, category: 'c'.repeat(100) } });
    expect(ascii.status).toBe(201);
    const euros = await call('POST', '/v1/complaints', { caller: handler, body: { ...complaintBody, category: '€'.repeat(34) } }); // 102 bytes
    expect(euros.status).toBe(400);
    expect(euros.body.error.details).toEqual([{ field: 'category', message: 'must be at most 100 bytes in UTF-8' }]);
  });
});

describe('landlord settings', () => {
  it('read back exactly as saved, every field (the settings view is the saved settings and their id)', async () => {
    const { call } = apiHarness();
    const { admin, landlordId } = await seedLandlord(call);
    const settings = {
      ...seedSettings(landlordId),
      closureDays: ['2026-12-29'],
      fromAddress: 'complaints@riverside.example',
      escalationWindowWorkingDays: 20,
      reminderLeadWorkingDays: 3,
      financialYearStartMonth: 4,
      homesByTenure: [{ asOf: '2026-03-31', lowCostRental: 11000, lowCostHomeOwnership: 1000 }],
      categories: ['Repairs', 'Damp and mould'],
      ch02Rule: 'strict_acknowledgement',
      postalAddress: 'Riverside House\n1 Quay Street\nRV1 1AA',
      phone: '0300 123 4567',
    };
    const saved = await call('PUT', '/v1/landlord', { caller: admin, body: settings });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect((await call('GET', '/v1/landlord', { caller: admin })).body).toEqual({ id: landlordId, ...settings });
  });
});
