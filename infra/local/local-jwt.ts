import { jwtVerify, SignJWT } from 'jose';

/** Locally the stack stands in for API Gateway's JWT authorizer with HS256 tokens. */
export const DEFAULT_LOCAL_JWT_SECRET = 'local-dev-secret';

const key = (secret: string) => new TextEncoder().encode(secret);

export async function signLocalToken(
  secret: string,
  claims: { sub: string; landlordId: string; roles: string[] },
  expiresIn = '12h',
): Promise<string> {
  return new SignJWT({ landlord_id: claims.landlordId, roles: claims.roles })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(claims.sub)
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(key(secret));
}

/** The verified claims, or undefined for a missing, malformed, expired or wrongly signed token. */
export async function verifyLocalToken(secret: string, authorization: string | undefined): Promise<Record<string, unknown> | undefined> {
  const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
  if (!match) return undefined;
  try {
    const { payload } = await jwtVerify(match[1]!, key(secret), { algorithms: ['HS256'] });
    return payload as Record<string, unknown>;
  } catch {
    return undefined;
  }
}
