import { BadCursor } from '../../domain/ports/complaint-store.port.js';

/** Opaque pagination cursors: the last returned item's index key, base64url JSON. */
export function encodeCursor(key: Record<string, unknown>): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): Record<string, unknown> {
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (typeof key !== 'object' || key === null || Array.isArray(key)) throw new BadCursor();
    for (const value of Object.values(key)) if (typeof value !== 'string') throw new BadCursor();
    return key as Record<string, unknown>;
  } catch {
    throw new BadCursor();
  }
}
