import {
  BatchGetCommand,
  GetCommand,
  QueryCommand,
  TransactWriteCommand,
  UpdateCommand,
  type DynamoDBDocumentClient,
  type QueryCommandInput,
} from '@aws-sdk/lib-dynamodb';
import type { AuditEvent } from '../../domain/complaint/audit-event.js';
import type { Complaint } from '../../domain/complaint/complaint.js';
import type { Correspondence } from '../../domain/complaint/correspondence.js';
import { formatReference } from '../../domain/complaint/reference.js';
import { Conflict } from '../../domain/errors.js';
import {
  DuplicateInbound,
  StaleSettings,
  UnknownStaff,
  VersionConflict,
  type ComplaintQuery,
  type ComplaintStore,
  type Built,
  type InboundMarker,
  type LetterChange,
  type Page,
  type WriteExtras,
  type WriteGuards,
} from '../../domain/ports/complaint-store.port.js';
import { batchGetInOrder } from './dynamodb-batch-get.js';
import { queryAll } from './dynamodb-query-all.js';
import { complaintFromItem, complaintItem, correspondenceItem, outboxItem, stripKeys } from './complaint-item.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { letterItem, letterPointerItem, letterPostedUpdate } from './dynamodb-letter-item.js';
import { GSI, keys } from './table-design.js';
import { serviceRequestWriteItems } from './non-complaint-items.js';

type TransactItem = NonNullable<ConstructorParameters<typeof TransactWriteCommand>[0]['TransactItems']>[number];

export class DynamoDbComplaintStore implements ComplaintStore {
  /** Last reference sequence this process allocated per landlord and year: a guess checked by the write. */
  private readonly sequences = new Map<string, number>();

  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async get(landlordId: string, complaintId: string): Promise<Complaint | undefined> {
    const { Item } = await this.db.send(
      new GetCommand({ TableName: this.tableName, Key: { PK: keys.complaint(landlordId, complaintId), SK: keys.complaintSk }, ConsistentRead: true }),
    );
    return Item ? complaintFromItem(Item) : undefined;
  }

  /**
   * A warm process guesses the next reference from the last one it allocated and moves the counter
   * inside the same transaction (one round trip). A cold process, or one whose guess another writer
   * beat, takes the next number with an atomic ADD instead, which cannot collide; a number taken that
   * way whose write then fails leaves a gap, never a duplicate (the REF item is conditional too).
   */
  async create(landlordId: string, year: number, guards: WriteGuards, build: (reference: string) => Built): Promise<Built> {
    const counterKey = `${landlordId}#${year}`;
    const guess = this.sequences.get(counterKey);
    if (guess !== undefined) {
      const created = await this.createWith(landlordId, year, guess + 1, guards, build, guess);
      if (created !== 'counter_moved') return created;
    }
    const allocated = await this.allocateSequence(landlordId, year);
    const created = await this.createWith(landlordId, year, allocated, guards, build);
    if (created === 'counter_moved') throw new VersionConflict(`reference ${allocated} for ${landlordId} is taken`);
    return created;
  }

  private async createWith(
    landlordId: string,
    year: number,
    sequence: number,
    guards: WriteGuards,
    build: (reference: string) => Built,
    expectedPrevious?: number,
  ): Promise<Built | 'counter_moved'> {
    const built = build(formatReference(year, sequence));
    const { complaint, event } = built.transition;
    const counterMove: TransactItem[] =
      expectedPrevious === undefined
        ? []
        : [
            {
              Update: {
                TableName: this.tableName,
                Key: { PK: keys.landlord(landlordId), SK: keys.counterSk(year) },
                UpdateExpression: 'SET #seq = :next, #entity = :entity',
                ConditionExpression: '#seq = :previous',
                ExpressionAttributeNames: { '#seq': 'seq', '#entity': 'entity' },
                ExpressionAttributeValues: { ':next': sequence, ':entity': 'counter', ':previous': expectedPrevious },
              },
            },
          ];
    const items: TransactItem[] = [
      this.settingsGuard(landlordId, guards.settingsVersion),
      { Put: { TableName: this.tableName, Item: complaintItem(complaint), ConditionExpression: 'attribute_not_exists(PK)' } },
      {
        Put: {
          TableName: this.tableName,
          Item: { PK: keys.landlord(landlordId), SK: keys.referenceSk(complaint.reference), entity: 'reference', complaintId: complaint.id },
          ConditionExpression: 'attribute_not_exists(PK)',
        },
      },
      this.eventPut(event),
      ...counterMove,
    ];
    const extras = this.extraItems(complaint, built.extras);
    const failed = await this.transact([...items, ...extras]);
    const counterKey = `${landlordId}#${year}`;
    if (failed === undefined) {
      this.sequences.set(counterKey, sequence);
      return built;
    }
    if (failed === 0) throw new StaleSettings();
    if (failed >= items.length) throw this.extraFailure(built.extras);
    this.sequences.delete(counterKey);
    return 'counter_moved';
  }

