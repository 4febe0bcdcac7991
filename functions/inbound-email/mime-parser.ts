import PostalMime, { type Email } from 'postal-mime';

/** The parts of postal-mime's node tree this module reads (stable across its 2.x releases). */
interface MimeNodeLike {
  contentType: { parsed?: { value?: string; params?: Record<string, string | undefined> } };
  content?: ArrayBuffer | Uint8Array | null;
  childNodes: MimeNodeLike[];
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

function isUtf8(content: ArrayBuffer | Uint8Array): boolean {
  try {
    strictUtf8.decode(content);
    return true;
  } catch {
    return false;
  }
}

/** Windows-1252's 0x80-0x9F (WHATWG's table); every other byte is its Latin-1 code point. */
const CP1252_HIGH = '€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8DŽ\x8F\x90‘’“”•–—˜™š›œ\x9DžŸ';

/**
 * Node's TextDecoder reads 'windows-1252' as Latin-1 (its C1 controls instead of “ ” – €), so the
 * bytes are decoded here and handed to postal-mime as UTF-8.
 */
export function decodeWindows1252(content: ArrayBuffer | Uint8Array): string {
  const latin1 = Buffer.from(content instanceof Uint8Array ? content : new Uint8Array(content)).toString('latin1');
  return latin1.replace(/[\x80-\x9f]/g, (c1) => CP1252_HIGH[c1.charCodeAt(0) - 0x80]!);
}

/** Labels WHATWG decodes as Windows-1252, as mail clients mean them. */
const CP1252_LABELS = new Set(['windows-1252', 'cp1252', 'x-cp1252', 'iso-8859-1', 'iso8859-1', 'latin1', 'l1', 'us-ascii', 'ascii']);

/**
 * postal-mime decodes a text part that names no charset as UTF-8, turning the "é" and "£" of an
 * 8-bit message from an older client into U+FFFD. Such parts are, in practice, Windows-1252 (a
 * superset of Latin-1 that browsers also assume): when the bytes are not valid UTF-8, read them so.
 */
class CharsetFallbackParser extends PostalMime {
  async processNodeTree(): Promise<void> {
    const walk = (node: MimeNodeLike) => {
      const parsed = node.contentType.parsed;
      const charset = parsed?.params?.charset?.trim().toLowerCase();
      const text = /^text\//i.test(parsed?.value ?? '');
      if (parsed?.params && text && node.content && (charset === undefined || CP1252_LABELS.has(charset)) && !isUtf8(node.content)) {
        node.content = new TextEncoder().encode(decodeWindows1252(node.content));
        parsed.params.charset = 'utf-8';
      }
      node.childNodes.forEach(walk);
    };
    walk((this as unknown as { root: MimeNodeLike }).root);
    return (PostalMime.prototype as unknown as { processNodeTree(this: PostalMime): Promise<void> }).processNodeTree.call(this);
  }
}

/** Parses a whole message. */
export function parseMail(raw: Buffer): Promise<Email> {
  return new CharsetFallbackParser().parse(raw);
}

/** The sender and subject of a message not to be parsed whole (held as oversize, spam or a virus). */
export async function parseHeaders(raw: Buffer): Promise<Email | undefined> {
  const crlf = raw.indexOf('\r\n\r\n');
  const end = crlf >= 0 ? crlf : raw.indexOf('\n\n');
  try {
    return await parseMail(end > 0 ? raw.subarray(0, end + 4) : raw.subarray(0, 64 * 1024));
  } catch {
    return undefined;
  }
}
