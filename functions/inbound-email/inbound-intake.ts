import type { Letter } from '../../domain/letters/letter.js';
import { noticeRecipients } from '../../domain/complaint/current-handler.js';
import { createHash } from 'node:crypto';
import type { Email } from 'postal-mime';
import type { Complaint } from '../../domain/complaint/complaint.js';
import type { AttachmentRef, Correspondence } from '../../domain/complaint/correspondence.js';
import { recordCorrespondence } from '../../domain/complaint/lifecycle.js';
import { findReference } from '../../domain/complaint/reference.js';
import { htmlToText } from '../../domain/email/html-to-text.js';
import {
  INBOUND_LIMITS,
  automaticReason,
  clip,
  clipUtf8,
  inboundMessageKey,
  sameInboundMessage,
  threadMessageIds,
  type InboundHeaders,
} from '../../domain/email/inbound-rules.js';
import { Conflict, InvalidInput, NotFound } from '../../domain/errors.js';
import { inboundNoticeLetter } from '../../domain/letters/staff-letters.js';
import type { LandlordSettings, StaffMember } from '../../domain/landlord/settings.js';
import type { BlobStore } from '../../domain/ports/blob-store.port.js';
import { DuplicateInbound, StaleSettings, VersionConflict } from '../../domain/ports/complaint-store.port.js';
import type { HeldAttachment, QuarantineEntry, QuarantineReason, QuarantineStore } from '../../domain/ports/quarantine.port.js';
import type { Caller } from '../shared/auth.js';
import { applyTransition, createComplaint } from '../shared/complaint-commands.js';
import type { ApiDeps } from '../shared/deps.js';
import { metrics } from '../shared/metrics.js';
import { parseHeaders, parseMail } from './mime-parser.js';

/** Larger messages are held for a person rather than parsed in the request (SES accepts up to 40 MB). */
export const MAX_PARSE_BYTES = 10 * 1024 * 1024;

export interface IntakeDeps extends ApiDeps {
  blobs: BlobStore;
  quarantine: QuarantineStore;
}

export interface InboundDelivery {
  /** Where the raw message is already kept (SES's S3 action, or the local SMTP intake). */
  rawKey: string;
  raw: Buffer;
  recipients: string[];
  /** The landlord each recipient belongs to, where the caller has read it already (the SMTP intake, at RCPT). */
  owners?: ReadonlyMap<string, string | undefined>;
  /** When the landlord's system received it: the complaint's receivedAt, not the sender's Date header. */
  receivedAt: Date;
  /** SES receipt verdicts; absent locally. */
  verdicts?: { spam?: string; virus?: string };
}

export type IntakeOutcome =
  | { landlordId: string; outcome: 'logged' | 'attached'; complaintId: string; reference: string }
  | { landlordId: string; outcome: 'duplicate' }
  | { landlordId: string; outcome: 'quarantined'; quarantineId: string; reason: QuarantineReason };

/** A held message or one of its attachments, for an officer: the bytes, or a link to them (S3). */
export type Download = { filename: string; contentType: string } & ({ body: Buffer } | { url: string });

/** Which part of a held message to download: the raw message, or its nth attachment (1-based). */
export type HeldPart = 'raw' | number;

/** A message read once, with everything the store keeps bounded (see INBOUND_LIMITS). */
interface Reading {
  parsed: Email;
  /** A sender that can be a resident: an address with an @, not too long to be one. */
  sender?: { address: string; name?: string };
  /** What the automatic-mail rules judge: the address, or the bare name of a From with none. */
  fromText: string;
  subject: string;
  messageId?: string;
  contentSha256: string;
  /** The Message-ID's key, and the content's key for a message reusing someone else's id. */
  idKey: string;
  contentKey: string;
  headers: InboundHeaders;
}

const sha256 = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');
const header = (parsed: Email, name: string) => parsed.headers.find((candidate) => candidate.key === name)?.value;
const bytesOf = (content: ArrayBuffer | string) => (typeof content === 'string' ? Buffer.from(content) : Buffer.from(content));
const safeName = (filename: string) => filename.replace(/[^\w.-]+/g, '_').slice(0, 100);

