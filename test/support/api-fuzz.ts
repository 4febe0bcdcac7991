import fc from 'fast-check';

/**
 * A fuzzer over every operation of the API's own OpenAPI document: bodies, query strings, path ids and
 * headers that are valid, at their boundaries, or knowably invalid, sent through whatever `send` is
 * given (the handler in `npm test`, HTTP in `npm run bench -- fuzz`). The judge: never a 5xx, never a
 * 2xx for input known to be invalid, and every 4xx in SPEC's error shape.
 */

// The OpenAPI document is JSON the fuzzer walks; its schemas are as loose as JSON.
/* eslint-disable @typescript-eslint/no-explicit-any */
type Schema = Record<string, any>;
type Document = { paths: Record<string, Record<string, any>>; components: { schemas: Record<string, Schema> } };

export interface FuzzRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
  /** 'invalid' when the input breaks the documented contract, so any 2xx is a failure. */
  expect: 'any' | 'invalid';
  /** What was done to the input, for the report. */
  note: string;
}

export interface FuzzAnswer {
  status: number;
  body: unknown;
}

export type Send = (request: FuzzRequest) => Promise<FuzzAnswer>;

export interface FuzzFailure {
  problem: string;
  request: Omit<FuzzRequest, 'body'> & { body?: string };
  status: number;
  answer: string;
}

interface Operation {
  method: string;
  path: string;
  pathParams: string[];
  query: { name: string; schema: Schema }[];
  body?: Schema;
  ifMatch: boolean;
}

/** Every operation the document declares. */
export function operationsOf(document: Document): Operation[] {
  return Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => {
      const parameters: { name: string; in: string; schema: Schema }[] = operation.parameters ?? [];
      return {
        method: method.toUpperCase(),
        path,
        pathParams: parameters.filter((p) => p.in === 'path').map((p) => p.name),
        query: parameters.filter((p) => p.in === 'query').map(({ name, schema }) => ({ name, schema })),
        body: operation.requestBody?.content?.['application/json']?.schema,
        ifMatch: parameters.some((p) => p.in === 'header' && p.name === 'if-match'),
      };
    }),
  );
}

const hostileText = fc.constantFrom(
  '',
  ' ',
  '\u0000',
  '\ud800',
  '\u202e\u0644\u0627',
  '👩‍👩‍👧‍👦'.repeat(40),
  '<script>alert(1)</script>',
  '"; DROP TABLE complaints; --',
  '${jndi:ldap://x}',
  '../../etc/passwd',
  'LANDLORD#other#COMPLAINT#x',
  '%00%ff',
  'é£€',
  '\r\nBcc: victim@example.org',
);

const ASCII_WORD = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789-_'), minLength: 1, maxLength: 12 });

