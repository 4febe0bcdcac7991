import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../domain/email/html-to-text.js';
import { automaticReason, inboundMessageKey, threadMessageIds } from '../../domain/email/inbound-rules.js';

describe('HTML-only email as text', () => {
  it('keeps the words and paragraphs, drops markup, scripts and styles, decodes entities', () => {
    const html = '<html><head><style>p{}</style><title>x</title></head><body><h1>Damp</h1><p>Mould &amp; rot in the <b>bedroom</b>.</p><!-- note --><script>alert(1)</script><ul><li>Wall</li><li>Window&nbsp;frame</li></ul><p>Rent &pound;120 &#8212; &#x263A;</p></body></html>';
    expect(htmlToText(html)).toBe('Damp\n\nMould & rot in the bedroom.\n\n- Wall\n- Window frame\n\nRent £120 — ☺');
  });

  it('leaves unknown named entities and malformed numbers as written', () => {
    expect(htmlToText('a &zzz; b &#99999999; c')).toBe('a &zzz; b &#99999999; c');
  });
});

describe('automatic mail (RFC 3834): never logged as a new complaint, never answered', () => {
  it.each([
    [{ autoSubmitted: 'auto-replied' }, 'resident@example.org', 'Auto-Submitted: auto-replied'],
    [{ precedence: 'bulk' }, 'resident@example.org', 'Precedence: bulk'],
    [{ xAutoreply: 'yes' }, 'resident@example.org', 'auto-responder header'],
    [{ contentType: 'multipart/report; report-type=delivery-status' }, 'resident@example.org', 'delivery report'],
    [{}, 'MAILER-DAEMON@mx.example.org', 'automatic sender MAILER-DAEMON@mx.example.org'],
    [{}, 'Complaints@Riverside.example', 'sent by this system'],
  ])('%j from %s is automatic', (headers, from, reason) => {
    expect(automaticReason(headers, from, ['complaints@riverside.example'])).toBe(reason);
  });

  it('a person’s message, or Auto-Submitted: no, is not', () => {
    expect(automaticReason({ autoSubmitted: 'no' }, 'resident@example.org', [])).toBeUndefined();
    expect(automaticReason({}, 'resident@example.org', ['complaints@riverside.example'])).toBeUndefined();
  });
});

describe('threading and duplicates', () => {
  it('collects the Message-IDs a reply names, once each', () => {
    expect(threadMessageIds('<a@x>', ['<b@y>', '<a@x>'])).toEqual(['<a@x>', '<b@y>']);
    expect(threadMessageIds(undefined, '<a@x> <c@z>')).toEqual(['<a@x>', '<c@z>']);
    expect(threadMessageIds(undefined, undefined)).toEqual([]);
  });

  it('keys a message by its Message-ID, or by its content when it has none', () => {
    expect(inboundMessageKey('<ABC@Example.org>', 'f00')).toBe('mid:<abc@example.org>');
    expect(inboundMessageKey(undefined, 'f00')).toBe('sha256:f00');
    expect(inboundMessageKey('  ', 'f00')).toBe('sha256:f00');
  });
});
