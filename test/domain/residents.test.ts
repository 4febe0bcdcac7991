import { describe, expect, it } from 'vitest';
import { SHIPPED_BANK_HOLIDAYS } from '../../domain/calendar/bank-holidays.js';
import { WorkingCalendar } from '../../domain/calendar/working-calendar.js';
import type { Complaint } from '../../domain/complaint/complaint.js';
import { acknowledge, close, logComplaint, respond, type TransitionContext } from '../../domain/complaint/lifecycle.js';
import { Conflict, InvalidInput, NotFound, RuleViolation } from '../../domain/errors.js';
import { addressees } from '../../domain/letters/delivery.js';
import { lettersForTransition, toEveryAddressee } from '../../domain/letters/letters-for-transition.js';
import { mergedLetter } from '../../domain/letters/further-letters.js';
import { printedLetter } from '../../domain/letters/pdf-layout.js';
import { renderLetter } from '../../domain/letters/render.js';
import { reminderLetter, undeliverableNoticeLetter } from '../../domain/letters/staff-letters.js';
import { adjustmentsOf, recordAdjustments, removeAdjustments, type AdjustmentsInput } from '../../domain/residents/adjustments.js';
import { recordGroup, removeGroup } from '../../domain/residents/group.js';
import { nominateRepresentative, removeRepresentative, type RepresentativeInput } from '../../domain/residents/representation.js';
import { endRestriction, recordRestriction, reviewRestriction, type RestrictionInput } from '../../domain/residents/restrictions.js';
import { markOverdue, markReminded } from '../../domain/schedules/deadline-events.js';
import { desiredSchedules } from '../../domain/schedules/deadline-schedules.js';
import { openSteps } from '../../domain/schedules/open-steps.js';

const calendar = new WorkingCalendar(SHIPPED_BANK_HOLIDAYS['england-and-wales']);
const policy = { timeZone: 'Europe/London', calendar };
const at = (iso: string): TransitionContext => ({ now: new Date(iso), actor: { userId: 'u1', roles: ['handler'] }, policy });
const NOW = '2026-11-03T10:00:00Z';
const ADDRESS = '12 Mill Lane\nRiverside\nRV1 2AB';
const letterCtx = { landlordName: 'Riverside Homes' };
const definition = { understanding: 'Damp in the bedroom', outcomesSought: ['Treat the damp'], notResponsibleFor: [], excludedParts: [] };
let n = 0;
const newId = () => `r${++n}`;

function logged(overrides: Partial<Parameters<typeof logComplaint>[0]> = {}): Complaint {
  return logComplaint(
    { channel: 'phone', resident: { name: 'Ann Example', email: 'ann@example.org', address: ADDRESS }, description: 'Damp', receivedAt: '2026-11-02T09:00:00Z', ...overrides },
    { id: 'c1', reference: 'CMP-2026-000001', landlordId: 'L1' },
    at('2026-11-02T09:00:00Z'),
  ).complaint;
}

const rep = (lettersTo: 'representative' | 'resident' | 'both', extra: Partial<RepresentativeInput> = {}): RepresentativeInput => ({
  name: 'Cllr Jones',
  relationship: 'councillor',
  email: 'jones@council.example',
  consent: { method: 'written', givenOn: '2026-11-02', lettersTo },
  ...extra,
});
const adjustments = (list: AdjustmentsInput['adjustments'], extra: Partial<AdjustmentsInput> = {}): AdjustmentsInput => ({
  adjustments: list,
  disabilityDisclosed: true,
  agreedOn: '2026-11-03',
  reviewBy: '2027-02-01',
  ...extra,
});
const restriction = (extra: Partial<RestrictionInput> = {}): RestrictionInput => ({
  residentId: 'resident',
  channels: ['email'],
  restriction: 'Emails to the complaints inbox only, answered weekly',
  reasons: [{ kind: 'excessive_contact', detail: '40 emails a day to named staff' }],
  proportionality: 'Considered a single point of contact first; the resident keeps phone and letters; Equality Act considered',
  decidedBy: 'Head of Housing',
  startsOn: '2026-11-03',
  reviewBy: '2027-01-15',
  ...extra,
});

function provisionOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof RuleViolation) return error.provision;
    throw error;
  }
  throw new Error('expected a RuleViolation');
}

describe('representatives (3.6)', () => {
  it('3.6: a nomination records who, the relationship, contact details and the consent, and is audited', () => {
    const { complaint, event } = nominateRepresentative(logged(), rep('both'), at(NOW));
    expect(complaint.representative).toEqual({ name: 'Cllr Jones', relationship: 'councillor', email: 'jones@council.example', consent: { method: 'written', givenOn: '2026-11-02', lettersTo: 'both' } });
    expect(event.type).toBe('representative_nominated');
    expect(event.after.representative).toEqual(complaint.representative);
    const changed = nominateRepresentative(complaint, rep('resident', { name: 'Bob Son', relationship: 'son' }), at(NOW));
    expect(changed.event.type).toBe('representative_changed');
    expect(changed.event.before.representative?.name).toBe('Cllr Jones');
    const removed = removeRepresentative(changed.complaint, at(NOW));
    expect(removed.complaint.representative).toBeUndefined();
    expect(removed.event).toMatchObject({ type: 'representative_removed', before: { representative: { name: 'Bob Son' } } });
  });

  it('3.6: works on a closed complaint too', () => {
    let complaint = acknowledge(logged(), { handlerId: 'h1', definition }, at(NOW)).complaint;
    complaint = respond(complaint, { decision: 'upheld', reasons: 'R', remedies: [], outstandingActions: [] }, at('2026-11-04T10:00:00Z'), newId).complaint;
    complaint = close(complaint, {}, at('2026-11-05T10:00:00Z')).complaint;
    expect(nominateRepresentative(complaint, rep('representative'), at('2026-11-06T10:00:00Z')).complaint.representative?.name).toBe('Cllr Jones');
  });

  it('3.6: needs a way to reach the representative and a consent date not in the future; removing none is 404', () => {
    expect(() => nominateRepresentative(logged(), rep('both', { email: undefined } as Partial<RepresentativeInput>), at(NOW))).toThrow(InvalidInput);
    expect(() => nominateRepresentative(logged(), rep('both', { consent: { method: 'phone', givenOn: '2026-12-01', lettersTo: 'both' } }), at(NOW))).toThrow(/future/);
    expect(() => removeRepresentative(logged(), at(NOW))).toThrow(NotFound);
  });

  it('3.6: letters follow the consent: the representative, the resident, or both, each their own copy', () => {
    const base = logged();
    const to = (lettersTo: 'representative' | 'resident' | 'both') =>
      addressees(nominateRepresentative(base, rep(lettersTo), at(NOW)).complaint).map((r) => [r.name, r.delivery, r.email]);
    expect(to('representative')).toEqual([['Cllr Jones', 'email', 'jones@council.example']]);
    expect(to('resident')).toEqual([['Ann Example', 'email', 'ann@example.org']]);
    expect(to('both')).toEqual([
      ['Cllr Jones', 'email', 'jones@council.example'],
      ['Ann Example', 'email', 'ann@example.org'],
    ]);
    // An older nomination without consent keeps today's behaviour: the representative.
    expect(addressees({ ...base, representative: { name: 'R', relationship: 'son', address: ADDRESS } }).map((r) => [r.name, r.delivery])).toEqual([['R', 'post']]);
    const both = acknowledge(nominateRepresentative(base, rep('both', { email: undefined, address: '1 Town Hall\nRV1 1AA' } as Partial<RepresentativeInput>), at(NOW)).complaint, { handlerId: 'h1', definition }, at(NOW));
    const letters = lettersForTransition(both, letterCtx);
    expect(letters.map((l) => [l.kind, l.greeting, l.delivery, l.to, l.postalAddress])).toEqual([
      ['acknowledgement', 'Dear Cllr Jones,', 'post', [], '1 Town Hall\nRV1 1AA'],
      ['acknowledgement', 'Dear Ann Example,', 'email', ['ann@example.org'], undefined],
    ]);
  });

  it('3.6 (FAQ): a complaint a representative makes before the resident agreed is logged; letters go to the resident and ask for consent until it is recorded', () => {
    const made = logged({ channel: 'representative', representative: { name: 'Cllr Jones', relationship: 'councillor', email: 'jones@council.example' } });
    expect(made.representative).toEqual({ name: 'Cllr Jones', relationship: 'councillor', email: 'jones@council.example', awaitingConsent: true });
    expect(addressees(made).map((r) => r.name)).toEqual(['Ann Example']);
    const acknowledged = acknowledge(made, { handlerId: 'h1', definition }, at(NOW));
    const [letter, ...others] = lettersForTransition(acknowledged, letterCtx);
    expect(others).toEqual([]);
    expect(letter).toMatchObject({ greeting: 'Dear Ann Example,', to: ['ann@example.org'] });
    const ask = letter!.sections.find((section) => section.element === 'representative-consent');
    expect(ask?.paragraphs.join(' ')).toMatch(/Cllr Jones \(councillor\) has contacted us.*we need your agreement.*to them, to you, or to both/);
    // The resident agrees: the nomination records it, and letters follow it from then on, with no more asking.
    const agreed = nominateRepresentative(acknowledged.complaint, rep('both'), at(NOW)).complaint;
    expect(agreed.representative?.awaitingConsent).toBeUndefined();
    expect(addressees(agreed).map((r) => r.name)).toEqual(['Cllr Jones', 'Ann Example']);
    // Logged with consent given, the representative must be reachable and letters follow the consent at once.
    const withConsent = logged({ channel: 'representative', representative: rep('representative') });
    expect(withConsent.representative).toMatchObject({ consent: { lettersTo: 'representative' } });
    expect(addressees(withConsent).map((r) => r.name)).toEqual(['Cllr Jones']);
    expect(() => logged({ representative: rep('both', { email: undefined } as Partial<RepresentativeInput>) })).toThrow(InvalidInput);
  });
});

