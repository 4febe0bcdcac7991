import { isPlainDate, type PlainDate } from '../calendar/plain-date.js';
import { InvalidInput } from '../errors.js';
import { pastDateInBounds } from './date-bounds.js';

/** Text a person must actually write (a reason, an owner, evidence): blank is not an answer. */
export function requireText(field: string, value: string | undefined): string {
  if (value === undefined || !value.trim()) throw new InvalidInput(field, 'must not be blank');
  return value;
}

export function requireDate(field: string, value: string): PlainDate {
  if (!isPlainDate(value)) throw new InvalidInput(field, 'must be a calendar date (YYYY-MM-DD)');
  return value;
}

/** A date something already happened on: a calendar date, bounded like every date a caller gives (date-bounds). */
export function requirePastDate(field: string, value: string, today: PlainDate): PlainDate {
  return pastDateInBounds(requireDate(field, value), today, field);
}
