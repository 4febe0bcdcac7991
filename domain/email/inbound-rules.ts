/**
 * Rules for mail that reaches a landlord's inbound address. Pure: the adapter parses MIME and passes
 * plain header values (and hashes) in.
 */

export interface InboundHeaders {
  autoSubmitted?: string;
  precedence?: string;
  xAutoreply?: string;
  xAutorespond?: string;
  /** Exchange and Outlook set it on their own automatic replies (out of office, recalls, receipts). */
  xAutoResponseSuppress?: string;
  /** Exim and others name the addresses a bounce is about. */
  xFailedRecipients?: string;
  /** `<>` is the null sender only delivery reports use (RFC 5321 4.5.5). */
  returnPath?: string;
  contentType?: string;
  subject?: string;
}

/**
 * Mailboxes that only machines write from: bounces, postmasters, no-reply senders. The local part is
 * judged alone, so `MAILER-DAEMON` without a domain (sendmail's local bounces) counts too.
 */
const AUTOMATIC_LOCAL_PART = /^(mailer[-_.]?daemon|postmaster|no[-_.]?reply|do[-_.]?not[-_.]?reply)([+-].*)?$/i;

/** Exchange's "Automatic reply:", "Auto-Reply:", "Out of Office:" and their common spellings. */
const AUTOMATIC_SUBJECT = /^\s*(automatic reply|auto[-_ ]?reply|autoresponse|out of (the )?office( auto[-_ ]?reply)?)\s*:/i;

/** Whether an address belongs to a machine that sends but never reads: no letter ever goes to one. */
export function isAutomaticAddress(address: string | undefined): boolean {
  const local = address?.trim().split('@')[0] ?? '';
  return AUTOMATIC_LOCAL_PART.test(local);
}

/**
 * Why a message looks automatic (an auto-reply, a bounce, a list, our own mail), or undefined for a
 * person's message. Such mail is never logged as a new complaint and never answered, even when an
 * officer releases it from quarantine: no receipt goes to a machine, and no mail loops.
 */
export function automaticReason(headers: InboundHeaders, from: string, ownAddresses: readonly string[]): string | undefined {
  const autoSubmitted = headers.autoSubmitted?.trim().toLowerCase();
  if (autoSubmitted && autoSubmitted !== 'no') return `Auto-Submitted: ${autoSubmitted}`; // RFC 3834
  const precedence = headers.precedence?.trim().toLowerCase();
  if (precedence && ['bulk', 'junk', 'list', 'auto_reply'].includes(precedence)) return `Precedence: ${precedence}`;
  if (headers.xAutoreply || headers.xAutorespond) return 'auto-responder header';
  if (headers.xAutoResponseSuppress !== undefined) return 'X-Auto-Response-Suppress (an Exchange automatic reply)';
  if (headers.contentType?.toLowerCase().includes('multipart/report')) return 'delivery report';
  if (headers.xFailedRecipients !== undefined) return 'delivery report (X-Failed-Recipients)';
  if (headers.returnPath?.replace(/\s/g, '') === '<>') return 'delivery report (null sender)';
  if (isAutomaticAddress(from)) return `automatic sender ${clip(from, 320)}`;
  if (ownAddresses.some((own) => own.toLowerCase() === from.toLowerCase())) return 'sent by this system';
  const subject = headers.subject ? AUTOMATIC_SUBJECT.exec(headers.subject) : null;
  if (subject) return `automatic reply subject "${subject[1]}"`;
  return undefined;
}

/**
 * What inbound mail may put in the store. A DynamoDB item holds 400 KB, so the complaint, its
 * correspondence and a quarantine entry keep bounded copies of what a sender controls; the raw
 * message keeps everything. Message-IDs longer than a key can be are keyed by their hash.
 */
export const INBOUND_LIMITS = {
  /** RFC 5322's line limit: longer subjects are not legitimate mail. */
  subjectChars: 998,
  /** As the API allows for a resident's name. */
  nameChars: 200,
  /** RFC 5321 allows 254; the API's email fields allow 320. Longer cannot be an address. */
  addressChars: 320,
  messageIdChars: 998,
  /** Longer Message-IDs are keyed by their sha256 (a DynamoDB sort key holds 1 KB). */
  keyedMessageIdChars: 250,
  /** The email's text on its correspondence record, in UTF-8 bytes. */
  bodyBytes: 100_000,
  /** The complaint's description, as the API allows. */
  descriptionChars: 20_000,
  attachments: 100,
  filenameChars: 200,
  /** In-Reply-To plus this many of the most recent References are looked up; older ones add nothing. */
  threadIds: 20,
  detailChars: 1_000,
} as const;

/** At most `max` characters, never splitting a surrogate pair, marked where cut. */
export function clip(text: string, max: number, marker = '…'): string {
  if (text.length <= max) return text;
  let end = Math.max(0, max - marker.length);
  if (end > 0 && /[\uD800-\uDBFF]/.test(text[end - 1]!)) end -= 1;
  return `${text.slice(0, end)}${marker}`;
}

/** At most `maxBytes` of UTF-8, cut at a character boundary, followed by `note` (counted in the bound). */
export function clipUtf8(text: string, maxBytes: number, note: string): string {
  const bytes = new TextEncoder().encode(text);
  if (bytes.byteLength <= maxBytes) return text;
  let end = Math.max(0, maxBytes - new TextEncoder().encode(note).byteLength);
  while (end > 0 && (bytes[end]! & 0xc0) === 0x80) end -= 1; // back to the first byte of a character
  return `${new TextDecoder().decode(bytes.subarray(0, end))}${note}`;
}

/**
 * Message-IDs a reply names, to find the complaint it belongs to: In-Reply-To first, then the most
 * recent References (the last in the header) down to a bound. Ids too long to be a key are skipped:
 * none is one this system sent.
 */
export function threadMessageIds(inReplyTo: string | undefined, references: string | string[] | undefined, max: number = INBOUND_LIMITS.threadIds): string[] {
  const ids = (value: string) => value.match(/<[^<>\s]+>/g) ?? [];
  const usable = (id: string) => id.length <= INBOUND_LIMITS.keyedMessageIdChars;
  const replyTo = ids(inReplyTo ?? '').filter(usable);
  const referenced = ids((Array.isArray(references) ? references : [references ?? '']).join(' ')).filter(usable);
  return [...new Set([...replyTo.slice(0, max), ...referenced.slice(-max).reverse()])].slice(0, max + 1);
}

/**
 * One key per message: its Message-ID (case-insensitive; its hash when too long for a key), or the
 * hash of its content when it has none. `sha256` is the caller's hex digest of a string.
 */
export function inboundMessageKey(messageId: string | undefined, contentSha256: string, sha256: (text: string) => string): string {
  const id = messageId?.trim().toLowerCase();
  if (!id) return `sha256:${contentSha256}`;
  return id.length > INBOUND_LIMITS.keyedMessageIdChars ? `mid-sha256:${sha256(id)}` : `mid:${id}`;
}

/** Whether a message whose key is already taken is the same message again, or another reusing its Message-ID. */
export function sameInboundMessage(marker: { contentSha256?: string | undefined }, contentSha256: string): boolean {
  // Markers written before content hashes were kept cannot tell; they count as the same message.
  return marker.contentSha256 === undefined || marker.contentSha256 === contentSha256;
}
