import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

const READS = new Set(['GetItemCommand', 'QueryCommand', 'BatchGetItemCommand', 'TransactGetItemsCommand', 'ScanCommand']);

/** Counts the DynamoDB commands a client sends, by name, while `count` is on. */
export function countDynamoDbCalls(db: DynamoDBDocumentClient) {
  const calls: string[] = [];
  let on = false;
  db.middlewareStack.add(
    (next, context) => async (args) => {
      if (on) calls.push(context.commandName as string);
      return next(args);
    },
    { step: 'initialize', name: `call-counter-${Math.random()}` },
  );
  return {
    async measure<T>(work: () => Promise<T>): Promise<{ result: T; reads: number; transactions: number; writes: number; scans: number; calls: string[] }> {
      calls.length = 0;
      on = true;
      try {
        const result = await work();
        const seen = [...calls];
        return {
          result,
          calls: seen,
          reads: seen.filter((name) => READS.has(name)).length,
          scans: seen.filter((name) => name === 'ScanCommand').length,
          transactions: seen.filter((name) => name === 'TransactWriteItemsCommand').length,
          writes: seen.filter((name) => ['PutItemCommand', 'UpdateItemCommand', 'DeleteItemCommand'].includes(name)).length,
        };
      } finally {
        on = false;
      }
    },
  };
}
