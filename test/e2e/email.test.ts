import { randomUUID } from 'node:crypto';
import { createTransport } from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LOCAL_JWT_SECRET, signLocalToken } from '../../infra/local/local-jwt.js';
import { startLocalStack, type LocalStack } from '../../infra/local/local-stack.js';
import { assertMatchesContract, newLandlordId } from '../support/api-harness.js';
import { dynamoEndpoint } from '../support/dynamodb-endpoint.js';

describe('email through the local stack: SMTP in, local outbox out', () => {
  let stack: LocalStack;
  beforeAll(async () => {
    stack = await startLocalStack({ port: 0, smtpPort: 0, jwtSecret: DEFAULT_LOCAL_JWT_SECRET, dynamoEndpoint: dynamoEndpoint(), tableName: `e2e-${randomUUID()}`, sweepIntervalMs: 100 });
  });
  afterAll(async () => {
    await stack.stop();
  });

  const smtp = () => createTransport({ host: '127.0.0.1', port: stack.smtpPort, secure: false, ignoreTLS: true });

  async function waitFor<T>(read: () => Promise<T | undefined>, timeoutMs = 15_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await read();
      if (value !== undefined) return value;
      if (Date.now() > deadline) throw new Error('timed out');
      await new Promise((done) => setTimeout(done, 100));
    }
  }

  it('a resident’s email becomes a complaint and the receipt lands in /_local/outbox', async () => {
    const landlordId = newLandlordId();
    const address = `complaints@${landlordId.toLowerCase()}.example`;
    const admin = await signLocalToken(DEFAULT_LOCAL_JWT_SECRET, { sub: 'a', landlordId, roles: ['admin', 'officer'] });
    const put = await fetch(`${stack.apiUrl}/v1/landlord`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        name: 'Harbour Homes',
        homes: 800,
        division: 'england-and-wales',
        timeZone: 'Europe/London',
        complaintsOfficerEmail: `officer@${landlordId.toLowerCase()}.example`,
        inboundAddresses: [address],
      }),
    });
    expect(put.status).toBe(200);
    assertMatchesContract('PUT', '/v1/landlord', { status: put.status, body: await put.json(), headers: { 'content-type': put.headers.get('content-type') ?? '' } });

    await expect(
      smtp().sendMail({ from: 'stray@example.org', to: 'nobody@unknown.example', subject: 'x', text: 'x' }),
    ).rejects.toThrow(/550/);

    const resident = `resident-${landlordId.toLowerCase()}@example.org`;
    const info = await smtp().sendMail({
      from: `Grace Resident <${resident}>`,
      to: address,
      subject: 'Heating not working',
      text: 'The heating has been off for four days <and> I have a baby at home.',
    });
    expect(info.accepted).toEqual([address]);

    const receipt = await waitFor(async () => {
      const outbox = (await (await fetch(`${stack.apiUrl}/_local/outbox`)).json()) as { items: { to: string[]; subject: string; text: string; html: string; complaintId: string }[] };
      return outbox.items.find((item) => item.to.includes(resident));
    });
    expect(receipt.subject).toMatch(/^\[CMP-\d{4}-\d{6}\] We have received your complaint$/);
    expect(receipt.text).toContain('0300 111 3000');

    const complaint = await fetch(`${stack.apiUrl}/v1/complaints/${receipt.complaintId}`, { headers: { authorization: `Bearer ${admin}` } });
    const body = (await complaint.json()) as { channel: string; description: string; resident: { email: string } };
    assertMatchesContract('GET', `/v1/complaints/${receipt.complaintId}`, { status: complaint.status, body, headers: { 'content-type': complaint.headers.get('content-type') ?? '' } });
    expect(body).toMatchObject({ channel: 'email', resident: { email: resident } });
    expect(body.description).toContain('<and>');

    const page = await fetch(`${stack.apiUrl}/_local/outbox.html`);
    expect(page.headers.get('content-type')).toContain('text/html');
    const html = await page.text();
    expect(html).toContain(receipt.subject);
    expect(html).not.toContain('<and>'); // the resident's text is escaped on the page too
  });
});
