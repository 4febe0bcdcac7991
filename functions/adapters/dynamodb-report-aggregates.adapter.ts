import { createHash } from 'node:crypto';
import { DeleteCommand, GetCommand, QueryCommand, TransactWriteCommand, type DynamoDBDocumentClient, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import type { PlainDate } from '../../domain/calendar/plain-date.js';
import type { Complaint } from '../../domain/complaint/complaint.js';
import { contributionDelta, contributions, type Aggregate, type Contribution } from '../../domain/reports/aggregates.js';
import { LISTED_ITEMS, listedEntries, type ListedEntry } from '../../domain/reports/details.js';
import { complaintFromItem } from './complaint-item.js';
import { queryAll } from './dynamodb-query-all.js';
import { GSI, keys, reportKeys } from './table-design.js';

/**
 * DynamoDB keeps at most 100 items per transaction, one of which is the applied state: a change touching
 * more day items and listed entries than the rest is applied in several transactions (see `move`).
 */
export const MAX_WRITES_PER_TRANSACTION = 98;
const ATTEMPTS = 5;
/** Complaints re-applied at once by a rebuild: day items are shared, so more would mostly contend. */
const REBUILD_CONCURRENCY = 8;
/** Counters are top-level attributes, not one map: `ADD` cannot create a missing map and a key in it at once. */
const COUNTER_PREFIX = 'c:';

interface StoredState {
  version: number;
  /** Bumped by every transaction that moves this complaint's counters: the condition each one holds on. */
  step: number;
  contributions: Contribution[];
  /**
   * The listed entries written for this complaint, key -> digest of what was written; absent on a state
   * from before entries were listed one by one (its single DETAIL# item is then deleted).
   */
  entries?: Record<string, string>;
}

export type ApplyOutcome = 'applied' | 'already_applied';

/**
 * Listed entries (improvements, orders; see listedEntries) live in the landlord's aggregate partition
 * under keys a report reads as one bounded range: open ones by due date, severe maladministration orders
 * first (9.7c), completed ones by the date completed.
 */
export const entrySk = (entry: ListedEntry): string =>
  entry.open ? `ENTRY#${entry.kind}#open#${entry.severe ? 0 : 1}#${entry.on}#${entry.id}` : `ENTRY#${entry.kind}#done#${entry.on}#${entry.id}`;

export type ListedKind = ListedEntry['kind'];
export type ListedItemOf<K extends ListedKind> = Extract<ListedEntry, { kind: K }>['item'];
/** Open ones (soonest due first), or those completed in a period (earliest first). */
export type ListedQuery = { open: true } | { completed: { from: PlainDate; to: PlainDate } };

const isConditionalCancel = (error: unknown): boolean =>
  (error as Error).name === 'TransactionCanceledException' &&
  ((error as { CancellationReasons?: { Code?: string }[] }).CancellationReasons ?? []).some((reason) => reason.Code === 'ConditionalCheckFailed');

const digest = (value: unknown): string => createHash('sha256').update(JSON.stringify(value)).digest('base64url').slice(0, 16);

/** One write besides the state, and what it changes in the state once done. */
interface Write {
  item: NonNullable<TransactWriteCommandInput['TransactItems']>[number];
  counters: Contribution[];
  entry?: { sk: string; digest: string | null };
}

/**
 * The per-landlord counters reports read, kept from complaint changes. Idempotent under redelivery and
 * replay: each complaint's applied version and contributions are stored beside the counters and moved in
 * the same transaction as the counters' `ADD`s, conditional on the state read.
 */
export class DynamoDbReportAggregates {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly timeZoneOf: (landlordId: string) => Promise<string>,
  ) {}

  /**
   * Brings one complaint's counters to this image. `force` (the rebuild) also re-applies an image at the
   * version already applied, so changed definitions take effect; an older image is never applied.
   */
  async apply(complaint: Complaint, options: { force?: boolean } = {}): Promise<ApplyOutcome> {
    const timeZone = await this.timeZoneOf(complaint.landlordId);
    const target = contributions(complaint, { timeZone });
    const entries = new Map(listedEntries(complaint, timeZone).map((entry) => [entrySk(entry), entry]));
    for (let tries = 1; ; tries += 1) {
      const state = await this.state(complaint.landlordId, complaint.id);
      if (state && (complaint.version < state.version || (complaint.version === state.version && !options.force))) return 'already_applied';
      try {
        await this.move(complaint.landlordId, complaint.id, state, { version: complaint.version, contributions: target, entries });
        return 'applied';
      } catch (error) {
        // Another consumer (a redelivery racing this one, or the rebuild) moved the state first: read it again.
        if (isConditionalCancel(error) && tries < ATTEMPTS) continue;
        throw error;
      }
    }
  }

  /** A complaint deleted from the table takes out exactly what it had put in. */
  async remove(landlordId: string, complaintId: string): Promise<void> {
    for (let tries = 1; ; tries += 1) {
      const state = await this.state(landlordId, complaintId);
      if (!state) return;
      try {
        const step = await this.move(landlordId, complaintId, state, { version: state.version, contributions: [], entries: new Map() });
        await this.db.send(new DeleteCommand({ TableName: this.tableName, Key: { PK: reportKeys.aggregatePk(landlordId), SK: reportKeys.appliedSk(complaintId) }, ConditionExpression: 'step = :step', ExpressionAttributeValues: { ':step': step } }));
        return;
      } catch (error) {
        if ((isConditionalCancel(error) || (error as Error).name === 'ConditionalCheckFailedException') && tries < ATTEMPTS) continue;
        throw error;
      }
    }
  }

  /**
   * A landlord's counters recomputed from its complaint records (GSI1, the landlord's own partition of the
   * index, never a table scan): each complaint is re-applied against what was applied for it, through the
   * same conditional transactions as the stream, so a rebuild racing live changes cannot count one twice.
   */
  async rebuild(landlordId: string): Promise<{ complaints: number; applied: number }> {
    let complaints = 0;
    let applied = 0;
    let ExclusiveStartKey: Record<string, unknown> | undefined;
    do {
      const page = await this.db.send(
        new QueryCommand({
          TableName: this.tableName,
          IndexName: GSI.byReceived,
          KeyConditionExpression: '#pk = :pk',
          ExpressionAttributeNames: { '#pk': `${GSI.byReceived}PK` },
          ExpressionAttributeValues: { ':pk': keys.byReceivedPk(landlordId) },
          ExclusiveStartKey,
        }),
      );
      const items = page.Items ?? [];
      for (let start = 0; start < items.length; start += REBUILD_CONCURRENCY) {
        await Promise.all(
          items.slice(start, start + REBUILD_CONCURRENCY).map(async (item) => {
            // The index is eventually consistent: read the record itself so an older image is not pressed on.
            const { Item } = await this.db.send(new GetCommand({ TableName: this.tableName, Key: { PK: item.PK, SK: item.SK }, ConsistentRead: true }));
            if (!Item) return;
            complaints += 1;
            if ((await this.apply(complaintFromItem(Item), { force: true })) === 'applied') applied += 1;
          }),
        );
      }
      ExclusiveStartKey = page.LastEvaluatedKey;
    } while (ExclusiveStartKey);
    return { complaints, applied };
  }

  /** The counters of the days in [from, to], by day: a bounded read, however many complaints there are. */
  async read(landlordId: string, days: { from?: PlainDate; to: PlainDate }): Promise<Aggregate> {
    const items = await queryAll(this.db, {
      TableName: this.tableName,
      KeyConditionExpression: 'PK = :pk AND SK BETWEEN :from AND :to',
      ExpressionAttributeValues: { ':pk': reportKeys.aggregatePk(landlordId), ':from': reportKeys.daySk(days.from ?? '0000-00-00'), ':to': reportKeys.daySk(days.to) },
    });
    const aggregate: Aggregate = {};
    for (const item of items) {
      const counters: Record<string, number> = {};
      for (const [name, value] of Object.entries(item)) {
        if (name.startsWith(COUNTER_PREFIX) && typeof value === 'number' && value !== 0) counters[name.slice(COUNTER_PREFIX.length)] = value;
      }
      if (Object.keys(counters).length > 0) aggregate[(item.SK as string).slice('DAY#'.length)] = counters;
    }
    return aggregate;
  }

  /**
   * Improvements or Ombudsman orders by name, at most `limit` (LISTED_ITEMS): one page of one key range,
   * however many there are. Their counts come from the counters.
   */
  async listed<K extends ListedKind>(landlordId: string, kind: K, query: ListedQuery, limit = LISTED_ITEMS): Promise<ListedItemOf<K>[]> {
    const range =
      'open' in query
        ? { condition: 'begins_with(SK, :from)', values: { ':from': `ENTRY#${kind}#open#` } }
        : { condition: 'SK BETWEEN :from AND :to', values: { ':from': `ENTRY#${kind}#done#${query.completed.from}`, ':to': `ENTRY#${kind}#done#${query.completed.to}$` } };
    const page = await this.db.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: `PK = :pk AND ${range.condition}`,
        ExpressionAttributeValues: { ':pk': reportKeys.aggregatePk(landlordId), ...range.values },
        Limit: limit,
      }),
    );
    return (page.Items ?? []).map((item) => item.item as ListedItemOf<K>);
  }

  private async state(landlordId: string, complaintId: string): Promise<StoredState | undefined> {
    const { Item } = await this.db.send(
      new GetCommand({ TableName: this.tableName, Key: { PK: reportKeys.aggregatePk(landlordId), SK: reportKeys.appliedSk(complaintId) }, ConsistentRead: true }),
    );
    return Item
      ? {
          version: Item.version as number,
          step: Item.step as number,
          contributions: Item.contributions as Contribution[],
          ...(Item.entries !== undefined && { entries: Item.entries as Record<string, string> }),
        }
      : undefined;
  }

  /**
   * Moves the counters and listed entries from what was applied to `target`. Usually one transaction. More
   * writes than one transaction holds go in several; each records in the state exactly what is applied so
   * far and keeps the old version, so a crash between them leaves a state that a redelivery completes (its
   * writes are taken against what was applied), and only the last records the new version. Gives the
   * state's step after the last.
   */
  private async move(
    landlordId: string,
    complaintId: string,
    state: StoredState | undefined,
    target: { version: number; contributions: Contribution[]; entries: Map<string, ListedEntry> },
  ): Promise<number> {
    const pk = reportKeys.aggregatePk(landlordId);
    const writes: Write[] = [];
    const byDay = new Map<PlainDate, Contribution[]>();
    for (const item of contributionDelta(state?.contributions ?? [], target.contributions)) byDay.set(item.day, [...(byDay.get(item.day) ?? []), item]);
    for (const [day, items] of byDay) {
      writes.push({
        counters: items,
        item: {
          Update: {
            TableName: this.tableName,
            Key: { PK: pk, SK: reportKeys.daySk(day) },
            UpdateExpression: `SET entity = :entity ADD ${items.map((_, i) => `#k${i} :v${i}`).join(', ')}`,
            ExpressionAttributeNames: Object.fromEntries(items.map((item, i) => [`#k${i}`, `${COUNTER_PREFIX}${item.key}`])),
            ExpressionAttributeValues: { ':entity': 'report_day', ...Object.fromEntries(items.map((item, i) => [`:v${i}`, item.value])) },
          },
        },
      });
    }
    const applied = state?.entries ?? {};
    for (const sk of Object.keys(applied)) {
      if (!target.entries.has(sk)) writes.push({ counters: [], entry: { sk, digest: null }, item: { Delete: { TableName: this.tableName, Key: { PK: pk, SK: sk } } } });
    }
    for (const [sk, entry] of target.entries) {
      const hash = digest(entry.item);
      if (applied[sk] === hash) continue;
      writes.push({ counters: [], entry: { sk, digest: hash }, item: { Put: { TableName: this.tableName, Item: { PK: pk, SK: sk, entity: 'report_entry', kind: entry.kind, item: entry.item } } } });
    }
    // A state from before entries were listed one by one kept them all in one item.
    if (state && state.entries === undefined) writes.push({ counters: [], item: { Delete: { TableName: this.tableName, Key: { PK: pk, SK: `DETAIL#${complaintId}` } } } });

    let current = state;
    let contributionsSoFar = state?.contributions ?? [];
    const entriesSoFar = { ...applied };
    const chunks = Math.max(1, Math.ceil(writes.length / MAX_WRITES_PER_TRANSACTION));
    for (let index = 0; index < chunks; index += 1) {
      const chunk = writes.slice(index * MAX_WRITES_PER_TRANSACTION, (index + 1) * MAX_WRITES_PER_TRANSACTION);
      const last = index === chunks - 1;
      contributionsSoFar = last ? target.contributions : [...contributionsSoFar, ...chunk.flatMap((write) => write.counters)];
      for (const { entry } of chunk) {
        if (!entry) continue;
        if (entry.digest === null) delete entriesSoFar[entry.sk];
        else entriesSoFar[entry.sk] = entry.digest;
      }
      const next: StoredState = { version: last ? target.version : (state?.version ?? 0), step: (current?.step ?? 0) + 1, contributions: contributionsSoFar, entries: { ...entriesSoFar } };
      const stateItem = {
        Put: {
          TableName: this.tableName,
          Item: { PK: pk, SK: reportKeys.appliedSk(complaintId), entity: 'report_applied', ...next },
          ...(current ? { ConditionExpression: 'step = :step', ExpressionAttributeValues: { ':step': current.step } } : { ConditionExpression: 'attribute_not_exists(PK)' }),
        },
      };
      await this.db.send(new TransactWriteCommand({ TransactItems: [stateItem, ...chunk.map((write) => write.item)] }));
      current = next;
    }
    return current!.step;
  }
}
