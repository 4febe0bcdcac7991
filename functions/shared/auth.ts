import type { APIGatewayProxyEventV2WithJWTAuthorizer } from 'aws-lambda';
import { HttpError } from './http-error.js';

export const ROLES = ['handler', 'officer', 'admin', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export interface Caller {
  userId: string;
  landlordId: string;
  roles: Role[];
}

/**
 * API Gateway's JWT authorizer (or the local stack acting as it) has verified the token; the claims
 * arrive on the request context. The landlord comes from here only, never from the path or body.
 * Gateway passes array claims as "[a b]" strings, so roles are read from either form.
 */
export function callerFrom(event: APIGatewayProxyEventV2WithJWTAuthorizer): Caller {
  const claims = event.requestContext.authorizer?.jwt?.claims;
  if (!claims) throw new HttpError(401, 'unauthorized', 'a bearer token is required');
  const sub = claims.sub;
  const landlordId = claims.landlord_id ?? claims['custom:landlord_id'];
  if (typeof sub !== 'string' || !sub || typeof landlordId !== 'string' || !landlordId) {
    throw new HttpError(401, 'unauthorized', 'the token lacks sub or landlord_id');
  }
  const raw = claims.roles ?? claims['custom:roles'];
  const list = Array.isArray(raw) ? raw.map(String) : String(raw ?? '').replace(/^\[|\]$/g, '').split(/[\s,]+/);
  const roles = list.filter((role): role is Role => (ROLES as readonly string[]).includes(role));
  return { userId: sub, landlordId, roles };
}

export function requireRole(caller: Caller, allowed: readonly Role[]): void {
  if (!caller.roles.some((role) => allowed.includes(role))) {
    throw new HttpError(403, 'forbidden', `this needs one of the roles: ${allowed.join(', ')}`);
  }
}
