import { createTransport } from 'nodemailer';
import { DEFAULT_LOCAL_JWT_SECRET, signLocalToken } from '../../infra/local/local-jwt.js';
import { startLocalStack } from '../../infra/local/local-stack.js';

const MESSAGES = Number(process.env.BENCH_MAILS ?? 200);
const CONNECTIONS = 4;

/** Messages per second from SMTP DATA to a logged complaint (the 250 reply comes after the commit). */
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
    for (let i = 0; i < 20; i += 1) await send(-i - 1); // warm-up
    const start = process.hrtime.bigint();
    let next = 0;
    await Promise.all(
      Array.from({ length: CONNECTIONS }, async () => {
        while (next < MESSAGES) await send(next++);
      }),
    );
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    transport.close();
    return [
      `Email intake: ${MESSAGES} messages over ${CONNECTIONS} SMTP connections, each logged as a complaint before its 250`,
      `  ${(MESSAGES / seconds).toFixed(1)} messages/s  (${((seconds * 1000) / MESSAGES).toFixed(1)} ms each, wall clock ${seconds.toFixed(2)} s)`,
    ];
  } finally {
    await stack.stop();
  }
}
