import { noticeRecipients } from '../../domain/complaint/current-handler.js';
import { createHash } from 'node:crypto';
import PostalMime, { type Email } from 'postal-mime';
import type { Complaint } from '../../domain/complaint/complaint.js';
import type { AttachmentRef, Correspondence } from '../../domain/complaint/correspondence.js';
import { recordCorrespondence } from '../../domain/complaint/lifecycle.js';
import { findReference } from '../../domain/complaint/reference.js';
import { htmlToText } from '../../domain/email/html-to-text.js';
import { automaticReason, inboundMessageKey, threadMessageIds } from '../../domain/email/inbound-rules.js';
import { Conflict, InvalidInput, NotFound } from '../../domain/errors.js';
import { inboundNoticeLetter } from '../../domain/letters/staff-letters.js';
import type { LandlordSettings, StaffMember } from '../../domain/landlord/settings.js';
import type { BlobStore } from '../../domain/ports/blob-store.port.js';
import { DuplicateInbound } from '../../domain/ports/complaint-store.port.js';
import type { QuarantineEntry, QuarantineReason, QuarantineStore } from '../../domain/ports/quarantine.port.js';
import type { Caller } from '../shared/auth.js';
import { applyTransition, createComplaint } from '../shared/complaint-commands.js';
import type { ApiDeps } from '../shared/deps.js';
import { toOutboxMessages } from '../shared/outbox-messages.js';

/** Larger messages are held for a person rather than parsed in the request (SES accepts up to 40 MB). */
export const MAX_PARSE_BYTES = 10 * 1024 * 1024;
const MAX_DESCRIPTION = 20_000;

export interface IntakeDeps extends ApiDeps {
  blobs: BlobStore;
  quarantine: QuarantineStore;
}

export interface InboundDelivery {
  /** Where the raw message is already kept (SES's S3 action, or the local SMTP intake). */
  rawKey: string;
  raw: Buffer;
  recipients: string[];
  /** When the landlord's system received it: the complaint's receivedAt, not the sender's Date header. */
  receivedAt: Date;
  /** SES receipt verdicts; absent locally. */
  verdicts?: { spam?: string; virus?: string };
}

export type IntakeOutcome =
  | { landlordId: string; outcome: 'logged' | 'attached'; complaintId: string; reference: string }
  | { landlordId: string; outcome: 'duplicate' }
  | { landlordId: string; outcome: 'quarantined'; quarantineId: string; reason: QuarantineReason };

const sha256 = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');
const header = (parsed: Email, name: string) => parsed.headers.find((candidate) => candidate.key === name)?.value;
/** The text of the message: its text part, or its HTML part as text. */
const bodyText = (parsed: Email) => parsed.text ?? (parsed.html ? htmlToText(parsed.html) : '');
/** postal-mime reads headers from the raw bytes; a bounded prefix is enough for an oversize message. */
const parse = (raw: Buffer) => PostalMime.parse(raw);

/**
 * Turns a delivered email into a stage 1 complaint, or correspondence on the complaint it belongs
 * to, or a quarantine entry: never nothing. The same message delivered twice is logged once.
 */
export class InboundIntake {
  constructor(private readonly deps: IntakeDeps) {}

  async receive(delivery: InboundDelivery): Promise<IntakeOutcome[]> {
    const owners = await Promise.all(delivery.recipients.map((address) => this.deps.landlords.landlordForAddress(address)));
    const landlordIds = [...new Set(owners.filter((owner): owner is string => owner !== undefined))];
    const outcomes: IntakeOutcome[] = [];
    for (const landlordId of landlordIds) outcomes.push(await this.forLandlord(landlordId, delivery, false));
    return outcomes;
  }

  /** A person checked a held message: process it as if clean (verdicts, size and auto-reply checks off). */
  async release(landlordId: string, quarantineId: string, by: string): Promise<IntakeOutcome> {
    const entry = await this.deps.quarantine.get(landlordId, quarantineId);
    if (!entry) throw new NotFound('quarantined message');
    if (entry.status !== 'held') throw new Conflict('this message was released already');
    const raw = await this.deps.blobs.get(entry.rawKey);
    const outcome = await this.forLandlord(landlordId, { rawKey: entry.rawKey, raw, recipients: [], receivedAt: new Date(entry.receivedAt) }, true);
    await this.deps.quarantine.markReleased(landlordId, quarantineId, by, this.deps.clock.now(), outcome.outcome);
    return outcome;
  }