/** Errors that a later attempt can cure: the sender is asked to try again (SMTP 451, Lambda's retry). */
function isTransient(error: unknown): boolean {
  if (error instanceof Conflict || error instanceof StaleSettings || error instanceof VersionConflict) return true;
  const e = error as { name?: string; code?: unknown; $retryable?: unknown; $metadata?: { httpStatusCode?: number } };
  if (e.$retryable || (e.$metadata?.httpStatusCode ?? 0) >= 500) return true;
  if (['ThrottlingException', 'ProvisionedThroughputExceededException', 'RequestLimitExceeded', 'InternalServerError', 'TimeoutError'].includes(e.name ?? '')) return true;
  return typeof e.code === 'string' && /^E[A-Z]+$/.test(e.code); // ECONNREFUSED, ECONNRESET, ETIMEDOUT...
}

/**
 * Turns a delivered email into a stage 1 complaint, or correspondence on the complaint it belongs
 * to, or a quarantine entry: never nothing. Anything that cannot be logged is held, so an accepted
 * message is always logged or held. The same message delivered twice is logged once.
 */
export class InboundIntake {
  constructor(private readonly deps: IntakeDeps) {}

  async receive(delivery: InboundDelivery): Promise<IntakeOutcome[]> {
    // One read of each address per message: what the caller read already is not read again.
    const owners = await Promise.all(
      delivery.recipients.map((address) => (delivery.owners?.has(address) ? delivery.owners.get(address) : this.deps.landlords.landlordForAddress(address))),
    );
    const landlordIds = [...new Set(owners.filter((owner): owner is string => owner !== undefined))];
    const outcomes: IntakeOutcome[] = [];
    for (const landlordId of landlordIds) outcomes.push(await this.forLandlord(landlordId, delivery));
    return outcomes;
  }

  /**
   * An officer checked a held message: process it as if clean (verdicts, size and automatic-mail
   * checks off), in their name. Automatic mail may be logged this way, but is never receipted.
   */
  async release(landlordId: string, quarantineId: string, by: string): Promise<IntakeOutcome> {
    const entry = await this.heldEntry(landlordId, quarantineId);
    const raw = await this.deps.blobs.get(entry.rawKey);
    const outcome = await this.forLandlord(landlordId, { rawKey: entry.rawKey, raw, recipients: [], receivedAt: new Date(entry.receivedAt) }, by);
    await this.deps.quarantine.settle(landlordId, quarantineId, {
      status: 'released',
      by,
      at: this.deps.clock.now(),
      outcome: outcome.outcome,
      ...('complaintId' in outcome && { complaintId: outcome.complaintId, reference: outcome.reference }),
    });
    return outcome;
  }

  /** An officer attaches a held message to a complaint of theirs as inbound correspondence. */
  async attach(landlordId: string, quarantineId: string, complaintId: string, by: string): Promise<IntakeOutcome> {
    const entry = await this.heldEntry(landlordId, quarantineId);
    if (!(await this.deps.complaints.get(landlordId, complaintId))) throw new NotFound('complaint');
    const { parsed, raw } = await this.parseHeld(entry);
    const reading = this.read(parsed, raw);
    const caller: Caller = { userId: by, landlordId, roles: ['officer'] };
    const automatic = this.automatic(reading, undefined);
    const attachments = await this.storeAttachments(landlordId, reading);
    // The record's id derives from the entry: repeating an attach after a crash rewrites it.
    const record = this.record(reading, { rawKey: entry.rawKey, receivedAt: new Date(entry.receivedAt) }, complaintId, attachments, by, `quarantine-${entry.id}`);
    const staff = automatic ? [] : await this.deps.landlords.listStaff(landlordId);
    const complaint = await applyTransition(this.deps, caller, complaintId, (current, ctx) => recordCorrespondence(current, record, ctx), {
      extras: (current, settings) => ({
        correspondence: [record],
        letters: automatic ? [] : [this.handlerNotice(current, staff, reading, settings)],
      }),
    });
    await this.deps.quarantine.settle(landlordId, quarantineId, { status: 'attached', by, at: this.deps.clock.now(), complaintId, reference: complaint.reference });
    return { landlordId, outcome: 'attached', complaintId, reference: complaint.reference };
  }

