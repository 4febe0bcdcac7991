import { describe, expect, it } from 'vitest';
import { SHIPPED_BANK_HOLIDAYS } from '../../domain/calendar/bank-holidays.js';
import { WorkingCalendar } from '../../domain/calendar/working-calendar.js';
import type { Complaint } from '../../domain/complaint/complaint.js';
import { acknowledge, escalate, extend, logComplaint, refuse, respond, type TransitionContext } from '../../domain/complaint/lifecycle.js';
import { RuleViolation } from '../../domain/errors.js';
import { assertComplete, type Letter } from '../../domain/letters/letter.js';
import { lettersForTransition } from '../../domain/letters/letters-for-transition.js';
import { HOUSING_OMBUDSMAN } from '../../domain/letters/ombudsman.js';
import { renderLetter } from '../../domain/letters/render.js';
import {
  acknowledgementLetter,
  extensionLetter,
  formatDate,
  receiptLetter,
  refusalLetter,
  responseLetter,
} from '../../domain/letters/resident-letters.js';

const at = (iso: string): TransitionContext => ({
  now: new Date(iso),
  actor: { userId: 'u', roles: ['officer'] },
  policy: { timeZone: 'Europe/London', calendar: new WorkingCalendar(SHIPPED_BANK_HOLIDAYS['england-and-wales']) },
});
const ctx = { landlordName: 'Riverside Homes' };
const definition = { understanding: 'Leak <script>alert(1)</script> not fixed', outcomesSought: ['Fix the roof & gutter'], notResponsibleFor: ['The neighbour’s fence'], excludedParts: [] };
let n = 0;
const id = () => `x${++n}`;

const logged = logComplaint(
  { channel: 'email', resident: { name: 'Ann <b>Example</b>', email: 'ann@example.org' }, description: 'Leak', receivedAt: '2026-11-02T10:00:00Z' },
  { id: 'c1', reference: 'CMP-2026-000042', landlordId: 'L1' },
  at('2026-11-02T10:00:00Z'),
);
const ack1 = acknowledge(logged.complaint, { handlerId: 'sam.handler', definition }, at('2026-11-04T09:00:00Z'));
const ext1 = extend(ack1.complaint, { workingDays: 5, reason: 'Waiting for a roofer', updateEveryWorkingDays: 3 }, at('2026-11-10T09:00:00Z'));
const resp1 = respond(
  ext1.complaint,
  {
    decision: 'partly_upheld',
    reasons: 'The first repair was poor',
    remedies: [{ kind: 'financial', description: 'For damaged flooring', amount: 150, dueBy: '2026-11-27' }],
    outstandingActions: [{ description: 'Replace ceiling board', dueBy: '2026-12-04' }],
  },
  at('2026-11-20T09:00:00Z'),
  id,
);
const esc = escalate(resp1.complaint, {}, at('2026-11-23T09:00:00Z'));
const ack2 = acknowledge(esc.complaint, { handlerId: 'pat.other', definition }, at('2026-11-24T09:00:00Z'));
const resp2 = respond(ack2.complaint, { decision: 'upheld', reasons: 'We agree', remedies: [], outstandingActions: [] }, at('2026-12-01T09:00:00Z'), id);

const render = (letter: Letter | undefined) => renderLetter(letter!);
const without = (letter: Letter | undefined, element: string): Letter => ({ ...letter!, sections: letter!.sections.filter((s) => s.element !== element) });
function provisionOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof RuleViolation) return error.provision;
    throw error;
  }
  throw new Error('expected a RuleViolation');
}

describe('receipt (3.7)', () => {
  it('3.7: carries the reference, the acknowledge-by date and the Ombudsman’s details', () => {
    const { subject, text } = render(receiptLetter(logged.complaint, ctx));
    expect(subject).toBe('[CMP-2026-000042] We have received your complaint');
    expect(text).toContain('CMP-2026-000042');
    expect(text).toContain(formatDate('2026-11-09'));
    expect(text).toContain('Monday 9 November 2026');
    for (const detail of Object.values(HOUSING_OMBUDSMAN)) expect(text).toContain(detail);
  });

  it('3.7: is only sent for complaints made by email', () => {
    const phoned = logComplaint({ channel: 'phone', resident: { name: 'B', email: 'b@example.org' }, description: 'x' }, { id: 'c2', reference: 'CMP-2026-000043', landlordId: 'L1' }, at('2026-11-02T10:00:00Z'));
    expect(lettersForTransition(phoned, ctx)).toEqual([]);
    expect(lettersForTransition(logged, ctx).map((l) => l.kind)).toEqual(['receipt']);
  });

  it('3.7: cannot be sent without the Ombudsman’s details', () => {
    expect(provisionOf(() => assertComplete(without(receiptLetter(logged.complaint, ctx), '3.7')))).toBe('3.7');
  });
});