/** Calendar dates around now and at the edges of what a date can be. */
const plainDates = fc.oneof(
  fc.date({ min: new Date('2024-01-01T00:00:00Z'), max: new Date('2029-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc.constantFrom('0000-01-01', '0001-01-01', '0999-12-31', '1969-12-31', '1970-01-01', '2024-02-29', '9999-12-31', '2026-02-30'),
);
const dateTimes = fc.oneof(
  fc.date({ min: new Date('2019-01-01T00:00:00Z'), max: new Date('2027-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString()),
  fc.constantFrom('0000-01-01T00:00:00Z', '0999-06-01T00:00:00Z', '9999-12-31T23:59:59Z', '2026-11-02T10:00:00+14:00', '2026-02-30T00:00:00Z', '2026-11-02T10:00:00.123456789Z'),
);

const stringOf = (schema: Schema): fc.Arbitrary<string> => {
  if (schema.enum) return fc.constantFrom(...(schema.enum as string[]));
  if (schema.format === 'date') return plainDates;
  if (schema.format === 'date-time') return dateTimes;
  const max: number = schema.maxLength ?? 200;
  const min: number = schema.minLength ?? 0;
  if (schema.format === 'email') {
    return fc.oneof(
      fc.tuple(ASCII_WORD, ASCII_WORD).map(([local, domain]) => `${local}@${domain}.example`),
      fc.emailAddress().filter((address) => address.length <= max),
    );
  }
  return fc.oneof(
    // The documented example is a value the server accepts (a time zone, say), so bodies get past that field.
    ...(schema.example !== undefined ? [{ weight: 4, arbitrary: fc.constant(String(schema.example)) }] : []),
    { weight: 6, arbitrary: fc.string({ minLength: Math.max(min, 1), maxLength: Math.min(max, 40) }) },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme', minLength: Math.max(min, 1), maxLength: Math.min(max, 40) }) },
    { weight: 1, arbitrary: fc.constant('x'.repeat(max)) }, // exactly at the limit
    { weight: 1, arbitrary: hostileText.filter((value) => value.length <= max) },
  );
};

function resolve(schema: Schema, document: Document): Schema {
  return schema.$ref ? document.components.schemas[String(schema.$ref).split('/').pop()!]! : schema;
}

/** A value the schema admits (the server may still refuse it for the record's state). */
function validOf(raw: Schema, document: Document, depth = 0): fc.Arbitrary<unknown> {
  const schema = resolve(raw, document);
  if (schema.anyOf || schema.oneOf) return fc.oneof(...(schema.anyOf ?? schema.oneOf).map((option: Schema) => validOf(option, document, depth)));
  switch (schema.type) {
    case 'string':
      return stringOf(schema);
    case 'integer': {
      const min = schema.minimum ?? -1000;
      const max = Math.min(schema.maximum ?? 1000, Number.MAX_SAFE_INTEGER);
      return fc.oneof(fc.integer({ min, max: Math.min(max, min + 1000) }), fc.constantFrom(min, max));
    }
    case 'number':
      return fc.oneof(fc.double({ min: schema.minimum ?? -1e6, max: schema.maximum ?? 1e6, noNaN: true, noDefaultInfinity: true }), fc.constantFrom(0.01, 12.5, 999_999.99));
    case 'boolean':
      return fc.boolean();
    case 'array': {
      const items = validOf(schema.items ?? {}, document, depth + 1);
      const min = schema.minItems ?? 0;
      const max = schema.maxItems ?? 5;
      return fc.oneof(
        { weight: 5, arbitrary: fc.array(items, { minLength: min, maxLength: Math.min(max, Math.max(min, 3)) }) },
        { weight: 1, arbitrary: fc.array(items, { minLength: Math.min(max, 25), maxLength: Math.min(max, 25) }) }, // at (or near) the limit
      );
    }
    case 'object': {
      const properties: Record<string, Schema> = schema.properties ?? {};
      const model = Object.fromEntries(Object.entries(properties).map(([name, property]) => [name, validOf(property, document, depth + 1)]));
      return fc.record(model, { requiredKeys: schema.required ?? [] });
    }
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

const wrongTypeFor = (schema: Schema): fc.Arbitrary<unknown> => {
  const candidates: unknown[] = [null, true, 42, 'text', [], {}, [1, 'x'], { nested: { deeper: [null] } }];
  const type = schema.type as string | undefined;
  return fc.constantFrom(
    ...candidates.filter((value) => {
      if (value === null) return !schema.nullable;
      if (type === 'string') return typeof value !== 'string';
      if (type === 'integer' || type === 'number') return typeof value !== 'number';
      if (type === 'boolean') return typeof value !== 'boolean';
      if (type === 'array') return !Array.isArray(value);
      if (type === 'object') return typeof value !== 'object' || Array.isArray(value);
      return false;
    }),
  );
};

interface Mutation {
  value: unknown;
  note: string;
}

/** A value the schema knowably refuses: wrong type, over a limit, outside an enum or range, an unknown or missing field. */
function invalidOf(raw: Schema, document: Document, where: string, depth = 0): fc.Arbitrary<Mutation> | undefined {
  const schema = resolve(raw, document);
  if (schema.anyOf || schema.oneOf || !schema.type) return undefined;
  const options: fc.Arbitrary<Mutation>[] = [];
  const typed = wrongTypeFor(schema);
  options.push(typed.map((value) => ({ value, note: `${where}: wrong type ${JSON.stringify(value)}` })));
  if (schema.type === 'string' && schema.enum) options.push(fc.constant({ value: 'not-one-of-them', note: `${where}: outside the enum` }));
  if (schema.type === 'string' && schema.maxLength !== undefined) {
    options.push(fc.constantFrom(1, 1000).map((extra) => ({ value: 'x'.repeat(schema.maxLength + extra), note: `${where}: maxLength + ${extra}` })));
  }
  if (schema.type === 'string' && schema.format === 'date') options.push(fc.constantFrom('2026-13-01', '26-11-02', 'tomorrow', '2026-11-02T00:00:00Z').map((value) => ({ value, note: `${where}: not a date` })));
  if (schema.type === 'string' && schema.format === 'date-time') options.push(fc.constantFrom('yesterday', '2026-11-02', '2026-11-02 10:00').map((value) => ({ value, note: `${where}: not a date-time` })));
  if (schema.type === 'integer') {
    const bounds: number[] = [1.5];
    if (schema.maximum !== undefined) bounds.push(schema.maximum + 1, 1e300);
    if (schema.minimum !== undefined) bounds.push(schema.minimum - 1);
    options.push(fc.constantFrom(...bounds).map((value) => ({ value, note: `${where}: out of range ${value}` })));
  }
  if (schema.type === 'array' && schema.maxItems !== undefined) {
    options.push(
      fc
        .array(validOf(schema.items ?? {}, document, depth + 1), { minLength: schema.maxItems + 1, maxLength: schema.maxItems + 1 })
        .map((value) => ({ value, note: `${where}: maxItems + 1` })),
    );
  }
  if (schema.type === 'array' && schema.items && depth < 4) {
    const inner = invalidOf(schema.items, document, `${where}[0]`, depth + 1);
    if (inner) options.push(fc.tuple(inner, fc.array(validOf(schema.items, document, depth + 1), { maxLength: 2 })).map(([bad, rest]) => ({ value: [bad.value, ...rest], note: bad.note })));
  }
  if (schema.type === 'object') {
    const valid = validOf(schema, document, depth) as fc.Arbitrary<Record<string, unknown>>;
    if (schema.additionalProperties === false) {
      options.push(
        fc.tuple(valid, fc.constantFrom('colour', '__proto__', 'constructor', 'Description', 'id', 'landlordId')).map(([value, key]) => {
          const copy: Record<string, unknown> = { ...value };
          Object.defineProperty(copy, key, { value: 'extra', enumerable: true, configurable: true, writable: true });
          return { value: copy, note: `${where}: unknown field ${key}` };
        }),
      );
    }
    for (const name of (schema.required ?? []) as string[]) {
      options.push(valid.map((value) => ({ value: Object.fromEntries(Object.entries(value).filter(([key]) => key !== name)), note: `${where}: missing ${name}` })));
    }
    for (const [name, property] of Object.entries((schema.properties ?? {}) as Record<string, Schema>)) {
      if (depth >= 4) break;
      const inner = invalidOf(property, document, where ? `${where}.${name}` : name, depth + 1);
      if (inner) options.push(fc.tuple(valid, inner).map(([value, bad]) => ({ value: { ...value, [name]: bad.value }, note: bad.note })));
    }
  }
  return options.length > 0 ? fc.oneof(...options) : undefined;
}

/** encodeURIComponent, except that a lone surrogate goes as the (invalid) UTF-8 bytes a client might still send. */
function encodeComponent(value: string): string {
  return [...value].map((char) => (/^[\ud800-\udfff]$/.test(char) ? '%ED%A0%80' : encodeURIComponent(char))).join('');
}

const deepNesting = (levels: number) => `${'['.repeat(levels)}${']'.repeat(levels)}`;

/** Bodies no JSON schema admits: not JSON, not an object, too deep, too big, not declared as JSON. */
const hostileBodies = fc.constantFrom<{ body: string; headers?: Record<string, string>; note: string }>(
  { body: '{', note: 'truncated JSON' },
  { body: '{"a":1,}', note: 'trailing comma' },
  { body: 'null', note: 'JSON null' },
  { body: '42', note: 'JSON number' },
  { body: '"text"', note: 'JSON string' },
  { body: '[]', note: 'JSON array' },
  { body: deepNesting(100_000), note: '100,000 nested arrays' },
  { body: `${'{"a":'.repeat(5_000)}1${'}'.repeat(5_000)}`, note: '5,000 nested objects' },
  { body: JSON.stringify({ description: 'x'.repeat(1_100_000) }), note: 'over 1 MiB' },
  { body: '{"__proto__":{"isAdmin":true}}', note: 'prototype key' },
  { body: '\u0000\u0001\u0002', note: 'control bytes' },
  { body: '{"a":1}', headers: { 'content-type': 'text/plain' }, note: 'text/plain' },
  { body: 'a=1&b=2', headers: { 'content-type': 'application/x-www-form-urlencoded' }, note: 'a form' },
  { body: '{"a":1}', headers: { 'content-type': 'application/xml' }, note: 'application/xml' },
);

/** Path ids: records that exist, and ids that cannot. Those over 100 characters are knowably invalid. */
function idArbitrary(known: string[]): fc.Arbitrary<{ id: string; encoded: string; invalid: boolean }> {
  const encode = (id: string) => ({ id, encoded: encodeComponent(id), invalid: id.length > 100 });
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...known).map(encode) },
    { weight: 2, arbitrary: fc.uuid().map(encode) },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }).map(encode) },
    { weight: 1, arbitrary: hostileText.filter((text) => text.length > 0).map(encode) },
    { weight: 1, arbitrary: fc.constant('x'.repeat(101)).map(encode) },
    { weight: 1, arbitrary: fc.constantFrom('%', '%zz', '%E0%A4%A', '..', '.', '%2F..%2F').map((raw) => ({ id: raw, encoded: raw, invalid: false })) },
  );
}

const ifMatchValues = fc.oneof(
  fc.constant(undefined),
  fc.integer({ min: 1, max: 30 }).map((version) => ({ value: `"${version}"`, invalid: false })),
  fc.constantFrom('yesterday', '"-1"', '1e3', '"99999999999"', 'W/', '"', '0x1').map((value) => ({ value, invalid: true })),
);

function queryArbitrary(operation: Operation, document: Document): fc.Arbitrary<{ query: string; invalid: boolean; note: string }> {
  const none = fc.constant({ query: '', invalid: false, note: 'no query' });
  const unknown = ASCII_WORD.filter((name) => !operation.query.some((param) => param.name === name)).map((name) => ({
    query: `${encodeComponent(name)}=1`,
    invalid: true,
    note: `unknown query parameter ${name}`,
  }));
  if (operation.query.length === 0) return fc.oneof({ weight: 6, arbitrary: none }, { weight: 1, arbitrary: unknown });
  const valid = fc
    .array(fc.constantFrom(...operation.query), { maxLength: 3 })
    .chain((params) =>
      fc.tuple(
        ...params.map((param) =>
          (param.schema.type === 'integer'
            ? fc.integer({ min: param.schema.minimum ?? 0, max: param.schema.maximum ?? 100 }).map(String)
            : (validOf(param.schema, document) as fc.Arbitrary<string>)
          ).map((value) => `${param.name}=${encodeComponent(String(value))}`),
        ),
      ),
    )
    .map((pairs) => ({ query: [...new Set(pairs)].join('&'), invalid: false, note: `query ${pairs.join('&')}` }));
  const badValue = fc.constantFrom(...operation.query).chain((param) => {
    const bad: string[] = ['0x10', '1e1', ' 5', '-1', '', '\u202e'];
    if (param.name === 'cursor') bad.push('not-a-cursor', Buffer.from('{"PK":1}').toString('base64url'), Buffer.from(JSON.stringify({ GSI1PK: 'LANDLORD#other', PK: 'a', SK: 'b', GSI1SK: 'c' })).toString('base64url'));
    // Knowably invalid: an empty value (a cursor may be empty), or any of these where the schema is an
    // enum, an integer in decimal digits, a date, or a cursor; for free text (handler) they are valid ids.
    const strict = Boolean(param.schema.enum) || param.schema.type === 'integer' || param.schema.format === 'date' || param.name === 'cursor';
    return fc.constantFrom(...bad).map((value) => ({
      query: `${param.name}=${encodeComponent(value)}`,
      invalid: value === '' ? param.name !== 'cursor' : strict,
      note: `${param.name}=${JSON.stringify(value)}`,
    }));
  });
  return fc.oneof({ weight: 3, arbitrary: none }, { weight: 5, arbitrary: valid }, { weight: 2, arbitrary: badValue }, { weight: 1, arbitrary: unknown });
}

/** One request to one operation: the input, and whether it is knowably invalid. */
function requestArbitrary(operation: Operation, document: Document, known: string[]): fc.Arbitrary<FuzzRequest> {
  const ids = fc.tuple(...operation.pathParams.map(() => idArbitrary(known)));
  const bodyKind = operation.body
    ? fc.oneof(
        { weight: 5, arbitrary: validOf(operation.body, document).map((value) => ({ body: JSON.stringify(value), invalid: false, note: 'valid body' })) },
        { weight: 5, arbitrary: invalidOf(operation.body, document, '')!.map((bad) => ({ body: JSON.stringify(bad.value), invalid: true, note: bad.note || 'invalid body' })) },
        { weight: 2, arbitrary: hostileBodies.map((hostile) => ({ ...hostile, invalid: true })) },
        { weight: 1, arbitrary: fc.constant({ body: undefined as string | undefined, invalid: false, note: 'no body' }) },
      )
    : fc.oneof(
        { weight: 6, arbitrary: fc.constantFrom({ body: undefined as string | undefined, invalid: false, note: 'no body' }, { body: '{}', invalid: false, note: 'empty object' }) },
        { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }).filter((value) => JSON.stringify(value) !== '{}').map((value) => ({ body: JSON.stringify(value), invalid: true, note: 'a body where none is taken' })) },
        { weight: 1, arbitrary: hostileBodies.map((hostile) => ({ ...hostile, invalid: true })) },
      );
  return fc.tuple(ids, queryArbitrary(operation, document), bodyKind, operation.ifMatch ? ifMatchValues : fc.constant(undefined)).map(([idValues, query, body, ifMatch]) => {
    let path = operation.path;
    operation.pathParams.forEach((name, index) => (path = path.replace(`{${name}}`, idValues[index]!.encoded)));
    const headers: Record<string, string> = { 'content-type': 'application/json', ...(body as { headers?: Record<string, string> }).headers };
    if (ifMatch) headers['if-match'] = ifMatch.value;
    // Only invalid bodies are knowable for a route that takes none; a body where none is taken is refused before its type matters.
    const invalid = idValues.some((id) => id.invalid) || query.invalid || body.invalid || Boolean(ifMatch?.invalid);
    return {
      method: operation.method,
      path: query.query ? `${path}?${query.query}` : path,
      headers,
      ...(body.body !== undefined && { body: body.body }),
      expect: invalid ? 'invalid' : 'any',
      note: [body.note, query.note, ifMatch ? `If-Match ${ifMatch.value}` : ''].filter(Boolean).join('; '),
    };
  });
}