  /** The raw message, or one of its attachments, of a held entry (in any status: entries are kept). */
  async download(landlordId: string, quarantineId: string, part: HeldPart): Promise<Download> {
    const entry = await this.deps.quarantine.get(landlordId, quarantineId);
    if (!entry) throw new NotFound('quarantined message');
    let key = entry.rawKey;
    let meta = { filename: `${entry.id}.eml`, contentType: 'message/rfc822' };
    let body: Buffer | undefined;
    if (part !== 'raw') {
      const attachment = (await this.parseHeld(entry)).parsed.attachments[part - 1];
      if (!attachment) throw new NotFound('attachment');
      meta = { filename: attachment.filename ?? `attachment-${part}`, contentType: attachment.mimeType };
      body = bytesOf(attachment.content);
      // Taken out once, under a key of its own, so that S3 can hand it over directly.
      key = `attachments/${landlordId}/quarantine/${entry.id}/${part}-${safeName(meta.filename)}`;
      await this.deps.blobs.put(key, body, meta.contentType);
    }
    if (this.deps.blobs.downloadUrl) return { ...meta, url: await this.deps.blobs.downloadUrl(key, meta) };
    return { ...meta, body: body ?? (await this.deps.blobs.get(key)) };
  }

  private async heldEntry(landlordId: string, quarantineId: string): Promise<QuarantineEntry> {
    const entry = await this.deps.quarantine.get(landlordId, quarantineId);
    if (!entry) throw new NotFound('quarantined message');
    if (entry.status !== 'held') throw new Conflict(`this message was ${entry.status} already`);
    return entry;
  }

  private async parseHeld(entry: QuarantineEntry): Promise<{ parsed: Email; raw: Buffer }> {
    const raw = await this.deps.blobs.get(entry.rawKey);
    try {
      return { parsed: await parseMail(raw), raw };
    } catch (error) {
      throw new InvalidInput('message', `the message cannot be parsed: ${(error as Error).message}`);
    }
  }

  /** `releasedBy` is the officer releasing a held message: the checks for holding are off, and it is done in their name. */
  private async forLandlord(landlordId: string, delivery: InboundDelivery, releasedBy?: string): Promise<IntakeOutcome> {
    const released = releasedBy !== undefined;
    const hold = (reason: QuarantineReason, detail: string, reading?: Reading) => {
      // A held message being released is not held again: the officer is told why it cannot be logged.
      if (released) throw new InvalidInput('message', detail);
      return this.hold(landlordId, delivery, reason, detail, reading);
    };
    if (!released) {
      const early = this.heldUnread(delivery);
      if (early) {
        const headers = await parseHeaders(delivery.raw);
        return hold(early.reason, early.detail, headers && this.read(headers, delivery.raw));
      }
    }
    let reading: Reading;
    try {
      reading = this.read(await parseMail(delivery.raw), delivery.raw);
    } catch (error) {
      return hold('unparseable', clip((error as Error).message, INBOUND_LIMITS.detailChars));
    }

    let messageKey = reading.idKey;
    const marker = await this.deps.complaints.inboundMarker(landlordId, reading.idKey);
    if (marker && sameInboundMessage(marker, reading.contentSha256)) return { landlordId, outcome: 'duplicate' };
    if (marker) {
      // Another message under this Message-ID: held for a person, unless this very content was released before.
      if (await this.deps.complaints.inboundMarker(landlordId, reading.contentKey)) return { landlordId, outcome: 'duplicate' };
      if (!released) return hold('message_id_reused', await this.reusedIdDetail(landlordId, reading, marker.complaintId), reading);
      messageKey = reading.contentKey;
    }

    const sender = reading.sender;
    if (!sender) {
      if (released) throw new InvalidInput('message', 'the message has no sender address to log a complaint for');
      const automatic = this.automatic(reading, undefined);
      return automatic ? hold('automatic', automatic, reading) : hold('unparseable', 'no usable sender address', reading);
    }

    try {
      const { settings } = await this.deps.landlords.getSettings(landlordId);
      const automatic = this.automatic(reading, settings);
      const target = await this.belongsTo(landlordId, reading);
      if (!target && automatic && !released) return hold('automatic', automatic, reading);
      return await this.log(landlordId, delivery, reading, messageKey, { target, automatic, releasedBy });
    } catch (error) {
      if (error instanceof DuplicateInbound) {
        // Another delivery won the race to log this key: the same message, or another reusing its id.
        const winner = await this.deps.complaints.inboundMarker(landlordId, messageKey);
        if (!winner || sameInboundMessage(winner, reading.contentSha256)) return { landlordId, outcome: 'duplicate' };
        return hold('message_id_reused', await this.reusedIdDetail(landlordId, reading, winner.complaintId), reading);
      }
      if (released || isTransient(error)) throw error;
      const problem = `${(error as Error).name}: ${(error as Error).message}`;
      return hold('unprocessable', clip(`could not be logged (${problem})`, INBOUND_LIMITS.detailChars), reading);
    }
  }