describe('acknowledgement (5.6, 5.7)', () => {
  it('5.6/5.7: states the definition, outcomes, what the landlord is not responsible for, and the response date', () => {
    const { text } = render(acknowledgementLetter(ack1.complaint, ctx));
    expect(text).toContain('stage 1');
    expect(text).toContain('Fix the roof & gutter');
    expect(text).toContain('The neighbour’s fence');
    expect(text).toContain(formatDate('2026-11-18'));
  });

  it('5.6: cannot be sent without the definition', () => {
    expect(provisionOf(() => assertComplete(without(acknowledgementLetter(ack1.complaint, ctx), '5.6')))).toBe('5.6');
  });

  it('6.14: the stage 2 acknowledgement gives the stage 2 response date', () => {
    const { text } = render(acknowledgementLetter(ack2.complaint, ctx));
    expect(text).toContain('stage 2');
    expect(text).toContain(formatDate(ack2.complaint.deadlines.stage2!.respondBy!));
    expect(provisionOf(() => assertComplete(without(acknowledgementLetter(ack2.complaint, ctx), 'respond-by')))).toBe('6.14');
  });

  it('FAQ: excluded parts are listed with reasons and the right to go to the Ombudsman', () => {
    const withExclusion = acknowledge(
      logged.complaint,
      { handlerId: 'h', definition: { ...definition, excludedParts: [{ description: 'Noise in 2023', ground: 'over_12_months', explanation: 'More than 12 months ago' }] } },
      at('2026-11-04T09:00:00Z'),
    );
    const { text } = render(acknowledgementLetter(withExclusion.complaint, ctx));
    expect(text).toContain('Noise in 2023: More than 12 months ago');
    expect(text).toContain(HOUSING_OMBUDSMAN.phone);
  });
});

describe('extension notice (6.5, 6.16)', () => {
  it('6.5: gives the reason, the new date, the update interval (5.9) and the Ombudsman’s details', () => {
    const { text } = render(extensionLetter(ext1.complaint, ctx));
    expect(text).toContain('Waiting for a roofer');
    expect(text).toContain(formatDate('2026-11-25'));
    expect(text).toContain('every 3 working days');
    expect(text).toContain(HOUSING_OMBUDSMAN.email);
  });

  it('6.5: cannot be sent without the Ombudsman’s details; 6.16 at stage 2', () => {
    expect(provisionOf(() => assertComplete(without(extensionLetter(ext1.complaint, ctx), '6.5')))).toBe('6.5');
    const ext2 = extend(ack2.complaint, { workingDays: 3, reason: 'Survey' }, at('2026-11-25T09:00:00Z'));
    expect(provisionOf(() => assertComplete(without(extensionLetter(ext2.complaint, ctx), '6.16')))).toBe('6.16');
  });
});

describe('responses (6.9, 6.19)', () => {
  it.each(['a', 'b', 'c', 'd', 'e', 'f', 'g'])('6.9%s: the stage 1 response cannot be sent without it', (element) => {
    expect(provisionOf(() => assertComplete(without(responseLetter(resp1.complaint, ctx), `6.9${element}`)))).toBe('6.9');
  });

  it.each(['a', 'b', 'c', 'd', 'e', 'f', 'g'])('6.19%s: the stage 2 response cannot be sent without it', (element) => {
    expect(provisionOf(() => assertComplete(without(responseLetter(resp2.complaint, ctx), `6.19${element}`)))).toBe('6.19');
  });

  it('6.9: states stage, definition, decision, reasons, remedy with amount, outstanding actions and how to escalate', () => {
    const { text } = render(responseLetter(resp1.complaint, { ...ctx, escalationWindowWorkingDays: 20, escalationWindowEnds: '2026-12-18' }));
    expect(text).toContain('stage 1 response');
    expect(text).toContain('partly upheld');
    expect(text).toContain('The first repair was poor');
    expect(text).toContain('£150.00');
    expect(text).toContain('Replace ceiling board, by Friday 4 December 2026');
    expect(text).toContain('stage 2');
    expect(text).toContain('You do not have to give reasons'); // 6.12
    expect(text).toContain('within 20 working days, by Friday 18 December 2026'); // FAQ: the window is stated
  });

  it('6.19: the final response signposts the Ombudsman and says compensation does not stop a referral', () => {
    const { text } = render(responseLetter(resp2.complaint, ctx));
    expect(text).toContain('final response');
    for (const detail of Object.values(HOUSING_OMBUDSMAN)) expect(text).toContain(detail);
    expect(text).toContain('does not stop you from taking your complaint to the Housing Ombudsman');
    expect(provisionOf(() => assertComplete(without(responseLetter(resp2.complaint, ctx), 'compensation-no-bar')))).toBe('6.19');
  });
});

