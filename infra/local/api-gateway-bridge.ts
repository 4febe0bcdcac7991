import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { APIGatewayProxyEventV2WithJWTAuthorizer, Context } from 'aws-lambda';
import type { HttpApiHandler } from '../../functions/http-api/app.js';
import { verifyLocalToken, type TokenCheck } from './local-jwt.js';
import { routedFunction, type RoutedFunction } from '../../functions/http/gateway-routes.js';

/** API Gateway HTTP APIs refuse payloads over 10 MB before the function runs; so does this bridge. */
const GATEWAY_MAX_BYTES = 10 * 1024 * 1024;

/** As deployed (infra/constructs/complaints-api.ts): every /v1 route has the JWT authorizer except the OpenAPI document. */
const needsToken = (path: string) => path.startsWith('/v1/') && path !== '/v1/openapi.json';

/** Thrown where API Gateway's authorizer would answer 401 itself, before the function runs. */
export class Unauthorized extends Error {
  constructor(readonly check: Extract<TokenCheck, { ok: false }>) {
    super(check.message);
  }
}

export type LocalRoute = (request: IncomingMessage, response: ServerResponse, body: Buffer) => Promise<boolean>;

function lambdaContext(requestId: string): Context {
  return {
    awsRequestId: requestId,
    callbackWaitsForEmptyEventLoop: false,
    functionName: 'http-api-local',
    functionVersion: '$LATEST',
    invokedFunctionArn: 'arn:aws:lambda:local:000000000000:function:http-api-local',
    memoryLimitInMB: '1024',
    logGroupName: 'local',
    logStreamName: 'local',
    getRemainingTimeInMillis: () => 30_000,
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}

/**
 * Turns a Node HTTP request into the API Gateway HTTP API (payload 2.0) event the same handler gets
 * on AWS, acting as the JWT authorizer: verified claims go on the request context, as Gateway puts them,
 * and a route that needs a token and lacks a good one throws Unauthorized (Gateway answers 401 itself).
 */
export async function toGatewayEvent(request: IncomingMessage, body: Buffer, jwtSecret: string): Promise<APIGatewayProxyEventV2WithJWTAuthorizer> {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(',') : value;
  }
  const query: Record<string, string> = {};
  for (const [name, value] of url.searchParams) query[name] = name in query ? `${query[name]},${value}` : value;
  const check = needsToken(url.pathname) ? await verifyLocalToken(jwtSecret, headers.authorization) : undefined;
  if (check && !check.ok) throw new Unauthorized(check);
  const claims = check?.claims;
  const now = new Date();
  const requestId = randomUUID();
  const textual = /json|text|xml|urlencoded/.test(headers['content-type'] ?? 'application/json');
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath: url.pathname,
    rawQueryString: url.search.slice(1),
    headers,
    ...(Object.keys(query).length > 0 && { queryStringParameters: query }),
    requestContext: {
      accountId: 'local',
      apiId: 'local',
      domainName: headers.host ?? 'localhost',
      domainPrefix: 'local',
      http: {
        method: request.method ?? 'GET',
        path: url.pathname,
        protocol: `HTTP/${request.httpVersion}`,
        sourceIp: request.socket.remoteAddress ?? '127.0.0.1',
        userAgent: headers['user-agent'] ?? '',
      },
      requestId,
      routeKey: '$default',
      stage: '$default',
      time: now.toUTCString(),
      timeEpoch: now.getTime(),
      authorizer: claims ? { principalId: String(claims.sub ?? ''), integrationLatency: 0, jwt: { claims: claims as Record<string, string>, scopes: [] } } : (undefined as never),
    },
    ...(body.byteLength > 0 && { body: textual ? body.toString('utf8') : body.toString('base64') }),
    isBase64Encoded: body.byteLength > 0 && !textual,
  };
}

function readBody(request: IncomingMessage): Promise<Buffer | undefined> {
  return new Promise((done, fail) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    request.on('data', (chunk: Buffer) => {
      size += chunk.byteLength;
      if (size > GATEWAY_MAX_BYTES) tooLarge = true;
      else chunks.push(chunk);
    });
    request.on('end', () => done(tooLarge ? undefined : Buffer.concat(chunks)));
    request.on('error', fail);
  });
}

function sendJson(response: ServerResponse, statusCode: number, body: unknown): void {
  response.writeHead(statusCode, { 'content-type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify(body));
}

/** The API's functions as one handler, each request sent where API Gateway's routes send it (functions/http/gateway-routes.ts). */
export function routedAsGateway(handler: HttpApiHandler, routed: Partial<Record<RoutedFunction, HttpApiHandler>>): HttpApiHandler {
  return async (event, context) => {
    const name = routedFunction(event.requestContext.http.method, event.rawPath);
    if (!name) return handler(event, context);
    const target = routed[name];
    if (!target) throw new Error(`${event.rawPath} is answered by the ${name} function, which this composition leaves out`);
    return target(event, context);
  };
}

/** `routed`: the functions that answer their own routes as on AWS (functions/http/gateway-routes.ts), the documents and reports functions. */
export function createGatewayServer(options: { handler: HttpApiHandler; routed: Record<RoutedFunction, HttpApiHandler>; jwtSecret: string; localRoutes?: LocalRoute[] }): Server {
  const gateway = routedAsGateway(options.handler, options.routed);
  return createServer((request, response) => {
    void (async () => {
      try {
        const body = await readBody(request);
        if (body === undefined) {
          sendJson(response, 413, { error: { code: 'payload_too_large', message: 'the body is over 10 MB', details: { limitBytes: GATEWAY_MAX_BYTES } } });
          return;
        }
        for (const local of options.localRoutes ?? []) if (await local(request, response, body)) return;
        let event: APIGatewayProxyEventV2WithJWTAuthorizer;
        try {
          event = await toGatewayEvent(request, body, options.jwtSecret);
        } catch (error) {
          if (!(error instanceof Unauthorized)) throw error;
          // Which of missing, malformed, bad signature, expired or not yet valid: a developer's first question.
          sendJson(response, 401, { error: { code: 'unauthorized', message: error.message, details: { reason: error.check.reason } } });
          return;
        }
        const result = await gateway(event, lambdaContext(event.requestContext.requestId));
        response.writeHead(result.statusCode ?? 200, result.headers as Record<string, string>);
        response.end(result.isBase64Encoded ? Buffer.from(result.body ?? '', 'base64') : (result.body ?? ''));
      } catch (error) {
        process.stderr.write(`local gateway: ${(error as Error).stack}\n`);
        if (!response.headersSent) sendJson(response, 500, { error: { code: 'internal', message: 'internal error', details: {} } });
        else response.end();
      }
    })();
  });
}
