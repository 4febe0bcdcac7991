import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type { ZodType, ZodTypeDef } from 'zod';

/** A schema that parses unknown input into T (defaults and transforms make input and output differ). */
type Parser<T> = ZodType<T, ZodTypeDef, unknown>;
import { callerFrom, requireRole, type Caller, type Role } from '../shared/auth.js';
import { HttpError } from '../shared/http-error.js';

/** Bodies over 1 MiB are refused before parsing (SPEC: 413). */
export const MAX_BODY_BYTES = 1024 * 1024;

export interface Request<P, Q, B> {
  caller: Caller;
  params: P;
  query: Q;
  body: B;
  headers: Record<string, string | undefined>;
}

export interface Reply {
  statusCode?: number;
  body: unknown;
  headers?: Record<string, string>;
  /** The body is base64 of bytes (a download), as API Gateway expects binary answers. */
  isBase64Encoded?: boolean;
}

/** Error statuses a route can answer beyond those every route can (400, 413, 500; 401 and 403 when authenticated; 415 with a body). */
export type RouteErrorStatus = 404 | 409 | 422;

export interface Route<P = unknown, Q = unknown, B = unknown> {
  method: 'GET' | 'PUT' | 'POST';
  path: string;
  /**
   * Stable name of the operation in the OpenAPI document and the generated client types. Optional to
   * the compiler so a branch's new route still builds, but the document generator refuses a route
   * without one (the contract lint test fails and names it).
   */
  operationId?: string;
  summary: string;
  /** Roles allowed, or 'public' for the unauthenticated OpenAPI document. */
  roles: readonly Role[] | 'public';
  params?: Parser<P>;
  query?: Parser<Q>;
  body?: Parser<B>;
  /**
   * The success answer's body, documented in the OpenAPI document and checked by the contract tests.
   * A route that answers bytes instead says so with `download`. A route with neither makes the
   * document generator throw, so it fails the contract lint test rather than ship undocumented.
   */
  response?: ZodType;
  /** The success answer is bytes (or a 302 to them on AWS), not JSON. */
  download?: { description: string };
  /** Other forms of the same answer a caller may ask for with Accept (a report as CSV or a printable page). */
  alsoAnswers?: readonly ('text/csv' | 'text/html')[];
  successStatus?: number;
  /** Error statuses this route answers beyond the ones every route can. */
  errors?: readonly RouteErrorStatus[];
  handle(request: Request<P, Q, B>): Promise<Reply>;
}

/** Keeps each route's handler typed by its own schemas while routes share one list. */
export function route<P = Record<string, never>, Q = Record<string, never>, B = undefined>(definition: Route<P, Q, B>): Route {
  return definition as unknown as Route;
}

function matchPath(pattern: string, path: string): Record<string, string> | undefined {
  const want = pattern.split('/');
  const got = path.replace(/\/+$/, '').split('/');
  if (want.length !== got.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i += 1) {
    const segment = want[i]!;
    if (segment.startsWith('{')) {
      try {
        params[segment.slice(1, -1)] = decodeURIComponent(got[i]!);
      } catch {
        return undefined;
      }
    } else if (segment !== got[i]) {
      return undefined;
    }
  }
  return params;
}

/** `application/json`, with or without parameters, or a `+json` type (RFC 6839). */
function isJsonMediaType(contentType: string | undefined): boolean {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  return type === 'application/json' || /^application\/[a-z0-9.+-]+\+json$/.test(type);
}

/** `{}` is what many clients send when there is nothing to send: it carries no field, so it is no body. */
function isEmptyObject(text: string): boolean {
  try {
    const value = JSON.parse(text) as unknown;
    return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length === 0;
  } catch {
    return false;
  }
}

/**
 * The body as JSON, or undefined when there is none. The size limit holds for every body, even where a
 * route takes none; a route that takes none refuses one rather than silently ignoring what was sent.
 */
function readBody(event: APIGatewayProxyEventV2WithJWTAuthorizer, takesBody: boolean): unknown {
  if (event.body === undefined || event.body === null || event.body === '') return undefined;
  const raw = event.isBase64Encoded ? Buffer.from(event.body, 'base64') : Buffer.from(event.body, 'utf8');
  if (raw.byteLength > MAX_BODY_BYTES) {
    throw new HttpError(413, 'payload_too_large', `the body is ${raw.byteLength} bytes; the limit is ${MAX_BODY_BYTES}`, {
      limitBytes: MAX_BODY_BYTES,
      receivedBytes: raw.byteLength,
    });
  }
  const text = raw.toString('utf8');
  if (text.trim() === '') return undefined;
  if (!takesBody) {
    if (isEmptyObject(text)) return undefined;
    throw new HttpError(400, 'invalid_request', 'this route takes no body', [{ field: '(body)', message: 'must be empty' }]);
  }
  const contentType = event.headers?.['content-type'];
  if (!isJsonMediaType(contentType)) {
    throw new HttpError(415, 'unsupported_media_type', 'send the body as application/json', { contentType: contentType ?? '(none)' });
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new HttpError(400, 'invalid_request', 'the body is not valid JSON', [{ field: '(body)', message: 'malformed JSON' }]);
  }
}

export function createRouter(routes: Route[]) {
  return async function dispatch(event: APIGatewayProxyEventV2WithJWTAuthorizer): Promise<APIGatewayProxyStructuredResultV2> {
    const method = event.requestContext.http.method.toUpperCase();
    const candidates = routes
      .map((candidate) => ({ candidate, params: matchPath(candidate.path, event.rawPath) }))
      .filter((match) => match.params !== undefined);
    const matched = candidates.find((match) => match.candidate.method === method);
    if (!matched) throw new HttpError(404, 'not_found', `no route ${method} ${event.rawPath}`);
    const { candidate } = matched;

    const caller: Caller =
      candidate.roles === 'public' ? { userId: 'anonymous', landlordId: '', roles: [] } : callerFrom(event);
    if (candidate.roles !== 'public') requireRole(caller, candidate.roles);

    const rawBody = readBody(event, candidate.body !== undefined);
    const queryNames = Object.keys(event.queryStringParameters ?? {});
    if (!candidate.query && queryNames.length > 0) {
      // As with bodies, what a route does not read is refused rather than silently ignored.
      throw new HttpError(400, 'invalid_request', 'this route takes no query parameters', queryNames.map((name) => ({ field: name, message: 'unknown query parameter' })));
    }
    const request: Request<unknown, unknown, unknown> = {
      caller,
      params: candidate.params ? candidate.params.parse(matched.params) : {},
      query: candidate.query ? candidate.query.parse(event.queryStringParameters ?? {}) : {},
      // No body is an empty one; a JSON null is a body, and not an object.
      body: candidate.body ? candidate.body.parse(rawBody === undefined ? {} : rawBody) : undefined,
      headers: event.headers ?? {},
    };
    const reply = await candidate.handle(request);
    return {
      statusCode: reply.statusCode ?? candidate.successStatus ?? 200,
      headers: { 'content-type': 'application/json; charset=utf-8', ...reply.headers },
      body: typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body),
      ...(reply.isBase64Encoded && { isBase64Encoded: true }),
    };
  };
}