describe('letters a change adds, to every addressee', () => {
  it('3.6: a merge letter and an updated acknowledgement (6.8) reach each addressee as their own copy, as every other letter does', () => {
    const both = nominateRepresentative(recordGroup(logged(), { basis: 'each', members: [{ id: 'flat2', name: 'Bea Two', address: '2 Mill Lane\nRV1 2AB' }] }, at(NOW)).complaint, rep('both'), at(NOW)).complaint;
    const letters = toEveryAddressee(both, letterCtx, (ctx) => mergedLetter(both, { reference: 'CMP-2026-000099' }, ctx));
    expect(letters.map((l) => [l.kind, l.greeting, l.delivery])).toEqual([
      ['merged', 'Dear Cllr Jones,', 'email'],
      ['merged', 'Dear Ann Example,', 'email'],
      ['merged', 'Dear Bea Two,', 'post'],
    ]);
    expect(letters.every((l) => renderLetter(l).text.includes('CMP-2026-000099'))).toBe(true);
  });
});

describe('group complaints', () => {
  const members = [
    { id: 'flat2', name: 'Bea Two', email: 'bea@example.org' },
    { id: 'flat3', name: 'Cy Three', address: '3 Mill Lane\nRV1 2AB' },
  ];

  it('a lead complainant acts for the named others: letters go to the lead only', () => {
    const { complaint, event } = recordGroup(logged(), { basis: 'lead', members }, at(NOW));
    expect(event.type).toBe('group_recorded');
    expect(complaint.group).toEqual({ basis: 'lead', members });
    const letters = lettersForTransition(acknowledge(complaint, { handlerId: 'h1', definition }, at(NOW)), letterCtx);
    expect(letters.map((l) => l.greeting)).toEqual(['Dear Ann Example,']);
  });

  it('each resident listed: each gets their own letter, by email or post per their details', () => {
    const grouped = recordGroup(logged(), { basis: 'each', members }, at(NOW)).complaint;
    const letters = lettersForTransition(acknowledge(grouped, { handlerId: 'h1', definition }, at(NOW)), letterCtx);
    expect(letters.map((l) => [l.greeting, l.delivery, l.to, l.postalAddress])).toEqual([
      ['Dear Ann Example,', 'email', ['ann@example.org'], undefined],
      ['Dear Bea Two,', 'email', ['bea@example.org'], undefined],
      ['Dear Cy Three,', 'post', [], '3 Mill Lane\nRV1 2AB'],
    ]);
  });

  it('member ids are unique and not "resident"; a member with adjustments cannot be dropped; removing none is 404', () => {
    expect(() => recordGroup(logged(), { basis: 'each', members: [members[0]!, { ...members[1]!, id: 'flat2' }] }, at(NOW))).toThrow(/twice/);
    expect(() => recordGroup(logged(), { basis: 'each', members: [{ id: 'resident', name: 'X' }] }, at(NOW))).toThrow(InvalidInput);
    const grouped = recordGroup(logged(), { basis: 'each', members }, at(NOW)).complaint;
    const adjusted = recordAdjustments(grouped, 'flat3', adjustments([{ kind: 'large_print' }]), at(NOW)).complaint;
    expect(() => recordGroup(adjusted, { basis: 'each', members: [members[0]!] }, at(NOW))).toThrow(Conflict);
    expect(() => removeGroup(adjusted, at(NOW))).toThrow(Conflict);
    expect(removeGroup(grouped, at(NOW)).complaint.group).toBeUndefined();
    expect(() => removeGroup(logged(), at(NOW))).toThrow(NotFound);
  });

  it('each resident written to: at most four others (every copy commits with the change); a lead may name ten', () => {
    const many = (count: number) => Array.from({ length: count }, (_, i) => ({ id: `m${i}`, name: `M ${i}`, email: `m${i}@example.org` }));
    expect(() => recordGroup(logged(), { basis: 'each', members: many(5) }, at(NOW))).toThrow(/at most 4/);
    expect(recordGroup(logged(), { basis: 'each', members: many(4) }, at(NOW)).complaint.group?.members).toHaveLength(4);
    expect(recordGroup(logged(), { basis: 'lead', members: many(10) }, at(NOW)).complaint.group?.members).toHaveLength(10);
    expect(() => recordGroup(logged(), { basis: 'lead', members: many(11) }, at(NOW))).toThrow(/at most 10/);
  });
});

