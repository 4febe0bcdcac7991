import { describe, expect, it } from 'vitest';
import { SHIPPED_BANK_HOLIDAYS } from '../../domain/calendar/bank-holidays.js';
import { WorkingCalendar } from '../../domain/calendar/working-calendar.js';
import type { Complaint } from '../../domain/complaint/complaint.js';
import { acknowledge, extend, logComplaint, refuse, respond, type TransitionContext } from '../../domain/complaint/lifecycle.js';
import { RuleViolation } from '../../domain/errors.js';
import { letterRecipient } from '../../domain/letters/delivery.js';
import { assertComplete, type Letter } from '../../domain/letters/letter.js';
import { lettersForTransition } from '../../domain/letters/letters-for-transition.js';
import { postedLetterFrom, printOverdue } from '../../domain/letters/posted-letter.js';
import { ADDRESS_LINES, addressBlock, printedLetter } from '../../domain/letters/pdf-layout.js';

const calendar = new WorkingCalendar(SHIPPED_BANK_HOLIDAYS['england-and-wales']);
const at = (iso: string): TransitionContext => ({ now: new Date(iso), actor: { userId: 'u', roles: ['officer'] }, policy: { timeZone: 'Europe/London', calendar } });
const ctx = { landlordName: 'Riverside Homes' };
const definition = { understanding: 'Damp in the bedroom', outcomesSought: ['Treat the damp'], notResponsibleFor: [], excludedParts: [] };
const ADDRESS = '12 Mill Lane\nRiverside\nRV1 2AB';
let n = 0;
const id = () => `i${++n}`;

function phoned(resident: Complaint['resident'], representative?: Complaint['representative']) {
  return logComplaint(
    { channel: 'phone', resident, ...(representative && { representative }), description: 'Damp', receivedAt: '2026-11-02T10:00:00Z' },
    { id: 'c1', reference: 'CMP-2026-000007', landlordId: 'L1' },
    at('2026-11-02T10:00:00Z'),
  );
}
function provisionOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof RuleViolation) return error.provision;
    throw error;
  }
  throw new Error('expected a RuleViolation');
}

describe('choosing how a letter reaches the resident', () => {
  it('defaults to email when there is an email address', () => {
    expect(letterRecipient({ resident: { name: 'A', email: 'a@example.org', address: ADDRESS } })).toMatchObject({ delivery: 'email', email: 'a@example.org' });
  });

  it('posts when the resident asked for post, even with an email address', () => {
    expect(letterRecipient({ resident: { name: 'A', email: 'a@example.org', address: ADDRESS, contactPreference: 'post' } })).toEqual({
      name: 'A',
      delivery: 'post',
      postalAddress: ADDRESS,
    });
  });

  it('posts when there is only a postal address', () => {
    expect(letterRecipient({ resident: { name: 'A', address: ADDRESS } })).toMatchObject({ delivery: 'post', postalAddress: ADDRESS });
  });

  it('emails when post was asked for but there is no address', () => {
    expect(letterRecipient({ resident: { name: 'A', email: 'a@example.org', contactPreference: 'post' } })).toMatchObject({ delivery: 'email' });
  });

  it('never emails a machine address: with nothing else the letter is undeliverable', () => {
    expect(letterRecipient({ resident: { name: 'A', email: 'MAILER-DAEMON@example.org' } })).toMatchObject({ delivery: 'undeliverable' });
  });

  it('is undeliverable with neither email nor address, with the reason', () => {
    expect(letterRecipient({ resident: { name: 'A', phone: '01234 567890' } })).toEqual({
      name: 'A',
      delivery: 'undeliverable',
      reason: 'no email address and no postal address for the resident',
    });
  });

  it('3.6: a representative with a postal address gets the letters by post, addressed to them', () => {
    const recipient = letterRecipient({ resident: { name: 'A', email: 'a@example.org' }, representative: { name: 'Cllr Jones', relationship: 'councillor', address: '1 Town Hall\nRV1 1AA' } });
    expect(recipient).toEqual({ name: 'Cllr Jones', delivery: 'post', postalAddress: '1 Town Hall\nRV1 1AA' });
  });

  it('3.6: a representative with an email gets the letters by email', () => {
    expect(letterRecipient({ resident: { name: 'A', address: ADDRESS }, representative: { name: 'R', relationship: 'son', email: 'r@example.org' } })).toMatchObject({
      name: 'R',
      delivery: 'email',
      email: 'r@example.org',
    });
  });

  it('3.6: a representative with no contact details leaves the letters with the resident', () => {
    expect(letterRecipient({ resident: { name: 'A', address: ADDRESS }, representative: { name: 'R', relationship: 'son' } })).toMatchObject({ name: 'A', delivery: 'post' });
  });
});

