import { randomUUID } from 'node:crypto';
import { GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { CreateScheduleCommand, SchedulerClient, UpdateScheduleCommand } from '@aws-sdk/client-scheduler';
import { SendEmailCommand, SESv2Client } from '@aws-sdk/client-sesv2';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2, Context, DynamoDBBatchResponse, DynamoDBStreamEvent, SESEvent } from 'aws-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { keys } from '../../functions/adapters/table-design.js';
import { unzipSync } from 'fflate';
import { apiHarness, seedLandlord } from '../support/api-harness.js';
import { pdfText } from '../support/pdf-text.js';
import { dynamoEndpoint } from '../support/dynamodb-endpoint.js';

/**
 * Every AWS entry point (functions/<entry>/handler.ts), imported as Lambda loads it: composed from its
 * environment, pointed at DynamoDB Local through the SDK's standard endpoint variable, and invoked with
 * the event AWS would send. SES, S3 and EventBridge Scheduler cannot run here: they are mocked and the
 * exact commands asserted.
 */
const ENV = {
  TABLE_NAME: inject('tableName'),
  AWS_ENDPOINT_URL_DYNAMODB: dynamoEndpoint(),
  AWS_REGION: 'eu-west-2',
  AWS_ACCESS_KEY_ID: 'local',
  AWS_SECRET_ACCESS_KEY: 'local',
  DEFAULT_FROM_ADDRESS: 'complaints@deployed.example',
  MAIL_BUCKET: 'mail-bucket',
  INBOUND_FUNCTION_NAME: 'inbound-email',
  SCHEDULE_GROUP: 'complaints',
  DEADLINE_CHECK_ARN: 'arn:aws:lambda:eu-west-2:111122223333:function:deadline-check',
  SCHEDULER_ROLE_ARN: 'arn:aws:iam::111122223333:role/scheduler',
  SCHEDULE_DLQ_ARN: 'arn:aws:sqs:eu-west-2:111122223333:schedule-dlq',
};
const saved = Object.fromEntries(Object.keys(ENV).map((name) => [name, process.env[name]]));
const ses = mockClient(SESv2Client);
const s3 = mockClient(S3Client);
const scheduler = mockClient(SchedulerClient);

type Handler<E, R> = (event: E, context: Context) => Promise<R>;
let inbound: Handler<SESEvent, { outcome: string; complaintId?: string }[]>;
let dispatcher: Handler<DynamoDBStreamEvent | { source: 'aws.events' }, DynamoDBBatchResponse | Record<string, number>>;
let deadlineCheck: Handler<unknown, string>;
let httpApi: Handler<APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2>;
let documents: Handler<APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2>;
let reports: Handler<APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2>;

