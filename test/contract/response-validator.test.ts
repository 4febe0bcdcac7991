import { describe, expect, it } from 'vitest';
import { createResponseValidator } from './response-validator.js';

const staff = { id: 'h1', name: 'Sam', email: 'sam@x.example', active: true };

describe('the response validator the harnesses run on every answer', () => {
  const problems = createResponseValidator();

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
});
