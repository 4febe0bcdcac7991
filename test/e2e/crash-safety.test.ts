import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createTransport } from 'nodemailer';
import { afterAll, describe, expect, it } from 'vitest';
import { createDocumentClient } from '../../functions/adapters/dynamodb-client.js';
import { GSI, keys, outboxDuePartitions } from '../../functions/adapters/table-design.js';
import { scheduleName } from '../../functions/shared/schedule-ops.js';
import { freePort } from '../../infra/local/dynamodb-local.js';
import { DEFAULT_LOCAL_JWT_SECRET, signLocalToken } from '../../infra/local/local-jwt.js';
import { definition } from '../support/api-harness.js';

/**
 * The crash-safety probe (issue 10): the real local stack (`start.ts`, its own DATA_DIR) takes a burst
 * of transitions over HTTP and mail over SMTP and is killed with SIGKILL: once at a random point
 * (fixed seed), once by its own hand right after a letter reached the local outbox and before it was
 * marked sent, the one moment a crash could send a letter twice. Each time it is restarted on the same
 * data. At the end local time is moved past the 5-minute lease, so the reclaims happen, and, once
 * the outbox is drained, every promise the stack made is checked.
 */

const SEED = 0x10c4a5;
const CHAINS_PER_ROUND = 5;
const MAILS_PER_ROUND = 2;
const LANDLORD = 'crash-landlord';
const INBOUND = 'complaints@crash.example';

function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Running {
  child: ChildProcess;
  dynamoEndpoint: string;
  exited: Promise<void>;
  alive: () => boolean;
}

interface Answer {
  status: number;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- the API's JSON
}

/** What the client was told: these are the promises the stack must keep across the crashes. */
interface Ledger {
  created: Map<string, { state: 'logged' | 'acknowledged' | 'extended'; uncertain: boolean }>;
  /** Transitions answered 2xx: the complaint, the version they produced, the event they must have left. */
  transitions: { complaintId: string; version: number; type: 'acknowledged' | 'extended' }[];
  /** Mail by token; accepted once the server answered 250. */
  mails: Map<string, { messageId: string; accepted: boolean }>;
  unexpected: string[];
}

