import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const FOLDER = join(import.meta.dirname, '..', 'fixtures', 'mail');

/** A fixture with its {{PLACEHOLDERS}} filled (header values only; bodies stay as written). */
export function mailFixture(name: string, values: Record<string, string>): Buffer {
  let raw = readFileSync(join(FOLDER, name)).toString('latin1');
  for (const [key, value] of Object.entries(values)) raw = raw.replaceAll(`{{${key}}}`, value);
  return Buffer.from(raw, 'latin1');
}

/** A message of about `megabytes` MB: text plus a large base64 attachment. */
export function largeMessage(to: string, megabytes: number): Buffer {
  const payload = Buffer.alloc(Math.floor((megabytes * 1024 * 1024 * 3) / 4), 7).toString('base64').replace(/.{76}/g, '$&\r\n');
  return Buffer.from(
    [
      'From: Eve Resident <eve@example.org>',
      `To: ${to}`,
      'Subject: Video of the leak',
      'Message-ID: <large-0010@example.org>',
      'MIME-Version: 1.0',
      'Content-Type: multipart/mixed; boundary="big"',
      '',
      '--big',
      'Content-Type: text/plain',
      '',
      'A video of the leak is attached.',
      '--big',
      'Content-Type: video/mp4; name="leak.mp4"',
      'Content-Transfer-Encoding: base64',
      '',
      payload,
      '--big--',
      '',
    ].join('\r\n'),
  );
}
