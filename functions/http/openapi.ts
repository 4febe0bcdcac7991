import { OpenAPIRegistry, OpenApiGeneratorV3 } from '@asteasolutions/zod-to-openapi';
import { z, type AnyZodObject } from 'zod';
import type { Route } from './router.js';
import { ErrorResponse } from './schemas.js';

const errorContent = { 'application/json': { schema: ErrorResponse } };

/** The OpenAPI document, generated from the very schemas that validate requests. */
export function openApiDocument(routes: Route[]) {
  const registry = new OpenAPIRegistry();
  registry.registerComponent('securitySchemes', 'bearer', { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' });
  for (const r of routes) {
    registry.registerPath({
      method: r.method.toLowerCase() as 'get' | 'put' | 'post',
      path: r.path,
      summary: r.summary,
      ...(r.roles !== 'public' && { security: [{ bearer: [] }], description: `Roles: ${r.roles.join(', ')}` }),
      request: {
        ...(r.params && { params: r.params as unknown as AnyZodObject }),
        ...(r.query && { query: r.query as unknown as AnyZodObject }),
        ...(r.body && { body: { content: { 'application/json': { schema: r.body } } } }),
        ...(r.method === 'POST' && r.path.includes('/complaints/{id}/') && { headers: z.object({ 'if-match': z.string().optional() }) }),
      },
      responses: {
        [r.successStatus ?? 200]: {
          description: 'Success',
          ...(r.response && { content: { 'application/json': { schema: r.response } } }),
        },
        ...(r.roles !== 'public' && {
          400: { description: 'invalid_request', content: errorContent },
          401: { description: 'unauthorized', content: errorContent },
          403: { description: 'forbidden', content: errorContent },
          404: { description: 'not_found', content: errorContent },
        }),
        ...(r.method !== 'GET' && {
          409: { description: 'conflict', content: errorContent },
          413: { description: 'payload_too_large', content: errorContent },
          422: { description: 'rule_violation', content: errorContent },
        }),
        ...(r.body && { 415: { description: 'unsupported_media_type: the body is not application/json', content: errorContent } }),
        ...(r.roles !== 'public' && { 500: { description: 'internal', content: errorContent } }),
      },
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
    },
    servers: [{ url: '/' }],
  });
}
