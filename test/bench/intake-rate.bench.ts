import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { createTransport } from 'nodemailer';
import { DEFAULT_LOCAL_JWT_SECRET, signLocalToken } from '../../infra/local/local-jwt.js';
import { startLocalStack, type LocalStack } from '../../infra/local/local-stack.js';

const MESSAGES = Number(process.env.BENCH_MAILS ?? 200);
const CONNECTIONS = 4;
const WARMUP = 20;
/** Each emailed complaint owes one receipt and sets two schedules (the acknowledgement's reminder and check). */
const SCHEDULES_PER_COMPLAINT = 2;

/** How many items the local provider and scheduler hold (their own partitions; a count, not the items). */
async function count(stack: LocalStack, pk: string): Promise<number> {
  let total = 0;
  let ExclusiveStartKey: Record<string, unknown> | undefined;
  do {
    const page = await stack.db.send(
      new QueryCommand({ TableName: stack.tableName, KeyConditionExpression: 'PK = :pk', ExpressionAttributeValues: { ':pk': pk }, Select: 'COUNT', ExclusiveStartKey }),
    );
    total += page.Count ?? 0;
    ExclusiveStartKey = page.LastEvaluatedKey;
  } while (ExclusiveStartKey);
  return total;
}

/**
 * Two rates over the same run: messages/s from SMTP DATA to a logged complaint (the 250 reply comes after
 * the commit), and messages/s until every one of them has had its receipt sent and its schedules set by
 * the local stack's own dispatch (its 250 ms tick, as the stream and sweep do on AWS).
 */
export async function intakeRateBench(): Promise<string[]> {
  const stack = await startLocalStack({ port: 0, smtpPort: 0, jwtSecret: DEFAULT_LOCAL_JWT_SECRET, tableName: 'bench-intake' });
  try {
    const token = await signLocalToken(DEFAULT_LOCAL_JWT_SECRET, { sub: 'bench', landlordId: 'bench-intake', roles: ['admin'] });
    await fetch(`${stack.apiUrl}/v1/landlord`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Bench', homes: 1, division: 'england-and-wales', timeZone: 'Europe/London', complaintsOfficerEmail: 'o@bench.example', inboundAddresses: ['in@bench.example'] }),
    });
    const transport = createTransport({ host: '127.0.0.1', port: stack.smtpPort, ignoreTLS: true, pool: true, maxConnections: CONNECTIONS });
    const send = (i: number) =>
      transport.sendMail({ from: `Resident ${i} <r${i}@example.org>`, to: 'in@bench.example', subject: `Complaint ${i}`, text: `The lift has been broken for ${i} days.` });
    for (let i = 0; i < WARMUP; i += 1) await send(-i - 1);
    const settled = async (complaints: number) =>
      (await count(stack, 'LOCAL#OUTBOX')) >= complaints && (await count(stack, 'LOCAL#SCHEDULES')) >= complaints * SCHEDULES_PER_COMPLAINT;
    while (!(await settled(WARMUP))) await new Promise((done) => setTimeout(done, 50));

    const start = process.hrtime.bigint();
    let next = 0;
    await Promise.all(
      Array.from({ length: CONNECTIONS }, async () => {
        while (next < MESSAGES) await send(next++);
      }),
    );
    const logged = Number(process.hrtime.bigint() - start) / 1e9;
    while (!(await settled(WARMUP + MESSAGES))) await new Promise((done) => setTimeout(done, 50));
    const done = Number(process.hrtime.bigint() - start) / 1e9;
    transport.close();
    const toLogged = MESSAGES / logged;
    const toSettled = MESSAGES / done;
    return [
      `Email intake: ${MESSAGES} messages over ${CONNECTIONS} SMTP connections`,
      `  to the logged complaint (250 after the commit):        ${toLogged.toFixed(1)} messages/s  (wall clock ${logged.toFixed(2)} s)`,
      `  until every receipt is sent and every schedule set:   ${toSettled.toFixed(1)} messages/s  (wall clock ${done.toFixed(2)} s)`,
      `  ratio ${(toSettled / toLogged).toFixed(2)} (target at least 0.70: ${toSettled / toLogged >= 0.7 ? 'met' : 'NOT met'})`,
    ];
  } finally {
    await stack.stop();
  }
}
