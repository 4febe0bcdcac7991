import type { IncomingMessage, ServerResponse } from 'node:http';
import type { LocalRoute } from './api-gateway-bridge.js';
import { z } from 'zod';
import { outboxPage, type LocalOutbox } from './local-outbox.js';
import type { LocalScheduler } from './local-scheduler.js';
import type { LocalTime } from './local-time.js';

const ClockBody = z.union([z.strictObject({ advanceDays: z.number().positive().max(3650) }), z.strictObject({ to: z.string().datetime({ offset: true }) })]);

/** /_local/*: only the local stack serves these; they do not exist on AWS. */
export function localRoutes(parts: { localOutbox: LocalOutbox; scheduler: LocalScheduler; time: LocalTime }): LocalRoute {
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
      send(200, 'text/html', outboxPage(await parts.localOutbox.list()));
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
