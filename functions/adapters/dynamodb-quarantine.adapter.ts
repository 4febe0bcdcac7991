import { GetCommand, TransactWriteCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { queryAll } from './dynamodb-query-all.js';
import { Conflict, NotFound } from '../../domain/errors.js';
import type { QuarantineEntry, QuarantineStore, Settlement } from '../../domain/ports/quarantine.port.js';
import { stripKeys } from './complaint-item.js';
import { keys } from './table-design.js';

export class DynamoDbQuarantine implements QuarantineStore {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  /** The entry and a marker of its raw bytes commit together, so a redelivery finds the entry. */
  async hold(entry: QuarantineEntry, rawSha256: string): Promise<string> {
    const marker = { PK: keys.landlord(entry.landlordId), SK: keys.heldRawSk(rawSha256) };
    try {
      await this.db.send(
        new TransactWriteCommand({
          TransactItems: [
            { Put: { TableName: this.tableName, Item: { ...marker, entity: 'held-raw', quarantineId: entry.id }, ConditionExpression: 'attribute_not_exists(PK)' } },
            {
              Put: {
                TableName: this.tableName,
                Item: { PK: keys.landlord(entry.landlordId), SK: keys.quarantineSk(entry.id), entity: 'quarantine', ...entry },
                ConditionExpression: 'attribute_not_exists(PK)',
              },
            },
          ],
        }),
      );
      return entry.id;
    } catch (error) {
      const reasons = (error as { CancellationReasons?: { Code?: string }[] }).CancellationReasons;
      if ((error as Error).name !== 'TransactionCanceledException' || !reasons?.some((reason) => reason.Code === 'ConditionalCheckFailed')) throw error;
      const { Item } = await this.db.send(new GetCommand({ TableName: this.tableName, Key: marker, ConsistentRead: true }));
      if (!Item) throw error;
      return Item.quarantineId as string;
    }
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

  async settle(landlordId: string, id: string, settlement: Settlement): Promise<QuarantineEntry> {
    const fields: Record<string, unknown> = {
      status: settlement.status,
      handledBy: settlement.by,
      handledAt: settlement.at.toISOString(),
      ...(settlement.note !== undefined && { note: settlement.note }),
      ...(settlement.outcome !== undefined && { outcome: settlement.outcome }),
      ...(settlement.complaintId !== undefined && { complaintId: settlement.complaintId }),
      ...(settlement.reference !== undefined && { reference: settlement.reference }),
    };
    const names = Object.keys(fields);
    try {
      const { Attributes } = await this.db.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: { PK: keys.landlord(landlordId), SK: keys.quarantineSk(id) },
          UpdateExpression: `SET ${names.map((_, i) => `#f${i} = :f${i}`).join(', ')}`,
          ConditionExpression: 'attribute_exists(PK) AND #status = :held',
          ExpressionAttributeNames: { '#status': 'status', ...Object.fromEntries(names.map((name, i) => [`#f${i}`, name])) },
          ExpressionAttributeValues: { ':held': 'held', ...Object.fromEntries(names.map((name, i) => [`:f${i}`, fields[name]])) },
          ReturnValues: 'ALL_NEW',
        }),
      );
      return stripKeys(Attributes!) as unknown as QuarantineEntry;
    } catch (error) {
      if ((error as Error).name !== 'ConditionalCheckFailedException') throw error;
      const current = await this.get(landlordId, id);
      if (!current) throw new NotFound('quarantined message');
      throw new Conflict(`this message was ${current.status} already`);
    }
  }
}
