import type { DeadlineCheckPayload } from './outbox.port.js';

/** One-time schedules that invoke the deadline check: EventBridge Scheduler on AWS, DynamoDB Local locally. */
export interface Scheduler {
  /** Create the schedule, or move it if it exists. */
  upsert(name: string, fireAt: Date, payload: DeadlineCheckPayload): Promise<void>;
  /** Delete it; one already gone (fired, or never made) is fine. */
  delete(name: string): Promise<void>;
}
