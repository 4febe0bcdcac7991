import { randomUUID } from 'node:crypto';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { keys } from '../../functions/adapters/table-design.js';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { APIGatewayProxyEventV2WithJWTAuthorizer, Context } from 'aws-lambda';
import { inject } from 'vitest';
import { SHIPPED_BANK_HOLIDAYS } from '../../domain/calendar/bank-holidays.js';
import { ensureTable } from '../../infra/local/dynamodb-local.js';
import { createDocumentClient } from '../../functions/adapters/dynamodb-client.js';
import { composeCore } from '../../functions/shared/compose.js';
import { InboundIntake } from '../../functions/inbound-email/inbound-intake.js';
import { FileBlobStore } from '../../infra/local/file-blob-store.js';
import { DynamoDbOutbox } from '../../functions/adapters/dynamodb-outbox.adapter.js';
import { createHttpApi } from '../../functions/http-api/app.js';
import { createDocumentsApi } from '../../functions/documents/app.js';
import { composeDocuments } from '../../functions/documents/compose.js';
import { createReportsApi } from '../../functions/reports/app.js';
import { routedAsGateway } from '../../infra/local/api-gateway-bridge.js';
import type { DispatcherOptions } from '../../functions/outbox-dispatcher/outbox-dispatcher.js';
import { composeDispatcher } from '../../functions/outbox-dispatcher/compose.js';
import type { Mailer } from '../../domain/ports/outbox.port.js';
import type { Scheduler } from '../../domain/ports/scheduler.port.js';
import type { SendLedger } from '../../domain/ports/send-ledger.port.js';
import { DynamoDbSendLedger } from '../../functions/adapters/dynamodb-send-ledger.adapter.js';
import { runDeadlineCheck } from '../../functions/deadline-check/deadline-check.js';
import { LocalScheduler } from '../../infra/local/local-scheduler.js';
import { createResponseValidator } from '../contract/response-validator.js';
import { FIELDS_DIR, fieldRecorder } from '../contract/field-coverage.js';

/** Built once per test file: every answer the harness sees is checked against the OpenAPI document. */
let contract: ReturnType<typeof createResponseValidator> | undefined;
const recordFields = fieldRecorder(FIELDS_DIR);

/** Fails the test when an answer disagrees with the generated OpenAPI document (test/contract). */
export function assertMatchesContract(method: string, path: string, answer: Pick<Answer, 'status' | 'body' | 'headers'>): void {
  contract ??= createResponseValidator();
  const contentType = answer.headers['content-type'] ?? 'application/json';
  const problems = contract(method, path, answer.status, answer.body, contentType);
  if (problems.length > 0) throw new Error(`the answer does not match the OpenAPI document:\n${problems.join('\n')}`);
  // And the reverse: which documented fields answers carry, so a field no answer ever has is found (field-coverage-check.ts).
  recordFields(contract.fieldsOf(method, path, answer.status, answer.body, contentType));
}
import { composeReports } from '../../functions/report-aggregates/compose.js';
import { dynamoEndpoint } from './dynamodb-endpoint.js';

export interface Caller {
  sub: string;
  landlordId: string;
  roles: string[];
}

export interface Answer {
  status: number;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- tests read arbitrary JSON
  headers: Record<string, string>;
}

const isJson = (headers: Record<string, unknown> | undefined) => String(headers?.['content-type'] ?? 'application/json').startsWith('application/json');

export const newLandlordId = () => `L-${randomUUID().slice(0, 8)}`;

/** A settable clock: tests move time the way the local stack will. */
export class TestClock {
  constructor(private current: Date) {}
  now = () => this.current;
  set(iso: string): void {
    this.current = new Date(iso);
  }
}

/**
 * The real HTTP API handler against the run's DynamoDB Local, invoked with the API Gateway v2 events
 * AWS would send (claims already verified by the authorizer).
 */
