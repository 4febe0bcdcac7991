import { DeleteCommand, GetCommand, QueryCommand, TransactWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { PlainDate } from '../../domain/calendar/plain-date.js';
import type { Complaint } from '../../domain/complaint/complaint.js';
import { contributionDelta, contributions, type Aggregate, type Contribution } from '../../domain/reports/aggregates.js';
import type { LearningItem } from '../../domain/reports/annual.js';
import { learningItems, ombudsmanOrders, type OrderItem } from '../../domain/reports/details.js';
import { complaintFromItem } from './complaint-item.js';
import { queryAll } from './dynamodb-query-all.js';
import { GSI, keys, reportKeys } from './table-design.js';

/**
 * DynamoDB keeps at most 100 items per transaction. One is the applied state and one the details item, so
 * a delta spread over more days than this is applied in several transactions (see `apply`).
 */
export const MAX_DAYS_PER_TRANSACTION = 90;
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
}

export type ApplyOutcome = 'applied' | 'already_applied';

export interface ReportDetails {
  learning: LearningItem[];
  orders: OrderItem[];
}

const isConditionalCancel = (error: unknown): boolean =>
  (error as Error).name === 'TransactionCanceledException' &&
  ((error as { CancellationReasons?: { Code?: string }[] }).CancellationReasons ?? []).some((reason) => reason.Code === 'ConditionalCheckFailed');

/** Splits a delta into groups touching at most `size` days each, whole days only. */
export function chunkByDays(delta: readonly Contribution[], size = MAX_DAYS_PER_TRANSACTION): Contribution[][] {
  const days = [...new Set(delta.map((item) => item.day))];
  const chunks: Contribution[][] = [];
  for (let start = 0; start < days.length; start += size) {
    const group = new Set(days.slice(start, start + size));
    chunks.push(delta.filter((item) => group.has(item.day)));
  }
  return chunks;
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
    const details = this.detailsOf(complaint, timeZone);
    for (let tries = 1; ; tries += 1) {
      const state = await this.state(complaint.landlordId, complaint.id);
      if (state && (complaint.version < state.version || (complaint.version === state.version && !options.force))) return 'already_applied';
      try {
        await this.move(complaint, state, target, details);
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
        await this.transact(landlordId, complaintId, state, contributionDelta(state.contributions, []), undefined, null);
        await this.db.send(new DeleteCommand({ TableName: this.tableName, Key: { PK: reportKeys.aggregatePk(landlordId), SK: reportKeys.appliedSk(complaintId) }, ConditionExpression: 'step = :step', ExpressionAttributeValues: { ':step': state.step + 1 } }));
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

  /** The improvements and Ombudsman orders of the complaints that have any (a sparse set, listed by name). */
  async details(landlordId: string): Promise<ReportDetails> {
    const items = await queryAll(this.db, {
      TableName: this.tableName,
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
      ExpressionAttributeValues: { ':pk': reportKeys.aggregatePk(landlordId), ':prefix': 'DETAIL#' },
    });
    return { learning: items.flatMap((item) => item.learning as LearningItem[]), orders: items.flatMap((item) => item.orders as OrderItem[]) };
  }

  private detailsOf(complaint: Complaint, timeZone: string): ReportDetails | null {
    const learning = learningItems(complaint, timeZone);
    const orders = ombudsmanOrders(complaint, timeZone);
    return learning.length + orders.length > 0 ? { learning, orders } : null;
  }

  private async state(landlordId: string, complaintId: string): Promise<StoredState | undefined> {
    const { Item } = await this.db.send(
      new GetCommand({ TableName: this.tableName, Key: { PK: reportKeys.aggregatePk(landlordId), SK: reportKeys.appliedSk(complaintId) }, ConsistentRead: true }),
    );
    return Item ? { version: Item.version as number, step: Item.step as number, contributions: Item.contributions as Contribution[] } : undefined;
  }

  /**
   * Moves the counters from what was applied to `target`. Usually one transaction. A delta over more days
   * than one transaction holds goes in chunks; each chunk records in the state exactly what is applied so
   * far and keeps the old version, so a crash between chunks leaves a state that a redelivery completes
   * (its delta is taken against what was applied), and only the last chunk records the new version.
   */
  private async move(complaint: Complaint, state: StoredState | undefined, target: Contribution[], details: ReportDetails | null): Promise<void> {
    const chunks = chunkByDays(contributionDelta(state?.contributions ?? [], target));
    let applied = state?.contributions ?? [];
    let current = state;
    for (let index = 0; index < Math.max(chunks.length, 1); index += 1) {
      const chunk = chunks[index] ?? [];
      const last = index >= chunks.length - 1;
      applied = last ? target : [...applied, ...chunk];
      await this.transact(complaint.landlordId, complaint.id, current, chunk, { version: last ? complaint.version : (state?.version ?? 0), contributions: applied }, last ? details : undefined);
      current = { version: last ? complaint.version : (state?.version ?? 0), step: (current?.step ?? 0) + 1, contributions: applied };
    }
  }

  /** One transaction: the state moved (conditional on the step read) and an ADD per touched day. */
  private async transact(
    landlordId: string,
    complaintId: string,
    read: StoredState | undefined,
    delta: readonly Contribution[],
    next: { version: number; contributions: Contribution[] } | undefined,
    details: ReportDetails | null | undefined,
  ): Promise<void> {
    const pk = reportKeys.aggregatePk(landlordId);
    const step = (read?.step ?? 0) + 1;
    const stateItem = next
      ? {
          Put: {
            TableName: this.tableName,
            Item: { PK: pk, SK: reportKeys.appliedSk(complaintId), entity: 'report_applied', version: next.version, step, contributions: next.contributions },
            ...(read
              ? { ConditionExpression: 'step = :step', ExpressionAttributeValues: { ':step': read.step } }
              : { ConditionExpression: 'attribute_not_exists(PK)' }),
          },
        }
      : {
          Update: {
            TableName: this.tableName,
            Key: { PK: pk, SK: reportKeys.appliedSk(complaintId) },
            UpdateExpression: 'SET step = :next, contributions = :none',
            ConditionExpression: 'step = :step',
            ExpressionAttributeValues: { ':step': read!.step, ':next': step, ':none': [] },
          },
        };
    const byDay = new Map<PlainDate, Contribution[]>();
    for (const item of delta) byDay.set(item.day, [...(byDay.get(item.day) ?? []), item]);
    const dayItems = [...byDay.entries()].map(([day, items]) => ({
      Update: {
        TableName: this.tableName,
        Key: { PK: pk, SK: reportKeys.daySk(day) },
        UpdateExpression: `SET entity = :entity ADD ${items.map((_, i) => `#k${i} :v${i}`).join(', ')}`,
        ExpressionAttributeNames: Object.fromEntries(items.map((item, i) => [`#k${i}`, `${COUNTER_PREFIX}${item.key}`])),
        ExpressionAttributeValues: { ':entity': 'report_day', ...Object.fromEntries(items.map((item, i) => [`:v${i}`, item.value])) },
      },
    }));
    const detailItem =
      details === undefined
        ? []
        : details === null
          ? [{ Delete: { TableName: this.tableName, Key: { PK: pk, SK: reportKeys.detailSk(complaintId) } } }]
          : [{ Put: { TableName: this.tableName, Item: { PK: pk, SK: reportKeys.detailSk(complaintId), entity: 'report_detail', ...details } } }];
    await this.db.send(new TransactWriteCommand({ TransactItems: [stateItem, ...dayItems, ...detailItem] }));
  }
}
