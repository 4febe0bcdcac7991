import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SHIPPED_BANK_HOLIDAYS } from '../../domain/calendar/bank-holidays.js';
import { WorkingCalendar } from '../../domain/calendar/working-calendar.js';
import { logComplaint } from '../../domain/complaint/lifecycle.js';
import { htmlToText } from '../../domain/email/html-to-text.js';
import {
  INBOUND_LIMITS,
  automaticReason,
  clip,
  clipUtf8,
  inboundMessageKey,
  isAutomaticAddress,
  sameInboundMessage,
  threadMessageIds,
} from '../../domain/email/inbound-rules.js';
import { lettersForTransition } from '../../domain/letters/letters-for-transition.js';
import { residentAddress } from '../../domain/letters/resident-letters.js';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

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
    [{ xAutoResponseSuppress: 'All' }, 'ann@example.org', 'X-Auto-Response-Suppress (an Exchange automatic reply)'],
    [{ subject: 'Automatic reply: Leaking roof' }, 'ann@example.org', 'automatic reply subject "Automatic reply"'],
    [{ subject: 'Auto-Reply: your complaint' }, 'ann@example.org', 'automatic reply subject "Auto-Reply"'],
    [{ subject: 'Out of Office: back Monday' }, 'ann@example.org', 'automatic reply subject "Out of Office"'],
    [{ subject: 'Out of Office AutoReply: x' }, 'ann@example.org', 'automatic reply subject "Out of Office AutoReply"'],
    [{ xFailedRecipients: 'nobody@example.org' }, 'ann@example.org', 'delivery report (X-Failed-Recipients)'],
    [{ returnPath: '< >' }, 'Mail Delivery System', 'delivery report (null sender)'],
    [{}, 'MAILER-DAEMON', 'automatic sender MAILER-DAEMON'],
    [{}, 'postmaster@mx.example.org', 'automatic sender postmaster@mx.example.org'],
    [{}, 'no-reply+bounce@example.com', 'automatic sender no-reply+bounce@example.com'],
    [{}, 'Do_Not_Reply@council.example', 'automatic sender Do_Not_Reply@council.example'],
  ])('%j from %s is automatic', (headers, from, reason) => {
    expect(automaticReason(headers, from, ['complaints@riverside.example'])).toBe(reason);
  });

  it('a person’s message, or Auto-Submitted: no, is not', () => {
    expect(automaticReason({ autoSubmitted: 'no' }, 'resident@example.org', [])).toBeUndefined();
    expect(automaticReason({}, 'resident@example.org', ['complaints@riverside.example'])).toBeUndefined();
    // Words a resident might use are not an auto-reply unless they open the subject, as a label.
    expect(automaticReason({ subject: 'Out of office hours repairs never come' }, 'ann@example.org', [])).toBeUndefined();
    expect(automaticReason({ subject: 'Re: automatic reply not working on your phone line' }, 'ann@example.org', [])).toBeUndefined();
    expect(automaticReason({ returnPath: '<ann@example.org>' }, 'ann@example.org', [])).toBeUndefined();
    expect(isAutomaticAddress('noreen@example.org')).toBe(false);
    expect(isAutomaticAddress('postmasters-guild@example.org')).toBe(false);
  });
});

describe('automatic senders are never written to, even after a release', () => {
  const ctx = {
    now: new Date('2026-11-02T10:00:00Z'),
    actor: { userId: 'officer-1', roles: ['officer'] },
    policy: { timeZone: 'Europe/London', calendar: new WorkingCalendar(SHIPPED_BANK_HOLIDAYS['england-and-wales']) },
  };
  const logged = (email: string) =>
    logComplaint({ channel: 'email', resident: { name: 'Mail Delivery System', email }, description: 'Undelivered' }, { id: 'c1', reference: 'CMP-2026-000001', landlordId: 'L1' }, ctx);

  it.each(['MAILER-DAEMON@mx.example.org', 'MAILER-DAEMON', 'postmaster@example.org', 'noreply@example.org', 'do-not-reply@example.org'])(
    '3.7: a complaint logged from %s queues no receipt, and has no address for any letter',
    (email) => {
      const transition = logged(email);
      expect(residentAddress(transition.complaint)).toBeUndefined();
      expect(lettersForTransition(transition, { landlordName: 'Riverside Homes' })).toEqual([]);
    },
  );

  it('3.7: a person’s address is receipted', () => {
    expect(lettersForTransition(logged('ann@example.org'), { landlordName: 'Riverside Homes' }).map((letter) => [letter.kind, letter.to])).toEqual([
      ['receipt', ['ann@example.org']],
    ]);
  });
});