export function apiHarness(startAt = '2026-11-02T10:00:00Z', tableName = inject('tableName')) {
  const db = createDocumentClient(dynamoEndpoint());
  const clock = new TestClock(new Date(startAt));
  const blobs = new FileBlobStore(mkdtempSync(join(tmpdir(), 'complaints-test-blobs-')));
  const core = composeCore({ db, tableName, clock, holidays: SHIPPED_BANK_HOLIDAYS, defaultFromAddress: 'complaints@test.example' });
  const { complaints, landlords, quarantine } = core;
  const intake = new InboundIntake({ ...core, blobs });
  // As API Gateway routes them: the PDF and report routes go to the documents and reports functions.
  const gateway = routedAsGateway(createHttpApi({ ...core, releaser: intake }), {
    documents: createDocumentsApi({ ...core, ...composeDocuments({ db, tableName, blobs }) }),
    reports: createReportsApi({ ...core, ...composeReports(db, tableName, landlords) }),
  });

  async function call(
    method: string,
    path: string,
    options: { caller?: Caller; body?: unknown; rawBody?: string; headers?: Record<string, string> } = {},
  ): Promise<Answer> {
    const url = new URL(path, 'http://local');
    const query = Object.fromEntries(url.searchParams);
    const event = {
      version: '2.0',
      routeKey: '$default',
      rawPath: url.pathname,
      rawQueryString: url.search.slice(1),
      headers: { 'content-type': 'application/json', ...options.headers },
      ...(Object.keys(query).length > 0 && { queryStringParameters: query }),
      requestContext: {
        requestId: randomUUID(),
        http: { method, path: url.pathname, protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'vitest' },
        ...(options.caller && {
          authorizer: { jwt: { claims: { sub: options.caller.sub, landlord_id: options.caller.landlordId, roles: options.caller.roles }, scopes: [] } },
        }),
      },
      body: options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
      isBase64Encoded: false,
    } as unknown as APIGatewayProxyEventV2WithJWTAuthorizer;
    const context = { awsRequestId: event.requestContext.requestId, functionName: 'test', getRemainingTimeInMillis: () => 30_000 } as Context;
    const result = await gateway(event, context);
    const answer: Answer = {
      status: result.statusCode ?? 200,
      // A download answers base64 bytes and a report page or CSV text, left as they are; everything else is JSON.
      body: result.body ? (result.isBase64Encoded || !isJson(result.headers) ? result.body : JSON.parse(result.body)) : undefined,
      headers: (result.headers ?? {}) as Record<string, string>,
    };
    assertMatchesContract(method, url.pathname, answer);
    return answer;
  }

  const outbox = new DynamoDbOutbox(db, tableName);
  const scheduler = new LocalScheduler(db, tableName, (payload) => runDeadlineCheck(core, payload));
  /** The real dispatcher on this harness's clock and table, with the mailer (and scheduler) a test chooses. */
  const ledger = new DynamoDbSendLedger(db, tableName);
  const dispatcherWith = (mailer: Mailer, options: Partial<DispatcherOptions> = {}, withScheduler: Scheduler = scheduler, withLedger: SendLedger = ledger) =>
    composeDispatcher({ db, tableName, mailer, ledger: withLedger, scheduler: withScheduler, clock, defaultFromAddress: 'complaints@test.example', options });

  return { call, clock, core, complaints, landlords, intake, quarantine, blobs, db, tableName, outbox, ledger, scheduler, dispatcherWith };
}

export const definition = {
  understanding: 'The kitchen ceiling leaks and two repair visits did not fix it',
  outcomesSought: ['Repair the leak', 'Compensation for damaged flooring'],
};

/** The settings seedLandlord saves unless told otherwise: one inbound address per landlord, so mail finds it. */
export const seedSettings = (landlordId: string) => ({
  name: 'Riverside Homes',
  homes: 12000,
  division: 'england-and-wales',
  timeZone: 'Europe/London',
  complaintsOfficerEmail: 'complaints@riverside.example',
  inboundAddresses: [`complaints+${landlordId.toLowerCase()}@riverside.example`],
});

/** A landlord with settings, a stage 1 and a stage 2 handler, and callers of each role. */
export async function seedLandlord(call: ReturnType<typeof apiHarness>['call'], settings: Record<string, unknown> = {}) {
  const landlordId = newLandlordId();
  const admin: Caller = { sub: 'admin-1', landlordId, roles: ['admin'] };
  const officer: Caller = { sub: 'officer-1', landlordId, roles: ['officer'] };
  const handler: Caller = { sub: 'handler-1', landlordId, roles: ['handler'] };
  const viewer: Caller = { sub: 'viewer-1', landlordId, roles: ['viewer'] };
  const put = await call('PUT', '/v1/landlord', { caller: admin, body: { ...seedSettings(landlordId), ...settings } });
  if (put.status !== 200) throw new Error(`seed landlord: ${JSON.stringify(put.body)}`);
  for (const [id, name] of [
    ['h1', 'Sam Stage One'],
    ['h2', 'Pat Stage Two'],
  ]) {
    const staff = await call('PUT', `/v1/staff/${id}`, { caller: admin, body: { name, email: `${id}@riverside.example` } });
    if (staff.status !== 200) throw new Error(`seed staff: ${JSON.stringify(staff.body)}`);
  }
  return { landlordId, admin, officer, handler, viewer };
}

/**
 * A harness on a table of its own: for tests of work that is found across landlords (the outbox
 * sweep, due schedules), which would otherwise pick up other test files' items.
 */
export async function isolatedHarness(startAt = '2026-11-02T10:00:00Z') {
  const tableName = `t-${randomUUID()}`;
  await ensureTable(dynamoEndpoint(), tableName);
  return apiHarness(startAt, tableName);
}

/** The letters queued in a complaint's outbox (schedule moves ride the same outbox and are left out). */
export async function queuedLetters(h: Pick<ReturnType<typeof apiHarness>, 'db' | 'tableName'>, landlordId: string, complaintId: string) {
  const { Items } = await h.db.send(
    new QueryCommand({
      TableName: h.tableName,
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :outbox)',
      ExpressionAttributeValues: { ':pk': keys.complaint(landlordId, complaintId), ':outbox': 'OUTBOX#' },
    }),
  );
  return (Items ?? []).filter((item) => item.kind !== 'schedule');
}
