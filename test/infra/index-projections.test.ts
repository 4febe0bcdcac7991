import { randomUUID } from 'node:crypto';
import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { CreateTableCommand, DeleteTableCommand, DescribeTableCommand, type Projection } from '@aws-sdk/client-dynamodb';
import { PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { createDocumentClient } from '../../functions/adapters/dynamodb-client.js';
import { tableDefinition } from '../../functions/adapters/table-design.js';
import { ComplaintsData } from '../../infra/constructs/complaints-data.js';
import { ensureTable, localClient } from '../../infra/local/dynamodb-local.js';
import { dynamoEndpoint } from '../support/dynamodb-endpoint.js';

/**
 * What each index may carry, written out here rather than read from table-design.ts: the complaint lists
 * read keys and batch-get the complaints; the print queue's rows come from its index; no index carries a
 * letter's text, a complaint's body or an outbox message's body.
 */
const LETTER_ROW = ['complaintId', 'createdAt', 'id', 'kind', 'postalAddress', 'postedBy', 'postedOn', 'postedRecordedAt', 'printAlertedAt', 'reason', 'recipientName', 'reference', 'stage', 'status'];
const EXPECTED: Record<string, { type: string; attributes?: string[] }> = {
  GSI1: { type: 'KEYS_ONLY' },
  GSI2: { type: 'KEYS_ONLY' },
  GSI3: { type: 'KEYS_ONLY' },
  GSI4: { type: 'INCLUDE', attributes: LETTER_ROW },
  GSI5: { type: 'KEYS_ONLY' },
};
const NEVER_PROJECTED = ['text', 'html', 'letter', 'description', 'resident', 'body', 'payload'];

const projectionOf = (projection: { ProjectionType?: string; NonKeyAttributes?: string[] } | undefined) => ({
  type: projection?.ProjectionType,
  ...(projection?.NonKeyAttributes && { attributes: [...projection.NonKeyAttributes].sort() }),
});

async function localProjections(tableName: string): Promise<Record<string, { type?: string; attributes?: string[] }>> {
  const client = localClient(dynamoEndpoint());
  try {
    const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
    return Object.fromEntries((Table?.GlobalSecondaryIndexes ?? []).map((index) => [index.IndexName!, projectionOf(index.Projection)]));
  } finally {
    client.destroy();
  }
}

describe('each index projects only what its query reads', () => {
  it('in the synthesized template', () => {
    const stack = new Stack(new App(), 'Projections');
    new ComplaintsData(stack, 'Data', { protect: false });
    const [table] = Object.values(Template.fromStack(stack).findResources('AWS::DynamoDB::Table')) as {
      Properties: { GlobalSecondaryIndexes: { IndexName: string; Projection: { ProjectionType?: string; NonKeyAttributes?: string[] } }[] };
    }[];
    const indexes = Object.fromEntries(table!.Properties.GlobalSecondaryIndexes.map((index) => [index.IndexName, projectionOf(index.Projection)]));
    expect(indexes).toEqual(EXPECTED);
    for (const index of Object.values(indexes)) for (const name of NEVER_PROJECTED) expect(index.attributes ?? []).not.toContain(name);
    // Loading aws-cdk-lib and synthesizing is most of this; slow on a loaded machine.
  }, 90_000);

  it('in the local table, and a data directory from before (an index projecting ALL) is rebuilt to match, its items kept', async () => {
    const fresh = `projections-${randomUUID()}`;
    await ensureTable(dynamoEndpoint(), fresh);
    expect(await localProjections(fresh)).toEqual(EXPECTED);

    const old = `projections-old-${randomUUID()}`;
    const client = localClient(dynamoEndpoint());
    const db = createDocumentClient(dynamoEndpoint());
    try {
      const all: Projection = { ProjectionType: 'ALL' };
      const definition = tableDefinition(old);
      // As before issue 14 for the list of all complaints (one index is enough to show the rebuild; each takes a while).
      await client.send(
        new CreateTableCommand({
          ...definition,
          GlobalSecondaryIndexes: definition.GlobalSecondaryIndexes!.map((index) => (index.IndexName === 'GSI1' ? { ...index, Projection: all } : index)),
        }),
      );
      await db.send(new PutCommand({ TableName: old, Item: { PK: 'LANDLORD#x', SK: 'COMPLAINT', GSI1PK: 'LANDLORD#x', GSI1SK: '2026#1', description: 'kept' } }));
      await ensureTable(dynamoEndpoint(), old);
      expect(await localProjections(old)).toEqual(EXPECTED);
      const { Items } = await db.send(new QueryCommand({ TableName: old, IndexName: 'GSI1', KeyConditionExpression: 'GSI1PK = :pk', ExpressionAttributeValues: { ':pk': 'LANDLORD#x' } }));
      expect(Items).toEqual([{ PK: 'LANDLORD#x', SK: 'COMPLAINT', GSI1PK: 'LANDLORD#x', GSI1SK: '2026#1' }]);
    } finally {
      await client.send(new DeleteTableCommand({ TableName: old }));
      await client.send(new DeleteTableCommand({ TableName: fresh }));
      client.destroy();
      db.destroy();
    }
    // DynamoDB Local rebuilds an index in the background; on a loaded machine that alone can take half a minute.
  }, 90_000);
});