describe('bounded for storage', () => {
  it('clips text without splitting a character, and marks the cut', () => {
    expect(clip('short', 10)).toBe('short');
    expect(clip('abcdefghij', 5)).toBe('abcd…');
    expect(clip('ab😀cd', 3)).toBe('ab…'); // the pair is not split
  });

  it('clips UTF-8 to a byte bound at a character boundary, the note included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.integer({ min: 20, max: 400 }), (text, max) => {
        const clipped = clipUtf8(text, max, ' (more)');
        const bytes = Buffer.byteLength(clipped, 'utf8');
        if (Buffer.byteLength(text, 'utf8') <= max) return clipped === text;
        return bytes <= max && clipped.endsWith(' (more)') && !clipped.includes('\uFFFD') && text.startsWith(clipped.slice(0, -' (more)'.length));
      }),
      { seed: 20261102, numRuns: 300 },
    );
  });
});

describe('threading and duplicates', () => {
  it('collects the Message-IDs a reply names, once each: In-Reply-To, then the most recent References', () => {
    expect(threadMessageIds('<a@x>', ['<b@y>', '<a@x>'])).toEqual(['<a@x>', '<b@y>']);
    expect(threadMessageIds(undefined, '<a@x> <c@z>')).toEqual(['<c@z>', '<a@x>']);
    expect(threadMessageIds(undefined, undefined)).toEqual([]);
  });

  it('looks up a bounded number of ids however long the header, and skips ids too long to be ours', () => {
    const references = Array.from({ length: 3000 }, (_, i) => `<ref-${i}@example.org>`).join(' ');
    const ids = threadMessageIds('<parent@example.org>', references);
    expect(ids).toHaveLength(INBOUND_LIMITS.threadIds + 1);
    expect(ids.slice(0, 3)).toEqual(['<parent@example.org>', '<ref-2999@example.org>', '<ref-2998@example.org>']);
    const long = `<${'x'.repeat(2000)}@example.org>`;
    expect(threadMessageIds(long, `<a@x> ${long}`)).toEqual(['<a@x>']);
  });

  it('keys a message by its Message-ID (hashed when too long for a key), or by its content when it has none', () => {
    expect(inboundMessageKey('<ABC@Example.org>', 'f00', sha256)).toBe('mid:<abc@example.org>');
    expect(inboundMessageKey(undefined, 'f00', sha256)).toBe('sha256:f00');
    expect(inboundMessageKey('  ', 'f00', sha256)).toBe('sha256:f00');
    const long = `<${'Y'.repeat(2000)}@example.org>`;
    expect(inboundMessageKey(long, 'f00', sha256)).toBe(`mid-sha256:${sha256(long.toLowerCase())}`);
    expect(inboundMessageKey(long.toLowerCase(), 'f00', sha256)).toBe(inboundMessageKey(long, 'f00', sha256));
  });

  it('tells a second delivery from another message reusing its Message-ID by the content hash', () => {
    expect(sameInboundMessage({ contentSha256: 'aaa' }, 'aaa')).toBe(true);
    expect(sameInboundMessage({ contentSha256: 'aaa' }, 'bbb')).toBe(false);
    expect(sameInboundMessage({}, 'bbb')).toBe(true); // a marker from before hashes were kept
  });
});
