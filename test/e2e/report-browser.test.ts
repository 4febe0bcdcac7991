import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../domain/calendar/plain-date.js';
import { DEFAULT_LOCAL_JWT_SECRET, signLocalToken } from '../../infra/local/local-jwt.js';
import { startLocalStack, type LocalStack } from '../../infra/local/local-stack.js';
import { assertMatchesContract, newLandlordId } from '../support/api-harness.js';
import { dynamoEndpoint } from '../support/dynamodb-endpoint.js';
import { pdfText } from '../support/pdf-text.js';

/**
 * The annual and governance reports as a governing body gets them: the local stack (real handlers, DynamoDB
 * Local, counters kept after each commit) serves a year of complaints made through the API, and Debian's
 * Chromium, driven by playwright-core, opens each page, draws it and prints it to PDF.
 * REPORT_SCREENSHOTS=<dir> also saves a full-page PNG of each, to look at.
 */

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const definition = { understanding: 'The repair was not done', outcomesSought: ['Do the repair'] };
const CHANNELS = ['phone', 'email', 'web', 'letter'] as const;
const CATEGORIES = ['Repairs', 'Damp and mould', 'Anti-social behaviour case handling', 'Communication'] as const;

describe('the HTML reports in a real browser', () => {
  let stack: LocalStack;
  let context: BrowserContext;
  let profile: string;
  let landlordId: string;
  let token: string;

  const api = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${stack.apiUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    });
    const answer = (await response.json()) as any; // eslint-disable-line @typescript-eslint/no-explicit-any
    assertMatchesContract(method, path, { status: response.status, body: answer, headers: { 'content-type': response.headers.get('content-type') ?? '' } });
    if (response.status >= 300) throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(answer)}`);
    return answer;
  };
  const advanceTo = async (day: string) => {
    const response = await fetch(`${stack.apiUrl}/_local/clock`, { method: 'POST', body: JSON.stringify({ to: `${day}T10:00:00Z` }) });
    expect(response.status).toBe(200);
  };

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install Debian's chromium (.ci/run does) or set CHROMIUM_PATH`);
    stack = await startLocalStack({
      port: 0,
      smtpPort: 0,
      jwtSecret: DEFAULT_LOCAL_JWT_SECRET,
      tableName: `e2e-reports-${randomUUID()}`,
      dynamoEndpoint: dynamoEndpoint(),
      // Moving the clock fires due schedules and drains the outbox itself; a timed sweep would only add load.
      sweepIntervalMs: 3_600_000,
      startAt: new Date('2025-04-01T10:00:00Z'),
    });
    landlordId = newLandlordId();
    token = await signLocalToken(DEFAULT_LOCAL_JWT_SECRET, { sub: 'officer-1', landlordId, roles: ['admin', 'officer'] });
    const domain = `${landlordId.toLowerCase()}.example`;
    await api('PUT', '/v1/landlord', {
      name: 'Riverside Homes',
      homes: 4300,
      division: 'england-and-wales',
      timeZone: 'Europe/London',
      complaintsOfficerEmail: `officer@${domain}`,
      inboundAddresses: [`in@${domain}`],
      financialYearStartMonth: 4,
      homesByTenure: [{ asOf: '2026-03-31', lowCostRental: 4000, lowCostHomeOwnership: 300 }],
    });
    await api('PUT', '/v1/staff/h1', { name: 'Sam Stage One', email: `h1@${domain}` });
    await api('PUT', '/v1/staff/h2', { name: 'Pat Stage Two', email: `h2@${domain}` });

    // Complaints every other month for a year (each clock move fires the stack's schedules, so fewer keep
    // the test quick): acknowledged, answered (some late), some escalated, a few with learning, one taken
    // to the Ombudsman.
    for (let month = 0; month < 12; month += 2) {
      const start = addDays('2025-04-07', month * 30);
      await advanceTo(start);
      const ids: string[] = [];
      for (let k = 0; k < 2 + (month % 3); k += 1) {
        const n = month * 4 + k;
        const created = await api('POST', '/v1/complaints', {
          channel: CHANNELS[n % CHANNELS.length],
          resident: { name: `Resident ${n}`, address: `${n} Mill Lane, Riverside RV1 2AB` },
          description: 'The repair was not done',
          category: CATEGORIES[n % CATEGORIES.length],
          tenure: n % 5 === 0 ? 'low_cost_home_ownership' : 'low_cost_rental',
        });
        ids.push(created.id);
        await api('POST', `/v1/complaints/${created.id}/acknowledge`, { handlerId: 'h1', definition });
      }
      await advanceTo(addDays(start, month % 3 === 2 ? 20 : 8));
      for (const [k, id] of ids.entries()) {
        await api('POST', `/v1/complaints/${id}/respond`, {
          decision: k === 0 ? 'upheld' : 'not_upheld',
          reasons: 'We looked at the records',
          remedies: k === 0 ? [{ kind: 'financial', description: 'Compensation', amount: 75, dueBy: addDays(start, 30) }] : [],
        });
      }
      if (month % 4 === 2) {
        await api('POST', `/v1/complaints/${ids[0]}/learning`, { rootCause: 'Jobs closed before the work was done', lessons: 'Check jobs are finished', improvements: [{ description: 'Photo evidence before a job is closed', owner: 'Head of repairs', dueBy: addDays(start, 40) }] });
      }
      if (month % 3 === 0) {
        await advanceTo(addDays(start, 12));
        await api('POST', `/v1/complaints/${ids[1]}/escalate`, {});
        await api('POST', `/v1/complaints/${ids[1]}/acknowledge`, { handlerId: 'h2', definition });
        await advanceTo(addDays(start, 26));
        await api('POST', `/v1/complaints/${ids[1]}/respond`, { decision: 'partly_upheld', reasons: 'Reviewed at stage 2' });
        if (month === 0) {
          await advanceTo(addDays(start, 28));
          await api('POST', `/v1/complaints/${ids[1]}/ombudsman-referral`, { referredOn: addDays(start, 28), reference: 'HOS-2025-0001' });
          await api('POST', `/v1/complaints/${ids[1]}/ombudsman-determination`, {
            determinedOn: addDays(start, 28),
            findings: [{ element: 'Repairs', finding: 'maladministration' }],
            orders: [{ description: 'Pay £300 for the distress caused', dueBy: addDays(start, 56) }],
          });
        }
      }
    }
    await advanceTo('2026-04-20');
    await api('POST', '/v1/ombudsman-records', { kind: 'complaint_handling_failure_order', date: '2026-02-02', title: 'Complaint handling failure order', summary: 'Stage 2 response sent late', dueBy: '2026-03-02' });
    await api('PUT', '/v1/reports/annual/2025/governing-body-response', { text: 'The board accepts the report and asks for quarterly updates on repairs complaints.' });

    profile = mkdtempSync(join(tmpdir(), 'report-browser-'));
    context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: ARGS, extraHTTPHeaders: { authorization: `Bearer ${token}` } });
  }, 240_000);

  afterAll(async () => {
    await context?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
    await stack?.stop();
  });

  /** Opens a report page, collecting console errors and failed requests; nothing may be fetched but the page. */
  async function open(path: string): Promise<{ page: Page; problems: string[] }> {
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
    const response = await page.goto(`${stack.apiUrl}${path}`, { waitUntil: 'load' });
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-type']).toBe('text/html; charset=utf-8');
    if (process.env.REPORT_SCREENSHOTS) await page.screenshot({ path: join(process.env.REPORT_SCREENSHOTS, `${path.split('?')[0]!.split('/').pop()}.png`), fullPage: true });
    return { page, problems };
  }

  /** Every chart is drawn: an SVG with real size, and bars with real geometry (not all zero-width). */
  async function chartsOf(page: Page) {
    return page.$$eval('svg', (svgs) =>
      svgs.map((svg) => {
        const box = svg.getBoundingClientRect();
        const bars = [...svg.querySelectorAll('rect')].map((rect) => rect.getBoundingClientRect()).filter((r) => r.width > 0 && r.height > 0);
        return { width: box.width, height: box.height, bars: bars.length, label: svg.getAttribute('aria-label') };
      }),
    );
  }

  const words = (pdf: Buffer): string => pdfText(pdf).replace(/\s+/g, ' ');

  it('8.1, 8.2: the annual report draws its charts, logs no error, and its printed PDF shows the headline figures', async () => {
    const report = await api('GET', '/v1/reports/annual?year=2025');
    expect(report.volumes.received.stage1).toBeGreaterThan(10);
    const { page, problems } = await open('/v1/reports/annual?year=2025');
    const charts = await chartsOf(page);
    expect(charts.length).toBeGreaterThanOrEqual(2);
    for (const chart of charts) {
      expect(chart.width, chart.label ?? '').toBeGreaterThan(100);
      expect(chart.height).toBeGreaterThan(30);
      expect(chart.bars).toBeGreaterThan(2);
    }
    const text = words(await page.pdf({ format: 'A4', printBackground: true }));
    expect(text).toContain(`We received ${report.volumes.received.stage1} stage 1 complaints and ${report.volumes.received.stage2} stage 2 complaints in 2025/26.`);
    expect(text).toContain(`CH01(1) stage 1 complaints per 1,000 homes`);
    expect(text).toContain('The board accepts the report');
    expect(text).toContain('and issued 1 complaint handling failure order and 0 reports about us.');
    expect(text).toContain(`We offered £${(report.remedies.compensation.offeredPence / 100).toFixed(2)} in compensation`);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('9.6, 9.7: the governance report draws its chart, logs no error, and its printed PDF shows the headline figures', async () => {
    const report = await api('GET', '/v1/reports/governance?from=2026-01-01&to=2026-03-31');
    const { page, problems } = await open('/v1/reports/governance?from=2026-01-01&to=2026-03-31');
    const charts = await chartsOf(page);
    expect(charts.length).toBeGreaterThanOrEqual(1);
    for (const chart of charts) expect(chart.bars).toBeGreaterThan(2);
    const text = words(await page.pdf({ format: 'A4', printBackground: true }));
    expect(text).toContain(`We received ${report.current.received.stage1} stage 1 complaints`);
    expect(report.overdueNow.total).toBeGreaterThan(1);
    expect(text).toContain(`${report.overdueNow.total} steps on complaints are overdue as of 2026-04-20.`);
    expect(report.landlordRecords).toMatchObject({ openOrders: 1, overdueOrders: 1 });
    expect(text).toContain('1 complaint handling failure order about us is open, 1 overdue.');
    expect(problems).toEqual([]);
    await page.close();
  });
});