  private async forLandlord(landlordId: string, delivery: InboundDelivery, released: boolean): Promise<IntakeOutcome> {
    const hold = (reason: QuarantineReason, detail: string, parsed?: Email) => this.hold(landlordId, delivery, reason, detail, parsed);
    if (!released) {
      if (delivery.verdicts?.virus === 'FAIL') return hold('virus', 'SES virus verdict FAIL', await this.headersOnly(delivery.raw));
      if (delivery.verdicts?.spam === 'FAIL') return hold('spam', 'SES spam verdict FAIL', await this.headersOnly(delivery.raw));
      if (delivery.raw.byteLength > MAX_PARSE_BYTES) {
        return hold('oversize', `${delivery.raw.byteLength} bytes; over ${MAX_PARSE_BYTES}`, await this.headersOnly(delivery.raw));
      }
    }
    let parsed: Email;
    try {
      parsed = await parse(delivery.raw);
    } catch (error) {
      return hold('unparseable', (error as Error).message);
    }
    const sender = parsed.from;
    if (!sender?.address) {
      if (released) throw new InvalidInput('message', 'the message has no sender address to log a complaint for');
      return hold('unparseable', 'no sender address', parsed);
    }

    const messageKey = inboundMessageKey(parsed.messageId, sha256(delivery.raw));
    if (await this.deps.complaints.inboundLogged(landlordId, messageKey)) return { landlordId, outcome: 'duplicate' };

    const { settings } = await this.deps.landlords.getSettings(landlordId);
    const own = [...settings.inboundAddresses, settings.fromAddress, settings.complaintsOfficerEmail, this.deps.defaultFromAddress].filter(Boolean) as string[];
    const automatic = released
      ? undefined
      : automaticReason(
          {
            autoSubmitted: header(parsed, 'auto-submitted'),
            precedence: header(parsed, 'precedence'),
            xAutoreply: header(parsed, 'x-autoreply'),
            xAutorespond: header(parsed, 'x-autorespond'),
            contentType: header(parsed, 'content-type'),
          },
          sender.address,
          own,
        );
    const target = await this.belongsTo(landlordId, parsed);
    if (!target && automatic) return hold('automatic', automatic, parsed);

    const caller: Caller = { userId: 'inbound-email', landlordId, roles: [] };
    const record = (complaintId: string, attachments: AttachmentRef[]): Correspondence => ({
      id: this.deps.newId(),
      complaintId,
      direction: 'inbound',
      kind: 'email',
      summary: parsed.subject ?? '(no subject)',
      counterparty: sender.name ? `${sender.name} <${sender.address}>` : sender.address!,
      occurredAt: delivery.receivedAt.toISOString(),
      recordedBy: caller.userId,
      recordedAt: this.deps.clock.now().toISOString(),
      ...(parsed.messageId && { providerMessageId: parsed.messageId }),
      body: bodyText(parsed),
      rawKey: delivery.rawKey,
      attachments,
    });
    const attachments = await this.storeAttachments(landlordId, messageKey, parsed);

    try {
      if (target) {
        const staff = automatic ? [] : await this.deps.landlords.listStaff(landlordId);
        const complaint = await applyTransition(this.deps, caller, target.id, (current, ctx) => recordCorrespondence(current, record(current.id, attachments), ctx), {
          extras: (current, currentSettings) => ({
            correspondence: [record(current.id, attachments)],
            inboundMessageKey: messageKey,
            // The handler hears of a person's reply; an auto-reply is kept on the record quietly.
            outbox: automatic ? [] : this.handlerNotice(current, staff, sender.address!, parsed.subject ?? '', landlordId, currentSettings),
          }),
        });
        return { landlordId, outcome: 'attached', complaintId: complaint.id, reference: complaint.reference };
      }
      const description = bodyText(parsed).trim() || '(The email had no text; see its attachments.)';
      const complaint = await createComplaint(
        this.deps,
        caller,
        {
          channel: 'email',
          resident: { name: sender.name?.trim() || sender.address, email: sender.address },
          description: description.length > MAX_DESCRIPTION ? `${description.slice(0, MAX_DESCRIPTION)}… (continued in the email)` : description,
          receivedAt: delivery.receivedAt.toISOString(),
        },
        (created) => ({ correspondence: [record(created.id, attachments)], inboundMessageKey: messageKey }),
      );
      return { landlordId, outcome: 'logged', complaintId: complaint.id, reference: complaint.reference };
    } catch (error) {
      if (error instanceof DuplicateInbound) return { landlordId, outcome: 'duplicate' };
      throw error;
    }
  }

