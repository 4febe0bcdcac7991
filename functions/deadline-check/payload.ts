import { isPlainDate } from '../../domain/calendar/plain-date.js';
import type { DeadlineCheckPayload } from '../../domain/ports/outbox.port.js';

/**
 * The schedule's payload, checked field by field. It is written by this system (schedule-ops), so a
 * malformed one is a bug or a hand-made schedule: refused loudly, never half-read. (A check this small
 * keeps zod's 60 KB out of the function that cold-starts most often.)
 */
export function parseDeadlinePayload(event: unknown): DeadlineCheckPayload {
  const input = (typeof event === 'object' && event !== null ? event : {}) as Record<string, unknown>;
  const text = (field: string) => {
    const value = input[field];
    if (typeof value !== 'string' || value.length === 0 || value.length > 200) throw new TypeError(`deadline payload: ${field} must be a non-empty string`);
    return value;
  };
  const kind = text('kind');
  if (kind !== 'reminder' && kind !== 'check') throw new TypeError('deadline payload: kind must be reminder or check');
  const dueBy = text('dueBy');
  if (!isPlainDate(dueBy)) throw new TypeError('deadline payload: dueBy must be a YYYY-MM-DD date');
  const extra = Object.keys(input).filter((key) => !['landlordId', 'complaintId', 'step', 'kind', 'dueBy'].includes(key));
  if (extra.length > 0) throw new TypeError(`deadline payload: unknown fields ${extra.join(', ')}`);
  return { landlordId: text('landlordId'), complaintId: text('complaintId'), step: text('step'), kind, dueBy };
}
