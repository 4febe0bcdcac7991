import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, QueryCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { Conflict } from '../../domain/errors.js';
import type { PostedLetter, PostStatus } from '../../domain/letters/posted-letter.js';
import type { Page } from '../../domain/ports/complaint-store.port.js';
import type { LetterStore, PostedLetterRow } from '../../domain/ports/letter-store.port.js';
import { stripKeys } from './complaint-item.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { batchGetInOrder } from './dynamodb-batch-get.js';
import { letterPostedUpdate, type Posting } from './dynamodb-letter-item.js';
import { queryAll } from './dynamodb-query-all.js';
import { GSI, keys } from './table-design.js';

const INDEX = GSI.byDue;

export class DynamoDbLetterStore implements LetterStore {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  private queue(landlordId: string, status: PostStatus) {
    return {
      TableName: this.tableName,
      IndexName: INDEX,
      KeyConditionExpression: '#pk = :pk',
      ExpressionAttributeNames: { '#pk': `${INDEX}PK` },
      ExpressionAttributeValues: { ':pk': keys.lettersByStatusPk(landlordId, status) },
      ScanIndexForward: true, // oldest first: the letter waiting longest is printed first
    };
  }

  /** The rows come from the index, which holds each letter's summary (LETTER_SUMMARY_ATTRIBUTES), not its text. */
  async markPostedAlone(letter: PostedLetter, posting: Posting): Promise<void> {
    try {
      await this.db.send(new UpdateCommand(letterPostedUpdate(this.tableName, letter, posting)));
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) throw new Conflict('the letter is no longer waiting to print');
      throw error;
    }
  }

  async list(landlordId: string, query: { status: PostStatus; limit: number; cursor?: string }): Promise<Page<PostedLetterRow>> {
    const input = this.queue(landlordId, query.status);
    const startKey = query.cursor ? decodeCursor(query.cursor, { index: INDEX, partition: keys.lettersByStatusPk(landlordId, query.status) }) : undefined;
    // One more than asked tells whether another page exists without an empty last page.
    const page = await this.db.send(new QueryCommand({ ...input, Limit: query.limit + 1, ExclusiveStartKey: startKey }));
    const items = page.Items ?? [];
    const shown = items.slice(0, query.limit);
    const last = shown.at(-1);
    const more = items.length > query.limit;
    return {
      items: shown.map((item) => ({ ...stripKeys(item), landlordId }) as unknown as PostedLetterRow),
      ...(more && last && { nextCursor: encodeCursor({ PK: last.PK, SK: last.SK, [`${INDEX}PK`]: last[`${INDEX}PK`], [`${INDEX}SK`]: last[`${INDEX}SK`] }) }),
    };
  }

  /** A print run needs each letter's text: keys from the index, the letters themselves batch-read. */
  async all(landlordId: string, status: PostStatus): Promise<PostedLetter[]> {
    const queued = await queryAll(this.db, this.queue(landlordId, status));
    const letters = await batchGetInOrder(this.db, this.tableName, queued as { PK: string; SK: string }[]);
    // Read after the index: a letter posted meanwhile is no longer in this status.
    return letters.filter((item) => item.status === status).map((item) => stripKeys(item) as unknown as PostedLetter);
  }

  async get(landlordId: string, letterId: string): Promise<PostedLetter | undefined> {
    const { Item: pointer } = await this.db.send(new GetCommand({ TableName: this.tableName, Key: { PK: keys.landlord(landlordId), SK: keys.letterPointerSk(letterId) } }));
    if (!pointer) return undefined;
    const { Item } = await this.db.send(
      new GetCommand({ TableName: this.tableName, Key: { PK: keys.complaint(landlordId, pointer.complaintId as string), SK: keys.letterSk(letterId) }, ConsistentRead: true }),
    );
    return Item ? (stripKeys(Item) as unknown as PostedLetter) : undefined;
  }
}
