import { z } from 'zod';
import { dateInZone } from '../../../domain/calendar/plain-date.js';
import { landlordPolicy } from '../../../domain/landlord/settings.js';
import { printOverdue } from '../../../domain/letters/posted-letter.js';
import type { LetterStore } from '../../../domain/ports/letter-store.port.js';
import type { ApiDeps } from '../../shared/deps.js';
import { HttpError } from '../../shared/http-error.js';
import { markLetterPosted } from '../../shared/letter-commands.js';
import { route } from '../router.js';
import { IdParams, LetterListQuery, LetterPostedBody, LetterResponse } from '../schemas.js';

export interface LetterDeps {
  letters: LetterStore;
}

/** The print queue: posted letters across complaints, and recording the post (their PDFs: document.routes.ts). */
export const letterRoutes = (deps: ApiDeps & LetterDeps) => {
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
    route<z.infer<typeof IdParams>, Record<string, never>, z.infer<typeof LetterPostedBody>>({
      method: 'POST',
      path: '/v1/letters/{id}/posted',
      operationId: 'markLetterPosted',
      summary: 'Record that a letter waiting to print was posted, and on which day (recorded as correspondence and on the audit trail, 5.12)',
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
        const posted = await markLetterPosted(deps, caller, params.id, postedOn);
        const { letter: _letter, landlordId: _landlord, ...rest } = posted;
        return { body: { ...rest, overdue: false } };
      },
    }),
  ];
};
