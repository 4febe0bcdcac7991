import { buildCaseFile } from '../../domain/case-file/case-file.js';
import { dateInZone } from '../../domain/calendar/plain-date.js';
import { NotFound } from '../../domain/errors.js';
import { landlordPolicy, type LandlordSettings } from '../../domain/landlord/settings.js';
import { printedLetter, type Letterhead } from '../../domain/letters/pdf-layout.js';
import type { PostedLetter } from '../../domain/letters/posted-letter.js';
import type { BlobStore } from '../../domain/ports/blob-store.port.js';
import type { CaseRecordStore } from '../../domain/ports/case-record.port.js';
import type { DocumentRenderer } from '../../domain/ports/document-renderer.port.js';
import type { ArchiveEntry } from '../adapters/zip-archive.js';
import type { DocumentHandlers } from '../http/routes/document.routes.js';
import type { LetterDeps } from '../http/routes/letter.routes.js';
import type { Reply } from '../http/router.js';
import { contentDisposition } from '../shared/content-disposition.js';
import type { ApiDeps } from '../shared/deps.js';

/** What rendering needs; only the documents function has it. */
export interface DocumentParts {
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

/** A letter, a print run, and the complaint file (PDF, or zip with the raw mail), from the stored record. */
export function documentHandlers(deps: ApiDeps & LetterDeps & DocumentParts): DocumentHandlers {
  const { renderer, caseRecords, blobs, zip } = deps;

  async function printed(landlordId: string, letters: PostedLetter[]) {
    const { settings } = await deps.landlords.getSettings(landlordId);
    return letters.map((letter) => printedLetter(letter.letter, letterhead(settings), dateInZone(new Date(letter.createdAt), settings.timeZone)));
  }

  /** Over what a Lambda answer can carry: stored, and the caller sent to a short-lived link where there is one. */
  async function sized(bytes: Uint8Array, filename: string, contentType: string, landlordId: string, now: Date): Promise<Reply> {
    if (bytes.byteLength <= INLINE_LIMIT_BYTES || !blobs.downloadUrl) return bytesReply(bytes, contentType, filename);
    const key = `case-files/${landlordId}/${now.toISOString().replace(/[:.]/g, '-')}-${filename}`;
    await blobs.put(key, Buffer.from(bytes), contentType);
    return { statusCode: 302, body: '', headers: { location: await blobs.downloadUrl(key, { filename, contentType }), 'cache-control': 'no-store' } };
  }

  return {
    async letterPdf(caller, letterId) {
      const letter = await deps.letters.get(caller.landlordId, letterId);
      if (!letter) throw new NotFound('letter');
      const pdf = await renderer.letters(await printed(caller.landlordId, [letter]), `${letter.reference} ${letter.kind}`);
      return bytesReply(pdf, 'application/pdf', `${letter.reference}-${letter.kind}-${letter.id}.pdf`);
    },

    async printBatch(caller) {
      const waiting = await deps.letters.all(caller.landlordId, 'to_print');
      if (waiting.length === 0) throw new NotFound('letters waiting to print');
      const { settings } = await deps.landlords.getSettings(caller.landlordId);
      const day = dateInZone(deps.clock.now(), settings.timeZone);
      return sized(await renderer.letters(await printed(caller.landlordId, waiting), `Print run ${day}`), `print-run-${day}.pdf`, 'application/pdf', caller.landlordId, deps.clock.now());
    },

    async caseFile(caller, complaintId, accept) {
      const [record, { settings }] = await Promise.all([caseRecords.read(caller.landlordId, complaintId), deps.landlords.getSettings(caller.landlordId)]);
      if (!record) throw new NotFound('complaint');
      const now = deps.clock.now();
      const { calendar, timeZone } = landlordPolicy(settings, deps.holidays);
      const file = buildCaseFile(record, { calendar, timeZone, now, landlordName: settings.name });
      const pdf = await renderer.caseFile(file, await printed(caller.landlordId, file.postedLetters));
      const name = `case-file-${record.complaint.reference}`;
      if (!accept.toLowerCase().includes('application/zip')) return sized(pdf, `${name}.pdf`, 'application/pdf', caller.landlordId, now);
      const entries: ArchiveEntry[] = [{ path: `${name}.pdf`, bytes: pdf }];
      for (const item of record.correspondence) {
        const stamp = item.occurredAt.replace(/[:.]/g, '-');
        if (item.rawKey) entries.push({ path: `emails/${stamp}-${item.id}.eml`, bytes: await blobs.get(item.rawKey) });
        for (const attachment of item.attachments ?? []) {
          entries.push({ path: `attachments/${stamp}-${item.id}/${safeName(attachment.filename)}`, bytes: await blobs.get(attachment.key) });
        }
      }
      return sized(zip(entries, now), `${name}.zip`, 'application/zip', caller.landlordId, now);
    },
  };
}