const ERROR_CODES = new Set(['invalid_request', 'unauthorized', 'forbidden', 'not_found', 'conflict', 'payload_too_large', 'unsupported_media_type', 'rule_violation', 'internal']);

/** What is wrong with an answer, or undefined when it is acceptable. */
export function judge(request: FuzzRequest, answer: FuzzAnswer): string | undefined {
  if (answer.status >= 500) return `${answer.status}`;
  if (answer.status < 300 && request.expect === 'invalid') return `${answer.status} for invalid input`;
  if (answer.status >= 400) {
    const error = (answer.body as { error?: { code?: unknown; message?: unknown; details?: unknown } } | undefined)?.error;
    if (!error || !ERROR_CODES.has(String(error.code)) || typeof error.message !== 'string' || !error.message) return 'not the error shape';
    const details = error.details;
    const fieldList = Array.isArray(details) && details.every((item) => typeof item?.field === 'string' && typeof item?.message === 'string');
    const object = typeof details === 'object' && details !== null && !Array.isArray(details);
    if (!fieldList && !object) return 'error without details';
    if (error.code === 'invalid_request' && !fieldList) return 'invalid_request without the fields';
  }
  return undefined;
}

/** Records for the fuzzer to aim at: a landlord, its staff, and complaints in several states. */
export async function seedFuzzTarget(send: Send): Promise<string[]> {
  const json = async (method: string, path: string, body?: unknown) => {
    const answer = await send({ method, path, headers: { 'content-type': 'application/json' }, ...(body !== undefined && { body: JSON.stringify(body) }), expect: 'any', note: 'seed' });
    if (answer.status >= 300) throw new Error(`seed ${method} ${path}: ${answer.status} ${JSON.stringify(answer.body)}`);
    return answer.body as { id: string };
  };
  await json('PUT', '/v1/landlord', {
    name: 'Fuzz Homes',
    homes: 100,
    division: 'england-and-wales',
    timeZone: 'Europe/London',
    complaintsOfficerEmail: 'officer@fuzz.example',
    inboundAddresses: [],
  });
  for (const id of ['h1', 'h2']) await json('PUT', `/v1/staff/${id}`, { name: id, email: `${id}@fuzz.example` });
  const ids: string[] = ['h1'];
  for (let n = 0; n < 4; n += 1) {
    const { id } = await json('POST', '/v1/complaints', { channel: 'phone', resident: { name: `R${n}`, email: `r${n}@fuzz.example` }, description: 'Fuzz target' });
    ids.push(id);
    if (n >= 1) await json('POST', `/v1/complaints/${id}/acknowledge`, { handlerId: 'h1', definition: { understanding: 'u', outcomesSought: ['o'] } });
    if (n >= 2) await json('POST', `/v1/complaints/${id}/respond`, { decision: 'upheld', reasons: 'r', outstandingActions: [{ description: 'a', dueBy: '2027-01-04' }] });
    if (n >= 3) await json('POST', `/v1/complaints/${id}/escalate`, {});
  }
  return ids;
}

