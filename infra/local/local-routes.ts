import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { APIGatewayProxyEventV2WithJWTAuthorizer, Context } from 'aws-lambda';
import type { HttpApiHandler } from '../../functions/http/api-handler.js';
import type { LocalRoute } from './api-gateway-bridge.js';
import { z } from 'zod';
import { outboxPage, type LocalOutbox } from './local-outbox.js';
import type { LocalScheduler } from './local-scheduler.js';
import type { LocalTime } from './local-time.js';

const ClockBody = z.union([z.strictObject({ advanceDays: z.number().positive().max(3650) }), z.strictObject({ to: z.string().datetime({ offset: true }) })]);

/** /_local/*: only the local stack serves these; they do not exist on AWS. */
export function localRoutes(parts: { localOutbox: LocalOutbox; scheduler: LocalScheduler; time: LocalTime; documents?: HttpApiHandler }): LocalRoute {
  return async (request: IncomingMessage, response: ServerResponse, body: Buffer) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (!path.startsWith('/_local/')) return false;
    const send = (status: number, type: string, body: string) => {
      response.writeHead(status, { 'content-type': `${type}; charset=utf-8` });
      response.end(body);
    };
    if (request.method === 'GET' && path === '/_local/outbox') {
      const entries = await parts.localOutbox.list();
      send(200, 'application/json', JSON.stringify({ items: entries.map(({ to, subject, text, html, sentAt, complaintId, outboxId }) => ({ to, subject, text, html, sentAt, complaintId, outboxId })) }));
      return true;
    }
    if (request.method === 'GET' && path === '/_local/outbox.html') {
      send(200, 'text/html', outboxPage(await parts.localOutbox.list(), await parts.localOutbox.postedLetters()));
      return true;
    }
    const letterPdf = /^\/_local\/letters\/([^/]+)\/([^/]+\.pdf)$/.exec(path);
    if (request.method === 'GET' && letterPdf && parts.documents) {
      // The outbox page's links: the documents function's own route, called as that letter's landlord's officer.
      const [landlordId, file] = [decodeURIComponent(letterPdf[1]!), letterPdf[2]!];
      const apiPath = `/v1/letters/${file}`;
      const requestId = randomUUID();
      const event = {
        version: '2.0',
        routeKey: '$default',
        rawPath: apiPath,
        rawQueryString: '',
        headers: {},
        requestContext: { requestId, http: { method: 'GET', path: apiPath }, authorizer: { jwt: { claims: { sub: 'local-outbox', landlord_id: landlordId, roles: ['officer'] }, scopes: [] } } },
        isBase64Encoded: false,
      } as unknown as APIGatewayProxyEventV2WithJWTAuthorizer;
      const result = await parts.documents(event, { awsRequestId: requestId, functionName: 'documents-local', getRemainingTimeInMillis: () => 30_000 } as Context);
      response.writeHead(result.statusCode ?? 200, result.headers as Record<string, string>);
      response.end(result.isBase64Encoded ? Buffer.from(result.body ?? '', 'base64') : (result.body ?? ''));
      return true;
    }
    if (request.method === 'GET' && path === '/_local/schedules') {
      send(200, 'application/json', JSON.stringify({ items: await parts.scheduler.pending() }));
      return true;
    }
    if (request.method === 'GET' && path === '/_local/clock') {
      send(200, 'application/json', JSON.stringify({ now: parts.time.now().toISOString() }));
      return true;
    }
    if (request.method === 'POST' && path === '/_local/clock') {
      let input: unknown;
      try {
        input = JSON.parse(body.toString('utf8') || '{}');
      } catch {
        input = undefined;
      }
      const parsed = ClockBody.safeParse(input);
      if (!parsed.success) {
        send(400, 'application/json', JSON.stringify({ error: { code: 'invalid_request', message: 'send { "advanceDays": n } or { "to": "<ISO date-time>" }', details: parsed.error.issues.map((issue) => ({ field: issue.path.join('.') || 'body', message: issue.message })) } }));
        return true;
      }
      const now = parts.time.now();
      const target = 'to' in parsed.data ? new Date(parsed.data.to) : new Date(now.getTime() + parsed.data.advanceDays * 86_400_000);
      if (target.getTime() < now.getTime()) {
        send(400, 'application/json', JSON.stringify({ error: { code: 'invalid_request', message: 'local time only moves forward', details: [{ field: 'to', message: 'must be after the current local time' }] } }));
        return true;
      }
      const fired = await parts.time.advanceTo(target);
      send(200, 'application/json', JSON.stringify({ now: parts.time.now().toISOString(), fired }));
      return true;
    }
    send(404, 'application/json', JSON.stringify({ error: { code: 'not_found', message: `no local route ${request.method} ${path}`, details: {} } }));
    return true;
  };
}
