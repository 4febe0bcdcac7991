import { createHash } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { SMTPServer, type SMTPServerDataStream } from 'smtp-server';
import type { BlobStore } from '../../domain/ports/blob-store.port.js';
import type { Clock } from '../../domain/ports/clock.port.js';
import type { LandlordStore } from '../../domain/ports/landlord-store.port.js';
import type { InboundIntake, IntakeOutcome } from '../../functions/inbound-email/inbound-intake.js';

/** A recipient as accepted at RCPT, with the landlord its address belonged to then. */
type RecipientWithOwner = { address: string; landlordId?: string };

/** SES accepts messages up to 40 MB; so does the local intake. */
const MAX_MESSAGE_BYTES = 40 * 1024 * 1024;

export interface SmtpIntake {
  port: number;
  close(): Promise<void>;
}

/**
 * The local stand-in for SES receiving: accepts mail only for landlords' inbound addresses (others
 * are refused at RCPT, as SES's receipt rules would not match), keeps the raw message, then runs the
 * same intake the inbound Lambda runs, handing it the landlord RCPT found for each recipient (the address
 * is read once per message: a message accepted for a landlord is logged for it). 250 means the message is logged, attached or quarantined
 * (anything the intake cannot log it holds); 451 means nothing was kept but the raw bytes, under a
 * key derived from them, so a sender's retries never pile up copies.
 */
export async function startSmtpIntake(options: {
  port: number;
  landlords: LandlordStore;
  blobs: BlobStore;
  intake: InboundIntake;
  clock: Clock;
  onOutcome?: (outcomes: IntakeOutcome[]) => void;
}): Promise<SmtpIntake> {
  const server = new SMTPServer({
    // Loopback only, no TLS or AUTH: smtp-server's bundled certificate has expired (see README).
    disabledCommands: ['STARTTLS', 'AUTH'],
    authOptional: true,
    size: MAX_MESSAGE_BYTES,
    banner: 'housing complaints local intake',
    logger: false,
    onRcptTo(address, _session, callback) {
      options.landlords.landlordForAddress(address.address).then(
        (landlordId) => {
          // Kept on the recipient (smtp-server keeps this object in the envelope): the intake reads no address again.
          if (landlordId) {
            (address as RecipientWithOwner).landlordId = landlordId;
            return callback();
          }
          const refusal = Object.assign(new Error(`no landlord receives mail at ${address.address}`), { responseCode: 550 });
          return callback(refusal);
        },
        (error: Error) => callback(error),
      );
    },
    onData(stream: SMTPServerDataStream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('error', callback);
      stream.on('end', () => {
        if (stream.sizeExceeded) {
          return callback(Object.assign(new Error('message exceeds 40 MB'), { responseCode: 552 }));
        }
        const raw = Buffer.concat(chunks);
        const rawKey = `inbound/sha256-${createHash('sha256').update(raw).digest('hex')}.eml`;
        const receivedAt = options.clock.now();
        const recipients = session.envelope.rcptTo.map((rcpt) => rcpt.address);
        const owners = new Map(session.envelope.rcptTo.map((rcpt) => [rcpt.address, (rcpt as RecipientWithOwner).landlordId]));
        options.blobs
          .put(rawKey, raw, 'message/rfc822')
          .then(() => options.intake.receive({ rawKey, raw, recipients, owners, receivedAt }))
          .then(
            (outcomes) => {
              options.onOutcome?.(outcomes);
              // The addresses were given up between RCPT and DATA: refused, not accepted and lost.
              if (outcomes.length === 0) return callback(Object.assign(new Error(`no landlord receives mail at ${recipients.join(', ')}`), { responseCode: 550 }));
              callback();
            },
            (error: Error) => {
              process.stderr.write(`smtp intake: ${error.stack}\n`);
              callback(Object.assign(new Error('temporary failure; try again'), { responseCode: 451 }));
            },
          );
      });
    },
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port, '127.0.0.1', () => done());
  });
  const { port } = server.server.address() as AddressInfo;
  return { port, close: () => new Promise<void>((done) => server.close(() => done())) };
}
