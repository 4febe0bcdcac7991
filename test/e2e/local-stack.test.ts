import { randomUUID } from 'node:crypto';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { freePort } from '../../infra/local/dynamodb-local.js';
import { DEFAULT_LOCAL_JWT_SECRET, signLocalToken } from '../../infra/local/local-jwt.js';
import { LocalClock } from '../../infra/local/local-clock.js';
import { startLocalStack, type LocalStack } from '../../infra/local/local-stack.js';
import type { components } from '../../functions/http/openapi-types.js';
import { assertMatchesContract, definition, newLandlordId } from '../support/api-harness.js';
import { dynamoEndpoint } from '../support/dynamodb-endpoint.js';

type Schemas = components['schemas'];

describe('the local stack over HTTP', () => {
  let stack: LocalStack;
  beforeAll(async () => {
    stack = await startLocalStack({ port: 0, jwtSecret: DEFAULT_LOCAL_JWT_SECRET, dynamoEndpoint: dynamoEndpoint(), tableName: `e2e-${randomUUID()}` });
  });
  afterAll(async () => {
    await stack.stop();
  });

  async function api(method: string, path: string, token?: string, body?: unknown, raw?: string) {
    const response = await fetch(`${stack.apiUrl}${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...(token && { authorization: `Bearer ${token}` }) },
      ...((body !== undefined || raw !== undefined) && { body: raw ?? JSON.stringify(body) }),
    });
    const answer = { status: response.status, body: (await response.json()) as any, headers: { 'content-type': response.headers.get('content-type') ?? '' } }; // eslint-disable-line @typescript-eslint/no-explicit-any
    assertMatchesContract(method, path, answer);
    return answer;
  }

  it('verifies HS256 tokens like the gateway’s JWT authorizer and serves the lifecycle', async () => {
    const landlordId = newLandlordId();
    const admin = await signLocalToken(DEFAULT_LOCAL_JWT_SECRET, { sub: 'a', landlordId, roles: ['admin'] });
    const officer = await signLocalToken(DEFAULT_LOCAL_JWT_SECRET, { sub: 'o', landlordId, roles: ['officer'] });
    const forged = await signLocalToken('another-secret', { sub: 'o', landlordId, roles: ['officer'] });

    expect((await api('GET', '/v1/complaints')).status).toBe(401);
    expect((await api('GET', '/v1/complaints', forged)).status).toBe(401);
    expect((await api('GET', '/v1/openapi.json')).status).toBe(200);

    await api('PUT', '/v1/staff/h1', admin, { name: 'Sam', email: 'sam@x.example' });
    // 9.8: complaints wait for the landlord's settings (the name letters are signed with, the officer alerted).
    const early = await api('POST', '/v1/complaints', officer, { channel: 'in_person', resident: { name: 'Ann' }, description: 'Mould in bedroom' });
    expect(early.status).toBe(409);
    expect(early.body.error.message).toContain('PUT /v1/landlord');
    await api('PUT', '/v1/landlord', admin, { name: 'Riverside Homes', homes: 100, division: 'england-and-wales', timeZone: 'Europe/London', complaintsOfficerEmail: 'officer@x.example', inboundAddresses: [] });
    // Typed as portal teams would (functions/http/openapi-types.ts): a breaking change to the contract is a compile error here.
    const newComplaint: Schemas['NewComplaint'] = { channel: 'in_person', resident: { name: 'Ann' }, description: 'Mould in bedroom' };
    const created = await api('POST', '/v1/complaints', officer, newComplaint);
    expect(created.status).toBe(201);
    const logged: Schemas['Complaint'] = created.body;
    const acknowledgement: Schemas['Acknowledge'] = { handlerId: 'h1', definition };
    const ack = await api('POST', `/v1/complaints/${logged.id}/acknowledge`, officer, acknowledgement);
    expect(ack.status).toBe(200);
    const acknowledged: Schemas['Complaint'] = ack.body;
    expect(acknowledged.status).toBe('stage1_acknowledged');
    expect(acknowledged.deadlines.stage1.respondBy).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('routes the PDF paths to the documents function as API Gateway does; the outbox page lists posted letters with a link to each PDF', async () => {
    const landlordId = newLandlordId();
    const admin = await signLocalToken(DEFAULT_LOCAL_JWT_SECRET, { sub: 'a', landlordId, roles: ['admin'] });
    const officer = await signLocalToken(DEFAULT_LOCAL_JWT_SECRET, { sub: 'o', landlordId, roles: ['officer'] });
    await api('PUT', '/v1/landlord', admin, { name: 'Riverside Homes', homes: 100, division: 'england-and-wales', timeZone: 'Europe/London', complaintsOfficerEmail: 'officer@x.example', inboundAddresses: [], postalAddress: 'Riverside House\nRV1 1AA' });
    await api('PUT', '/v1/staff/h1', admin, { name: 'Sam', email: 'sam@x.example' });
    const created = await api('POST', '/v1/complaints', officer, { channel: 'phone', resident: { name: 'Dee Post', address: '12 Mill Lane\nRV1 2AB' }, description: 'Damp' });
    expect((await api('POST', `/v1/complaints/${created.body.id}/acknowledge`, officer, { handlerId: 'h1', definition })).status).toBe(200);
    const [letter] = (await api('GET', '/v1/letters?status=to_print', officer)).body.items;

    const download = async (path: string, token?: string, accept?: string) => {
      const response = await fetch(`${stack.apiUrl}${path}`, { headers: { ...(token && { authorization: `Bearer ${token}` }), ...(accept && { accept }) } });
      return { status: response.status, type: response.headers.get('content-type'), bytes: Buffer.from(await response.arrayBuffer()) };
    };
    const pdf = await download(`/v1/letters/${letter.id}.pdf`, officer);
    expect({ status: pdf.status, type: pdf.type, magic: pdf.bytes.subarray(0, 5).toString() }).toEqual({ status: 200, type: 'application/pdf', magic: '%PDF-' });
    expect((await download(`/v1/letters/${letter.id}.pdf`)).status).toBe(401);
    const file = await download(`/v1/complaints/${created.body.id}/case-file`, officer);
    expect({ status: file.status, type: file.type, magic: file.bytes.subarray(0, 5).toString() }).toEqual({ status: 200, type: 'application/pdf', magic: '%PDF-' });
    const zip = await download(`/v1/complaints/${created.body.id}/case-file`, officer, 'application/zip');
    expect({ status: zip.status, type: zip.type, magic: zip.bytes.subarray(0, 2).toString() }).toEqual({ status: 200, type: 'application/zip', magic: 'PK' });

    const page = await (await fetch(`${stack.apiUrl}/_local/outbox.html`)).text();
    const link = `/_local/letters/${landlordId}/${letter.id}.pdf`;
    expect(page).toContain('Posted letters');
    expect(page).toContain(`<a href="${link}">PDF</a>`);
    const linked = await download(link);
    expect({ status: linked.status, type: linked.type }).toEqual({ status: 200, type: 'application/pdf' });
    expect((await download(`/_local/letters/${newLandlordId()}/${letter.id}.pdf`)).status).toBe(404); // another landlord's letter is not found
  });

  it('answers 413 to a 3 MB body and 400 to malformed JSON, in the SPEC shape', async () => {
    const token = await signLocalToken(DEFAULT_LOCAL_JWT_SECRET, { sub: 'o', landlordId: newLandlordId(), roles: ['officer'] });
    const big = await api('POST', '/v1/complaints', token, undefined, JSON.stringify({ description: 'x'.repeat(3 * 1024 * 1024) }));
    expect(big).toMatchObject({ status: 413, body: { error: { code: 'payload_too_large' } } });
    const malformed = await api('POST', '/v1/complaints', token, undefined, '{nope');
    expect(malformed).toMatchObject({ status: 400, body: { error: { code: 'invalid_request' } } });
  });
});

describe('the local clock kept with the data', () => {
  it('resumes from its state file after a restart, never behind what was written with it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'complaints-clock-'));
    try {
      const file = join(dir, 'local-clock.json');
      const first = new LocalClock(undefined, file);
      const ahead = new Date(first.now().getTime() + 30 * 86_400_000);
      first.advanceTo(ahead);
      expect(new LocalClock(undefined, file).now().getTime()).toBeGreaterThanOrEqual(ahead.getTime());
      // A start time behind the data does not take the clock back; one ahead of it moves it on.
      expect(new LocalClock(new Date('2026-01-01T00:00:00Z'), file).now().getTime()).toBeGreaterThanOrEqual(ahead.getTime());
      const further = new Date(ahead.getTime() + 86_400_000);
      new LocalClock(further, file);
      expect(new LocalClock(undefined, file).now().getTime()).toBeGreaterThanOrEqual(further.getTime());
      writeFileSync(file, '{"offsetMs":"soon"}');
      expect(() => new LocalClock(undefined, file)).toThrow(/no offsetMs/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('npm start', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'complaints-data-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  async function start(port: number): Promise<{ child: ChildProcess; dynamoEndpoint: string }> {
    const child = spawn(process.execPath, ['--import', 'tsx', 'infra/local/start.ts'], {
      env: { ...process.env, PORT: String(port), SMTP_PORT: '0', DATA_DIR: dataDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    return new Promise((done, fail) => {
      const timer = setTimeout(() => fail(new Error(`no banner:\n${output}`)), 60_000);
      child.stdout!.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const match = /DynamoDB Local\s+(http:\/\/\S+)/.exec(output);
        if (match && output.includes('Ctrl-C')) {
          clearTimeout(timer);
          done({ child, dynamoEndpoint: match[1]! });
        }
      });
      child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.once('exit', (code) => fail(new Error(`exited ${code}:\n${output}`)));
    });
  }

  async function stop(child: ChildProcess): Promise<void> {
    const exited = new Promise((done) => child.once('exit', done));
    child.kill('SIGINT');
    await exited;
  }

  /** Processes whose command line names this data directory: DynamoDB Local's JVM (Linux /proc; none elsewhere). */
  function holdersOf(dir: string): number[] {
    if (!existsSync('/proc/self/cmdline')) return [];
    return readdirSync('/proc')
      .filter((entry) => /^\d+$/.test(entry))
      .filter((pid) => {
        try {
          return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').includes(dir);
        } catch {
          return false; // gone meanwhile
        }
      })
      .map(Number);
  }

  /** The JVM goes with the stack: its port stops answering and no process holds the data directory. */
  async function jvmGone(dynamoEndpoint: string): Promise<void> {
    for (let tries = 0; tries < 150; tries += 1) {
      const answering = await fetch(dynamoEndpoint).then(() => true, () => false);
      if (!answering && holdersOf(dataDir).length === 0) return;
      await new Promise((done) => setTimeout(done, 200));
    }
    throw new Error(`DynamoDB Local outlived the stack: ${holdersOf(dataDir).join(', ')} still hold ${dataDir}`);
  }

  it('kill -9 leaves no DynamoDB Local behind; a restart on the same DATA_DIR has the data and the local clock where it was; Ctrl-C stops everything', async () => {
    const port = await freePort();
    const token = await signLocalToken(DEFAULT_LOCAL_JWT_SECRET, { sub: 'o', landlordId: 'restart-landlord', roles: ['officer', 'admin'] });
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };

    const first = await start(port);
    const settings = { name: 'Restart Homes', homes: 10, division: 'england-and-wales', timeZone: 'Europe/London', complaintsOfficerEmail: 'o@restart.example', inboundAddresses: [] };
    expect((await fetch(`http://127.0.0.1:${port}/v1/landlord`, { method: 'PUT', headers, body: JSON.stringify(settings) })).status).toBe(200);
    if (process.platform === 'linux') expect(holdersOf(dataDir)).toHaveLength(1); // the check below means something
    const created = await fetch(`http://127.0.0.1:${port}/v1/complaints`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ channel: 'phone', resident: { name: 'Ann' }, description: 'Boiler' }),
    });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    const moved = await fetch(`http://127.0.0.1:${port}/_local/clock`, { method: 'POST', headers, body: JSON.stringify({ advanceDays: 30 }) });
    const { now: advancedTo } = (await moved.json()) as { now: string };

    const killed = new Promise((done) => first.child.once('exit', done));
    first.child.kill('SIGKILL'); // no handler runs: only the kernel closing its pipes tells the guard
    await killed;
    await jvmGone(first.dynamoEndpoint);

    const second = await start(port);
    const fetched = await fetch(`http://127.0.0.1:${port}/v1/complaints/${id}`, { headers });
    expect(fetched.status).toBe(200);
    const { now } = (await (await fetch(`http://127.0.0.1:${port}/_local/clock`)).json()) as { now: string };
    expect(Date.parse(now)).toBeGreaterThanOrEqual(Date.parse(advancedTo)); // not back at real time, 30 days behind the data
    await stop(second.child);
    await jvmGone(second.dynamoEndpoint);
  }, 180_000);
});
