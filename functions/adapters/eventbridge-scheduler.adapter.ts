import {
  ConflictException,
  CreateScheduleCommand,
  DeleteScheduleCommand,
  ResourceNotFoundException,
  UpdateScheduleCommand,
  type CreateScheduleCommandInput,
  type SchedulerClient,
} from '@aws-sdk/client-scheduler';
import type { DeadlineCheckPayload } from '../../domain/ports/outbox.port.js';
import type { Scheduler } from '../../domain/ports/scheduler.port.js';
import { metrics } from '../shared/metrics.js';

export interface SchedulerTarget {
  groupName: string;
  /** The deadline-check function. */
  targetArn: string;
  /** The role Scheduler assumes, allowed to invoke only that function. */
  roleArn: string;
  deadLetterArn: string;
}

/** `at(...)` takes a wall-clock time in ScheduleExpressionTimezone; UTC keeps BST/GMT out of it. */
export function atExpression(fireAt: Date): string {
  return `at(${fireAt.toISOString().slice(0, 19)})`;
}

/** One-time EventBridge Scheduler schedules that invoke the deadline check and then delete themselves. */
export class EventBridgeScheduler implements Scheduler {
  constructor(
    private readonly client: SchedulerClient,
    private readonly target: SchedulerTarget,
  ) {}

  async upsert(name: string, fireAt: Date, payload: DeadlineCheckPayload): Promise<void> {
    const input: CreateScheduleCommandInput = {
      Name: name,
      GroupName: this.target.groupName,
      ScheduleExpression: atExpression(fireAt),
      ScheduleExpressionTimezone: 'UTC',
      FlexibleTimeWindow: { Mode: 'OFF' },
      ActionAfterCompletion: 'DELETE',
      Target: {
        Arn: this.target.targetArn,
        RoleArn: this.target.roleArn,
        Input: JSON.stringify(payload),
        RetryPolicy: { MaximumRetryAttempts: 10, MaximumEventAgeInSeconds: 86_400 },
        DeadLetterConfig: { Arn: this.target.deadLetterArn },
      },
    };
    try {
      metrics.count('ScheduleCalls', 'create');
      await this.client.send(new CreateScheduleCommand(input));
    } catch (error) {
      // The name is deterministic: it exists already, so this is a move (an extension) or a retry.
      if (!(error instanceof ConflictException)) throw error;
      metrics.count('ScheduleCalls', 'update');
      await this.client.send(new UpdateScheduleCommand(input));
    }
  }

  async delete(name: string): Promise<void> {
    try {
      metrics.count('ScheduleCalls', 'delete');
      await this.client.send(new DeleteScheduleCommand({ Name: name, GroupName: this.target.groupName }));
    } catch (error) {
      if (!(error instanceof ResourceNotFoundException)) throw error; // fired and deleted itself, or never made
    }
  }
}
