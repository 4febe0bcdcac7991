import { BadCursor } from '../../domain/ports/complaint-store.port.js';

/** Opaque pagination cursors: the last returned item's index key, base64url JSON. */
export function encodeCursor(key: Record<string, unknown>): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

/** Where a cursor may resume: the index, its partition, and the key condition's bound on its sort key. */
export interface CursorScope {
  index: string;
  partition: string;
  /** With `sort key < bound` in the key condition, a start key at or past the bound is not from this query. */
  sortKeyBelow?: string;
}

// DynamoDB's own limits on key attributes: an empty or oversized one is its ValidationException, not our 400.
const MAX_PARTITION_KEY_BYTES = 2048;
const MAX_SORT_KEY_BYTES = 1024;

function keyValue(value: unknown, maxBytes: number): value is string {
  return typeof value === 'string' && value !== '' && Buffer.byteLength(value, 'utf8') <= maxBytes;
}

/**
 * The start key a cursor names, checked so that DynamoDB could accept it for this query: exactly the
 * table key and the index key, non-empty strings within DynamoDB's key sizes, in the caller's own
 * partition (never another landlord's) and inside the key condition. Anything else is a BadCursor (400).
 */
export function decodeCursor(cursor: string, scope?: CursorScope): Record<string, unknown> {
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
  } catch {
    throw new BadCursor();
  }
  if (typeof key !== 'object' || key === null || Array.isArray(key)) throw new BadCursor();
  const entries = Object.entries(key);
  if (entries.some(([, value]) => typeof value !== 'string')) throw new BadCursor();
  if (!scope) return key as Record<string, unknown>;
  const { index, partition, sortKeyBelow } = scope;
  const expected = ['PK', 'SK', `${index}PK`, `${index}SK`];
  const record = key as Record<string, unknown>;
  if (entries.length !== expected.length || !expected.every((name) => name in record)) throw new BadCursor();
  if (!keyValue(record.PK, MAX_PARTITION_KEY_BYTES) || !keyValue(record[`${index}PK`], MAX_PARTITION_KEY_BYTES)) throw new BadCursor();
  if (!keyValue(record.SK, MAX_SORT_KEY_BYTES) || !keyValue(record[`${index}SK`], MAX_SORT_KEY_BYTES)) throw new BadCursor();
  if (record[`${index}PK`] !== partition) throw new BadCursor();
  if (sortKeyBelow !== undefined && (record[`${index}SK`] as string) >= sortKeyBelow) throw new BadCursor();
  return record;
}
