import { OpenAPIRegistry, OpenApiGeneratorV3, type ResponseConfig } from '@asteasolutions/zod-to-openapi';
import { z, type AnyZodObject } from 'zod';
import type { Route } from './router.js';
import { ERROR_CODE_BY_STATUS, ErrorResponse } from './schemas.js';

const errorContent = { 'application/json': { schema: ErrorResponse } };

const ERROR_MEANING: Record<keyof typeof ERROR_CODE_BY_STATUS, string> = {
  400: 'the request does not match the schema (details lists the fields at fault)',
  401: 'no valid token',
  403: "the caller's roles do not allow this",
  404: 'no such record for this landlord',
  409: 'the record changed since it was read (If-Match), or the write conflicts with its state',
  413: 'the body is over 1 MiB',
  415: 'the body is not application/json',
  422: 'the Code does not allow this now (details.provision names the provision)',
  500: 'an internal error (details.requestId to quote)',
};

/** The error answers a route can give: those every route can, and the ones it names. */
function errorStatuses(r: Route): (keyof typeof ERROR_CODE_BY_STATUS)[] {
  const statuses = new Set<keyof typeof ERROR_CODE_BY_STATUS>([400, 413, 500]);
  if (r.roles !== 'public') [401, 403].forEach((status) => statuses.add(status as 401 | 403));
  if (r.body) statuses.add(415);
  // A path segment that is not valid percent-encoding matches no route: the router answers 404.
  if (r.params) statuses.add(404);
  for (const status of r.errors ?? []) statuses.add(status);
  return [...statuses].sort((a, b) => a - b);
}

function successResponse(r: Route): ResponseConfig {
  if (r.response) {
    const alternatives = Object.fromEntries((r.alsoAnswers ?? []).map((type) => [type, { schema: { type: 'string' as const } }]));
    return { description: r.summary, content: { 'application/json': { schema: r.response }, ...alternatives } };
  }
  if (r.download) {
    return { description: r.download.description, content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } } };
  }
  throw new Error(`${r.method} ${r.path} documents no success response: give the route a response schema (or download)`);
}

/** The OpenAPI document, generated from the very schemas that validate requests and describe answers. */
export function openApiDocument(routes: Route[]) {
  const registry = new OpenAPIRegistry();
  registry.registerComponent('securitySchemes', 'bearer', { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' });
  const operationIds = new Set<string>();
  for (const r of routes) {
    if (!r.operationId) throw new Error(`${r.method} ${r.path} has no operationId`);
    if (operationIds.has(r.operationId)) throw new Error(`operationId ${r.operationId} is used twice`);
    operationIds.add(r.operationId);
    const responses: Record<number, ResponseConfig> = { [r.successStatus ?? 200]: successResponse(r) };
    if (r.download) responses[302] = { description: 'On AWS: a redirect to a short-lived link to the bytes' };
    for (const status of errorStatuses(r)) {
      responses[status] = { description: `${ERROR_CODE_BY_STATUS[status]}: ${ERROR_MEANING[status]}`, content: errorContent };
    }
    registry.registerPath({
      method: r.method.toLowerCase() as 'get' | 'put' | 'post',
      path: r.path,
      operationId: r.operationId,
      summary: r.summary,
      ...(r.roles === 'public' ? { security: [] } : { security: [{ bearer: [] }], description: `Roles: ${r.roles.join(', ')}` }),
      request: {
        ...(r.params && { params: r.params as unknown as AnyZodObject }),
        ...(r.query && { query: r.query as unknown as AnyZodObject }),
        ...(r.body && { body: { required: true, content: { 'application/json': { schema: r.body } } } }),
        ...(r.method === 'POST' && r.path.includes('/complaints/{id}/') && {
          headers: z.object({
            'if-match': z.string().optional().openapi({ description: 'The ETag of the version read; 409 if the complaint changed since', example: '"3"' }),
          }),
        }),
      },
      responses,
    });
  }
  return new OpenApiGeneratorV3(registry.definitions).generateDocument({
    openapi: '3.0.3',
    info: {
      title: 'Housing complaints API',
      version: '1.0.0',
      description:
        "Complaint handling per the Housing Ombudsman's Complaint Handling Code (2024). String maxLength values are also limits in bytes " +
        'of UTF-8 (text outside ASCII gets fewer characters). Every error answers { error: { code, message, details } }.',
      license: { name: 'UNLICENSED', url: 'https://example.invalid/unlicensed' },
    },
    servers: [{ url: '/' }],
  });
}