describe('reasonable adjustments (5.10)', () => {
  it('5.10: records each adjustment, the disclosure, when agreed and a review date, per resident; audited', () => {
    const { complaint, event } = recordAdjustments(logged(), 'resident', adjustments([{ kind: 'large_print' }, { kind: 'interpreter', detail: 'Polish' }]), at(NOW));
    expect(complaint.adjustments).toEqual([
      {
        residentId: 'resident',
        adjustments: [{ kind: 'large_print' }, { kind: 'interpreter', detail: 'Polish' }],
        disabilityDisclosed: true,
        agreedOn: '2026-11-03',
        reviewBy: '2027-02-01',
        recordedBy: 'u1',
        recordedAt: '2026-11-03T10:00:00.000Z',
      },
    ]);
    expect(event.type).toBe('adjustments_recorded');
    expect(removeAdjustments(complaint, 'resident', at(NOW)).event).toMatchObject({ type: 'adjustments_removed', after: { adjustments: [] } });
  });

  it('5.10: bad input is refused: unknown resident, missing detail, channel only on preferred_channel, review in the past or far away', () => {
    expect(() => recordAdjustments(logged(), 'flat9', adjustments([{ kind: 'large_print' }]), at(NOW))).toThrow(NotFound);
    expect(() => recordAdjustments(logged(), 'resident', adjustments([{ kind: 'interpreter' }]), at(NOW))).toThrow(/detail/);
    expect(() => recordAdjustments(logged(), 'resident', adjustments([{ kind: 'preferred_channel' }]), at(NOW))).toThrow(/channel/);
    expect(() => recordAdjustments(logged(), 'resident', adjustments([{ kind: 'large_print', channel: 'post' }]), at(NOW))).toThrow(/channel/);
    expect(() => recordAdjustments(logged(), 'resident', adjustments([{ kind: 'large_print' }, { kind: 'large_print' }]), at(NOW))).toThrow(/twice/);
    expect(() => recordAdjustments(logged(), 'resident', adjustments([{ kind: 'large_print' }], { reviewBy: '2026-11-01' }), at(NOW))).toThrow(/past/);
    expect(() => recordAdjustments(logged(), 'resident', adjustments([{ kind: 'large_print' }], { reviewBy: '2028-11-01' }), at(NOW))).toThrow(/active review/);
    expect(() => recordAdjustments(logged(), 'resident', adjustments([{ kind: 'large_print' }], { agreedOn: '2026-12-01' }), at(NOW))).toThrow(/future/);
    expect(() => removeAdjustments(logged(), 'resident', at(NOW))).toThrow(NotFound);
  });

  it('5.10: the free-text field older complaints carry still reads, and recording supersedes it', () => {
    const old = logged({ reasonableAdjustments: ['Large print please', 'Calls after 2pm'] });
    expect(adjustmentsOf(old)).toEqual([
      {
        residentId: 'resident',
        residentName: 'Ann Example',
        source: 'free_text',
        adjustments: [
          { kind: 'other', detail: 'Large print please' },
          { kind: 'other', detail: 'Calls after 2pm' },
        ],
        agreedOn: '2026-11-02',
      },
    ]);
    // An item stored before the field was optional elsewhere: no adjustments attribute at all.
    const { adjustments: _none, ...stored } = old;
    expect(adjustmentsOf(stored as Complaint)).toHaveLength(1);
    const recorded = recordAdjustments(old, 'resident', adjustments([{ kind: 'large_print' }]), at(NOW));
    expect(recorded.complaint.reasonableAdjustments).toEqual([]);
    expect(recorded.event.before.reasonableAdjustments).toEqual(['Large print please', 'Calls after 2pm']);
    expect(adjustmentsOf(recorded.complaint).map((view) => view.source)).toEqual(['recorded']);
    expect(removeAdjustments(old, 'resident', at(NOW)).complaint.reasonableAdjustments).toEqual([]);
  });

  it('5.10: letters honour large print (HTML and print) and a preferred channel chooses post or email', () => {
    const complaint = recordAdjustments(logged(), 'resident', adjustments([{ kind: 'large_print' }, { kind: 'preferred_channel', channel: 'post' }]), at(NOW)).complaint;
    const [letter] = lettersForTransition(acknowledge(complaint, { handlerId: 'h1', definition }, at(NOW)), letterCtx);
    expect(letter).toMatchObject({ delivery: 'post', postalAddress: ADDRESS, largePrint: true });
    expect(renderLetter({ ...letter!, delivery: 'email', to: ['ann@example.org'] }).html).toContain('font-size:24px');
    expect(renderLetter({ ...letter!, delivery: 'email', to: ['ann@example.org'], largePrint: false }).html).toContain('font-size:16px');
    expect(printedLetter(letter!, { name: 'Riverside Homes' }, '2026-11-03').largePrint).toBe(true);
    // Email preferred over a contact preference of post.
    const emailed = recordAdjustments(logged({ resident: { name: 'Ann', email: 'ann@example.org', address: ADDRESS, contactPreference: 'post' } }), 'resident', adjustments([{ kind: 'preferred_channel', channel: 'email' }]), at(NOW)).complaint;
    expect(addressees(emailed)[0]).toMatchObject({ delivery: 'email', email: 'ann@example.org' });
  });

  it('5.10: handler notices state the adjustments agreed', () => {
    const complaint = recordAdjustments(logged(), 'resident', adjustments([{ kind: 'phone_calls' }, { kind: 'named_contact_time', detail: 'after 2pm' }]), at(NOW)).complaint;
    const text = renderLetter(reminderLetter(complaint, 'h@example.org', 'acknowledge the stage 1 complaint (6.2)', '2026-11-09')).text;
    expect(text).toContain('REASONABLE ADJUSTMENTS AGREED (5.10)');
    expect(text).toContain('Ann Example: phone calls instead of letters; contact at an agreed time (after 2pm) (a disability was disclosed)');
    expect(renderLetter(undeliverableNoticeLetter(complaint, 'h@example.org', [{ kind: 'receipt', subject: 's', reason: 'r' }])).text).toContain('phone calls instead of letters');
  });

  it('5.10: the review date is a step with a reminder and a check; marking it overdue and recording a new review moves it on', () => {
    const complaint = recordAdjustments(logged(), 'resident', adjustments([{ kind: 'large_print' }], { reviewBy: '2026-11-20' }), at(NOW)).complaint;
    expect(openSteps(complaint, calendar, '2026-11-03').find((step) => step.step === 'review')).toEqual({ step: 'review', dueBy: '2026-11-20', what: 'review the reasonable adjustments agreed with Ann Example (5.10)' });
    const schedules = desiredSchedules(complaint, policy, 2, new Date(NOW)).filter((s) => s.step === 'review');
    expect(schedules.map((s) => [s.key, s.dueBy])).toEqual([
      ['review:reminder', '2026-11-20'],
      ['review:check', '2026-11-20'],
    ]);
    const reminded = markReminded(complaint, { step: 'review', dueBy: '2026-11-20' }, at('2026-11-18T09:00:00Z'))!;
    expect(reminded.event.type).toBe('reminder_sent');
    const overdue = markOverdue(reminded.complaint, { step: 'review', dueBy: '2026-11-20' }, at('2026-11-21T00:30:00Z'))!;
    expect(overdue.complaint.overdue).toEqual([{ step: 'review', dueBy: '2026-11-20', markedAt: '2026-11-21T00:30:00.000Z' }]);
    // The review is done: the overdue mark resolves, the old reminder is dropped, the next review is due.
    const reviewed = recordAdjustments(overdue.complaint, 'resident', adjustments([{ kind: 'large_print' }], { agreedOn: '2026-11-23', reviewBy: '2027-05-01' }), at('2026-11-23T10:00:00Z')).complaint;
    expect(reviewed.overdue?.[0]?.resolvedAt).toBe('2026-11-23T10:00:00.000Z');
    expect(reviewed.reminders?.filter((r) => r.step === 'review')).toEqual([]);
    expect(openSteps(reviewed, calendar, '2026-11-23').find((step) => step.step === 'review')?.dueBy).toBe('2027-05-01');
    // The next change drops the settled mark: review history does not grow the item without bound.
    const again = recordAdjustments(reviewed, 'resident', adjustments([{ kind: 'large_print' }], { agreedOn: '2026-11-24', reviewBy: '2027-05-02' }), at('2026-11-24T10:00:00Z')).complaint;
    expect(again.overdue).toEqual([]);
  });

  it('5.10: adjustments are not reviewed on a closed complaint (restrictions are, until ended)', () => {
    let complaint = acknowledge(logged(), { handlerId: 'h1', definition }, at(NOW)).complaint;
    complaint = recordAdjustments(complaint, 'resident', adjustments([{ kind: 'large_print' }]), at(NOW)).complaint;
    complaint = recordRestriction(complaint, restriction(), at(NOW), newId).complaint;
    complaint = respond(complaint, { decision: 'upheld', reasons: 'R', remedies: [], outstandingActions: [] }, at('2026-11-04T10:00:00Z'), newId).complaint;
    complaint = close(complaint, {}, at('2026-11-05T10:00:00Z')).complaint;
    expect(openSteps(complaint, calendar, '2026-11-05').filter((s) => s.step === 'review')).toEqual([
      { step: 'review', dueBy: '2027-01-15', what: 'review the contact restriction on Ann Example (5.14, 5.15)' },
    ]);
  });
});

