import { describe, expect, it } from 'vitest';
import { createResponseValidator } from './response-validator.js';
import { generatedDocument } from './document.js';
import { declaredFields, fieldsIn } from './field-coverage.js';

const staff = { id: 'h1', name: 'Sam', email: 'sam@x.example', active: true, userId: 'sam-sub' };

describe('the response validator the harnesses run on every answer', () => {
  const document = generatedDocument();
  const problems = createResponseValidator(document);

  it('passes an answer the document describes', () => {
    expect(problems('GET', '/v1/staff', 200, { items: [staff] })).toEqual([]);
    expect(problems('GET', '/v1/complaints/abc', 404, { error: { code: 'not_found', message: 'complaint not found', details: {} } })).toEqual([]);
  });

  it('fails a field the document lacks (landlordId leaking), and a documented field missing', () => {
    expect(problems('GET', '/v1/staff', 200, { items: [{ ...staff, landlordId: 'L1' }] }).join()).toContain('additionalProperty":"landlordId"');
    expect(problems('GET', '/v1/staff', 200, { items: [{ id: 'h1', name: 'Sam', active: true }] }).join()).toContain("required property 'email'");
  });

  it('fails a status the operation does not document, and an error without details', () => {
    expect(problems('GET', '/v1/staff', 422, { error: { code: 'rule_violation', message: 'x', details: {} } })).toEqual([
      'GET /v1/staff → 422: status 422 is not documented for /v1/staff',
    ]);
    expect(problems('GET', '/v1/complaints/abc', 404, { error: { code: 'not_found', message: 'x' } }).join()).toContain("required property 'details'");
  });

  it('matches literal path segments before parameters', () => {
    expect(problems('GET', '/v1/openapi.json', 200, { openapi: '3.0.3' })).toEqual([]);
  });

  it('finds the documented fields an answer carries, so a field no answer ever carries is reported', () => {
    const seen = problems.fieldsOf('GET', '/v1/staff', 200, { items: [staff] });
    expect([...seen].every((field) => field.startsWith('/'))).toBe(true);
    const staffFields = [...declaredFields(document)].filter((field) => /\/StaffMember\/properties\//.test(field));
    expect(staffFields.length).toBeGreaterThan(0);
    expect(staffFields.filter((field) => !seen.has(field))).toEqual([]);
    const withoutEmail = problems.fieldsOf('GET', '/v1/staff', 200, { items: [{ id: 'h1', name: 'Sam', active: true, userId: 'sam-sub' }] });
    expect(staffFields.filter((field) => !withoutEmail.has(field)).map((field) => field.split('/').at(-1))).toEqual(['email']);
  });

  it('follows only the oneOf branch an answer matches', () => {
    const doc = {
      components: { schemas: { A: { type: 'object', properties: { kind: { enum: ['a'] }, a: { type: 'string' } }, required: ['kind'] }, B: { type: 'object', properties: { kind: { enum: ['b'] }, b: { type: 'string' } }, required: ['kind'] } } },
    };
    const union = { oneOf: [{ $ref: '#/components/schemas/A' }, { $ref: '#/components/schemas/B' }] };
    const matches = (pointer: string, value: unknown) => (pointer.endsWith('/0') ? (value as { kind: string }).kind === 'a' : (value as { kind: string }).kind === 'b');
    const fields = fieldsIn({ ...doc, union }, '/union', { kind: 'b', b: 'x' }, matches);
    expect([...fields].sort()).toEqual(['/components/schemas/B/properties/b', '/components/schemas/B/properties/kind']);
  });
});
