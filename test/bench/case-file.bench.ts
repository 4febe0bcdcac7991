import { randomUUID } from 'node:crypto';
import { PDFDocument } from 'pdf-lib';
import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { SHIPPED_BANK_HOLIDAYS } from '../../domain/calendar/bank-holidays.js';
import { dateInZone } from '../../domain/calendar/plain-date.js';
import type { Correspondence } from '../../domain/complaint/correspondence.js';
import { printedLetter } from '../../domain/letters/pdf-layout.js';
import type { PostedLetter } from '../../domain/letters/posted-letter.js';
import { correspondenceItem } from '../../functions/adapters/complaint-item.js';
import { createDocumentClient } from '../../functions/adapters/dynamodb-client.js';
import { letterItem, letterPointerItem } from '../../functions/adapters/dynamodb-letter-item.js';
import { pdfDocumentRenderer } from '../../functions/adapters/pdf-document-renderer.js';
import { createDocumentsApi } from '../../functions/documents/app.js';
import { composeDocuments } from '../../functions/documents/compose.js';
import { createHttpApi } from '../../functions/http-api/app.js';
import { composeCore } from '../../functions/shared/compose.js';
import { ensureTable, startDynamoDbLocal } from '../../infra/local/dynamodb-local.js';
import { FileBlobStore } from '../../infra/local/file-blob-store.js';
import { BUNDLE_BUDGET_HEADER, measureEntry } from './bundle-budget.bench.js';
import { row, timeInterleaved } from './stats.js';

const ROUNDS = Number(process.env.BENCH_CASE_FILE_RUNS ?? 15);
const LETTERS = 20;
const CORRESPONDENCE = 50;
const TZ = 'Europe/London';

/**
 * The complaint file for a complaint with 50 correspondence items and 20 posted letters, through the
 * documents function's handler on DynamoDB Local (read the partition, lay out, render, base64), against
 * rendering those 20 letters alone with the same renderer. Then the documents function's bundle and
 * cold init against the README's budget.
 */
