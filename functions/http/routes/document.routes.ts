import type { z } from 'zod';
import { buildCaseFile } from '../../../domain/case-file/case-file.js';
import { dateInZone } from '../../../domain/calendar/plain-date.js';
import { NotFound } from '../../../domain/errors.js';
import { landlordPolicy, type LandlordSettings } from '../../../domain/landlord/settings.js';
import { printedLetter, type Letterhead } from '../../../domain/letters/pdf-layout.js';
import type { PostedLetter } from '../../../domain/letters/posted-letter.js';
import type { BlobStore } from '../../../domain/ports/blob-store.port.js';
import type { CaseRecordStore } from '../../../domain/ports/case-record.port.js';
import type { DocumentRenderer } from '../../../domain/ports/document-renderer.port.js';
import type { ArchiveEntry } from '../../adapters/zip-archive.js';
import { contentDisposition } from '../../shared/content-disposition.js';
import type { ApiDeps } from '../../shared/deps.js';
import { route, type Reply } from '../router.js';
import { IdParams, LetterFileParams } from '../schemas.js';
import type { LetterDeps } from './letter.routes.js';

/** What rendering needs; only the documents function has it (pdf-lib and fflate stay out of the API's bundle). */
export interface DocumentDeps {
  renderer: DocumentRenderer;
  caseRecords: CaseRecordStore;
  blobs: BlobStore;
  zip: (entries: ArchiveEntry[], modified: Date) => Uint8Array;
}

/**
 * A Lambda answer is at most 6 MB, base64 included: a larger file goes to the blob store and the caller
 * is redirected to a short-lived link (AWS); locally the bytes are served as they are.
 */
const INLINE_LIMIT_BYTES = 4 * 1024 * 1024;

const letterhead = (settings: LandlordSettings): Letterhead => ({
  name: settings.name,
  ...(settings.postalAddress && { postalAddress: settings.postalAddress }),
  ...(settings.phone && { phone: settings.phone }),
});

const bytesReply = (bytes: Uint8Array, contentType: string, filename: string): Reply => ({
  body: Buffer.from(bytes).toString('base64'),
  isBase64Encoded: true,
  headers: { 'content-type': contentType, 'content-disposition': contentDisposition(filename), 'cache-control': 'no-store' },
});

const safeName = (name: string) => name.replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 120) || 'file';

/**
 * The routes that answer PDFs (and the case file's zip). Their definitions are in the API's OpenAPI
 * document; on AWS API Gateway sends their paths to the documents function, which alone is composed
 * with `documents`. Reached without it (a misrouted request), they fail loudly rather than render nothing.
 */