  /** Held before parsing: SES's verdicts, and messages too large to parse in the request. */
  private heldUnread(delivery: InboundDelivery): { reason: QuarantineReason; detail: string } | undefined {
    if (delivery.verdicts?.virus === 'FAIL') return { reason: 'virus', detail: 'SES virus verdict FAIL' };
    if (delivery.verdicts?.spam === 'FAIL') return { reason: 'spam', detail: 'SES spam verdict FAIL' };
    if (delivery.raw.byteLength > MAX_PARSE_BYTES) return { reason: 'oversize', detail: `${delivery.raw.byteLength} bytes; over ${MAX_PARSE_BYTES}` };
    return undefined;
  }

  private async log(
    landlordId: string,
    delivery: InboundDelivery,
    reading: Reading,
    messageKey: string,
    how: { target: Complaint | undefined; automatic: string | undefined; releasedBy: string | undefined },
  ): Promise<IntakeOutcome> {
    const sender = reading.sender!;
    // The audit trail names the officer who released a message; otherwise the intake itself.
    const caller: Caller = how.releasedBy ? { userId: how.releasedBy, landlordId, roles: ['officer'] } : { userId: 'inbound-email', landlordId, roles: [] };
    const attachments = await this.storeAttachments(landlordId, reading);
    const record = (complaintId: string) => this.record(reading, delivery, complaintId, attachments, caller.userId, this.deps.newId());
    const marker = { inboundMessageKey: messageKey, inboundContentSha256: reading.contentSha256 };
    if (how.target) {
      // The handler hears of a person's reply (or of one an officer released); an auto-reply is kept quietly.
      const quiet = how.automatic !== undefined && !how.releasedBy;
      const staff = quiet ? [] : await this.deps.landlords.listStaff(landlordId);
      const item = record(how.target.id);
      const complaint = await applyTransition(this.deps, caller, how.target.id, (current, ctx) => recordCorrespondence(current, item, ctx), {
        extras: (current, settings) => ({
          correspondence: [item],
          ...marker,
          letters: quiet ? [] : [this.handlerNotice(current, staff, reading, settings)],
        }),
      });
      return { landlordId, outcome: 'attached', complaintId: complaint.id, reference: complaint.reference };
    }
    const text = this.bodyText(reading.parsed).trim() || '(The email had no text; see its attachments.)';
    const complaint = await createComplaint(
      this.deps,
      caller,
      {
        channel: 'email',
        resident: { name: sender.name || sender.address, email: sender.address },
        description: clip(text, INBOUND_LIMITS.descriptionChars, '… (continued in the email)'),
        receivedAt: delivery.receivedAt.toISOString(),
      },
      // 9.9: automatic mail an officer released is logged, but a machine is never receipted.
      (created) => ({ correspondence: [record(created.id)], ...marker, ...(how.automatic && { withhold: ['receipt' as const] }) }),
    );
    return { landlordId, outcome: 'logged', complaintId: complaint.id, reference: complaint.reference };
  }

