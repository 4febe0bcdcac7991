import { GetCommand, PutCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { queryAll } from './dynamodb-query-all.js';
import { Conflict } from '../../domain/errors.js';
import type { QuarantineEntry, QuarantineStore } from '../../domain/ports/quarantine.port.js';
import { stripKeys } from './complaint-item.js';
import { keys } from './table-design.js';

export class DynamoDbQuarantine implements QuarantineStore {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async hold(entry: QuarantineEntry): Promise<void> {
    await this.db.send(
      new PutCommand({
        TableName: this.tableName,
        Item: { PK: keys.landlord(entry.landlordId), SK: keys.quarantineSk(entry.id), entity: 'quarantine', ...entry },
        ConditionExpression: 'attribute_not_exists(PK)',
      }),
    );
  }

  async list(landlordId: string): Promise<QuarantineEntry[]> {
    const items = await queryAll(this.db, {
      TableName: this.tableName,
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :q)',
      ExpressionAttributeValues: { ':pk': keys.landlord(landlordId), ':q': 'QUARANTINE#' },
      ScanIndexForward: false,
    });
    return items.map((item) => stripKeys(item) as unknown as QuarantineEntry);
  }

  async get(landlordId: string, id: string): Promise<QuarantineEntry | undefined> {
    const { Item } = await this.db.send(
      new GetCommand({ TableName: this.tableName, Key: { PK: keys.landlord(landlordId), SK: keys.quarantineSk(id) }, ConsistentRead: true }),
    );
    return Item ? (stripKeys(Item) as unknown as QuarantineEntry) : undefined;
  }

  async markReleased(landlordId: string, id: string, by: string, at: Date, outcome: string): Promise<void> {
    try {
      await this.db.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: { PK: keys.landlord(landlordId), SK: keys.quarantineSk(id) },
          UpdateExpression: 'SET #status = :released, releasedBy = :by, releasedAt = :at, outcome = :outcome',
          ConditionExpression: '#status = :held',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':released': 'released', ':held': 'held', ':by': by, ':at': at.toISOString(), ':outcome': outcome },
        }),
      );
    } catch (error) {
      if ((error as Error).name === 'ConditionalCheckFailedException') throw new Conflict('this message was released already');
      throw error;
    }
  }
}
