import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildBundle, builtTracingLayer } from '../bench/bundle-budget.bench.js';

const ENTRIES = ['http-api', 'reports', 'inbound-email', 'outbox-dispatcher', 'deadline-check', 'ses-events', 'report-aggregates', 'documents'];

describe('what each bundle carries', () => {
  it('issue 12: PDF rendering only where PDFs are rendered: no bundle but the documents bundle carries pdf-lib or fflate', async () => {
    for (const entry of ENTRIES.filter((name) => name !== 'documents')) expect((await buildBundle(entry)).rendering, entry).toEqual([]);
    expect((await buildBundle('documents')).rendering).toEqual(['pdf-lib', 'fflate']);
  }, 120_000);

  it('issue 15: no bundle carries the X-Ray SDK; the tracing layer has it as one file that loads and can capture an SDK v3 client', async () => {
    for (const entry of ENTRIES) expect((await buildBundle(entry)).layered, entry).toEqual([]);
    const layer = builtTracingLayer();
    const xray = createRequire(import.meta.url)(join(layer.dir, 'aws-xray-sdk-core')) as { captureAWSv3Client?: unknown; getSegment?: unknown };
    expect(typeof xray.captureAWSv3Client).toBe('function');
    expect(typeof xray.getSegment).toBe('function');
    // One file: what was ~104 KB in every bundle (the SDK, cls-hooked, semver) is now in the layer once.
    expect(layer.bytes).toBeGreaterThan(50 * 1024);
  }, 120_000);

  it('issue 15: the deployed API bundle, with tracing on as in Lambda, imports the X-Ray SDK from the layer and answers', async () => {
    const { file } = await buildBundle('http-api');
    const script = `const { handler } = await import(${JSON.stringify(file)});
      const event = { version: '2.0', routeKey: '$default', rawPath: '/v1/openapi.json', rawQueryString: '', headers: {}, requestContext: { requestId: 'r1', http: { method: 'GET', path: '/v1/openapi.json' } }, isBase64Encoded: false };
      const answer = await handler(event, { awsRequestId: 'r1', functionName: 'http-api', getRemainingTimeInMillis: () => 30000 });
      process.stdout.write(JSON.stringify({ status: answer.statusCode, openapi: JSON.parse(answer.body).openapi }));`;
    const env = {
      PATH: process.env.PATH,
      // What Lambda sets: Powertools turns the tracer on, and the X-Ray SDK reads the invocation's trace header.
      AWS_LAMBDA_FUNCTION_NAME: 'http-api',
      _X_AMZN_TRACE_ID: 'Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1',
      AWS_XRAY_CONTEXT_MISSING: 'IGNORE_ERROR',
      AWS_REGION: 'eu-west-2',
      TABLE_NAME: 'complaints',
      MAIL_BUCKET: 'mail',
      DEFAULT_FROM_ADDRESS: 'complaints@test.example',
      INBOUND_FUNCTION_NAME: 'inbound-email',
      POWERTOOLS_LOG_LEVEL: 'SILENT',
      POWERTOOLS_METRICS_DISABLED: 'true',
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    };
    const answer = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { env }).toString()) as unknown;
    expect(answer).toEqual({ status: 200, openapi: '3.0.3' });
  }, 120_000);
});
