import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { createDocumentClient } from '../../functions/adapters/dynamodb-client.js';
import { createHttpApi } from '../../functions/http-api/app.js';
import { createDocumentsApi } from '../../functions/documents/app.js';
import { createReportsApi } from '../../functions/reports/app.js';
import { composeDocuments } from '../../functions/documents/compose.js';
import { composeCore } from '../../functions/shared/compose.js';
import { InboundIntake } from '../../functions/inbound-email/inbound-intake.js';
import { loadBankHolidays } from '../../functions/shared/config.js';
import type { OutboxDispatcher } from '../../functions/outbox-dispatcher/outbox-dispatcher.js';
import { composeDispatcher } from '../../functions/outbox-dispatcher/compose.js';
import { createGatewayServer } from './api-gateway-bridge.js';
import { LocalClock } from './local-clock.js';
import { LocalOutbox } from './local-outbox.js';
import { LocalScheduler } from './local-scheduler.js';
import { LocalTime } from './local-time.js';
import { runDeadlineCheck } from '../../functions/deadline-check/deadline-check.js';
import { localRoutes } from './local-routes.js';
import { Sweeper } from './sweeper.js';
import { crashAfterSends } from './crash-after-sends.js';
import { FileBlobStore } from './file-blob-store.js';
import { startSmtpIntake } from './smtp-intake.js';
import { ensureTable, startDynamoDbLocal, type RunningDynamoDb } from './dynamodb-local.js';
import { composeReports } from '../../functions/report-aggregates/compose.js';
import { aggregatingAfterCommit } from '../../functions/report-aggregates/after-commit.js';

export interface LocalStackOptions {
  port: number;
  /** SMTP intake port; a free one when absent. */
  smtpPort?: number;
  host?: string;
  /** Where DynamoDB Local keeps its data; in memory when absent. */
  dataDir?: string;
  jwtSecret: string;
  tableName?: string;
  /** Use an already running DynamoDB Local instead of starting one. */
  dynamoEndpoint?: string;
  /** How often the outbox is swept and due schedules fired. */
  sweepIntervalMs?: number;
  /** Where local time starts (tests, demos); now, or where it was when `dataDir` holds a clock. */
  startAt?: Date;
  /** Crash-safety tests only: kill -9 this process right after the n-th email is sent, before it is marked sent. */
  crashAfterSends?: number;
}

export interface LocalStack {
  apiUrl: string;
  dynamoEndpoint: string;
  tableName: string;
  /** The document client every local handler shares (benchmarks observe it). */
  db: DynamoDBDocumentClient;
  smtpPort: number;
  clock: LocalClock;
  dispatcher: OutboxDispatcher;
  localOutbox: LocalOutbox;
  scheduler: LocalScheduler;
  time: LocalTime;
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
    // The clock's offset is kept beside the data, so a restart resumes local time where the data is.
    if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
    const clock = new LocalClock(options.startAt, options.dataDir ? join(options.dataDir, 'local-clock.json') : undefined);
    const blobs = new FileBlobStore(options.dataDir ? join(options.dataDir, 'blobs') : mkdtempSync(join(tmpdir(), 'complaints-blobs-')));
    const base = composeCore({ db, tableName, clock, holidays: loadBankHolidays(), defaultFromAddress: DEFAULT_FROM });
    const { landlords } = base;
    // No table stream locally: report counters move right after each commit, through the stream consumer's code.
    const reports = composeReports(db, tableName, landlords);
    const core = {
      ...base,
      complaints: aggregatingAfterCommit(base.complaints, reports.aggregates, (error) => process.stderr.write(`local report aggregates: ${(error as Error).stack}\n`)),
    };
    const intake = new InboundIntake({ ...core, blobs });
    const handler = createHttpApi({ ...core, releaser: intake });
    const documents = createDocumentsApi({ ...core, ...composeDocuments({ db, tableName, blobs }) });
    const routed = { documents, reports: createReportsApi({ ...core, ...reports }) };
    const smtp = await startSmtpIntake({ port: options.smtpPort ?? 0, landlords, blobs, intake, clock });
    const localOutbox = new LocalOutbox(db, tableName, clock);
    // Fired through the same payload parsing as EventBridge Scheduler's invoke of the deadline-check function.
    const scheduler = new LocalScheduler(db, tableName, (payload) => runDeadlineCheck(core, payload));
    const mailer = options.crashAfterSends ? crashAfterSends(localOutbox, options.crashAfterSends) : localOutbox;
    // The local outbox is both the provider and the provider's record of what it took (the send ledger).
    const dispatcher = composeDispatcher({ db, tableName, mailer, ledger: localOutbox, scheduler, clock, defaultFromAddress: DEFAULT_FROM });
    const time = new LocalTime(clock, scheduler, dispatcher);
    // On AWS the stream sends at once, a one-minute schedule retries and Scheduler fires deadline
    // checks; locally one quick tick does all three through the same code (due indexes, never scans).
    const sweeper = new Sweeper(() => time.tick(), options.sweepIntervalMs ?? 250);
    const server = createGatewayServer({ handler, routed, jwtSecret: options.jwtSecret, localRoutes: [localRoutes({ localOutbox, scheduler, time, documents })] });
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
      smtpPort: smtp.port,
      db,
      clock,
      dispatcher,
      localOutbox,
      scheduler,
      time,
      stop: async () => {
        await smtp.close();
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