export interface FuzzOptions {
  seed: number;
  numRuns: number;
  /** Requests in flight at once. */
  concurrency?: number;
}

/** Sends `numRuns` generated requests spread over every operation, and returns every failure the judge finds. */
export async function fuzzApi(send: Send, document: Document, known: string[], options: FuzzOptions): Promise<{ requests: number; failures: FuzzFailure[]; operations: number }> {
  const operations = operationsOf(document);
  // Every operation gets its share: the generated requests cycle through them in order.
  const perOperation = operations.map((operation) => fc.sample(requestArbitrary(operation, document, known), { seed: options.seed, numRuns: Math.ceil(options.numRuns / operations.length) }));
  const requests = perOperation.flat();
  const failures: FuzzFailure[] = [];
  const concurrency = options.concurrency ?? 4;
  for (let start = 0; start < requests.length; start += concurrency) {
    await Promise.all(
      requests.slice(start, start + concurrency).map(async (request) => {
        const answer = await send(request);
        const problem = judge(request, answer);
        if (problem) {
          failures.push({
            problem,
            request: { ...request, ...(request.body !== undefined && { body: request.body.length > 300 ? `${request.body.slice(0, 300)}… (${request.body.length} chars)` : request.body }) },
            status: answer.status,
            answer: JSON.stringify(answer.body).slice(0, 300),
          });
        }
      }),
    );
  }
  return { requests: requests.length, failures, operations: operations.length };
}
