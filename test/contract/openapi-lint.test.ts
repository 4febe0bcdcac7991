import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openApiDocument } from '../../functions/http/openapi.js';
import { route } from '../../functions/http/router.js';
import { generatedDocument } from './document.js';

const require = createRequire(import.meta.url);
const redocly = join(dirname(require.resolve('@redocly/cli/package.json')), 'bin', 'cli.js');
const config = resolve(import.meta.dirname, '../../redocly.yaml');

interface LintReport {
  totals: { errors: number; warnings: number };
  problems: { ruleId: string; message: string; location: { pointer?: string }[] }[];
}

/** Runs the Redocly CLI on a document; offline, with no telemetry or update check. */
function lint(document: unknown): LintReport {
  const file = join(mkdtempSync(join(tmpdir(), 'openapi-lint-')), 'openapi.json');
  writeFileSync(file, JSON.stringify(document, null, 2));
  let output: string;
  try {
    output = execFileSync(process.execPath, [redocly, 'lint', file, '--config', config, '--format', 'json'], {
      encoding: 'utf8',
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (error) {
    // Lint exits 1 on errors but still prints its JSON report.
    output = (error as { stdout: string }).stdout;
  }
  return JSON.parse(output.slice(output.indexOf('{'))) as LintReport;
}

describe('the OpenAPI document', () => {
  it("passes Redocly's recommended ruleset with 0 errors and 0 warnings", () => {
    const report = lint(generatedDocument());
    const problems = report.problems.map((problem) => `${problem.ruleId}: ${problem.message} at ${problem.location[0]?.pointer ?? '?'}`);
    expect(problems).toEqual([]);
    expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
  });

  it('the lint can fail: the document without an operationId is reported', () => {
    const document = structuredClone(generatedDocument()) as unknown as { paths: Record<string, Record<string, { operationId?: string }>> };
    delete document.paths['/v1/complaints']!.get!.operationId;
    const report = lint(document);
    expect(report.problems.map((problem) => problem.ruleId)).toContain('operation-operationId');
  });

  it('every operation has an operationId, a success answer and the shared error shape on each error', () => {
    const document = generatedDocument();
    for (const [path, operations] of Object.entries(document.paths ?? {})) {
      for (const [method, operation] of Object.entries(operations as Record<string, { operationId?: string; responses: Record<string, { content?: Record<string, { schema: unknown }> }> }>)) {
        expect(operation.operationId, `${method} ${path}`).toMatch(/^[a-z][A-Za-z]+$/);
        const statuses = Object.keys(operation.responses);
        expect(statuses.some((status) => status.startsWith('2')), `${method} ${path} success`).toBe(true);
        for (const status of statuses.filter((code) => Number(code) >= 400)) {
          expect(operation.responses[status]!.content!['application/json']!.schema, `${method} ${path} ${status}`).toEqual({ $ref: '#/components/schemas/Error' });
        }
      }
    }
  });

  it('a route added without a documented response or operationId makes the document (and so this lint) fail, naming the route', () => {
    const undocumented = route({ method: 'GET', path: '/v1/reports', operationId: 'listReports', summary: 'Reports', roles: ['admin'], handle: async () => ({ body: {} }) });
    expect(() => openApiDocument([undocumented])).toThrow('GET /v1/reports documents no success response');
    const unnamed = route({ method: 'GET', path: '/v1/letters', summary: 'Letters', roles: ['admin'], download: { description: 'bytes' }, handle: async () => ({ body: {} }) });
    expect(() => openApiDocument([unnamed])).toThrow('GET /v1/letters has no operationId');
  });

  it('request bodies are required and the public route needs no token', () => {
    const document = generatedDocument();
    expect(document.paths!['/v1/complaints']!.post!.requestBody).toMatchObject({ required: true });
    expect(document.paths!['/v1/openapi.json']!.get!.security).toEqual([]);
  });
});
