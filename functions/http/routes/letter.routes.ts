import { z } from 'zod';
import { dateInZone } from '../../../domain/calendar/plain-date.js';
import { NotFound } from '../../../domain/errors.js';
import { landlordPolicy, type LandlordSettings } from '../../../domain/landlord/settings.js';
import { printedLetter, type Letterhead } from '../../../domain/letters/pdf-layout.js';
import { printOverdue, type PostedLetter } from '../../../domain/letters/posted-letter.js';
import type { LetterStore } from '../../../domain/ports/letter-store.port.js';
import type { ApiDeps } from '../../shared/deps.js';
import { HttpError } from '../../shared/http-error.js';
import { route, type Reply } from '../router.js';
import { IdParams, LetterFileParams, LetterListQuery, LetterPostedBody, LetterResponse } from '../schemas.js';

export interface LetterDeps {
  letters: LetterStore;
}

const letterhead = (settings: LandlordSettings): Letterhead => ({
  name: settings.name,
  ...(settings.postalAddress && { postalAddress: settings.postalAddress }),
  ...(settings.phone && { phone: settings.phone }),
});

function pdfReply(bytes: Uint8Array, filename: string): Reply {
  return {
    body: Buffer.from(bytes).toString('base64'),
    isBase64Encoded: true,
    headers: { 'content-type': 'application/pdf', 'content-disposition': `attachment; filename="${filename}"`, 'cache-control': 'no-store' },
  };
}

/** The print queue: posted letters across complaints, their PDFs, a print run, and recording the post. */
export const letterRoutes = (deps: ApiDeps & LetterDeps) => {
  async function render(landlordId: string, letters: PostedLetter[], title: string): Promise<Uint8Array> {
    const { settings } = await deps.landlords.getSettings(landlordId);
    const printed = letters.map((letter) => printedLetter(letter.letter, letterhead(settings), dateInZone(new Date(letter.createdAt), settings.timeZone)));
    // Loaded on first use: a cold start that renders nothing does not initialise pdf-lib.
    const { renderLettersPdf } = await import('../../adapters/pdf-letter-renderer.js');
    return renderLettersPdf(printed, title);
  }

  return [
    route<Record<string, never>, z.infer<typeof LetterListQuery>>({
      method: 'GET',
      path: '/v1/letters',
      operationId: 'listLetters',
      summary: 'Posted resident letters across complaints, oldest first: waiting to print, posted, or undeliverable (with the reason)',
      roles: ['officer', 'handler'],
      query: LetterListQuery,
      response: z.object({ items: z.array(LetterResponse), nextCursor: z.string().optional() }),
      handle: async ({ caller, query }) => {
        const [{ settings }, page] = await Promise.all([
          deps.landlords.getSettings(caller.landlordId),
          deps.letters.list(caller.landlordId, { status: query.status, limit: query.limit, ...(query.cursor && { cursor: query.cursor }) }),
        ]);
        const { calendar, timeZone } = landlordPolicy(settings, deps.holidays);
        const now = deps.clock.now();
        const items = page.items.map(({ letter: _letter, landlordId: _landlord, ...rest }) => ({ ...rest, overdue: printOverdue(rest, now, calendar, timeZone) }));
        return { body: { items, ...(page.nextCursor && { nextCursor: page.nextCursor }) } };
      },
    }),
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
        const letter = await deps.letters.get(caller.landlordId, params.file);
        if (!letter) throw new NotFound('letter');
        return pdfReply(await render(caller.landlordId, [letter], `${letter.reference} ${letter.kind}`), `${letter.reference}-${letter.kind}-${letter.id}.pdf`);
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
        const waiting = await deps.letters.all(caller.landlordId, 'to_print');
        if (waiting.length === 0) throw new NotFound('letters waiting to print');
        const { settings } = await deps.landlords.getSettings(caller.landlordId);
        const day = dateInZone(deps.clock.now(), settings.timeZone);
        return pdfReply(await render(caller.landlordId, waiting, `Print run ${day}`), `print-run-${day}.pdf`);
      },
    }),
    route<z.infer<typeof IdParams>, Record<string, never>, z.infer<typeof LetterPostedBody>>({
      method: 'POST',
      path: '/v1/letters/{id}/posted',
      operationId: 'markLetterPosted',
      summary: 'Record that a letter waiting to print was posted, and on which day (recorded as correspondence, 5.12)',
      roles: ['officer', 'handler'],
      params: IdParams,
      body: LetterPostedBody,
      response: LetterResponse,
      errors: [404, 409],
      handle: async ({ caller, params, body }) => {
        const now = deps.clock.now();
        const { settings } = await deps.landlords.getSettings(caller.landlordId);
        const today = dateInZone(now, settings.timeZone);
        const postedOn = body.postedOn ?? today;
        if (postedOn > today) throw new HttpError(400, 'invalid_request', 'a letter cannot be posted in the future', [{ field: 'postedOn', message: `must be on or before ${today}` }]);
        const posted = await deps.letters.markPosted(caller.landlordId, params.id, { postedOn, by: caller.userId, at: now, correspondenceId: deps.newId() });
        const { letter: _letter, landlordId: _landlord, ...rest } = posted;
        return { body: { ...rest, overdue: false } };
      },
    }),
  ];
};
