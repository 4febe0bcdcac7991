import type { IncomingMessage, ServerResponse } from 'node:http';
import type { LocalRoute } from './api-gateway-bridge.js';
import { outboxPage, type LocalOutbox } from './local-outbox.js';

/** /_local/*: only the local stack serves these; they do not exist on AWS. */
export function localRoutes(parts: { localOutbox: LocalOutbox }): LocalRoute {
  return async (request: IncomingMessage, response: ServerResponse) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (!path.startsWith('/_local/')) return false;
    const send = (status: number, type: string, body: string) => {
      response.writeHead(status, { 'content-type': `${type}; charset=utf-8` });
      response.end(body);
    };
    if (request.method === 'GET' && path === '/_local/outbox') {
      const entries = await parts.localOutbox.list();
      send(200, 'application/json', JSON.stringify({ items: entries.map(({ to, subject, text, html, sentAt, complaintId }) => ({ to, subject, text, html, sentAt, complaintId })) }));
      return true;
    }
    if (request.method === 'GET' && path === '/_local/outbox.html') {
      send(200, 'text/html', outboxPage(await parts.localOutbox.list()));
      return true;
    }
    send(404, 'application/json', JSON.stringify({ error: { code: 'not_found', message: `no local route ${request.method} ${path}` } }));
    return true;
  };
}