  /** Bounds what a sender controls in a parsed message and derives the keys it is known by. */
  private read(parsed: Email, raw: Buffer): Reading {
    const address = parsed.from?.address?.trim() ?? '';
    const name = clip(parsed.from?.name?.trim() ?? '', INBOUND_LIMITS.nameChars);
    const usable = address.includes('@') && address.length <= INBOUND_LIMITS.addressChars;
    const messageId = parsed.messageId?.trim() || undefined;
    const attachments = parsed.attachments.map((attachment) => [attachment.filename, attachment.mimeType, sha256(bytesOf(attachment.content))]);
    // What the sender said, not how it travelled: relays add trace headers but change none of this.
    const contentSha256 = parsed.from || parsed.subject || parsed.text || parsed.html || attachments.length > 0
      ? sha256(JSON.stringify([address.toLowerCase(), parsed.from?.name ?? '', parsed.subject ?? '', header(parsed, 'date') ?? '', parsed.text ?? '', parsed.html ?? '', attachments]))
      : sha256(raw);
    return {
      parsed,
      ...(usable && { sender: { address, ...(name && { name }) } }),
      fromText: clip(address || name, INBOUND_LIMITS.addressChars),
      subject: clip(parsed.subject ?? '', INBOUND_LIMITS.subjectChars),
      ...(messageId && { messageId: clip(messageId, INBOUND_LIMITS.messageIdChars) }),
      contentSha256,
      idKey: inboundMessageKey(messageId, contentSha256, sha256),
      contentKey: inboundMessageKey(undefined, contentSha256, sha256),
      headers: {
        autoSubmitted: header(parsed, 'auto-submitted'),
        precedence: header(parsed, 'precedence'),
        xAutoreply: header(parsed, 'x-autoreply'),
        xAutorespond: header(parsed, 'x-autorespond'),
        xAutoResponseSuppress: header(parsed, 'x-auto-response-suppress'),
        xFailedRecipients: header(parsed, 'x-failed-recipients'),
        returnPath: header(parsed, 'return-path'),
        contentType: header(parsed, 'content-type'),
        subject: parsed.subject,
      },
    };
  }

  private automatic(reading: Reading, settings: LandlordSettings | undefined): string | undefined {
    const own = settings ? [...settings.inboundAddresses, settings.fromAddress, settings.complaintsOfficerEmail, this.deps.defaultFromAddress] : [this.deps.defaultFromAddress];
    return automaticReason(reading.headers, reading.fromText, own.filter(Boolean) as string[]);
  }

  /** The text of the message: its text part, or its HTML part as text. */
  private bodyText(parsed: Email): string {
    return parsed.text ?? (parsed.html ? htmlToText(parsed.html) : '');
  }

  private record(
    reading: Reading,
    delivery: Pick<InboundDelivery, 'rawKey' | 'receivedAt'>,
    complaintId: string,
    attachments: AttachmentRef[],
    recordedBy: string,
    id: string,
  ): Correspondence {
    const sender = reading.sender;
    const more = reading.parsed.attachments.length - attachments.length;
    const note = more > 0 ? `\n\n(${more} more attachments are in the raw message.)` : '';
    return {
      id,
      complaintId,
      direction: 'inbound',
      kind: 'email',
      summary: reading.subject || '(no subject)',
      counterparty: sender ? (sender.name ? `${sender.name} <${sender.address}>` : sender.address) : reading.fromText || '(no sender)',
      occurredAt: delivery.receivedAt.toISOString(),
      recordedBy,
      recordedAt: this.deps.clock.now().toISOString(),
      ...(reading.messageId && { providerMessageId: reading.messageId }),
      body: clipUtf8(this.bodyText(reading.parsed) + note, INBOUND_LIMITS.bodyBytes, '\n\n(The rest is in the raw message.)'),
      rawKey: delivery.rawKey,
      attachments,
    };
  }

