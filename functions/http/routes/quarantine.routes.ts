import { z } from 'zod';
import type { Download, HeldPart, IntakeOutcome } from '../../inbound-email/inbound-intake.js';
import type { Clock } from '../../../domain/ports/clock.port.js';
import type { QuarantineStore } from '../../../domain/ports/quarantine.port.js';
import { contentDisposition } from '../../shared/content-disposition.js';
import { route, type Reply } from '../router.js';
import { intakeOutcomeJson, quarantineEntryJson } from '../presenter.js';
import {
  IdParams,
  IntakeOutcomeResponse,
  itemsOf,
  QuarantineAttachBody,
  QuarantineAttachmentParams,
  QuarantineDismissBody,
  QuarantineEntryResponse,
} from '../schemas.js';

/**
 * What needs the MIME parser and the mail bucket: in-process locally, the inbound function on AWS
 * (so the API's bundle carries neither).
 */
export interface QuarantineReleaser {
  release(landlordId: string, quarantineId: string, by: string): Promise<IntakeOutcome>;
  attach(landlordId: string, quarantineId: string, complaintId: string, by: string): Promise<IntakeOutcome>;
  download(landlordId: string, quarantineId: string, part: HeldPart): Promise<Download>;
}

export interface QuarantineDeps {
  quarantine: QuarantineStore;
  releaser: QuarantineReleaser;
}

/** A declared type is passed on only when it is well formed; a sender chose it. */
const safeContentType = (type: string) => (/^[\w.+-]+\/[\w.+-]+$/.test(type) ? type : 'application/octet-stream');

/** Bytes as a download that browsers save rather than render; or, on AWS, a redirect to a short-lived S3 link. */
function downloadReply(download: Download): Reply {
  if ('url' in download) return { statusCode: 302, body: '', headers: { location: download.url, 'cache-control': 'no-store' } };
  return {
    body: download.body.toString('base64'),
    isBase64Encoded: true,
    headers: {
      'content-type': safeContentType(download.contentType),
      'content-disposition': contentDisposition(download.filename),
      'x-content-type-options': 'nosniff',
      'content-security-policy': "default-src 'none'; sandbox",
      'cache-control': 'no-store',
    },
  };
}

/** Held mail (spam, virus, oversize, unparseable, automatic, reused ids) for the complaints officer. */
export const quarantineRoutes = (deps: QuarantineDeps & { clock: Clock }) => [
  route({
    method: 'GET',
    path: '/v1/quarantine',
    operationId: 'listQuarantine',
    summary: 'Inbound mail held for a person to check, newest first, with its status',
    roles: ['officer', 'admin'],
    response: itemsOf(QuarantineEntryResponse, 'QuarantineList'),
    handle: async ({ caller }) => ({ body: { items: (await deps.quarantine.list(caller.landlordId)).map(quarantineEntryJson) } }),
  }),
  route<z.infer<typeof IdParams>>({
    method: 'POST',
    path: '/v1/quarantine/{id}/release',
    operationId: 'releaseQuarantined',
    summary: 'Process a held message as a person’s email: log it as a complaint or attach it to the one it names (automatic senders are never receipted)',
    roles: ['officer'],
    params: IdParams,
    response: IntakeOutcomeResponse,
    errors: [404, 409],
    handle: async ({ caller, params }) => ({ body: intakeOutcomeJson(await deps.releaser.release(caller.landlordId, params.id, caller.userId)) }),
  }),
  route<z.infer<typeof IdParams>, Record<string, never>, z.infer<typeof QuarantineAttachBody>>({
    method: 'POST',
    path: '/v1/quarantine/{id}/attach',
    operationId: 'attachQuarantined',
    summary: 'Attach a held message to one of the landlord’s complaints as inbound correspondence',
    roles: ['officer'],
    params: IdParams,
    body: QuarantineAttachBody,
    response: IntakeOutcomeResponse,
    errors: [404, 409],
    handle: async ({ caller, params, body }) => ({
      body: intakeOutcomeJson(await deps.releaser.attach(caller.landlordId, params.id, body.complaintId, caller.userId)),
    }),
  }),
  route<z.infer<typeof IdParams>, Record<string, never>, z.infer<typeof QuarantineDismissBody>>({
    method: 'POST',
    path: '/v1/quarantine/{id}/dismiss',
    operationId: 'dismissQuarantined',
    summary: 'Dismiss a held message: it is kept, marked dismissed with who, when and an optional reason',
    roles: ['officer'],
    params: IdParams,
    body: QuarantineDismissBody,
    response: QuarantineEntryResponse,
    errors: [404, 409],
    handle: async ({ caller, params, body }) => ({
      body: quarantineEntryJson(await deps.quarantine.settle(caller.landlordId, params.id, {
        status: 'dismissed',
        by: caller.userId,
        at: deps.clock.now(),
        ...(body.reason !== undefined && { note: body.reason }),
      })),
    }),
  }),
  route<z.infer<typeof IdParams>>({
    method: 'GET',
    path: '/v1/quarantine/{id}/raw',
    operationId: 'downloadQuarantinedMessage',
    summary: 'The held message as received (message/rfc822); on AWS a redirect to a short-lived link',
    roles: ['officer'],
    params: IdParams,
    download: { description: 'The message as received (message/rfc822)' },
    errors: [404],
    handle: async ({ caller, params }) => downloadReply(await deps.releaser.download(caller.landlordId, params.id, 'raw')),
  }),
  route<z.infer<typeof QuarantineAttachmentParams>>({
    method: 'GET',
    path: '/v1/quarantine/{id}/attachments/{n}',
    operationId: 'downloadQuarantinedAttachment',
    summary: 'The nth attachment (from 1) of a held message; on AWS a redirect to a short-lived link',
    roles: ['officer'],
    params: QuarantineAttachmentParams,
    download: { description: 'The attachment, with the content type its sender declared when well formed' },
    errors: [404],
    handle: async ({ caller, params }) => downloadReply(await deps.releaser.download(caller.landlordId, params.id, params.n)),
  }),
];
