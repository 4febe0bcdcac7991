import { SendEmailCommand, type SESv2Client } from '@aws-sdk/client-sesv2';
import type { Mailer, OutgoingEmail } from '../../domain/ports/outbox.port.js';

/** SES v2 SendEmail. SES sets the Message-ID header from the id it answers, which replies then quote. */
export class SesMailer implements Mailer {
  constructor(
    private readonly ses: SESv2Client,
    private readonly region: string,
    private readonly configurationSetName?: string,
  ) {}

  async send(email: OutgoingEmail): Promise<{ messageId: string }> {
    const { MessageId } = await this.ses.send(
      new SendEmailCommand({
        FromEmailAddress: email.from,
        Destination: { ToAddresses: email.to },
        Content: {
          Simple: {
            Subject: { Data: email.subject, Charset: 'UTF-8' },
            Body: { Text: { Data: email.text, Charset: 'UTF-8' }, Html: { Data: email.html, Charset: 'UTF-8' } },
            Headers: Object.entries(email.headers).map(([Name, Value]) => ({ Name, Value })),
          },
        },
        ...(this.configurationSetName && { ConfigurationSetName: this.configurationSetName }),
      }),
    );
    if (!MessageId) throw new Error('SES answered without a MessageId');
    return { messageId: `<${MessageId}@${this.region}.amazonses.com>` };
  }
}