describe('crash safety of the local stack (kill -9 during a burst, restart on the same data)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'complaints-crash-'));
  let running: Running | undefined;
  let db: DynamoDBDocumentClient | undefined;
  afterAll(async () => {
    if (running?.alive()) {
      running.child.kill('SIGINT');
      await running.exited;
    }
    db?.destroy();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('keeps every 2xx, every event, every letter exactly once, every accepted mail exactly once, and every schedule', async () => {
    const random = mulberry32(SEED);
    const port = await freePort();
    const smtpPort = await freePort();
    const officer = await signLocalToken(DEFAULT_LOCAL_JWT_SECRET, { sub: 'officer-1', landlordId: LANDLORD, roles: ['officer', 'admin'] });
    const ledger: Ledger = { created: new Map(), transitions: [], mails: new Map(), unexpected: [] };

    async function start(env: Record<string, string> = {}): Promise<Running> {
      const child = spawn(process.execPath, ['--import', 'tsx', 'infra/local/start.ts'], {
        env: { ...process.env, PORT: String(port), SMTP_PORT: String(smtpPort), DATA_DIR: dataDir, ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let alive = true;
      const exited = new Promise<void>((done) => child.once('exit', () => ((alive = false), done())));
      let output = '';
      const dynamoEndpoint = await new Promise<string>((done, fail) => {
        const timer = setTimeout(() => fail(new Error(`no banner:\n${output}`)), 90_000);
        child.stdout!.on('data', (chunk: Buffer) => {
          output += chunk.toString();
          const match = /DynamoDB Local\s+(http:\/\/\S+)/.exec(output);
          if (match && output.includes('Ctrl-C')) {
            clearTimeout(timer);
            done(match[1]!);
          }
        });
        child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
        void exited.then(() => fail(new Error(`exited before it was up:\n${output}`)));
      });
      return { child, dynamoEndpoint, exited, alive: () => alive };
    }

    /** Killed, by us or by itself: wait until the stack and its DynamoDB Local are gone before restarting. */
    async function gone(stack: Running): Promise<void> {
      await stack.exited;
      for (let tries = 0; tries < 150; tries += 1) {
        const answering = await fetch(stack.dynamoEndpoint).then(() => true, () => false);
        if (!answering && holdersOf(dataDir).length === 0) return;
        await new Promise((done) => setTimeout(done, 200));
      }
      throw new Error('DynamoDB Local outlived the stack');
    }

    /** One request on its own connection (a pooled socket would not survive the kill). */
    function call(method: string, path: string, body?: unknown): Promise<Answer> {
      return new Promise((done, fail) => {
        const payload = body === undefined ? undefined : JSON.stringify(body);
        const req = request(
          { host: '127.0.0.1', port, method, path, agent: false, headers: { authorization: `Bearer ${officer}`, ...(payload && { 'content-type': 'application/json' }) } },
          (res) => {
            let text = '';
            res.setEncoding('utf8');
            res.on('data', (chunk: string) => (text += chunk));
            res.on('end', () => done({ status: res.statusCode ?? 0, body: text ? JSON.parse(text) : undefined }));
            res.on('error', fail);
          },
        );
        req.on('error', fail);
        req.end(payload);
      });
    }

    async function mustCall(method: string, path: string, body?: unknown): Promise<Answer> {
      const answer = await call(method, path, body);
      if (answer.status >= 300) throw new Error(`${method} ${path}: ${answer.status} ${JSON.stringify(answer.body)}`);
      return answer;
    }

    /**
     * A burst: new complaints each logged, acknowledged and extended in turn, earlier ones carried on,
     * and mail, all at once. `onAnswer` sees each answer as it comes (a random kill counts them).
     */
    async function burst(round: number, onAnswer: () => void): Promise<void> {
      const stack = running!;
      const answered = (answer: Answer, what: string) => {
        onAnswer();
        if (answer.status >= 300) ledger.unexpected.push(`${what}: ${answer.status} ${JSON.stringify(answer.body)}`);
        return answer.status < 300;
      };
      async function carryOn(id: string): Promise<void> {
        const complaint = ledger.created.get(id)!;
        while (stack.alive() && complaint.state !== 'extended' && !complaint.uncertain) {
          const type = complaint.state === 'logged' ? 'acknowledged' : 'extended';
          const path = `/v1/complaints/${id}/${type === 'acknowledged' ? 'acknowledge' : 'extend'}`;
          const body = type === 'acknowledged' ? { handlerId: 'h1', definition } : { workingDays: 5, reason: 'We are waiting for a surveyor’s report' };
          let answer: Answer;
          try {
            answer = await call('POST', path, body);
          } catch {
            complaint.uncertain = true; // killed mid-request: it may or may not have happened
            return;
          }
          if (!answered(answer, `${type} ${id}`)) return;
          ledger.transitions.push({ complaintId: id, version: answer.body.version, type });
          complaint.state = type;
        }
      }
      async function chain(n: number): Promise<void> {
        let answer: Answer;
        try {
          answer = await call('POST', '/v1/complaints', {
            channel: 'phone',
            resident: { name: `Resident ${round}-${n}`, email: `resident-${round}-${n}@example.org` },
            description: `Crash probe ${round}-${n}: damp in the bathroom`,
          });
        } catch {
          return;
        }
        if (!answered(answer, `create ${round}-${n}`)) return;
        ledger.created.set(answer.body.id, { state: 'logged', uncertain: false });
        await carryOn(answer.body.id);
      }
      async function mail(token: string): Promise<void> {
        const entry = ledger.mails.get(token)!;
        try {
          // A real MTA retries an unanswered delivery with the same message: so does this.
          await createTransport({ host: '127.0.0.1', port: smtpPort, secure: false, ignoreTLS: true, connectionTimeout: 5_000, socketTimeout: 15_000 }).sendMail({
            messageId: entry.messageId,
            date: new Date('2026-11-20T09:00:00Z'),
            from: `Mail Resident <mail-${token}@example.org>`,
            to: INBOUND,
            subject: `Leak in the hallway (${token})`,
            text: `Crash probe mail ${token}: water comes through the hallway ceiling.`,
          });
          entry.accepted = true;
          onAnswer();
        } catch {
          // not accepted (refused, or the stack died): delivered again in a later round
        }
      }
      for (let n = 0; n < MAILS_PER_ROUND; n += 1) {
        const token = `M${round}x${n}`;
        ledger.mails.set(token, { messageId: `<${token}.${SEED}@mail.example.org>`, accepted: false });
      }
      const earlier = [...ledger.created.entries()].filter(([, c]) => c.state !== 'extended' && !c.uncertain).map(([id]) => id);
      const unaccepted = [...ledger.mails.entries()].filter(([, m]) => !m.accepted).map(([token]) => token);
      await Promise.all([
        ...Array.from({ length: CHAINS_PER_ROUND }, (_, n) => chain(n)),
        ...earlier.map((id) => carryOn(id)),
        ...unaccepted.map((token) => mail(token)),
      ]);
    }

    // --- first life: set up the landlord, then a burst killed at a random point ---
    running = await start();
    await mustCall('PUT', '/v1/landlord', {
      name: 'Crash Test Homes',
      homes: 5000,
      division: 'england-and-wales',
      timeZone: 'Europe/London',
      complaintsOfficerEmail: 'officer@crash.example',
      inboundAddresses: [INBOUND],
    });
    await mustCall('PUT', '/v1/staff/h1', { name: 'Sam Handler', email: 'sam@crash.example' });
    const killAfter = 3 + Math.floor(random() * 7);
    let answers = 0;
    const first = running;
    await burst(1, () => {
      answers += 1;
      if (answers === killAfter) first.child.kill('SIGKILL');
    });
    if (first.alive()) first.child.kill('SIGKILL'); // fewer answers than the point drawn: killed at the end instead
    await gone(first);

    // --- second life: it kills itself right after the n-th letter reaches the local outbox ---
    const crashAfterSends = 1 + Math.floor(random() * 3);
    running = await start({ LOCAL_CRASH_AFTER_SENDS: String(crashAfterSends) });
    const second = running;
    await burst(2, () => undefined);
    // Letters go out on the stack's own tick, so the kill comes even if the burst ends first.
    let timer: NodeJS.Timeout | undefined;
    const killedItself = await Promise.race([second.exited.then(() => true), new Promise<boolean>((done) => (timer = setTimeout(() => done(false), 60_000)))]);
    clearTimeout(timer);
    expect(killedItself).toBe(true);
    await gone(second);

    // --- third life: the letter it died on is claimed ("sending") and already in the local outbox ---
    running = await start();
    const thirdDb = (db = createDocumentClient(running.dynamoEndpoint));
    // The pending outbox is sharded: every shard of the due index (it holds each message's id and status).
    const pendingOutbox = async () =>
      (
        await Promise.all(
          outboxDuePartitions().map((partition) =>
            queryAll(thirdDb, {
              IndexName: GSI.byDue,
              KeyConditionExpression: '#pk = :pk',
              ExpressionAttributeNames: { '#pk': `${GSI.byDue}PK` },
              ExpressionAttributeValues: { ':pk': partition },
            }),
          ),
        )
      ).flat();
    const held = await pendingOutbox();
    const sentCounts = async () => {
      const { items } = (await mustCall('GET', '/_local/outbox')).body as { items: { outboxId?: string }[] };
      const counts = new Map<string, number>();
      for (const item of items) counts.set(item.outboxId ?? '(none)', (counts.get(item.outboxId ?? '(none)') ?? 0) + 1);
      return { counts, total: items.length };
    };
    const before = await sentCounts();
    const diedOn = held.filter((item) => item.status === 'sending' && before.counts.get(item.id as string) === 1);
    expect(diedOn.length).toBeGreaterThanOrEqual(1);

    // Carry on, then move local time past the lease: the dispatcher's clock is the local clock.
    await burst(3, () => undefined);
    const moved = await mustCall('POST', '/_local/clock', { advanceDays: 0.01 }); // 14.4 minutes > the 5-minute lease
    const now = new Date(moved.body.now as string);
    for (let tries = 0; ; tries += 1) {
      const pending = await pendingOutbox();
      if (pending.length === 0) break;
      if (tries > 100) throw new Error(`outbox not drained: ${JSON.stringify(pending.map((item) => [item.status, item.kind]))}`);
      await new Promise((done) => setTimeout(done, 200));
    }

    // --- the promises ---
    expect(ledger.unexpected).toEqual([]);
    expect(ledger.created.size).toBeGreaterThan(CHAINS_PER_ROUND);
    expect([...ledger.mails.values()].filter((mail) => mail.accepted).length).toBeGreaterThan(0);

    // Every 2xx the client received is there: each created complaint, each transition's event.
    for (const id of ledger.created.keys()) expect((await call('GET', `/v1/complaints/${id}`)).status).toBe(200);
    const complaints: any[] = []; // eslint-disable-line @typescript-eslint/no-explicit-any
    for (let cursor: string | undefined, first = true; first || cursor; first = false) {
      const page = await mustCall('GET', `/v1/complaints?limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      complaints.push(...page.body.items);
      cursor = page.body.nextCursor;
    }
    const eventsOf = new Map<string, { seq: number; type: string }[]>();
    for (const complaint of complaints) eventsOf.set(complaint.id, (await mustCall('GET', `/v1/complaints/${complaint.id}/events`)).body.items);
    for (const transition of ledger.transitions) {
      expect(eventsOf.get(transition.complaintId)).toContainEqual(expect.objectContaining({ seq: transition.version, type: transition.type }));
    }

    // Every complaint has its events: one per version, none missing.
    for (const complaint of complaints) {
      expect(eventsOf.get(complaint.id)!.map((event) => event.seq)).toEqual(Array.from({ length: complaint.version }, (_, i) => i + 1));
    }

    // Every letter was sent exactly once: each outbox letter is sent and the local outbox holds it once.
    const after = await sentCounts();
    const letters: Record<string, unknown>[] = [];
    const complaintItems: Record<string, unknown>[] = [];
    for (const complaint of complaints) {
      const partition = await queryAll(db, { KeyConditionExpression: 'PK = :pk', ExpressionAttributeValues: { ':pk': keys.complaint(LANDLORD, complaint.id) } });
      letters.push(...partition.filter((item) => item.entity === 'outbox' && item.kind !== 'schedule'));
      complaintItems.push(...partition.filter((item) => item.SK === keys.complaintSk));
    }
    expect(letters.length).toBeGreaterThan(ledger.created.size);
    expect(letters.filter((letter) => letter.status !== 'sent').map((letter) => [letter.id, letter.status])).toEqual([]);
    expect(letters.filter((letter) => after.counts.get(letter.id as string) !== 1).map((letter) => [letter.id, after.counts.get(letter.id as string)])).toEqual([]);
    expect(after.total).toBe(letters.length);
    // ...including the one the stack died on: reclaimed after its lease, found in the outbox, not sent again.
    for (const item of diedOn) {
      expect(letters.find((letter) => letter.id === item.id)).toMatchObject({ status: 'sent', attempts: 2 });
    }

    // Every accepted email was logged (or held) exactly once, including those delivered again after a kill.
    const { items: quarantined } = (await mustCall('GET', '/v1/quarantine')).body as { items: unknown[] };
    for (const [token, mail] of ledger.mails) {
      if (!mail.accepted) continue;
      const logged = complaints.filter((complaint) => String(complaint.description).includes(`Crash probe mail ${token}:`)).length;
      const held = quarantined.filter((entry) => JSON.stringify(entry).includes(`(${token})`)).length;
      expect({ token, times: logged + held }).toEqual({ token, times: 1 });
    }

    // Every open step has its schedules, as the complaint wants them now.
    const { items: pendingSchedules } = (await mustCall('GET', '/_local/schedules')).body as { items: { name: string; fireAt: string; payload: { complaintId: string } }[] };
    for (const item of complaintItems) {
      const wanted = ((item.schedules as { key: string; kind: 'reminder' | 'check'; fireAt: string }[] | undefined) ?? [])
        .filter((schedule) => Date.parse(schedule.fireAt) > now.getTime())
        .map((schedule) => ({ name: scheduleName(LANDLORD, item.id as string, schedule), fireAt: schedule.fireAt }))
        .sort((a, b) => a.name.localeCompare(b.name));
      const have = pendingSchedules
        .filter((schedule) => schedule.payload.complaintId === item.id)
        .map(({ name, fireAt }) => ({ name, fireAt }))
        .sort((a, b) => a.name.localeCompare(b.name));
      expect({ complaint: item.id, schedules: have }).toEqual({ complaint: item.id, schedules: wanted });
      if (item.status !== 'closed') expect(wanted.length).toBeGreaterThan(0);
    }
  }, 240_000);
});

/** Processes whose command line names the data directory: DynamoDB Local's JVM (Linux /proc; none elsewhere). */
function holdersOf(dir: string): number[] {
  if (!existsSync('/proc/self/cmdline')) return [];
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').includes(dir);
      } catch {
        return false;
      }
    })
    .map(Number);
}

async function queryAll(db: DynamoDBDocumentClient, input: Omit<ConstructorParameters<typeof QueryCommand>[0], 'TableName'>): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  let ExclusiveStartKey: Record<string, unknown> | undefined;
  do {
    const page = await db.send(new QueryCommand({ ...input, TableName: 'complaints', ConsistentRead: !input.IndexName, ExclusiveStartKey }));
    items.push(...(page.Items ?? []));
    ExclusiveStartKey = page.LastEvaluatedKey;
  } while (ExclusiveStartKey);
  return items;
}
