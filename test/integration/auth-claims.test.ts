import type { APIGatewayProxyEventV2WithJWTAuthorizer } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { callerFrom } from '../../functions/shared/auth.js';

const withClaims = (claims: Record<string, unknown> | undefined) =>
  ({ requestContext: { authorizer: claims ? { jwt: { claims, scopes: [] } } : undefined } }) as unknown as APIGatewayProxyEventV2WithJWTAuthorizer;

describe('the caller, from claims the JWT authorizer verified', () => {
  it('reads a Cognito ID token: custom attributes, roles as a comma-separated string', () => {
    expect(callerFrom(withClaims({ sub: 'u1', 'custom:landlord_id': 'riverside', 'custom:roles': 'handler,officer' }))).toEqual({
      userId: 'u1',
      landlordId: 'riverside',
      roles: ['handler', 'officer'],
    });
  });

  it('reads local tokens and Gateway’s "[a b]" rendering of array claims; unknown roles are dropped', () => {
    expect(callerFrom(withClaims({ sub: 'u1', landlord_id: 'L1', roles: ['admin', 'superuser'] })).roles).toEqual(['admin']);
    expect(callerFrom(withClaims({ sub: 'u1', landlord_id: 'L1', roles: '[viewer handler]' })).roles).toEqual(['viewer', 'handler']);
  });

  it('401 without claims, a subject or a landlord', () => {
    expect(() => callerFrom(withClaims(undefined))).toThrow(/bearer token/);
    expect(() => callerFrom(withClaims({ sub: 'u1', roles: 'handler' }))).toThrow(/landlord_id/);
    expect(() => callerFrom(withClaims({ landlord_id: 'L1' }))).toThrow(/sub/);
  });
});
