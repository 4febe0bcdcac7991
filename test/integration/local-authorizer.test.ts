import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HttpApiHandler } from '../../functions/http-api/app.js';
import { createGatewayServer } from '../../infra/local/api-gateway-bridge.js';
import { DEFAULT_LOCAL_JWT_SECRET, signLocalToken, verifyLocalToken } from '../../infra/local/local-jwt.js';

const secret = new TextEncoder().encode(DEFAULT_LOCAL_JWT_SECRET);
const nowSeconds = () => Math.floor(Date.now() / 1000);
const claims = { landlord_id: 'L1', roles: ['viewer'] };
const token = (build: (jwt: SignJWT) => SignJWT, key = secret) => build(new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setSubject('u1')).sign(key);

describe('the local authorizer (standing in for API Gateway’s JWT authorizer)', () => {
  let server: Server;
  let base: string;
  beforeAll(async () => {
    // The handler only echoes the claims the bridge verified: this is the bridge under test, not the API.
    const handler: HttpApiHandler = async (event) => ({ statusCode: 200, body: JSON.stringify(event.requestContext.authorizer?.jwt?.claims ?? null) });
    server = createGatewayServer({ handler, routed: { documents: handler, reports: handler }, jwtSecret: DEFAULT_LOCAL_JWT_SECRET });
    await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((closed) => server.close(closed));
  });

  const get = async (path: string, authorization?: string) => {
    const response = await fetch(`${base}${path}`, { headers: authorization ? { authorization } : {} });
    return { status: response.status, body: (await response.json()) as any }; // eslint-disable-line @typescript-eslint/no-explicit-any
  };

  it('accepts a token from npm run token (it carries exp and iat) and passes its claims on', async () => {
    const good = await signLocalToken(DEFAULT_LOCAL_JWT_SECRET, { sub: 'u1', landlordId: 'L1', roles: ['viewer'] });
    const answer = await get('/v1/complaints', `Bearer ${good}`);
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ sub: 'u1', landlord_id: 'L1', exp: expect.any(Number), iat: expect.any(Number) });
    expect(answer.body.exp - answer.body.iat).toBe(12 * 3600);
  });

  it('401 saying which: missing, malformed, bad signature, expired, not yet valid', async () => {
    const cases: [string, string | undefined, string][] = [
      ['missing', undefined, 'missing'],
      ['not bearer', 'Basic dTpw', 'malformed'],
      ['not a JWT', 'Bearer not.a.jwt', 'malformed'],
      ['no exp', `Bearer ${await token((jwt) => jwt.setIssuedAt())}`, 'malformed'],
      ['another secret', `Bearer ${await token((jwt) => jwt.setIssuedAt().setExpirationTime('1h'), new TextEncoder().encode('another-secret'))}`, 'bad_signature'],
      ['expired', `Bearer ${await token((jwt) => jwt.setIssuedAt(nowSeconds() - 7200).setExpirationTime(nowSeconds() - 3600))}`, 'expired'],
      ['issued in the future', `Bearer ${await token((jwt) => jwt.setIssuedAt(nowSeconds() + 3600).setExpirationTime(nowSeconds() + 7200))}`, 'not_yet_valid'],
      ['not before the future', `Bearer ${await token((jwt) => jwt.setNotBefore(nowSeconds() + 3600).setExpirationTime('2h'))}`, 'not_yet_valid'],
    ];
    for (const [name, authorization, reason] of cases) {
      const answer = await get('/v1/complaints', authorization);
      expect(answer.status, name).toBe(401);
      expect(answer.body.error, name).toMatchObject({ code: 'unauthorized', message: expect.any(String), details: { reason } });
    }
  });

  it('forgives a minute of clock skew either way', async () => {
    const skewed = await token((jwt) => jwt.setIssuedAt(nowSeconds() + 30).setExpirationTime(nowSeconds() - 30));
    expect((await verifyLocalToken(DEFAULT_LOCAL_JWT_SECRET, `Bearer ${skewed}`)).ok).toBe(true);
  });

  it('the OpenAPI document needs no token, as on AWS, and a bad one does not stop it', async () => {
    expect((await get('/v1/openapi.json')).status).toBe(200);
    expect((await get('/v1/openapi.json', 'Bearer junk')).status).toBe(200);
  });
});
