import { SendEmailCommand, type SESv2Client } from '@aws-sdk/client-sesv2';
import type { Mailer, OutgoingEmail } from '../../domain/ports/outbox.port.js';
import type { SendRef } from '../../domain/ports/send-ledger.port.js';
import { logger } from '../shared/logger.js';
import { sendTags, sesMessageId } from './ses-send-tags.js';

/** SES said no before taking the message: safe to ask again at once. Anything else may have been taken. */
const DECLINED = new Set(['TooManyRequestsException']);
const THROTTLE_TRIES = 3;

/**
 * SES v2 SendEmail. SES sets the Message-ID header from the id it answers, which replies then quote.
 * Each send is tagged with its outbox reference, so SES's own send events say which message they are
 * about (the send ledger). The client should be built with `maxAttempts: 1`: SendEmail has no
 * idempotency token, so an SDK retry after a timeout or 5xx could send twice unseen; only a throttle,
 * which SES refuses before taking the message, is retried here. Anything else goes back to the
 * dispatcher, whose next attempt asks the ledger first.
 */
export class SesMailer implements Mailer {
  constructor(
    private readonly ses: SESv2Client,
    private readonly region: string,
    private readonly configurationSetName?: string,
    private readonly pause: (ms: number) => Promise<void> = (ms) => new Promise((done) => setTimeout(done, ms)),
  ) {}

  async send(email: OutgoingEmail, ref: SendRef): Promise<{ messageId: string }> {
    const tags = sendTags(ref);
    if (!tags) logger.warn('outbox reference cannot be an SES tag; this send is not traceable by its events', { outboxId: ref.outboxId });
    const command = new SendEmailCommand({
      FromEmailAddress: email.from,
      Destination: { ToAddresses: email.to },
      Content: {
        Simple: {
          Subject: { Data: email.subject, Charset: 'UTF-8' },
          Body: { Text: { Data: email.text, Charset: 'UTF-8' }, Html: { Data: email.html, Charset: 'UTF-8' } },
          Headers: Object.entries(email.headers).map(([Name, Value]) => ({ Name, Value })),
        },
      },
      ...(tags && { EmailTags: tags }),
      ...(this.configurationSetName && { ConfigurationSetName: this.configurationSetName }),
    });
    for (let attempt = 1; ; attempt += 1) {
      try {
        const { MessageId } = await this.ses.send(command);
        if (!MessageId) throw new Error('SES answered without a MessageId');
        return { messageId: sesMessageId(MessageId, this.region) };
      } catch (error) {
        if (!DECLINED.has((error as Error).name) || attempt >= THROTTLE_TRIES) throw error;
        await this.pause(100 * 2 ** attempt * (1 + Math.random()));
      }
    }
  }
}
