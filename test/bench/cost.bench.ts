import { createTransport } from 'nodemailer';
import type { OutboxKey } from '../../domain/ports/outbox.port.js';
import type { SendRef } from '../../domain/ports/send-ledger.port.js';
import { DynamoDbSendLedger } from '../../functions/adapters/dynamodb-send-ledger.adapter.js';
import { DEFAULT_LOCAL_JWT_SECRET, signLocalToken } from '../../infra/local/local-jwt.js';
import { startLocalStack, type LocalStack } from '../../infra/local/local-stack.js';
import { LAMBDA_ASSUMPTIONS, PRICE_REGION, PRICES, PRICES_AS_OF } from './aws-prices.js';

type Fn = 'inbound-email' | 'http-api' | 'outbox-dispatcher' | 'deadline-check' | 'ses-events' | 'report-aggregates';

interface Tally {
  /** One row per function and DynamoDB operation: calls, read units, write units on the table and on each index. */
  calls: Map<string, { calls: number; read: number; writeTable: number; writeIndexes: number }>;
  indexWrites: Map<string, number>;
  invocations: Map<Fn, number>;
  sends: number;
  inbound: { messages: number; chunks: number };
  schedulerApi: number;
  schedulerInvocations: number;
}

const WRITES = new Set(['PutItemCommand', 'UpdateItemCommand', 'DeleteItemCommand', 'TransactWriteItemsCommand', 'BatchWriteItemCommand']);
const definition = { understanding: 'The lift is broken', outcomesSought: ['Repair the lift'] };

const emptyTally = (): Tally => ({
  calls: new Map(),
  indexWrites: new Map(),
  invocations: new Map(),
  sends: 0,
  inbound: { messages: 0, chunks: 0 },
  schedulerApi: 0,
  schedulerInvocations: 0,
});

type Capacity = { CapacityUnits?: number; Table?: { CapacityUnits?: number }; GlobalSecondaryIndexes?: Record<string, { CapacityUnits?: number }> };

/**
 * `npm run bench -- cost`: one full two-stage lifecycle, created by email, carried out on the local stack
 * the way AWS would run it: each outbox item dispatched as its stream record would be (no local sweep), each
 * send followed by SES's Send and Delivery events through the ses-events code, each schedule fired as
 * EventBridge Scheduler would. Every DynamoDB call carries ReturnConsumedCapacity INDEXES; DynamoDB Local
 * reports the units DynamoDB bills (1 KB writes, 4 KB reads, transactions doubled, each index item written).
 * Run once on time and once late (each step after its reminder), after an unmeasured warm-up lifecycle.
 */
