import { randomUUID } from 'node:crypto';
import { PutCommand, ScanCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { PostedLetter } from '../../domain/letters/posted-letter.js';
import { queryAll } from '../../functions/adapters/dynamodb-query-all.js';
import type { Clock } from '../../domain/ports/clock.port.js';
import type { Mailer, OutgoingEmail } from '../../domain/ports/outbox.port.js';
import type { ProviderSend, SendLedger, SendRef } from '../../domain/ports/send-ledger.port.js';
import { escapeHtml } from '../../domain/letters/render.js';

export interface LocalOutboxEntry {
  to: string[];
  subject: string;
  text: string;
  html: string;
  sentAt: string;
  complaintId: string;
  /** The outbox message this send was for (absent on entries from before it was kept). */
  outboxId?: string;
  from: string;
  headers: Record<string, string>;
  messageId: string;
}

const PK = 'LOCAL#OUTBOX';
const sendSk = (outboxId: string) => `SEND#${outboxId}#`;

/**
 * Locally every email "sent" lands here, in DynamoDB Local under DATA_DIR, so it survives a restart
 * like the rest. It is the local provider and its own record of what it was given: each send is a
 * separate entry filed under its outbox id (a second send of one message would show as two), and a
 * reclaimed message looks here before sending again, as it looks at SES's send events on AWS.
 */
export class LocalOutbox implements Mailer, SendLedger {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly clock: Clock,
  ) {}

  async send(email: OutgoingEmail, ref: SendRef): Promise<{ messageId: string }> {
    const messageId = `<${ref.outboxId}@outbox.local>`;
    const sentAt = this.clock.now().toISOString();
    const entry: LocalOutboxEntry = { ...email, sentAt, complaintId: ref.complaintId, outboxId: ref.outboxId, messageId };
    await this.db.send(new PutCommand({ TableName: this.tableName, Item: { PK, SK: `${sendSk(ref.outboxId)}${sentAt}#${randomUUID()}`, entity: 'local-outbox', ...entry } }));
    return { messageId };
  }

  async find(ref: SendRef): Promise<ProviderSend | undefined> {
    const [first] = await this.sendsOf(ref.outboxId);
    return first && { messageId: first.messageId, sentAt: first.sentAt };
  }

  /** Every send of one outbox message, first first. */
  async sendsOf(outboxId: string): Promise<LocalOutboxEntry[]> {
    const items = await queryAll(this.db, {
      TableName: this.tableName,
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :sends)',
      ExpressionAttributeValues: { ':pk': PK, ':sends': sendSk(outboxId) },
      ConsistentRead: true,
    });
    return items.map(toEntry).sort(bySentAt);
  }

  /**
   * Every posted (or held) letter of every landlord, newest first, for the local page. A Scan is fine for
   * a developer's page over local data; nothing on AWS or in the API scans.
   */
  async postedLetters(limit = 200): Promise<PostedLetter[]> {
    const letters: PostedLetter[] = [];
    let ExclusiveStartKey: Record<string, unknown> | undefined;
    do {
      const page = await this.db.send(
        new ScanCommand({ TableName: this.tableName, FilterExpression: 'entity = :letter', ExpressionAttributeValues: { ':letter': 'letter' }, ExclusiveStartKey }),
      );
      letters.push(...((page.Items ?? []) as PostedLetter[]));
      ExclusiveStartKey = page.LastEvaluatedKey;
    } while (ExclusiveStartKey);
    return letters.sort((a, b) => b.createdAt.localeCompare(a.createdAt)).slice(0, limit);
  }

  /** Everything sent, oldest first. */
  async list(): Promise<LocalOutboxEntry[]> {
    const items = await queryAll(this.db, { TableName: this.tableName, KeyConditionExpression: 'PK = :pk', ExpressionAttributeValues: { ':pk': PK } });
    return items.map(toEntry).sort(bySentAt);
  }
}

const toEntry = ({ PK: _pk, SK: _sk, entity: _entity, ...entry }: Record<string, unknown>) => entry as unknown as LocalOutboxEntry;
const bySentAt = (a: LocalOutboxEntry, b: LocalOutboxEntry) => a.sentAt.localeCompare(b.sentAt);

/** `GET /_local/outbox.html`: the outbox as a page a person can read, newest first. */
export function outboxPage(entries: LocalOutboxEntry[], letters: PostedLetter[] = []): string {
  const posted = letters
    .map((letter) => {
      const pdf = `/_local/letters/${encodeURIComponent(letter.landlordId)}/${encodeURIComponent(letter.id)}.pdf`;
      return `<tr><td>${escapeHtml(letter.reference)}</td><td>${escapeHtml(`${letter.stage ? `stage ${letter.stage} ` : ''}${letter.kind.replace(/_/g, ' ')}`)}</td><td>${escapeHtml(letter.recipientName)}</td><td>${escapeHtml(letter.status.replace('_', ' '))}${letter.postedOn ? ` ${escapeHtml(letter.postedOn)}` : ''}${letter.reason ? `: ${escapeHtml(letter.reason)}` : ''}</td><td>${escapeHtml(letter.createdAt)}</td><td><a href="${escapeHtml(pdf)}">PDF</a></td></tr>`;
    })
    .join('\n');
  const postedSection = `<h2>Posted letters</h2>
<p>Letters to residents without email (or who asked for post), waiting to print, posted, or held as undeliverable. The PDF links
are local only; through the API it is <code>GET /v1/letters/{id}.pdf</code> with a token.</p>
${letters.length ? `<table><tr><th>Reference</th><th>Letter</th><th>To</th><th>Status</th><th>Queued</th><th></th></tr>\n${posted}</table>` : '<p>No posted letters yet.</p>'}`;
  const rows = [...entries]
    .reverse()
    .map(
      (entry) => `<article>
  <h2>${escapeHtml(entry.subject)}</h2>
  <p class="meta">To ${escapeHtml(entry.to.join(', '))} &middot; from ${escapeHtml(entry.from)} &middot; ${escapeHtml(entry.sentAt)} &middot; complaint ${escapeHtml(entry.complaintId)}</p>
  <details><summary>Plain text</summary><pre>${escapeHtml(entry.text)}</pre></details>
  <iframe sandbox="" srcdoc="${escapeHtml(entry.html)}"></iframe>
</article>`,
    )
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Local outbox (${entries.length})</title>
<style>body{font-family:system-ui,sans-serif;margin:2rem;max-width:960px}article{border-bottom:1px solid #ccc;padding:1rem 0}
.meta{color:#555;font-size:.9rem}table{border-collapse:collapse;font-size:.9rem}td,th{border-bottom:1px solid #ddd;padding:.3rem .6rem;text-align:left}iframe{width:100%;height:420px;border:1px solid #ddd}pre{white-space:pre-wrap}</style></head>
<body><h1>Local outbox</h1>${postedSection}<h2>Emails</h2><p>${entries.length} message(s) sent by the local stack. JSON: <a href="/_local/outbox">/_local/outbox</a></p>
${rows || '<p>Nothing sent yet.</p>'}</body></html>`;
}