export const documentRoutes = (deps: ApiDeps & LetterDeps, documents?: DocumentDeps) => {
  const need = (): DocumentDeps => {
    if (!documents) throw new Error('documents are served by the documents function (a routing mistake)');
    return documents;
  };

  async function printed(landlordId: string, letters: PostedLetter[]) {
    const { settings } = await deps.landlords.getSettings(landlordId);
    return letters.map((letter) => printedLetter(letter.letter, letterhead(settings), dateInZone(new Date(letter.createdAt), settings.timeZone)));
  }

  return [
    route<z.infer<typeof LetterFileParams>>({
      method: 'GET',
      path: '/v1/letters/{file}',
      operationId: 'downloadLetterPdf',
      summary: 'One posted letter as an A4 PDF, for a DL window envelope: GET /v1/letters/{id}.pdf',
      roles: ['officer', 'handler'],
      params: LetterFileParams,
      download: { description: 'The letter as an A4 PDF (application/pdf)' },
      errors: [404],
      handle: async ({ caller, params }) => {
        const { renderer } = need();
        const letter = await deps.letters.get(caller.landlordId, params.file);
        if (!letter) throw new NotFound('letter');
        const pdf = await renderer.letters(await printed(caller.landlordId, [letter]), `${letter.reference} ${letter.kind}`);
        return bytesReply(pdf, 'application/pdf', `${letter.reference}-${letter.kind}-${letter.id}.pdf`);
      },
    }),
    route({
      method: 'POST',
      path: '/v1/letters/print-batch',
      operationId: 'printWaitingLetters',
      summary: 'One PDF of every letter waiting to print, oldest first, each starting on a new page',
      roles: ['officer', 'handler'],
      download: { description: 'Every letter waiting to print, as one A4 PDF (application/pdf)' },
      errors: [404],
      handle: async ({ caller }) => {
        const { renderer } = need();
        const waiting = await deps.letters.all(caller.landlordId, 'to_print');
        if (waiting.length === 0) throw new NotFound('letters waiting to print');
        const { settings } = await deps.landlords.getSettings(caller.landlordId);
        const day = dateInZone(deps.clock.now(), settings.timeZone);
        return bytesReply(await renderer.letters(await printed(caller.landlordId, waiting), `Print run ${day}`), 'application/pdf', `print-run-${day}.pdf`);
      },
    }),
    route<z.infer<typeof IdParams>>({
      method: 'GET',
      path: '/v1/complaints/{id}/case-file',
      operationId: 'downloadCaseFile',
      summary:
        'The complaint file for the Housing Ombudsman as one PDF: summary with every date and deadline (met or missed), extensions, refusal, remedies and actions, the audit timeline, every letter as sent and all correspondence. With Accept: application/zip, a zip of that PDF and the raw emails and attachments as stored. Reading it changes nothing.',
      roles: ['officer'],
      params: IdParams,
      download: { description: 'application/pdf, or application/zip when asked for by Accept' },
      errors: [404],
      handle: async ({ caller, params, headers }) => {
        const { renderer, caseRecords, blobs, zip } = need();
        const [record, { settings }] = await Promise.all([caseRecords.read(caller.landlordId, params.id), deps.landlords.getSettings(caller.landlordId)]);
        if (!record) throw new NotFound('complaint');
        const now = deps.clock.now();
        const { calendar, timeZone } = landlordPolicy(settings, deps.holidays);
        const file = buildCaseFile(record, { calendar, timeZone, now, landlordName: settings.name });
        const pdf = await renderer.caseFile(file, await printed(caller.landlordId, file.postedLetters));
        const name = `case-file-${record.complaint.reference}`;
        const wantsZip = (headers.accept ?? '').toLowerCase().includes('application/zip');
        if (!wantsZip) return large(bytesReply(pdf, 'application/pdf', `${name}.pdf`), pdf, `${name}.pdf`, 'application/pdf', caller.landlordId, blobs, now);
        const entries: ArchiveEntry[] = [{ path: `${name}.pdf`, bytes: pdf }];
        for (const item of record.correspondence) {
          const stamp = item.occurredAt.replace(/[:.]/g, '-');
          if (item.rawKey) entries.push({ path: `emails/${stamp}-${item.id}.eml`, bytes: await blobs.get(item.rawKey) });
          for (const attachment of item.attachments ?? []) {
            entries.push({ path: `attachments/${stamp}-${item.id}/${safeName(attachment.filename)}`, bytes: await blobs.get(attachment.key) });
          }
        }
        const archive = zip(entries, now);
        return large(bytesReply(archive, 'application/zip', `${name}.zip`), archive, `${name}.zip`, 'application/zip', caller.landlordId, blobs, now);
      },
    }),
  ];
};

/** Over what a Lambda answer can carry: stored, and the caller sent to a short-lived link where there is one. */
async function large(reply: Reply, bytes: Uint8Array, filename: string, contentType: string, landlordId: string, blobs: BlobStore, now: Date): Promise<Reply> {
  if (bytes.byteLength <= INLINE_LIMIT_BYTES || !blobs.downloadUrl) return reply;
  const key = `case-files/${landlordId}/${now.toISOString().replace(/[:.]/g, '-')}-${filename}`;
  await blobs.put(key, Buffer.from(bytes), contentType);
  return { statusCode: 302, body: '', headers: { location: await blobs.downloadUrl(key, { filename, contentType }), 'cache-control': 'no-store' } };
}
