import { BatchGetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

type Key = { PK: unknown; SK: unknown };

const keyOf = (key: Key) => `${String(key.PK)}\u0000${String(key.SK)}`;

/**
 * The full items behind keys read from a lean index, in the keys' order (missing ones left out): at most
 * 100 keys a request, and keys DynamoDB leaves unprocessed (throttling) asked for again. Eventually
 * consistent, like the index the keys came from.
 */
export async function batchGetInOrder(db: DynamoDBDocumentClient, tableName: string, wanted: Key[]): Promise<Record<string, unknown>[]> {
  const found = new Map<string, Record<string, unknown>>();
  const unique = [...new Map(wanted.map((key) => [keyOf(key), { PK: key.PK, SK: key.SK }])).values()];
  for (let start = 0; start < unique.length; start += 100) {
    let request: Record<string, { Keys: Record<string, unknown>[] }> | undefined = { [tableName]: { Keys: unique.slice(start, start + 100) } };
    while (request) {
      const page: { Responses?: Record<string, Record<string, unknown>[]>; UnprocessedKeys?: Record<string, { Keys?: Record<string, unknown>[] }> } = await db.send(
        new BatchGetCommand({ RequestItems: request }),
      );
      for (const item of page.Responses?.[tableName] ?? []) found.set(keyOf(item as Key), item);
      const unprocessed = page.UnprocessedKeys?.[tableName]?.Keys ?? [];
      request = unprocessed.length > 0 ? { [tableName]: { Keys: unprocessed } } : undefined;
    }
  }
  return wanted.flatMap((key) => {
    const item = found.get(keyOf(key));
    return item ? [item] : [];
  });
}
