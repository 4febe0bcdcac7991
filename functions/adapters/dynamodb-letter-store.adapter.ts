import { GetCommand, QueryCommand, TransactWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Correspondence } from '../../domain/complaint/correspondence.js';
import { Conflict, NotFound } from '../../domain/errors.js';
import type { PostedLetter, PostStatus } from '../../domain/letters/posted-letter.js';
import type { Page } from '../../domain/ports/complaint-store.port.js';
import type { LetterStore, PostedLetterRow } from '../../domain/ports/letter-store.port.js';
import { correspondenceItem, stripKeys } from './complaint-item.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { batchGetInOrder } from './dynamodb-batch-get.js';
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

  async markPosted(landlordId: string, letterId: string, posted: { postedOn: string; by: string; at: Date; correspondenceId: string }): Promise<PostedLetter> {
    const letter = await this.get(landlordId, letterId);
    if (!letter) throw new NotFound('letter');
    if (letter.status !== 'to_print') throw new Conflict(`the letter is ${letter.status}, not waiting to print`);
    const at = posted.at.toISOString();
    const record: Correspondence = {
      id: posted.correspondenceId,
      complaintId: letter.complaintId,
      direction: 'outbound',
      kind: 'letter',
      summary: `The ${letter.kind} letter (${letter.letter.subject}) was posted to ${letter.recipientName} on ${posted.postedOn}`,
      counterparty: letter.recipientName,
      occurredAt: `${posted.postedOn}T12:00:00.000Z`,
      recordedBy: posted.by,
      recordedAt: at,
      audience: 'resident',
      letterKind: letter.kind,
      delivery: 'post',
      letterId,
    };
    try {
      await this.db.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Update: {
                TableName: this.tableName,
                Key: { PK: keys.complaint(landlordId, letter.complaintId), SK: keys.letterSk(letterId) },
                UpdateExpression: 'SET #status = :posted, #pk = :pk, postedOn = :on, postedBy = :by, postedRecordedAt = :at',
                ConditionExpression: '#status = :toPrint',
                ExpressionAttributeNames: { '#status': 'status', '#pk': `${INDEX}PK` },
                ExpressionAttributeValues: {
                  ':posted': 'posted',
                  ':toPrint': 'to_print',
                  ':pk': keys.lettersByStatusPk(landlordId, 'posted'),
                  ':on': posted.postedOn,
                  ':by': posted.by,
                  ':at': at,
                },
              },
            },
            { Put: { TableName: this.tableName, Item: correspondenceItem(landlordId, record), ConditionExpression: 'attribute_not_exists(PK)' } },
          ],
        }),
      );
    } catch (error) {
      if ((error as Error).name === 'TransactionCanceledException') throw new Conflict('the letter was marked posted by someone else meanwhile');
      throw error;
    }
    return { ...letter, status: 'posted', postedOn: posted.postedOn, postedBy: posted.by, postedRecordedAt: at };
  }
}
