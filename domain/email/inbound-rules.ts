/**
 * Rules for mail that reaches a landlord's inbound address. Pure: the adapter parses MIME and passes
 * plain header values in.
 */

export interface InboundHeaders {
  autoSubmitted?: string;
  precedence?: string;
  xAutoreply?: string;
  xAutorespond?: string;
  contentType?: string;
}

const AUTOMATIC_SENDERS = /^(mailer-daemon|postmaster|no-?reply|do-?not-?reply)@/i;

/**
 * Why a message looks automatic (an auto-reply, a bounce, a list, our own mail), or undefined for a
 * person's message. Such mail is never logged as a new complaint and never answered: no mail loops.
 */
export function automaticReason(headers: InboundHeaders, from: string, ownAddresses: readonly string[]): string | undefined {
  const autoSubmitted = headers.autoSubmitted?.trim().toLowerCase();
  if (autoSubmitted && autoSubmitted !== 'no') return `Auto-Submitted: ${autoSubmitted}`; // RFC 3834
  const precedence = headers.precedence?.trim().toLowerCase();
  if (precedence && ['bulk', 'junk', 'list', 'auto_reply'].includes(precedence)) return `Precedence: ${precedence}`;
  if (headers.xAutoreply || headers.xAutorespond) return 'auto-responder header';
  if (headers.contentType?.toLowerCase().includes('multipart/report')) return 'delivery report';
  if (AUTOMATIC_SENDERS.test(from)) return `automatic sender ${from}`;
  if (ownAddresses.some((own) => own.toLowerCase() === from.toLowerCase())) return 'sent by this system';
  return undefined;
}

/** Message-ID values named by In-Reply-To and References, to find the complaint a reply belongs to. */
export function threadMessageIds(inReplyTo: string | undefined, references: string | string[] | undefined): string[] {
  const all = [inReplyTo ?? '', ...(Array.isArray(references) ? references : [references ?? ''])].join(' ');
  return [...new Set(all.match(/<[^<>\s]+>/g) ?? [])];
}

/** One key per message: its Message-ID, or a hash of its content when it has none. */
export function inboundMessageKey(messageId: string | undefined, contentSha256: string): string {
  const id = messageId?.trim();
  return id ? `mid:${id.toLowerCase()}` : `sha256:${contentSha256}`;
}
