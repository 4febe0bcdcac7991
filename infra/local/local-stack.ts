import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { createDocumentClient } from '../../functions/adapters/dynamodb-client.js';
import { DynamoDbComplaintStore } from '../../functions/adapters/dynamodb-complaint-store.adapter.js';
import { DynamoDbLandlordStore } from '../../functions/adapters/dynamodb-landlord-store.adapter.js';
import { createHttpApi } from '../../functions/http-api/app.js';
import { loadBankHolidays } from '../../functions/shared/config.js';
import { createGatewayServer } from './api-gateway-bridge.js';
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
}

export interface LocalStack {
  apiUrl: string;
  dynamoEndpoint: string;
  tableName: string;
  stop(): Promise<void>;
}

/** The same handlers AWS runs, composed with local adapters on one machine. */
export async function startLocalStack(options: LocalStackOptions): Promise<LocalStack> {
  const tableName = options.tableName ?? 'complaints';
  let dynamo: RunningDynamoDb | undefined;
  const endpoint = options.dynamoEndpoint ?? (dynamo = await startDynamoDbLocal(options.dataDir ? { dataDir: options.dataDir } : {})).endpoint;
  try {
    await ensureTable(endpoint, tableName);
    const db = createDocumentClient(endpoint);
    const handler = createHttpApi({
      complaints: new DynamoDbComplaintStore(db, tableName),
      landlords: new DynamoDbLandlordStore(db, tableName),
      clock: { now: () => new Date() },
      holidays: loadBankHolidays(),
      newId: randomUUID,
    });
    const server = createGatewayServer({ handler, jwtSecret: options.jwtSecret });
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
      stop: async () => {
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