beforeAll(async () => {
  Object.assign(process.env, ENV);
  inbound = (await import('../../functions/inbound-email/handler.js')).handler as unknown as typeof inbound;
  dispatcher = (await import('../../functions/outbox-dispatcher/handler.js')).handler as unknown as typeof dispatcher;
  deadlineCheck = (await import('../../functions/deadline-check/handler.js')).handler as unknown as typeof deadlineCheck;
  httpApi = (await import('../../functions/http-api/handler.js')).handler as unknown as typeof httpApi;
  documents = (await import('../../functions/documents/handler.js')).handler as unknown as typeof documents;
  reports = (await import('../../functions/reports/handler.js')).handler as unknown as typeof reports;
});
afterAll(() => {
  for (const [name, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  ses.restore();
  s3.restore();
  scheduler.restore();
});

const context = (functionName: string) => ({ awsRequestId: randomUUID(), functionName, getRemainingTimeInMillis: () => 30_000 }) as Context;

/** SES's receipt event for a message its receipt rule has just written to S3 (AWS's documented shape). */
function sesReceipt(messageId: string, to: string): SESEvent {
  const timestamp = new Date().toISOString();
  return {
    Records: [
      {
        eventSource: 'aws:ses',
        eventVersion: '1.0',
        ses: {
          mail: {
            timestamp,
            source: 'ann@example.org',
            messageId,
            destination: [to],
            headersTruncated: false,
            headers: [
              { name: 'From', value: 'Ann Example <ann@example.org>' },
              { name: 'To', value: to },
              { name: 'Subject', value: 'Mould in the bedroom' },
            ],
            commonHeaders: { returnPath: 'ann@example.org', from: ['Ann Example <ann@example.org>'], date: timestamp, to: [to], messageId: `<${messageId}@example.org>`, subject: 'Mould in the bedroom' },
          },
          receipt: {
            timestamp,
            processingTimeMillis: 420,
            recipients: [to],
            spamVerdict: { status: 'PASS' },
            virusVerdict: { status: 'PASS' },
            spfVerdict: { status: 'PASS' },
            dkimVerdict: { status: 'PASS' },
            dmarcVerdict: { status: 'PASS' },
            dmarcPolicy: 'none',
            action: { type: 'Lambda', functionArn: 'arn:aws:lambda:eu-west-2:111122223333:function:inbound-email', invocationType: 'Event' },
          },
        },
      },
    ],
  } as SESEvent;
}

/** A DynamoDB stream record as the table's stream delivers it (NEW_AND_OLD_IMAGES). */
function streamRecord(item: Record<string, unknown>, sequence: string): DynamoDBStreamEvent['Records'][number] {
  return {
    eventID: randomUUID(),
    eventName: 'INSERT',
    eventVersion: '1.1',
    eventSource: 'aws:dynamodb',
    awsRegion: 'eu-west-2',
    dynamodb: {
      ApproximateCreationDateTime: Date.now() / 1000,
      Keys: marshall({ PK: item.PK, SK: item.SK }) as never,
      NewImage: marshall(item, { removeUndefinedValues: true }) as never,
      SequenceNumber: sequence,
      SizeBytes: 1024,
      StreamViewType: 'NEW_AND_OLD_IMAGES',
    },
    eventSourceARN: 'arn:aws:dynamodb:eu-west-2:111122223333:table/complaints/stream/2026-11-25T00:00:00.000',
  };
}

describe('every AWS entry point, with the event AWS sends, against DynamoDB Local', () => {
  it('mail in through SES, its receipt out through the stream, a deadline check from Scheduler, the API, its documents and its reports through API Gateway', async () => {
    const h = apiHarness(new Date().toISOString());
    const { landlordId, officer } = await seedLandlord(h.call);
    const to = `complaints+${landlordId.toLowerCase()}@riverside.example`;
    const messageId = `ses-${randomUUID()}`;
    const raw = Buffer.from(
      [`From: Ann Example <ann@example.org>`, `To: ${to}`, 'Subject: Mould in the bedroom', `Message-ID: <${messageId}@example.org>`, 'Content-Type: text/plain; charset=utf-8', '', 'There is black mould on the bedroom wall.', ''].join('\r\n'),
    );
    s3.on(GetObjectCommand, { Bucket: 'mail-bucket', Key: `inbound/${messageId}` }).resolves({ Body: { transformToByteArray: async () => new Uint8Array(raw) } } as never);
    s3.on(PutObjectCommand).resolves({});

    // SES receipt rule -> inbound-email: logged as a stage 1 complaint.
    const [logged] = await inbound(sesReceipt(messageId, to), context('inbound-email'));
    expect(logged).toMatchObject({ outcome: 'logged' });
    expect(s3.commandCalls(GetObjectCommand, { Key: `inbound/${messageId}` })).toHaveLength(1);
    const complaintId = logged!.complaintId!;

    // The table's stream -> outbox-dispatcher: the receipt and the schedule moves, plus one corrupt record.
    const { Items = [] } = await h.db.send(
      new QueryCommand({
        TableName: h.tableName,
        KeyConditionExpression: 'PK = :pk AND begins_with(SK, :outbox)',
        ExpressionAttributeValues: { ':pk': keys.complaint(landlordId, complaintId), ':outbox': 'OUTBOX#' },
      }),
    );
    const receipt = Items.find((item) => item.kind === 'receipt')!;
    const schedules = Items.filter((item) => item.kind === 'schedule');
    expect(schedules.length).toBeGreaterThan(0);
    ses.on(SendEmailCommand).resolves({ MessageId: 'ses-out-1' });
    scheduler.on(UpdateScheduleCommand).rejects(Object.assign(new Error('not found'), { name: 'ResourceNotFoundException' }));
    scheduler.on(CreateScheduleCommand).resolves({ ScheduleArn: 'arn:aws:scheduler:eu-west-2:111122223333:schedule/complaints/x' });
    const corrupt = { ...receipt, PK: '', SK: '' };
    const batch: DynamoDBStreamEvent = {
      Records: [streamRecord(receipt, '100'), ...schedules.map((item, n) => streamRecord(item, String(200 + n))), streamRecord(corrupt, '999')],
    };
    const answer = (await dispatcher(batch, context('outbox-dispatcher'))) as DynamoDBBatchResponse;
    // The corrupt record is reported for retry by its sequence number; the rest were carried out.
    expect(answer).toEqual({ batchItemFailures: [{ itemIdentifier: '999' }] });
    const sends = ses.commandCalls(SendEmailCommand).filter((call) => call.args[0].input.Destination?.ToAddresses?.[0] === 'ann@example.org');
    expect(sends).toHaveLength(1);
    expect(sends[0]!.args[0].input.Content?.Simple?.Subject?.Data).toContain('We have received your complaint');
    expect(scheduler.commandCalls(CreateScheduleCommand).map((call) => call.args[0].input.Target?.Arn)).toContain(ENV.DEADLINE_CHECK_ARN);
    // Redelivered, the same batch sends nothing more (claimed and marked sent).
    await dispatcher({ Records: [streamRecord(receipt, '100')] }, context('outbox-dispatcher'));
    expect(ses.commandCalls(SendEmailCommand).filter((call) => call.args[0].input.Destination?.ToAddresses?.[0] === 'ann@example.org')).toHaveLength(1);
    // The one-minute sweep is the other trigger.
    expect(await dispatcher({ source: 'aws.events' }, context('outbox-dispatcher'))).toMatchObject({ failed: 0 });

    // EventBridge Scheduler -> deadline-check, with the schedule's JSON payload exactly as queued.
    const reminder = schedules.flatMap((item) => item.schedules).find((schedule) => schedule.payload?.kind === 'reminder');
    expect(await deadlineCheck(JSON.parse(JSON.stringify(reminder.payload)), context('deadline-check'))).toBe('reminded');
    await expect(deadlineCheck({ ...reminder.payload, kind: 'nap' }, context('deadline-check'))).rejects.toThrow(/kind must be reminder or check/);

    // API Gateway (JWT authorizer) -> http-api.
    const event = (method: string, path: string, claims?: Record<string, unknown>) =>
      ({
        version: '2.0',
        routeKey: '$default',
        rawPath: path,
        rawQueryString: '',
        headers: { accept: 'application/json' },
        requestContext: {
          requestId: randomUUID(),
          http: { method, path, protocol: 'HTTP/1.1', sourceIp: '192.0.2.1', userAgent: 'portal' },
          ...(claims && { authorizer: { jwt: { claims, scopes: [] } } }),
        },
        isBase64Encoded: false,
      }) as unknown as APIGatewayProxyEventV2WithJWTAuthorizer;
    expect((await httpApi(event('GET', '/v1/openapi.json'), context('http-api'))).statusCode).toBe(200);
    const fetched = await httpApi(event('GET', `/v1/complaints/${complaintId}`, { sub: officer.sub, landlord_id: landlordId, roles: '[officer]' }), context('http-api'));
    expect(fetched.statusCode).toBe(200);
    expect(JSON.parse(fetched.body!)).toMatchObject({ id: complaintId, channel: 'email', status: 'stage1_received' });

    // API Gateway -> documents: the complaint file with the raw email SES stored, as a zip.
    const claims = { sub: officer.sub, landlord_id: landlordId, roles: '[officer]' };
    const caseFileEvent = event('GET', `/v1/complaints/${complaintId}/case-file`, claims);
    caseFileEvent.headers.accept = 'application/zip';
    const zipped = await documents(caseFileEvent, context('documents'));
    expect({ status: zipped.statusCode, type: zipped.headers?.['content-type'], base64: zipped.isBase64Encoded }).toEqual({ status: 200, type: 'application/zip', base64: true });
    const files = unzipSync(new Uint8Array(Buffer.from(zipped.body!, 'base64')));
    const eml = Object.keys(files).find((name) => name.startsWith('emails/'))!;
    expect(Buffer.from(files[eml]!).equals(raw)).toBe(true);
    const pdf = Buffer.from(files[Object.keys(files).find((name) => name.endsWith('.pdf'))!]!);
    expect(pdfText(pdf)).toContain('We have received your complaint'); // the receipt, as it was emailed
    expect(s3.commandCalls(GetObjectCommand, { Key: `inbound/${messageId}` }).length).toBeGreaterThanOrEqual(2);
    // The API function does not render: a PDF route that reached it (a path API Gateway sent elsewhere) is a 404, not a blank answer.
    const misrouted = await httpApi(event('GET', `/v1/complaints/${complaintId}/case-file`, claims), context('http-api'));
    expect({ status: misrouted.statusCode, body: JSON.parse(misrouted.body!) }).toMatchObject({ status: 404, body: { error: { code: 'not_found', message: expect.stringContaining('documents function') } } });
    expect((await documents(event('GET', `/v1/complaints/${complaintId}/case-file`, { ...claims, roles: '[handler]' }), context('documents'))).statusCode).toBe(403);

    // API Gateway -> reports: the governance report for the year, read from the landlord's counters.
    const governanceEvent = event('GET', '/v1/reports/governance', claims);
    governanceEvent.rawQueryString = 'from=2026-01-01&to=2026-12-31';
    governanceEvent.queryStringParameters = { from: '2026-01-01', to: '2026-12-31' };
    const governance = await reports(governanceEvent, context('reports'));
    expect(governance.statusCode).toBe(200);
    expect(JSON.parse(governance.body!)).toMatchObject({ current: { period: { from: '2026-01-01', to: '2026-12-31' } }, overdueNow: { total: expect.any(Number) } });
    // Likewise the API does not build reports, and the reports function answers only its own routes.
    expect((await httpApi(governanceEvent, context('http-api'))).statusCode).toBe(404);
    expect((await reports(event('GET', `/v1/complaints/${complaintId}`, claims), context('reports'))).statusCode).toBe(404);
  });
});