export async function costBench(): Promise<string[]> {
  const stack = await startLocalStack({
    port: 0,
    smtpPort: 0,
    jwtSecret: DEFAULT_LOCAL_JWT_SECRET,
    tableName: 'bench-cost',
    sweepIntervalMs: 3_600_000,
    startAt: new Date('2026-01-05T10:00:00Z'), // a Monday: all three lifecycles fall in one reference year
  });
  try {
    const run = instrument(stack);
    const landlordId = 'bench-cost';
    const token = await signLocalToken(DEFAULT_LOCAL_JWT_SECRET, { sub: 'bench-officer', landlordId, roles: ['admin', 'officer', 'handler'] });
    const api = async (method: string, path: string, body?: unknown) => {
      run.actor = 'http-api';
      run.invoke('http-api');
      const response = await fetch(`${stack.apiUrl}${path}`, {
        method,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        ...(body !== undefined && { body: JSON.stringify(body) }),
      });
      const json = (await response.json()) as Record<string, unknown>;
      if (response.status >= 300) throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(json)}`);
      await run.drain();
      return json;
    };
    await api('PUT', '/v1/landlord', {
      name: 'Bench Homes',
      homes: 5000,
      division: 'england-and-wales',
      timeZone: 'Europe/London',
      complaintsOfficerEmail: 'officer@bench.example',
      inboundAddresses: ['complaints@bench.example'],
    });
    await api('PUT', '/v1/staff/h1', { name: 'Sam Handler', email: 'h1@bench.example' });
    await api('PUT', '/v1/staff/h2', { name: 'Alex Reviewer', email: 'h2@bench.example' });
    const transport = createTransport({ host: '127.0.0.1', port: stack.smtpPort, ignoreTLS: true });

    const lifecycle = async (late: boolean, n: number) => {
      const raw = [
        `From: Resident ${n} <resident${n}@example.org>`,
        'To: complaints@bench.example',
        `Subject: The lift in block ${n}`,
        `Message-ID: <bench-${n}@example.org>`,
        'Content-Type: text/plain; charset=utf-8',
        '',
        'The lift has been broken for three weeks and my mother cannot leave the flat. Please repair it.',
        '',
      ].join('\r\n');
      const before = (await stack.localOutbox.list()).length;
      run.actor = 'inbound-email';
      run.invoke('inbound-email');
      run.tally.inbound.messages += 1;
      run.tally.inbound.chunks += Math.ceil(Buffer.byteLength(raw) / (256 * 1024));
      await transport.sendMail({ envelope: { from: `resident${n}@example.org`, to: ['complaints@bench.example'] }, raw });
      await run.drain();
      const sent = await stack.localOutbox.list();
      const id = sent.slice(before).find((entry) => entry.to.includes(`resident${n}@example.org`))?.complaintId;
      if (!id) throw new Error('no receipt was sent');
      const path = `/v1/complaints/${id}`;
      const step = async (body: () => Promise<unknown>) => {
        if (late) await run.pastReminder(id);
        else await run.advanceBy(60 * 60_000);
        await body();
      };
      await step(() => api('POST', `${path}/acknowledge`, { handlerId: 'h1', definition }));
      await step(() => api('POST', `${path}/respond`, { decision: 'not_upheld', reasons: 'The lift was repaired within the target time' }));
      await step(() => api('POST', `${path}/escalate`, { reason: 'The lift broke again', requestedAt: stack.clock.now().toISOString() }));
      await step(() => api('POST', `${path}/acknowledge`, { handlerId: 'h2', definition }));
      await step(() =>
        api('POST', `${path}/respond`, { decision: 'upheld', reasons: 'The repair did not last', remedies: [{ kind: 'apology', description: 'We are sorry', done: true }] }),
      );
      await run.advanceBy(60 * 60_000);
      await api('POST', `${path}/close`, { reason: 'Final response sent' });
      // Anything still scheduled for it (there should be nothing) fires and is counted.
      await run.advanceBy(30 * 24 * 60 * 60_000);
    };

    await lifecycle(false, 0); // warm-up: settings and reference counter cached, as in a warm process
    const onTime = await run.measure(() => lifecycle(false, 1));
    const late = await run.measure(() => lifecycle(true, 2));
    transport.close();
    return [
      `Cost of one two-stage lifecycle created by email (DynamoDB Local, ReturnConsumedCapacity INDEXES; ${PRICE_REGION} list prices of ${PRICES_AS_OF}, test/bench/aws-prices.ts)`,
      '',
      ...report('On time (each step well before its reminder)', onTime, 1.0),
      '',
      ...report('Late (each step after its reminder fired)', late, 1.6),
    ];
  } finally {
    await stack.stop();
  }
}

function instrument(stack: LocalStack) {
  let tally = emptyTally();
  let firing = false;
  const pending: OutboxKey[] = [];
  const sendRefs: SendRef[] = [];
  const ledger = new DynamoDbSendLedger(stack.db, stack.tableName);
  const state = {
    actor: 'http-api' as Fn,
    get tally() {
      return tally;
    },
    invoke(fn: Fn) {
      tally.invocations.set(fn, (tally.invocations.get(fn) ?? 0) + 1);
    },
    async measure(work: () => Promise<void>): Promise<Tally> {
      tally = emptyTally();
      await work();
      const measured = tally;
      tally = emptyTally();
      return measured;
    },
    /** What the stream would trigger: each pending outbox item dispatched, and SES's events for each send. */
    async drain() {
      while (pending.length > 0) {
        for (const key of pending.splice(0)) {
          state.actor = 'outbox-dispatcher';
          await stack.dispatcher.dispatch(key);
        }
        for (const ref of sendRefs.splice(0)) {
          for (const eventType of ['Send', 'Delivery']) {
            state.actor = 'ses-events';
            state.invoke('ses-events');
            const at = stack.clock.now().toISOString();
            await ledger.record(ref, { eventType, providerId: `ses-${ref.outboxId}`, messageId: `<ses-${ref.outboxId}@eu-west-1.amazonses.com>`, sentAt: at }, stack.clock.now());
          }
        }
      }
    },
    /** Moves local time, firing each schedule due on the way as EventBridge Scheduler would. */
    async advanceTo(target: Date) {
      for (;;) {
        const [next] = await stack.scheduler.pending(target);
        if (!next) break;
        stack.clock.advanceTo(new Date(Math.max(new Date(next.fireAt).getTime(), stack.clock.now().getTime())));
        state.actor = 'deadline-check';
        state.invoke('deadline-check');
        tally.schedulerInvocations += 1;
        firing = true;
        try {
          await stack.scheduler.fireNext(stack.clock.now());
        } finally {
          firing = false;
        }
        await state.drain();
      }
      if (target > stack.clock.now()) stack.clock.advanceTo(target);
    },
    advanceBy(ms: number) {
      return state.advanceTo(new Date(stack.clock.now().getTime() + ms));
    },
    async pastReminder(complaintId: string) {
      const reminder = (await stack.scheduler.pending()).find((schedule) => schedule.payload.complaintId === complaintId && schedule.payload.kind === 'reminder');
      // Nothing is owed while the resident may escalate: that step is taken an hour on.
      if (!reminder) return state.advanceBy(60 * 60_000);
      await state.advanceTo(new Date(new Date(reminder.fireAt).getTime() + 60_000));
    },
  };

  // Provider and scheduler calls: counted at the local stand-ins the dispatcher holds.
  const outbox = stack.localOutbox;
  const send = outbox.send.bind(outbox);
  outbox.send = async (email, ref) => {
    tally.sends += 1;
    sendRefs.push(ref);
    return send(email, ref);
  };
  const scheduler = stack.scheduler;
  const upsert = scheduler.upsert.bind(scheduler);
  const remove = scheduler.delete.bind(scheduler);
  scheduler.upsert = async (...args) => {
    tally.schedulerApi += 1;
    return upsert(...args);
  };
  // A fired schedule deletes itself (ActionAfterCompletion DELETE): not an API call.
  scheduler.delete = async (name) => {
    if (!firing) tally.schedulerApi += 1;
    return remove(name);
  };

  stack.db.middlewareStack.add(
    (next, context) => async (args) => {
      const input = (args as { input: Record<string, unknown> }).input;
      // The local provider and scheduler keep their state in the table under LOCAL#: not the app's DynamoDB use.
      if (JSON.stringify(input).includes('"LOCAL#')) return next(args);
      input.ReturnConsumedCapacity = 'INDEXES';
      const command = context.commandName as string;
      const result = await next(args);
      const output = result.output as { ConsumedCapacity?: Capacity | Capacity[] };
      const capacities = [output.ConsumedCapacity ?? []].flat();
      const fn: Fn = JSON.stringify(input).includes('#AGG') ? 'report-aggregates' : state.actor;
      const row = tally.calls.get(`${fn}|${command}`) ?? { calls: 0, read: 0, writeTable: 0, writeIndexes: 0 };
      row.calls += 1;
      for (const capacity of capacities) {
        const indexes = Object.entries(capacity.GlobalSecondaryIndexes ?? {});
        if (!WRITES.has(command)) {
          row.read += capacity.CapacityUnits ?? 0;
          continue;
        }
        row.writeTable += capacity.Table?.CapacityUnits ?? capacity.CapacityUnits ?? 0;
        for (const [name, units] of indexes) {
          row.writeIndexes += units.CapacityUnits ?? 0;
          tally.indexWrites.set(name, (tally.indexWrites.get(name) ?? 0) + (units.CapacityUnits ?? 0));
        }
      }
      tally.calls.set(`${fn}|${command}`, row);
      if (WRITES.has(command)) {
        const items = itemsWritten(input);
        // The stream triggers: the dispatcher for new pending outbox items, the aggregates for complaint images.
        const outboxItems = items.filter((item) => item.entity === 'outbox' && item.status === 'pending');
        if (outboxItems.length > 0) state.invoke('outbox-dispatcher');
        for (const item of outboxItems) pending.push({ PK: item.PK as string, SK: item.SK as string });
        if (items.some((item) => item.entity === 'complaint')) state.invoke('report-aggregates');
      }
      return result;
    },
    { step: 'initialize', name: 'cost-bench-capacity' },
  );
  return state;
}

function itemsWritten(input: Record<string, unknown>): Record<string, unknown>[] {
  const transact = (input.TransactItems as { Put?: { Item: Record<string, unknown> } }[] | undefined) ?? [];
  const single = input.Item ? [input.Item as Record<string, unknown>] : [];
  return [...single, ...transact.flatMap((item) => (item.Put ? [item.Put.Item] : []))];
}

const fixed = (value: number, digits = 1) => value.toFixed(digits);
const pad = (cells: (string | number)[], widths: number[]) => cells.map((cell, i) => (i === 0 ? String(cell).padEnd(widths[i]!) : String(cell).padStart(widths[i]!))).join('  ');

function report(title: string, tally: Tally, target: number): string[] {
  const lines = [title];
  const widths = [44, 6, 8, 10, 10];
  lines.push(pad(['function / DynamoDB call', 'calls', 'RRU', 'WRU table', 'WRU index'], widths));
  const total = { calls: 0, read: 0, writeTable: 0, writeIndexes: 0 };
  for (const [key, row] of [...tally.calls.entries()].sort()) {
    const [fn, command] = key.split('|');
    lines.push(pad([`${fn} ${command!.replace(/Command$/, '')}`, row.calls, fixed(row.read), fixed(row.writeTable), fixed(row.writeIndexes)], widths));
    total.calls += row.calls;
    total.read += row.read;
    total.writeTable += row.writeTable;
    total.writeIndexes += row.writeIndexes;
  }
  lines.push(pad(['total', total.calls, fixed(total.read), fixed(total.writeTable), fixed(total.writeIndexes)], widths));
  lines.push(`index write units: ${[...tally.indexWrites.entries()].sort().map(([name, units]) => `${name} ${fixed(units)}`).join(', ') || 'none'}`);
  const invocations = [...tally.invocations.values()].reduce((sum, n) => sum + n, 0);
  lines.push(
    `emails sent ${tally.sends}; emails received ${tally.inbound.messages}; Scheduler API calls ${tally.schedulerApi} (not charged), invocations ${tally.schedulerInvocations}; ` +
      `Lambda invocations ${invocations} (${[...tally.invocations.entries()].map(([fn, n]) => `${fn} ${n}`).join(', ')})`,
  );
  const per1000 = (dollars: number) => dollars * 1000;
  const costs: [string, number][] = [
    ['DynamoDB writes: table', per1000(total.writeTable * PRICES.dynamoDbWriteRequestUnit)],
    ['DynamoDB writes: indexes', per1000(total.writeIndexes * PRICES.dynamoDbWriteRequestUnit)],
    ['DynamoDB reads', per1000(total.read * PRICES.dynamoDbReadRequestUnit)],
    ['SES outbound', per1000(tally.sends * PRICES.sesOutboundMessage)],
    ['SES inbound', per1000(tally.inbound.messages * PRICES.sesInboundMessage + tally.inbound.chunks * PRICES.sesInboundChunk)],
    ['S3 (raw mail put and get)', per1000(tally.inbound.messages * (PRICES.s3Put + PRICES.s3Get))],
    ['Scheduler invocations', per1000(tally.schedulerInvocations * PRICES.schedulerInvocation)],
    ['Lambda requests', per1000(invocations * PRICES.lambdaRequest)],
    [
      `Lambda duration (${LAMBDA_ASSUMPTIONS.memoryGb * 1024} MB x ${LAMBDA_ASSUMPTIONS.billedMsPerInvocation} ms assumed)`,
      per1000(invocations * LAMBDA_ASSUMPTIONS.memoryGb * (LAMBDA_ASSUMPTIONS.billedMsPerInvocation / 1000) * PRICES.lambdaArmGbSecond),
    ],
  ];
  const sum = costs.reduce((acc, [, dollars]) => acc + dollars, 0);
  lines.push(pad(['$ per 1,000 lifecycles', '$', 'share'], [44, 8, 7]));
  for (const [name, dollars] of costs) lines.push(pad([name, fixed(dollars, 4), `${fixed((100 * dollars) / sum)}%`], [44, 8, 7]));
  const writes = costs[0]![1] + costs[1]![1];
  lines.push(pad(['total', fixed(sum, 4), '100%'], [44, 8, 7]));
  const dynamoDb = writes + costs[2]![1];
  const dynamoDbBeforeCut = per1000(
    (total.writeTable + total.writeIndexes) * PRICES.dynamoDbWriteRequestUnitBefore2024Cut + total.read * PRICES.dynamoDbReadRequestUnitBefore2024Cut,
  );
  lines.push(`(at the DynamoDB prices before 1 Nov 2024, $1.4135 / $0.283 per million, the total would be $${fixed(sum - dynamoDb + dynamoDbBeforeCut, 4)})`);
  lines.push(
    `target: at most $${fixed(target, 2)} per 1,000: ${sum <= target ? 'met' : 'NOT met'}; DynamoDB writes ${fixed((100 * writes) / sum)}% of the total (target under 33.3%: ${writes < sum / 3 ? 'met' : 'NOT met'})`,
  );
  return lines;
}