  /** Its reference in the subject, or a reply to a message this system sent (one batch read). */
  private async belongsTo(landlordId: string, reading: Reading): Promise<Complaint | undefined> {
    const reference = findReference(reading.subject);
    if (reference) {
      const byReference = await this.deps.complaints.findByReference(landlordId, reference);
      if (byReference) return byReference;
    }
    const ids = threadMessageIds(reading.parsed.inReplyTo, reading.parsed.references);
    return this.deps.complaints.findBySentMessageIds(landlordId, ids);
  }

  private async reusedIdDetail(landlordId: string, reading: Reading, complaintId: string): Promise<string> {
    const earlier = await this.deps.complaints.get(landlordId, complaintId);
    const id = clip(reading.messageId ?? '', 200);
    return `Message-ID ${id} was already logged on ${earlier?.reference ?? `complaint ${complaintId}`} from a message with a different sender or content`;
  }

  /** To the current handler, or to the complaints officer while nobody is assigned. */
  private handlerNotice(complaint: Complaint, staff: StaffMember[], reading: Reading, settings: LandlordSettings): Letter {
    const to = noticeRecipients('resident_wrote', complaint, staff, settings.complaintsOfficerEmail)[0] ?? this.deps.defaultFromAddress;
    return inboundNoticeLetter(complaint, to, reading.sender?.address ?? reading.fromText, reading.subject);
  }

  private async storeAttachments(landlordId: string, reading: Reading): Promise<AttachmentRef[]> {
    const refs: AttachmentRef[] = [];
    // Keys derive from the content, so a second delivery rewrites the same objects.
    const folder = `attachments/${landlordId}/${reading.contentSha256.slice(0, 32)}`;
    for (const [index, attachment] of reading.parsed.attachments.slice(0, INBOUND_LIMITS.attachments).entries()) {
      const filename = clip(attachment.filename ?? `attachment-${index + 1}`, INBOUND_LIMITS.filenameChars);
      const key = `${folder}/${index + 1}-${safeName(filename)}`;
      const content = bytesOf(attachment.content);
      await this.deps.blobs.put(key, content, attachment.mimeType);
      refs.push({ filename, contentType: clip(attachment.mimeType, 200), size: content.byteLength, key });
    }
    return refs;
  }

  private async hold(landlordId: string, delivery: InboundDelivery, reason: QuarantineReason, detail: string, reading?: Reading): Promise<IntakeOutcome> {
    const receivedAt = delivery.receivedAt.toISOString();
    const attachments: HeldAttachment[] | undefined = reading?.parsed.attachments.slice(0, INBOUND_LIMITS.attachments).map((attachment, index) => ({
      n: index + 1,
      filename: clip(attachment.filename ?? `attachment-${index + 1}`, INBOUND_LIMITS.filenameChars),
      contentType: clip(attachment.mimeType, 200),
      size: bytesOf(attachment.content).byteLength,
    }));
    const entry: QuarantineEntry = {
      id: `${receivedAt.replace(/[-:.]/g, '')}-${sha256(`${landlordId}#${delivery.rawKey}`).slice(0, 12)}`,
      landlordId,
      reason,
      detail: clip(detail, INBOUND_LIMITS.detailChars),
      receivedAt,
      ...(reading?.fromText && { from: reading.fromText }),
      ...(reading?.subject && { subject: reading.subject }),
      ...(reading?.messageId && { messageId: reading.messageId }),
      rawKey: delivery.rawKey,
      size: delivery.raw.byteLength,
      ...(attachments && attachments.length > 0 && { attachments }),
      status: 'held',
    };
    const quarantineId = await this.deps.quarantine.hold(entry, sha256(delivery.raw));
    metrics.count('MailQuarantined', reason);
    return { landlordId, outcome: 'quarantined', quarantineId, reason };
  }
}