  /** Its reference in the subject, or a reply to a message this system sent. */
  private async belongsTo(landlordId: string, parsed: Email): Promise<Complaint | undefined> {
    const reference = findReference(parsed.subject ?? '');
    if (reference) {
      const byReference = await this.deps.complaints.findByReference(landlordId, reference);
      if (byReference) return byReference;
    }
    for (const messageId of threadMessageIds(parsed.inReplyTo, parsed.references)) {
      const bySent = await this.deps.complaints.findBySentMessageId(landlordId, messageId);
      if (bySent) return bySent;
    }
    return undefined;
  }

  /** To the current handler, or to the complaints officer while nobody is assigned. */
  private handlerNotice(complaint: Complaint, staff: StaffMember[], from: string, subject: string, landlordId: string, settings: LandlordSettings) {
    const to = noticeRecipients('resident_wrote', complaint, staff, settings.complaintsOfficerEmail)[0] ?? this.deps.defaultFromAddress;
    return toOutboxMessages([inboundNoticeLetter(complaint, to, from, subject)], {
      landlordId,
      settings,
      defaultFromAddress: this.deps.defaultFromAddress,
      now: this.deps.clock.now(),
      newId: this.deps.newId,
    });
  }

  private async storeAttachments(landlordId: string, messageKey: string, parsed: Email): Promise<AttachmentRef[]> {
    const refs: AttachmentRef[] = [];
    // Keys derive from the message, so a second delivery rewrites the same objects.
    const folder = `attachments/${landlordId}/${sha256(messageKey).slice(0, 32)}`;
    for (const [index, attachment] of parsed.attachments.entries()) {
      const filename = attachment.filename ?? `attachment-${index + 1}`;
      const key = `${folder}/${index + 1}-${filename.replace(/[^\w.-]+/g, '_').slice(0, 100)}`;
      const content = typeof attachment.content === 'string' ? Buffer.from(attachment.content) : Buffer.from(attachment.content);
      await this.deps.blobs.put(key, content, attachment.mimeType);
      refs.push({ filename, contentType: attachment.mimeType, size: content.byteLength, key });
    }
    return refs;
  }

  /** The sender and subject of a message not to be parsed whole (for the quarantine list). */
  private async headersOnly(raw: Buffer): Promise<Email | undefined> {
    const end = raw.indexOf('\r\n\r\n') >= 0 ? raw.indexOf('\r\n\r\n') : raw.indexOf('\n\n');
    try {
      return await parse(end > 0 ? raw.subarray(0, end + 4) : raw.subarray(0, 64 * 1024));
    } catch {
      return undefined;
    }
  }

  private async hold(landlordId: string, delivery: InboundDelivery, reason: QuarantineReason, detail: string, parsed?: Email): Promise<IntakeOutcome> {
    const receivedAt = delivery.receivedAt.toISOString();
    const entry: QuarantineEntry = {
      id: `${receivedAt.replace(/[-:.]/g, '')}-${sha256(`${landlordId}#${delivery.rawKey}`).slice(0, 12)}`,
      landlordId,
      reason,
      detail,
      receivedAt,
      ...(parsed?.from?.address && { from: parsed.from.address }),
      ...(parsed?.subject && { subject: parsed.subject }),
      rawKey: delivery.rawKey,
      size: delivery.raw.byteLength,
      status: 'held',
    };
    try {
      await this.deps.quarantine.hold(entry);
    } catch (error) {
      // The same delivery held twice (a retry) is one entry.
      if ((error as Error).name !== 'ConditionalCheckFailedException') throw error;
    }
    return { landlordId, outcome: 'quarantined', quarantineId: entry.id, reason };
  }
}
