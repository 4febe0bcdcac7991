import { randomUUID } from 'node:crypto';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Clock } from '../../domain/ports/clock.port.js';
import type { Mailer } from '../../domain/ports/outbox.port.js';
import type { Scheduler } from '../../domain/ports/scheduler.port.js';
import type { SendLedger } from '../../domain/ports/send-ledger.port.js';
import { DynamoDbComplaintStore } from '../adapters/dynamodb-complaint-store.adapter.js';
import { DynamoDbLandlordStore } from '../adapters/dynamodb-landlord-store.adapter.js';
import { DynamoDbOutbox } from '../adapters/dynamodb-outbox.adapter.js';
import { DEFAULT_DISPATCHER_OPTIONS, OutboxDispatcher, type DispatcherOptions } from './outbox-dispatcher.js';

/**
 * The dispatcher over the table, with the provider, its send ledger and the scheduler each place
 * supplies: SES, its events and EventBridge Scheduler on AWS; the local outbox and scheduler locally
 * and in tests. One composition, so the three run the same thing.
 */
export function composeDispatcher(parts: {
  db: DynamoDBDocumentClient;
  tableName: string;
  mailer: Mailer;
  ledger: SendLedger;
  scheduler: Scheduler;
  clock: Clock;
  defaultFromAddress: string;
  options?: Partial<DispatcherOptions>;
}): OutboxDispatcher {
  return new OutboxDispatcher(
    new DynamoDbOutbox(parts.db, parts.tableName),
    parts.mailer,
    parts.ledger,
    parts.scheduler,
    new DynamoDbComplaintStore(parts.db, parts.tableName),
    new DynamoDbLandlordStore(parts.db, parts.tableName),
    parts.clock,
    { ...DEFAULT_DISPATCHER_OPTIONS, defaultFromAddress: parts.defaultFromAddress, newId: randomUUID, ...parts.options },
  );
}
