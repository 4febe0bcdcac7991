import { DeleteCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { batchGetInOrder } from '../../functions/adapters/dynamodb-batch-get.js';
import { queryAll } from '../../functions/adapters/dynamodb-query-all.js';
import type { DeadlineCheckPayload } from '../../domain/ports/outbox.port.js';
import type { Scheduler } from '../../domain/ports/scheduler.port.js';
import { GSI } from '../../functions/adapters/table-design.js';

const PK = 'LOCAL#SCHEDULES';
const DUE_PK = 'LOCAL#SCHEDULES#DUE';

export interface LocalSchedule {
  name: string;
  fireAt: string;
  payload: DeadlineCheckPayload;
}

/**
 * EventBridge Scheduler's local stand-in: schedules live in DynamoDB Local (so they survive a
 * restart) in a due-ordered index; `fireDue` runs each due one through the deadline check, then
 * deletes it, as ActionAfterCompletion DELETE does.
 */
export class LocalScheduler implements Scheduler {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly fire: (payload: DeadlineCheckPayload) => Promise<unknown>,
  ) {}

  async upsert(name: string, fireAt: Date, payload: DeadlineCheckPayload): Promise<void> {
    await this.db.send(
      new PutCommand({
        TableName: this.tableName,
        Item: {
          PK,
          SK: name,
          entity: 'local-schedule',
          name,
          fireAt: fireAt.toISOString(),
          payload,
          [`${GSI.byDue}PK`]: DUE_PK,
          [`${GSI.byDue}SK`]: `${fireAt.toISOString()}#${name}`,
        },
      }),
    );
  }

  async delete(name: string): Promise<void> {
    await this.db.send(new DeleteCommand({ TableName: this.tableName, Key: { PK, SK: name } }));
  }

  /** Pending schedules, soonest first (upTo bounds them; all when absent). */
  async pending(upTo?: Date): Promise<LocalSchedule[]> {
    const items = await queryAll(this.db, {
      TableName: this.tableName,
      IndexName: GSI.byDue,
      KeyConditionExpression: upTo ? '#pk = :pk AND #sk <= :upTo' : '#pk = :pk',
      ExpressionAttributeNames: { '#pk': `${GSI.byDue}PK`, ...(upTo && { '#sk': `${GSI.byDue}SK` }) },
      ExpressionAttributeValues: { ':pk': DUE_PK, ...(upTo && { ':upTo': `${upTo.toISOString()}#~` }) },
    });
    // The due index holds keys only: the schedules themselves are read behind it.
    const schedules = await batchGetInOrder(this.db, this.tableName, items as { PK: string; SK: string }[]);
    return schedules.map((item) => ({ name: item.name, fireAt: item.fireAt, payload: item.payload }) as LocalSchedule);
  }

  /** Fires the soonest schedule due by `upTo`; answers it, or undefined when none is due. */
  async fireNext(upTo: Date): Promise<LocalSchedule | undefined> {
    const [next] = await this.pending(upTo);
    if (!next) return undefined;
    await this.fire(next.payload);
    await this.delete(next.name);
    return next;
  }
}