  /** The landlord's next reference number for the year, atomically. */
  private async allocateSequence(landlordId: string, year: number): Promise<number> {
    const { Attributes } = await this.db.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: { PK: keys.landlord(landlordId), SK: keys.counterSk(year) },
        UpdateExpression: 'ADD #seq :one SET #entity = :entity',
        ExpressionAttributeNames: { '#seq': 'seq', '#entity': 'entity' },
        ExpressionAttributeValues: { ':one': 1, ':entity': 'counter' },
        ReturnValues: 'UPDATED_NEW',
      }),
    );
    return Attributes!.seq as number;
  }

  async save(built: Built, expectedVersion: number, guards: WriteGuards): Promise<void> {
    const { complaint, event } = built.transition;
    const staff = guards.activeStaff ?? [];
    const items: TransactItem[] = [
      this.settingsGuard(complaint.landlordId, guards.settingsVersion),
      ...staff.map(
        (staffId): TransactItem => ({
          ConditionCheck: {
            TableName: this.tableName,
            Key: { PK: keys.landlord(complaint.landlordId), SK: keys.staffSk(staffId) },
            ConditionExpression: '#active = :true',
            ExpressionAttributeNames: { '#active': 'active' },
            ExpressionAttributeValues: { ':true': true },
          },
        }),
      ),
      this.complaintPut(complaint, expectedVersion),
      this.eventPut(event),
    ];
    const failed = await this.transact([...items, ...this.extraItems(complaint, built.extras)]);
    if (failed === undefined) return;
    if (failed === 0) throw new StaleSettings();
    if (failed <= staff.length) throw new UnknownStaff(staff[failed - 1]);
    if (failed >= items.length) throw this.extraFailure(built.extras);
    throw new VersionConflict();
  }

  async findByReference(landlordId: string, reference: string): Promise<Complaint | undefined> {
    return this.viaPointer(landlordId, keys.referenceSk(reference));
  }

  async findBySentMessageId(landlordId: string, messageId: string): Promise<Complaint | undefined> {
    return this.viaPointer(landlordId, keys.sentMessageSk(messageId));
  }

  async findBySentMessageIds(landlordId: string, messageIds: string[]): Promise<Complaint | undefined> {
    const wanted = [...new Set(messageIds)].slice(0, 100); // BatchGetItem's limit; callers pass a bounded few
    if (wanted.length === 0) return undefined;
    const found = new Map<string, string>();
    let request: Record<string, { Keys: Record<string, unknown>[] }> | undefined = {
      [this.tableName]: { Keys: wanted.map((id) => ({ PK: keys.landlord(landlordId), SK: keys.sentMessageSk(id) })) },
    };
    // Unprocessed keys (throttling) are asked for again until none are left.
    while (request && Object.keys(request).length > 0) {
      const page: { Responses?: Record<string, Record<string, unknown>[]>; UnprocessedKeys?: Record<string, { Keys?: Record<string, unknown>[] }> } =
        await this.db.send(new BatchGetCommand({ RequestItems: request }));
      for (const item of page.Responses?.[this.tableName] ?? []) found.set(item.SK as string, item.complaintId as string);
      const unprocessed = page.UnprocessedKeys?.[this.tableName]?.Keys ?? [];
      request = unprocessed.length > 0 ? { [this.tableName]: { Keys: unprocessed } } : undefined;
    }
    const first = wanted.map((id) => found.get(keys.sentMessageSk(id))).find((id) => id !== undefined);
    return first ? this.get(landlordId, first) : undefined;
  }

  async inboundMarker(landlordId: string, inboundMessageKey: string): Promise<InboundMarker | undefined> {
    const { Item } = await this.db.send(
      new GetCommand({ TableName: this.tableName, Key: { PK: keys.landlord(landlordId), SK: keys.inboundSk(inboundMessageKey) }, ConsistentRead: true }),
    );
    if (!Item) return undefined;
    return { complaintId: Item.complaintId as string, ...(typeof Item.contentSha256 === 'string' && { contentSha256: Item.contentSha256 }) };
  }

  private async viaPointer(landlordId: string, sk: string): Promise<Complaint | undefined> {
    const { Item } = await this.db.send(new GetCommand({ TableName: this.tableName, Key: { PK: keys.landlord(landlordId), SK: sk } }));
    return Item ? this.get(landlordId, Item.complaintId as string) : undefined;
  }

  /** Correspondence, outbox messages and the inbound marker that commit with the change. */
  private extraItems(complaint: Complaint, extras: WriteExtras | undefined): TransactItem[] {
    if (!extras) return [];
    const items: TransactItem[] = [];
    for (const record of extras.correspondence ?? []) {
      items.push({ Put: { TableName: this.tableName, Item: correspondenceItem(complaint.landlordId, record) } });
    }
    for (const message of extras.outbox ?? []) {
      items.push({ Put: { TableName: this.tableName, Item: outboxItem(message), ConditionExpression: 'attribute_not_exists(PK)' } });
    }
    for (const letter of extras.letters ?? []) {
      items.push({ Put: { TableName: this.tableName, Item: letterItem(letter), ConditionExpression: 'attribute_not_exists(PK)' } });
      items.push({ Put: { TableName: this.tableName, Item: letterPointerItem(letter), ConditionExpression: 'attribute_not_exists(PK)' } });
    }
    if (extras.letterChange) items.push(this.letterChangeItem(complaint, extras.letterChange));
    // Another complaint changing with this one (a merge; 6.8), and a service request (1.5): all or nothing.
    for (const other of extras.alsoSave ?? []) {
      items.push(this.complaintPut(other.built.transition.complaint, other.expectedVersion), this.eventPut(other.built.transition.event));
      items.push(...this.extraItems(other.built.transition.complaint, other.built.extras));
    }
    if (extras.serviceRequest) {
      items.push(...serviceRequestWriteItems(this.tableName, extras.serviceRequest, extras.serviceRequest.expectedVersion));
    }
    if (extras.inboundMessageKey) {
      items.push({
        Put: {
          TableName: this.tableName,
          Item: {
            PK: keys.landlord(complaint.landlordId),
            SK: keys.inboundSk(extras.inboundMessageKey),
            entity: 'inbound',
            complaintId: complaint.id,
            ...(extras.inboundContentSha256 && { contentSha256: extras.inboundContentSha256 }),
          },
          ConditionExpression: 'attribute_not_exists(PK)',
        },
      });
    }
    return items;
  }

  private extraFailure(extras: WriteExtras | undefined): Error {
    // Of the extras only the inbound marker and a letter change can fail their condition (outbox ids are fresh UUIDs).
    if (extras?.letterChange) return new Conflict('the letter is no longer waiting to print (posted, or its alert raised, meanwhile)');
    return extras?.inboundMessageKey ? new DuplicateInbound(extras.inboundMessageKey) : new VersionConflict();
  }

  /** Posting moves the letter to the posted queue; an alert is recorded once. Either only while it waits to print. */
  private letterChangeItem(complaint: Complaint, change: LetterChange): TransactItem {
    if ('posted' in change) return { Update: letterPostedUpdate(this.tableName, { landlordId: complaint.landlordId, complaintId: complaint.id, id: change.letterId }, change.posted) };
    return {
      Update: {
        TableName: this.tableName,
        Key: { PK: keys.complaint(complaint.landlordId, complaint.id), SK: keys.letterSk(change.letterId) },
        UpdateExpression: 'SET printAlertedAt = :at',
        ConditionExpression: '#status = :toPrint AND attribute_not_exists(printAlertedAt)',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':toPrint': 'to_print', ':at': change.printAlertedAt },
      },
    };
  }

  /**
   * The indexes hold keys only (see INDEX_PROJECTIONS): a page of keys is read from the most selective
   * index, the complaints behind it fetched with one BatchGetItem, and the other filters applied to them,
   * reading on until the page is full. A complaint that has left the index partition since the index was
   * written (the index is eventually consistent) is skipped rather than shown under the wrong filter.
   */
  async list(landlordId: string, query: ComplaintQuery): Promise<Page<Complaint>> {
    const { input, keep } = this.listQuery(landlordId, query);
    const index = input.IndexName!;
    const partition = input.ExpressionAttributeValues![':pk'] as string;
    const items: Complaint[] = [];
    const sortKeyBelow = index === GSI.byDue ? query.dueBefore : undefined;
    let startKey = query.cursor ? decodeCursor(query.cursor, { index, partition, ...(sortKeyBelow && { sortKeyBelow }) }) : undefined;
    let lastReturnedKey: Record<string, unknown> | undefined;
    let more = false;
    // Filters can leave a page short; keep reading until the page is full or the index is exhausted.
    do {
      const page = await this.db.send(new QueryCommand({ ...input, Limit: query.limit, ExclusiveStartKey: startKey }));
      const keysRead = (page.Items ?? []) as { PK: string; SK: string }[];
      const full = new Map((await batchGetInOrder(this.db, this.tableName, keysRead)).map((item) => [`${item.PK}|${item.SK}`, item]));
      for (const indexItem of keysRead) {
        if (items.length === query.limit) {
          more = true;
          break;
        }
        const item = full.get(`${indexItem.PK}|${indexItem.SK}`);
        if (!item || item[`${index}PK`] !== partition || !keep(item)) continue;
        items.push(complaintFromItem(item));
        lastReturnedKey = this.indexKey(indexItem, index);
      }
      startKey = page.LastEvaluatedKey;
      if (items.length === query.limit && startKey) more = true;
    } while (startKey && !more);
    return more && lastReturnedKey ? { items, nextCursor: encodeCursor(lastReturnedKey) } : { items };
  }

  async events(landlordId: string, complaintId: string): Promise<AuditEvent[]> {
    return (await this.queryAll(keys.complaint(landlordId, complaintId), 'EVENT#')) as unknown as AuditEvent[];
  }

  async correspondence(landlordId: string, complaintId: string): Promise<Correspondence[]> {
    return (await this.queryAll(keys.complaint(landlordId, complaintId), 'CORR#')) as unknown as Correspondence[];
  }

  private async queryAll(pk: string, prefix: string): Promise<Record<string, unknown>[]> {
    const items = await queryAll(this.db, {
      TableName: this.tableName,
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
      ExpressionAttributeValues: { ':pk': pk, ':prefix': prefix },
    });
    return items.map(stripKeys);
  }

  /** The most selective index for the query, and the remaining filters as a test of the complaint read. */
  private listQuery(landlordId: string, query: ComplaintQuery): { input: QueryCommandInput; keep: (item: Record<string, unknown>) => boolean } {
    const tests: ((item: Record<string, unknown>) => boolean)[] = [];
    const values: Record<string, unknown> = {};
    const dueSk = `${GSI.byDue}SK`;
    const dueBefore = (item: Record<string, unknown>) => typeof item[dueSk] === 'string' && (item[dueSk] as string) < query.dueBefore!;
    let index: string;
    let keyCondition = '#pk = :pk';
    let forward = false;
    if (query.overdue) {
      index = GSI.byOverdue;
      values[':pk'] = keys.byOverduePk(landlordId);
      forward = true; // longest overdue first
      if (query.dueBefore) tests.push(dueBefore);
    } else if (query.dueBefore) {
      index = GSI.byDue;
      values[':pk'] = keys.byDuePk(landlordId);
      values[':due'] = query.dueBefore;
      keyCondition += ' AND #sk < :due';
      forward = true; // soonest due first
      tests.push(dueBefore); // the complaint read may have moved on since the index was written
    } else if (query.handlerId) {
      index = GSI.byHandler;
      values[':pk'] = keys.byHandlerPk(landlordId, query.handlerId);
    } else if (query.status) {
      index = GSI.byStatus;
      values[':pk'] = keys.byStatusPk(landlordId, query.status);
    } else {
      index = GSI.byReceived;
      values[':pk'] = keys.byReceivedPk(landlordId);
    }
    if (query.status && index !== GSI.byStatus) tests.push((item) => item.status === query.status);
    if (query.handlerId && index !== GSI.byHandler) tests.push((item) => item.currentHandlerId === query.handlerId);
    if (query.stage !== undefined) tests.push((item) => item.stage === query.stage);
    return {
      input: {
        TableName: this.tableName,
        IndexName: index,
        KeyConditionExpression: keyCondition,
        ScanIndexForward: forward,
        ExpressionAttributeNames: { '#pk': `${index}PK`, ...(keyCondition.includes('#sk') && { '#sk': `${index}SK` }) },
        ExpressionAttributeValues: values,
      },
      keep: (item) => tests.every((test) => test(item)),
    };
  }

  private indexKey(item: Record<string, unknown>, index: string): Record<string, unknown> {
    return { PK: item.PK, SK: item.SK, [`${index}PK`]: item[`${index}PK`], [`${index}SK`]: item[`${index}SK`] };
  }

  private settingsGuard(landlordId: string, version: number): TransactItem {
    return {
      ConditionCheck: {
        TableName: this.tableName,
        Key: { PK: keys.landlord(landlordId), SK: keys.settingsSk },
        ConditionExpression: version === 0 ? 'attribute_not_exists(PK)' : '#version = :settingsVersion',
        ...(version !== 0 && { ExpressionAttributeNames: { '#version': 'version' }, ExpressionAttributeValues: { ':settingsVersion': version } }),
      },
    };
  }

  private complaintPut(complaint: Complaint, expectedVersion: number): TransactItem {
    return {
      Put: {
        TableName: this.tableName,
        Item: complaintItem(complaint),
        ConditionExpression: '#version = :expected',
        ExpressionAttributeNames: { '#version': 'version' },
        ExpressionAttributeValues: { ':expected': expectedVersion },
      },
    };
  }

  private eventPut(event: AuditEvent): TransactItem {
    return {
      Put: {
        TableName: this.tableName,
        Item: { PK: keys.complaint(event.landlordId, event.complaintId), SK: keys.eventSk(event.seq), entity: 'event', ...event },
        ConditionExpression: 'attribute_not_exists(PK)',
      },
    };
  }

  /** Commits the items; on a failed condition answers the index of the item whose condition failed. */
  private async transact(TransactItems: TransactItem[]): Promise<number | undefined> {
    try {
      await this.db.send(new TransactWriteCommand({ TransactItems }));
      return undefined;
    } catch (error) {
      const reasons = (error as { CancellationReasons?: { Code?: string }[] }).CancellationReasons;
      if ((error as Error).name !== 'TransactionCanceledException' || !reasons) throw error;
      const failed = reasons.findIndex((reason) => reason.Code === 'ConditionalCheckFailed');
      // A cancellation for another reason (e.g. a concurrent transaction on the same item) is a lost race too.
      if (failed === -1 && reasons.some((reason) => reason.Code === 'TransactionConflict')) {
        return TransactItems.findIndex((item) => item.Put?.Item?.entity === 'complaint');
      }
      if (failed === -1) throw error;
      return failed;
    }
  }
}
