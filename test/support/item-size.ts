import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

const utf8 = (value: string) => Buffer.byteLength(value, 'utf8');

/** A number's stored size: about one byte per two significant digits, plus one. */
function numberBytes(value: number): number {
  const digits = String(Math.abs(value)).replace(/e[+-]?\d+$/i, '').replace('.', '').replace(/^0+/, '');
  return Math.ceil(Math.max(digits.length, 1) / 2) + 1;
}

function valueBytes(value: unknown): number {
  if (typeof value === 'string') return utf8(value);
  if (typeof value === 'number') return numberBytes(value);
  if (typeof value === 'boolean' || value === null) return 1;
  if (value instanceof Uint8Array) return value.byteLength;
  if (value instanceof Set) return [...value].reduce((sum: number, element) => sum + valueBytes(element), 0);
  if (Array.isArray(value)) return 3 + value.reduce((sum: number, element) => sum + 1 + valueBytes(element), 0);
  if (typeof value === 'object') {
    return 3 + Object.entries(value).reduce((sum, [name, element]) => (element === undefined ? sum : sum + 1 + utf8(name) + valueBytes(element)), 0);
  }
  return 0;
}

/** An item's size as DynamoDB counts it against the 400 KB limit: names and values, in UTF-8. */
export function itemBytes(item: Record<string, unknown>): number {
  return Object.entries(item).reduce((sum, [name, value]) => (value === undefined ? sum : sum + utf8(name) + valueBytes(value)), 0);
}

export interface WriteRecord {
  command: string;
  items: number;
  /** Each item put, by its entity (complaint, event, outbox, ...). */
  sizes: { entity: string; bytes: number }[];
}

/** Records every write the client sends: how many items, and each item's size. */
export function recordWrites(db: DynamoDBDocumentClient) {
  const writes: WriteRecord[] = [];
  db.middlewareStack.add(
    (next, context) => async (args) => {
      const input = args.input as { TransactItems?: { Put?: { Item: Record<string, unknown> } }[]; Item?: Record<string, unknown> };
      const puts = input.TransactItems ? input.TransactItems.flatMap((item) => (item.Put ? [item.Put.Item] : [])) : input.Item ? [input.Item] : [];
      const sizes = puts.map((item) => ({ entity: String(item.entity ?? '?'), bytes: itemBytes(item) }));
      writes.push({ command: context.commandName as string, items: input.TransactItems?.length ?? 1, sizes });
      return next(args);
    },
    { step: 'initialize', name: `write-recorder-${Math.random()}` },
  );
  return writes;
}