describe('behaviour restrictions (5.14, 5.15)', () => {
  it('5.14: records reasons, proportionality, who decided, start and review; reviews and ending are audited', () => {
    const { complaint, event } = recordRestriction(logged(), restriction(), at(NOW), () => 'x1');
    expect(event.type).toBe('restriction_recorded');
    expect(complaint.restrictions).toEqual([{ id: 'x1', ...restriction(), recordedBy: 'u1', recordedAt: '2026-11-03T10:00:00.000Z' }]);
    const reviewed = reviewRestriction(complaint, 'x1', restriction({ reviewBy: '2027-03-01' }), at('2026-11-10T10:00:00Z'));
    expect(reviewed.event.type).toBe('restriction_reviewed');
    expect(reviewed.complaint.restrictions?.[0]).toMatchObject({ reviewBy: '2027-03-01', reviewedAt: '2026-11-10T10:00:00.000Z' });
    const ended = endRestriction(reviewed.complaint, 'x1', { reason: 'Contact is back to normal' }, at('2026-11-20T10:00:00Z'));
    expect(ended.complaint.restrictions?.[0]?.ended).toEqual({ on: '2026-11-20', reason: 'Contact is back to normal', by: 'u1' });
    expect(openSteps(ended.complaint, calendar, '2026-11-20').filter((s) => s.step === 'review')).toEqual([]);
    expect(() => endRestriction(ended.complaint, 'x1', { reason: 'again' }, at('2026-11-21T10:00:00Z'))).toThrow(Conflict);
    expect(() => reviewRestriction(ended.complaint, 'nope', restriction(), at(NOW))).toThrow(NotFound);
  });

  it('5.14: the restricted resident (and only they) is told what, why, the review date and the right to go to the Ombudsman, without naming who decided', () => {
    const grouped = recordGroup(logged(), { basis: 'each', members: [{ id: 'flat2', name: 'Bea Two', email: 'bea@example.org' }] }, at(NOW)).complaint;
    const withRep = nominateRepresentative(grouped, rep('both'), at(NOW)).complaint;
    const recorded = recordRestriction(withRep, restriction(), at(NOW), () => 'x9');
    expect(recorded.detail).toEqual({ type: 'restriction', restrictionId: 'x9' });
    const letters = lettersForTransition(recorded, letterCtx);
    expect(letters.map((l) => [l.kind, l.to])).toEqual([
      ['restriction_notice', ['jones@council.example']],
      ['restriction_notice', ['ann@example.org']],
    ]);
    const text = renderLetter(letters[1]!).text;
    expect(text).toContain('limiting how you contact us by email: Emails to the complaints inbox only, answered weekly');
    expect(text).toContain('40 emails a day to named staff');
    expect(text).toContain('We will review this decision by Friday 15 January 2027.');
    expect(text).toContain('0300 111 3000');
    expect(text).not.toContain('Head of Housing');
    const member = recordRestriction(withRep, restriction({ residentId: 'flat2' }), at(NOW), newId);
    expect(lettersForTransition(member, letterCtx).map((l) => l.to)).toEqual([['bea@example.org']]);
    expect(lettersForTransition(endRestriction(recorded.complaint, 'x9', { reason: 'done' }, at(NOW)), letterCtx)).toEqual([]);
  });

  it('5.14: a member of a lead group is told of their own restriction too, though group letters go to the lead; unreachable, the copy is held', () => {
    const lead = recordGroup(logged(), { basis: 'lead', members: [{ id: 'm1', name: 'Lee Member', email: 'lee@example.org' }, { id: 'm2', name: 'Mo Phone', phone: '01234 567890' }] }, at(NOW)).complaint;
    const told = lettersForTransition(recordRestriction(lead, restriction({ residentId: 'm1' }), at(NOW), newId), letterCtx);
    expect(told.map((l) => [l.kind, l.greeting, l.delivery, l.to])).toEqual([['restriction_notice', 'Dear Lee Member,', 'email', ['lee@example.org']]]);
    const held = lettersForTransition(recordRestriction(lead, restriction({ residentId: 'm2' }), at(NOW), newId), letterCtx);
    expect(held.map((l) => [l.kind, l.recipientName, l.delivery, l.undeliverableReason])).toEqual([['restriction_notice', 'Mo Phone', 'undeliverable', 'no email address and no postal address for Mo Phone']]);
  });

  it('5.15: a restriction whose recorded reason is the need for a reasonable adjustment is refused', () => {
    expect(provisionOf(() => recordRestriction(logged(), restriction({ reasons: [{ kind: 'reasonable_adjustment_need', detail: 'Calls often because letters are hard to read' }] }), at(NOW), newId))).toBe('5.15');
  });

  it('5.15: nor may it restrict the channel an agreed adjustment relies on', () => {
    const complaint = recordAdjustments(logged(), 'resident', adjustments([{ kind: 'phone_calls' }]), at(NOW)).complaint;
    expect(provisionOf(() => recordRestriction(complaint, restriction({ channels: ['phone'] }), at(NOW), newId))).toBe('5.15');
    expect(recordRestriction(complaint, restriction({ channels: ['email'] }), at(NOW), newId).complaint.restrictions).toHaveLength(1);
  });

  it('5.15: nor, the other way round, may an adjustment be agreed that relies on a channel a restriction in force limits (review the restriction first)', () => {
    const restricted = recordRestriction(logged(), restriction({ channels: ['phone'] }), at(NOW), () => 'r-phone');
    const refusal = (() => {
      try {
        recordAdjustments(restricted.complaint, 'resident', adjustments([{ kind: 'large_print' }, { kind: 'phone_calls' }]), at(NOW));
      } catch (error) {
        return error as RuleViolation;
      }
    })();
    expect(refusal).toBeInstanceOf(RuleViolation);
    expect(refusal!.provision).toBe('5.15');
    expect(refusal!.message).toMatch(/^adjustments\.1: phone calls instead of letters relies on phone contact/i);
    expect(recordAdjustments(restricted.complaint, 'resident', adjustments([{ kind: 'large_print' }]), at(NOW)).complaint.adjustments).toHaveLength(1);
    const ended = endRestriction(restricted.complaint, 'r-phone', { reason: 'Contact is back to normal' }, at(NOW)).complaint;
    expect(recordAdjustments(ended, 'resident', adjustments([{ kind: 'phone_calls' }]), at(NOW)).complaint.adjustments?.[0]?.adjustments).toEqual([{ kind: 'phone_calls' }]);
  });

  it('5.14: reasons, channels and a regular review are required; review within six months', () => {
    expect(() => recordRestriction(logged(), restriction({ reasons: [] }), at(NOW), newId)).toThrow(/reasons/);
    expect(() => recordRestriction(logged(), restriction({ channels: [] }), at(NOW), newId)).toThrow(/channel/);
    expect(() => recordRestriction(logged(), restriction({ reviewBy: '2027-11-01' }), at(NOW), newId)).toThrow(/regularly/);
    expect(() => recordRestriction(logged(), restriction({ reviewBy: '2026-11-03' }), at(NOW), newId)).toThrow(/after the start/);
    expect(() => recordRestriction(logged(), restriction({ proportionality: ' ' }), at(NOW), newId)).toThrow(/blank/);
    expect(() => recordRestriction(logged(), restriction({ residentId: 'flat9' }), at(NOW), newId)).toThrow(NotFound);
  });

  it('5.14: a restriction never blocks the complaint process: transitions and letters carry on, with the Ombudsman details', () => {
    const restricted = recordRestriction(logged(), restriction({ channels: ['email', 'phone', 'letter', 'in_person', 'social_media'] }), at(NOW), newId).complaint;
    const acknowledged = acknowledge(restricted, { handlerId: 'h1', definition }, at(NOW));
    expect(lettersForTransition(acknowledged, letterCtx).map((l) => [l.kind, l.to])).toEqual([['acknowledgement', ['ann@example.org']]]);
    const responded = respond(acknowledged.complaint, { decision: 'not_upheld', reasons: 'R', remedies: [], outstandingActions: [] }, at('2026-11-04T10:00:00Z'), newId);
    const [letter] = lettersForTransition(responded, letterCtx);
    expect(renderLetter(letter!).text).toContain('Housing Ombudsman');
    expect(renderLetter(letter!).text).toContain('0300 111 3000');
  });
});