describe('every letter is produced whatever the contact details', () => {
  const logged = phoned({ name: 'Dee Post', phone: '01234 567890', address: ADDRESS });
  const ack = acknowledge(logged.complaint, { handlerId: 'sam', definition }, at('2026-11-03T09:00:00Z'));
  const ext = extend(ack.complaint, { workingDays: 5, reason: 'Waiting for a survey' }, at('2026-11-10T09:00:00Z'));
  const resp = respond(ext.complaint, { decision: 'upheld', reasons: 'The damp was not treated', remedies: [], outstandingActions: [] }, at('2026-11-20T09:00:00Z'), id);

  it('6.9: a phone complaint with only a postal address gets its response letter by post', () => {
    const [letter] = lettersForTransition(resp, ctx);
    expect(letter).toMatchObject({ kind: 'response', delivery: 'post', postalAddress: ADDRESS, recipientName: 'Dee Post', to: [] });
    expect(() => assertComplete(letter!)).not.toThrow();
  });

  it('6.2, 6.5: the acknowledgement and the extension letter are posted too', () => {
    expect(lettersForTransition(ack, ctx)[0]).toMatchObject({ kind: 'acknowledgement', delivery: 'post' });
    expect(lettersForTransition(ext, ctx)[0]).toMatchObject({ kind: 'extension', delivery: 'post' });
  });

  it('2.4: a refusal to a resident with no contact details is held as undeliverable, not dropped', () => {
    const bare = phoned({ name: 'No Contact' });
    const refused = refuse({ ...bare.complaint, matter: { arose: '2023-05-01', basis: 'occurred' } }, { ground: 'over_12_months', explanation: 'This happened in 2023.' }, at('2026-11-03T09:00:00Z'));
    const [letter] = lettersForTransition(refused, ctx);
    expect(letter).toMatchObject({ kind: 'refusal', delivery: 'undeliverable', undeliverableReason: 'no email address and no postal address for the resident' });
    const held = postedLetterFrom(letter!, { id: 'p1', landlordId: 'L1' }, new Date('2026-11-03T09:00:00Z'));
    expect(held).toMatchObject({ status: 'undeliverable', reason: 'no email address and no postal address for the resident' });
  });

  it('6.9: a posted response missing its decision is refused like an emailed one', () => {
    const [letter] = lettersForTransition(resp, ctx);
    const without: Letter = { ...letter!, sections: letter!.sections.filter((section) => section.element !== '6.9c') };
    expect(provisionOf(() => assertComplete(without))).toBe('6.9');
  });

  it('a posted letter without a postal address is refused', () => {
    const [letter] = lettersForTransition(resp, ctx);
    expect(() => assertComplete({ ...letter!, postalAddress: '' })).toThrow(/no postal address/);
  });
});

describe('the print queue', () => {
  const queued = { status: 'to_print' as const, createdAt: '2026-11-20T09:00:00Z' }; // a Friday

  it('6.2, 6.9: a letter still unprinted after one working day is overdue (weekends do not count)', () => {
    expect(printOverdue(queued, new Date('2026-11-23T16:00:00Z'), calendar, 'Europe/London')).toBe(false); // Monday: the one working day
    expect(printOverdue(queued, new Date('2026-11-24T08:00:00Z'), calendar, 'Europe/London')).toBe(true); // Tuesday
  });

  it('a posted letter is never overdue', () => {
    expect(printOverdue({ ...queued, status: 'posted' }, new Date('2026-12-24T08:00:00Z'), calendar, 'Europe/London')).toBe(false);
  });
});

describe('the printed form of a letter', () => {
  const logged = phoned({ name: 'Dee Post', address: ADDRESS });
  const ack = acknowledge(logged.complaint, { handlerId: 'sam', definition }, at('2026-11-03T09:00:00Z'));
  const resp = respond(ack.complaint, { decision: 'not_upheld', reasons: 'The damp was treated in time', remedies: [], outstandingActions: [] }, at('2026-11-10T09:00:00Z'), id);
  const letterhead = { name: 'Riverside Homes', postalAddress: 'Riverside House, 1 Quay Street\nRV1 1AA', phone: '0300 123 4567' };

  it('6.9: a response missing its reasons is refused in PDF form too', () => {
    const [letter] = lettersForTransition(resp, ctx);
    const without: Letter = { ...letter!, sections: letter!.sections.filter((section) => section.element !== '6.9d') };
    expect(provisionOf(() => printedLetter(without, letterhead, '2026-11-10'))).toBe('6.9');
  });

  it('6.5: an extension letter without the Ombudsman is refused in PDF form too', () => {
    const ext = extend(ack.complaint, { workingDays: 5, reason: 'Survey' }, at('2026-11-05T09:00:00Z'));
    const [letter] = lettersForTransition(ext, ctx);
    const without: Letter = { ...letter!, sections: letter!.sections.filter((section) => section.element !== '6.5') };
    expect(provisionOf(() => printedLetter(without, letterhead, '2026-11-05'))).toBe('6.5');
  });

  it('carries the letterhead, the window address, the date and the reference, and the title without the reference prefix', () => {
    const printed = printedLetter(lettersForTransition(resp, ctx)[0]!, letterhead, '2026-11-10');
    expect(printed).toMatchObject({
      letterhead: ['Riverside Homes', 'Riverside House', '1 Quay Street', 'RV1 1AA', 'Telephone: 0300 123 4567'],
      recipient: ['Dee Post', '12 Mill Lane', 'Riverside', 'RV1 2AB'],
      date: 'Tuesday 10 November 2026',
      reference: 'Our reference: CMP-2026-000007',
      title: 'Our stage 1 response to your complaint',
    });
  });

  it('a long address is folded to fit the envelope window, losing nothing', () => {
    const block = addressBlock('A', 'Flat 1\nBlock 2\nEstate 3\nStreet 4\nArea 5\nTown 6\nCounty 7\nRV1 2AB');
    expect(block).toHaveLength(ADDRESS_LINES);
    expect(block.at(-1)).toBe('Town 6, County 7, RV1 2AB');
  });
});