describe('refusals (2.4, 5.11)', () => {
  it('2.4: the refusal to accept gives the ground, the explanation and the Ombudsman’s details', () => {
    const refused = refuse({ ...logged.complaint, matter: { arose: '2023-05-01', basis: 'occurred' } }, { ground: 'over_12_months', explanation: 'The leak was repaired in 2023.' }, at('2026-11-03T09:00:00Z'));
    const { text } = render(refusalLetter(refused.complaint, ctx));
    expect(text).toContain('more than 12 months ago');
    expect(text).toContain('The leak was repaired in 2023.');
    expect(text).toContain(HOUSING_OMBUDSMAN.address);
    expect(provisionOf(() => assertComplete(without(refusalLetter(refused.complaint, ctx), 'refusal-ombudsman')))).toBe('2.4');
  });

  it('5.11: the refusal to escalate names stage 2 and cannot omit the Ombudsman', () => {
    const refused = refuse(esc.complaint, { ground: 'legal_proceedings', explanation: 'A claim is before the county court.' }, at('2026-11-24T09:00:00Z'));
    const { text } = render(refusalLetter(refused.complaint, ctx));
    expect(text).toContain('escalate your complaint to stage 2');
    expect(provisionOf(() => assertComplete(without(refusalLetter(refused.complaint, ctx), 'refusal-ombudsman')))).toBe('5.11');
  });
});

describe('every letter to a resident', () => {
  const letters = [
    receiptLetter(logged.complaint, ctx),
    acknowledgementLetter(ack1.complaint, ctx),
    extensionLetter(ext1.complaint, ctx),
    responseLetter(resp1.complaint, ctx),
    responseLetter(resp2.complaint, ctx),
    acknowledgementLetter(ack2.complaint, ctx),
  ];

  it('carries the reference in the subject and never names a member of staff', () => {
    for (const letter of letters) {
      const { subject, text, html } = render(letter);
      expect(subject).toContain('CMP-2026-000042');
      for (const staff of ['sam.handler', 'pat.other']) {
        expect(text).not.toContain(staff);
        expect(html).not.toContain(staff);
      }
    }
  });

  it('escapes everything the resident wrote in the HTML', () => {
    for (const letter of letters) {
      const { html } = render(letter);
      expect(html).not.toContain('<script>');
      expect(html).not.toContain('<b>Example</b>');
    }
    expect(render(acknowledgementLetter(ack1.complaint, ctx)).html).toContain('Leak &lt;script&gt;alert(1)&lt;/script&gt; not fixed');
  });

  it('goes to a nominated representative’s email where there is one (3.6)', () => {
    const represented: Complaint = { ...logged.complaint, representative: { name: 'Cllr Jones', relationship: 'councillor', email: 'jones@council.example' } };
    const letter = receiptLetter(represented, ctx)!;
    expect(letter.to).toEqual(['jones@council.example']);
    expect(letter.greeting).toBe('Dear Cllr Jones,');
  });

  it('6.2: is still produced when there is no email address, held as undeliverable rather than dropped', () => {
    const noEmail: Complaint = { ...ack1.complaint, resident: { name: 'D' } };
    expect(acknowledgementLetter(noEmail, ctx)).toMatchObject({ delivery: 'undeliverable', to: [], greeting: 'Dear D,' });
  });

  it('5.12: a subject without the reference is refused', () => {
    expect(provisionOf(() => assertComplete({ ...receiptLetter(logged.complaint, ctx)!, subject: 'Hello' }))).toBe('5.12');
  });
});
