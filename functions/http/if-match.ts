import { HttpError } from '../shared/http-error.js';

/** Reads `If-Match: 3`, `"3"` or `W/"3"` as version 3; absent means "whatever is current". */
export function ifMatchVersion(headers: Record<string, string | undefined>): number | undefined {
  const raw = headers['if-match'];
  if (raw === undefined || raw.trim() === '*') return undefined;
  const match = /^\s*(?:W\/)?"?(\d{1,9})"?\s*$/.exec(raw);
  if (!match) throw new HttpError(400, 'invalid_request', 'If-Match must be a complaint version', [{ field: 'If-Match', message: 'not a version number' }]);
  return Number(match[1]);
}
