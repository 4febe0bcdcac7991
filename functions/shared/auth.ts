import type { APIGatewayProxyEventV2WithJWTAuthorizer } from 'aws-lambda';
import { HttpError } from './http-error.js';

export const ROLES = ['handler', 'officer', 'admin', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export interface Caller {
  userId: string;
  landlordId: string;
  roles: Role[];
}

/** Landlord ids become key prefixes (`LANDLORD#<id>#...`): short, printable, and never the key separator. */
const MAX_LANDLORD_ID = 64;
const MAX_SUBJECT = 256;
const UNSAFE_ID = /[#\p{Cc}]/u;

function claimProblem(sub: unknown, landlordId: unknown): string | undefined {
  if (typeof sub !== 'string' || !sub.trim()) return 'the token lacks sub';
  if (sub.length > MAX_SUBJECT || /\p{Cc}/u.test(sub)) return `sub must be at most ${MAX_SUBJECT} printable characters`;
  if (typeof landlordId !== 'string' || !landlordId.trim()) return 'the token lacks landlord_id';
  if (landlordId.length > MAX_LANDLORD_ID || landlordId.trim() !== landlordId || UNSAFE_ID.test(landlordId)) {
    return `landlord_id must be at most ${MAX_LANDLORD_ID} printable characters, without '#' or surrounding spaces`;
  }
  return undefined;
}

/**
 * API Gateway's JWT authorizer (or the local stack acting as it) has verified the token; the claims
 * arrive on the request context. The landlord comes from here only, never from the path or body.
 * Gateway passes array claims as "[a b]" strings, so roles are read from either form.
 */
export function callerFrom(event: APIGatewayProxyEventV2WithJWTAuthorizer): Caller {
  const claims = event.requestContext.authorizer?.jwt?.claims;
  if (!claims) throw new HttpError(401, 'unauthorized', 'a bearer token is required', { reason: 'missing' });
  const sub = claims.sub;
  const landlordId = claims.landlord_id ?? claims['custom:landlord_id'];
  const problem = claimProblem(sub, landlordId);
  if (problem) throw new HttpError(401, 'unauthorized', problem, { reason: 'claims' });
  const raw = claims.roles ?? claims['custom:roles'];
  const list = Array.isArray(raw) ? raw.map(String) : String(raw ?? '').replace(/^\[|\]$/g, '').split(/[\s,]+/);
  const roles = list.filter((role): role is Role => (ROLES as readonly string[]).includes(role));
  return { userId: sub as string, landlordId: landlordId as string, roles };
}

export function requireRole(caller: Caller, allowed: readonly Role[]): void {
  if (!caller.roles.some((role) => allowed.includes(role))) {
    throw new HttpError(403, 'forbidden', `this needs one of the roles: ${allowed.join(', ')}`);
  }
}
