import { errors, jwtVerify, SignJWT } from 'jose';

/** Locally the stack stands in for API Gateway's JWT authorizer with HS256 tokens. */
export const DEFAULT_LOCAL_JWT_SECRET = 'local-dev-secret';

/** Clocks of the token's issuer and this machine may differ a little; a minute is forgiven either way. */
export const CLOCK_SKEW_SECONDS = 60;

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

export type TokenProblem = 'missing' | 'malformed' | 'bad_signature' | 'expired' | 'not_yet_valid';

export type TokenCheck = { ok: true; claims: Record<string, unknown> } | { ok: false; reason: TokenProblem; message: string };

const refused = (reason: TokenProblem, message: string): TokenCheck => ({ ok: false, reason, message });

/**
 * The verified claims, or why the token was refused. A token must carry `exp` (a token that never
 * expires is not accepted), and one issued or valid only in the future (`iat`, `nbf`) is refused,
 * each with CLOCK_SKEW_SECONDS of tolerance.
 */
export async function verifyLocalToken(secret: string, authorization: string | undefined, now: Date = new Date()): Promise<TokenCheck> {
  if (authorization === undefined || authorization.trim() === '') return refused('missing', 'a bearer token is required');
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
  if (!match) return refused('malformed', 'the Authorization header must be "Bearer <token>"');
  try {
    const { payload } = await jwtVerify(match[1]!, key(secret), {
      algorithms: ['HS256'],
      clockTolerance: CLOCK_SKEW_SECONDS,
      currentDate: now,
      requiredClaims: ['exp'],
    });
    if (typeof payload.iat === 'number' && payload.iat > now.getTime() / 1000 + CLOCK_SKEW_SECONDS) {
      return refused('not_yet_valid', 'the bearer token was issued in the future (iat)');
    }
    return { ok: true, claims: payload as Record<string, unknown> };
  } catch (error) {
    if (error instanceof errors.JWTExpired) return refused('expired', 'the bearer token has expired');
    if (error instanceof errors.JWSSignatureVerificationFailed) return refused('bad_signature', 'the bearer token’s signature does not verify');
    if (error instanceof errors.JWTClaimValidationFailed && error.claim === 'nbf') {
      return refused('not_yet_valid', 'the bearer token is not valid yet (nbf)');
    }
    if (error instanceof errors.JWTClaimValidationFailed) return refused('malformed', `the bearer token’s ${error.claim} claim is ${error.reason === 'missing' ? 'missing' : 'invalid'}`);
    return refused('malformed', 'the bearer token is not a well-formed HS256 JWT');
  }
}