export async function caseFileBench(): Promise<string[]> {
  const dynamo = await startDynamoDbLocal();
  const tableName = 'bench-case-file';
  try {
    await ensureTable(dynamo.endpoint, tableName);
    const db = createDocumentClient(dynamo.endpoint);
    let now = new Date('2026-11-02T10:00:00Z');
    const core = composeCore({ db, tableName, clock: { now: () => now }, holidays: SHIPPED_BANK_HOLIDAYS, defaultFromAddress: 'b@bench.example' });
    const api = createHttpApi({ ...core, releaser: { release: async () => undefined } as never });
    const documents = createDocumentsApi({ ...core, ...composeDocuments({ db, tableName, blobs: new FileBlobStore('/tmp/bench-case-file-blobs') }) });
    const landlordId = `bench-${randomUUID().slice(0, 6)}`;
    const call = async (handler: typeof api, method: string, path: string, body?: unknown): Promise<APIGatewayProxyStructuredResultV2> => {
      const event = {
        version: '2.0',
        rawPath: path,
        rawQueryString: '',
        headers: { 'content-type': 'application/json' },
        requestContext: { requestId: randomUUID(), http: { method, path }, authorizer: { jwt: { claims: { sub: 'bench', landlord_id: landlordId, roles: ['admin', 'officer', 'handler'] }, scopes: [] } } },
        body: body === undefined ? undefined : JSON.stringify(body),
        isBase64Encoded: false,
      } as unknown as APIGatewayProxyEventV2WithJWTAuthorizer;
      const result = await handler(event, { awsRequestId: randomUUID(), getRemainingTimeInMillis: () => 30_000 } as Context);
      if ((result.statusCode ?? 200) >= 300) throw new Error(`${method} ${path}: ${result.statusCode} ${result.body}`);
      return result;
    };

    // A two-stage complaint by the real lifecycle, posted letters throughout.
    await call(api, 'PUT', '/v1/landlord', {
      name: 'Bench Homes', homes: 10000, division: 'england-and-wales', timeZone: TZ, complaintsOfficerEmail: 'o@bench.example', inboundAddresses: [`in-${landlordId}@bench.example`],
      postalAddress: 'Bench House\n1 Quay Street\nRiverside RV1 1AA', phone: '0300 123 4567',
    });
    for (const id of ['h1', 'h2']) await call(api, 'PUT', `/v1/staff/${id}`, { name: id, email: `${id}@bench.example` });
    const created = JSON.parse((await call(api, 'POST', '/v1/complaints', { channel: 'phone', resident: { name: 'Dee Post', address: '12 Mill Lane\nRiverside\nRV1 2AB' }, description: 'Damp in the bedroom' })).body!);
    const path = `/v1/complaints/${created.id}`;
    const definition = { understanding: 'Damp in the bedroom', outcomesSought: ['Treat the damp'] };
    const steps: [string, string, unknown][] = [
      ['2026-11-03T09:00:00Z', 'acknowledge', { handlerId: 'h1', definition }],
      ['2026-11-10T09:00:00Z', 'extend', { workingDays: 5, reason: 'Waiting for a damp survey' }],
      ['2026-11-20T09:00:00Z', 'respond', { decision: 'upheld', reasons: 'The damp was not treated', remedies: [{ kind: 'financial', description: 'Carpet', amount: 80, dueBy: '2026-11-27' }] }],
      ['2026-11-23T09:00:00Z', 'escalate', {}],
      ['2026-11-24T09:00:00Z', 'acknowledge', { handlerId: 'h2', definition }],
      ['2026-12-01T09:00:00Z', 'respond', { decision: 'upheld', reasons: 'We agree' }],
    ];
    for (const [at, step, body] of steps) {
      now = new Date(at);
      await call(api, 'POST', `${path}/${step}`, body);
    }
    // Topped up to 20 letters (copies of the real ones) and 50 correspondence items, as a long case has.
    const made = (await core.letters.all(landlordId, 'to_print')).filter((letter) => letter.complaintId === created.id);
    const letters: PostedLetter[] = Array.from({ length: LETTERS }, (_, i) => ({ ...made[i % made.length]!, id: i < made.length ? made[i]!.id : randomUUID(), createdAt: new Date(Date.parse('2026-11-03T09:00:00Z') + i * 3_600_000).toISOString() }));
    const existing = (await core.complaints.correspondence(landlordId, created.id)).length;
    const extra: Correspondence[] = Array.from({ length: CORRESPONDENCE - existing }, (_, i) => ({
      id: randomUUID(),
      complaintId: created.id,
      direction: i % 2 ? 'inbound' : 'outbound',
      kind: i % 3 ? 'phone' : 'email',
      summary: `Contact ${i + 1} about the damp survey and the repair appointments`,
      counterparty: 'Dee Post',
      occurredAt: new Date(Date.parse('2026-11-04T10:00:00Z') + i * 3_600_000).toISOString(),
      recordedBy: 'h1',
      recordedAt: '2026-12-01T10:00:00Z',
      ...(i % 3 === 0 && { body: 'Thank you for your message. The surveyor will call on Tuesday morning between 9 and 12.\nPlease make sure someone is in.' }),
    }));
    const items = [
      ...letters.slice(made.length).flatMap((letter) => [letterItem(letter), letterPointerItem(letter)]),
      ...extra.map((record) => correspondenceItem(landlordId, record)),
    ];
    for (let start = 0; start < items.length; start += 25) {
      await db.send(new BatchWriteCommand({ RequestItems: { [tableName]: items.slice(start, start + 25).map((Item) => ({ PutRequest: { Item } })) } }));
    }
    now = new Date('2026-12-09T10:00:00Z');
    const { settings } = await core.landlords.getSettings(landlordId);
    const letterhead = { name: settings.name, postalAddress: settings.postalAddress!, phone: settings.phone! };
    const printed = letters.map((letter) => printedLetter(letter.letter, letterhead, dateInZone(new Date(letter.createdAt), TZ)));

    const pages = (await PDFDocument.load(Buffer.from((await call(documents, 'GET', `${path}/case-file`)).body!, 'base64'))).getPageCount();
    const [caseFile, lettersAlone] = await timeInterleaved(
      ROUNDS,
      () => call(documents, 'GET', `${path}/case-file`),
      () => pdfDocumentRenderer.letters(printed, 'bench'),
    );
    return [
      `Complaint file: ${CORRESPONDENCE} correspondence items, ${LETTERS} posted letters, two stages (${pages} pages), ${ROUNDS} interleaved rounds on DynamoDB Local`,
      row('rendering the 20 letters alone (pdf-lib)', lettersAlone!),
      row('GET /v1/complaints/{id}/case-file (documents fn)', caseFile!, lettersAlone),
      '',
      ...BUNDLE_BUDGET_HEADER,
      await measureEntry('documents'),
      await measureEntry('http-api'),
    ];
  } finally {
    await dynamo.stop();
  }
}
