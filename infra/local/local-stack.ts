import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { createDocumentClient } from '../../functions/adapters/dynamodb-client.js';
import { DynamoDbComplaintStore } from '../../functions/adapters/dynamodb-complaint-store.adapter.js';
import { DynamoDbLandlordStore } from '../../functions/adapters/dynamodb-landlord-store.adapter.js';
import { createHttpApi } from '../../functions/http-api/app.js';
import { loadBankHolidays } from '../../functions/shared/config.js';
import { DynamoDbOutbox } from '../../functions/adapters/dynamodb-outbox.adapter.js';
import { DEFAULT_DISPATCHER_OPTIONS, OutboxDispatcher } from '../../functions/outbox-dispatcher/outbox-dispatcher.js';
import { createGatewayServer } from './api-gateway-bridge.js';
import { LocalClock } from './local-clock.js';
import { LocalOutbox } from './local-outbox.js';
import { localRoutes } from './local-routes.js';
import { Sweeper } from './sweeper.js';
import { ensureTable, startDynamoDbLocal, type RunningDynamoDb } from './dynamodb-local.js';

export interface LocalStackOptions {
  port: number;
  host?: string;
  /** Where DynamoDB Local keeps its data; in memory when absent. */
  dataDir?: string;
  jwtSecret: string;
  tableName?: string;
  /** Use an already running DynamoDB Local instead of starting one. */
  dynamoEndpoint?: string;
  /** How often the outbox is swept; tests may slow it to drive the dispatcher themselves. */
  sweepIntervalMs?: number;
}

export interface LocalStack {
  apiUrl: string;
  dynamoEndpoint: string;
  tableName: string;
  clock: LocalClock;
  dispatcher: OutboxDispatcher;
  localOutbox: LocalOutbox;
  stop(): Promise<void>;
}

const DEFAULT_FROM = 'complaints@localhost';

/** The same handlers AWS runs, composed with local adapters on one machine. */
export async function startLocalStack(options: LocalStackOptions): Promise<LocalStack> {
  const tableName = options.tableName ?? 'complaints';
  let dynamo: RunningDynamoDb | undefined;
  const endpoint = options.dynamoEndpoint ?? (dynamo = await startDynamoDbLocal(options.dataDir ? { dataDir: options.dataDir } : {})).endpoint;
  try {
    await ensureTable(endpoint, tableName);
    const db = createDocumentClient(endpoint);
    const clock = new LocalClock();
    const landlords = new DynamoDbLandlordStore(db, tableName);
    const handler = createHttpApi({
      complaints: new DynamoDbComplaintStore(db, tableName),
      landlords,
      clock,
      holidays: loadBankHolidays(),
      newId: randomUUID,
      defaultFromAddress: DEFAULT_FROM,
    });
    const localOutbox = new LocalOutbox(db, tableName, clock);
    const dispatcher = new OutboxDispatcher(new DynamoDbOutbox(db, tableName), localOutbox, landlords, clock, {
      ...DEFAULT_DISPATCHER_OPTIONS,
      defaultFromAddress: DEFAULT_FROM,
      newId: randomUUID,
    });
    // On AWS the stream sends at once and a one-minute schedule retries; locally one quick sweep
    // does both, through the same dispatcher (it reads the sparse due index, never scans).
    const sweeper = new Sweeper(() => dispatcher.sweep(), options.sweepIntervalMs ?? 250);
    const server = createGatewayServer({ handler, jwtSecret: options.jwtSecret, localRoutes: [localRoutes({ localOutbox })] });
    const host = options.host ?? '127.0.0.1';
    await new Promise<void>((done, fail) => {
      server.once('error', fail);
      server.listen(options.port, host, done);
    });
    const { port } = server.address() as AddressInfo;
    return {
      apiUrl: `http://${host}:${port}`,
      dynamoEndpoint: endpoint,
      tableName,
      clock,
      dispatcher,
      localOutbox,
      stop: async () => {
        await sweeper.stop();
        await new Promise<void>((done) => server.close(() => done()));
        server.closeAllConnections();
        db.destroy();
        await dynamo?.stop();
      },
    };
  } catch (error) {
    await dynamo?.stop();
    throw error;
  }
}
