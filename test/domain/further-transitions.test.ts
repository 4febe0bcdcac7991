import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { SHIPPED_BANK_HOLIDAYS } from '../../domain/calendar/bank-holidays.js';
import { addDays } from '../../domain/calendar/plain-date.js';
import { WorkingCalendar } from '../../domain/calendar/working-calendar.js';
import type { Complaint } from '../../domain/complaint/complaint.js';
import { acknowledge, logComplaint, refuse, respond, escalate, type LandlordPolicy, type TransitionContext } from '../../domain/complaint/lifecycle.js';
import { recordMatter } from '../../domain/complaint/matter.js';
import { mergeInto } from '../../domain/complaint/merge.js';
import { addIssue, issueAsNewComplaint, recordIssueLoggedSeparately, separateReason } from '../../domain/complaint/new-issues.js';
import { acceptOnOmbudsmanDirection } from '../../domain/complaint/ombudsman-direction.js';
import { addMonths, overTwelveMonthsAtReceipt } from '../../domain/complaint/twelve-month-rule.js';
import { Conflict, InvalidInput, RuleViolation } from '../../domain/errors.js';
import { desiredSchedules } from '../../domain/schedules/deadline-schedules.js';
import { recordAdjustments } from '../../domain/residents/adjustments.js';
import { recordGroup } from '../../domain/residents/group.js';
import { nominateRepresentative } from '../../domain/residents/representation.js';
import { endRestriction, recordRestriction, type RestrictionInput } from '../../domain/residents/restrictions.js';
import { assertComplete } from '../../domain/letters/letter.js';
import { mergedLetter, updatedAcknowledgementLetter } from '../../domain/letters/further-letters.js';

const policy: LandlordPolicy = { timeZone: 'Europe/London', calendar: new WorkingCalendar(SHIPPED_BANK_HOLIDAYS['england-and-wales']) };
const at = (iso: string): TransitionContext => ({ now: new Date(iso), actor: { userId: 'u-officer', roles: ['officer'] }, policy });
const definition = { understanding: 'Leak not repaired', outcomesSought: ['Repair the roof'], notResponsibleFor: [], excludedParts: [] };
const limits = { understandingBytes: 5000, outcomesSought: 20, issues: 10 };
let counter = 0;
const newId = () => `id-${++counter}`;

function logged(extra: Partial<Parameters<typeof logComplaint>[0]> = {}, id = 'c1'): Complaint {
  return logComplaint(
    { channel: 'phone', resident: { name: 'A Resident', email: 'a@example.org' }, description: 'Roof leaks', receivedAt: '2026-11-02T10:00:00Z', ...extra },
    { id, reference: `CMP-2026-${id.padStart(6, '0')}`, landlordId: 'L1' },
    at('2026-11-02T11:00:00Z'),
  ).complaint;
}
const restrictionInput: RestrictionInput = {
  residentId: 'resident',
  channels: ['email'],
  restriction: 'Emails to the complaints inbox only, answered weekly',
  reasons: [{ kind: 'excessive_contact', detail: '40 emails a day to named staff' }],
  proportionality: 'Considered a single point of contact first',
  decidedBy: 'Head of Housing',
  startsOn: '2026-11-03',
  reviewBy: '2027-01-15',
};
const acknowledged = (c = logged()) => acknowledge(c, { handlerId: 'h1', definition }, at('2026-11-04T09:00:00Z')).complaint;
const responded = (c = acknowledged()) => respond(c, { decision: 'upheld', reasons: 'We were slow', remedies: [], outstandingActions: [] }, at('2026-11-10T09:00:00Z'), newId).complaint;

function thrown<T extends Error>(kind: new (...args: never[]) => T, fn: () => unknown): T {
  try {
    fn();
  } catch (error) {
    if (error instanceof kind) return error;
    throw error;
  }
  throw new Error(`expected ${kind.name}`);
}

describe('the 12-month rule', () => {
  it.each([
    ['2025-11-02', '2026-11-02', false],
    ['2025-11-01', '2026-11-02', true],
    ['2024-02-29', '2025-02-28', false],
    ['2024-02-29', '2025-03-01', true],
    ['2026-01-31', '2026-11-02', false],
  ])('2.3: a matter that arose on %s is over 12 months old at receipt on %s: %s', (arose, received, over) => {
    expect(overTwelveMonthsAtReceipt(arose, received)).toBe(over);
  });

  it('2.3: 12 months to the day is within the limit, one more day is over it (any date)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20_000 }), (offset) => {
        const arose = addDays('1990-01-01', offset);
        const anniversary = addMonths(arose, 12);
        return !overTwelveMonthsAtReceipt(arose, anniversary) && overTwelveMonthsAtReceipt(arose, addDays(anniversary, 1));
      }),
    );
  });

  it('2.3: refusing as over 12 months is refused when the matter is within 12 months of receipt', () => {
    const c = logged({ matter: { arose: '2026-01-10', basis: 'occurred' } });
    const error = thrown(RuleViolation, () => refuse(c, { ground: 'over_12_months', explanation: 'Too old' }, at('2026-11-03T09:00:00Z')));
    expect(error.provision).toBe('2.3');
  });

  it('2.3: refusing as over 12 months needs the date the matter arose on record', () => {
    expect(thrown(RuleViolation, () => refuse(logged(), { ground: 'over_12_months', explanation: 'Too old' }, at('2026-11-03T09:00:00Z'))).provision).toBe('2.3');
  });

  it('2.3: a matter over 12 months old at receipt may be refused on that ground; other grounds need no date', () => {
    const old = logged({ matter: { arose: '2025-10-01', basis: 'became_aware' } });
    expect(refuse(old, { ground: 'over_12_months', explanation: 'Too old' }, at('2026-11-03T09:00:00Z')).complaint.status).toBe('refused');
    expect(refuse(logged(), { ground: 'legal_proceedings', explanation: 'At court' }, at('2026-11-03T09:00:00Z')).complaint.status).toBe('refused');
  });

  it('2.3: accepting (acknowledging) an old matter needs the discretion recorded, with who and when', () => {
    const old = logged({ matter: { arose: '2025-10-01', basis: 'occurred' } });
    expect(thrown(RuleViolation, () => acknowledge(old, { handlerId: 'h1', definition }, at('2026-11-04T09:00:00Z'))).provision).toBe('2.3');
    const withDiscretion = recordMatter(old, { arose: '2025-10-01', basis: 'occurred', discretion: 'The resident was in hospital' }, at('2026-11-03T09:00:00Z'));
    expect(withDiscretion.event.type).toBe('matter_recorded');
    expect(withDiscretion.complaint.matter).toEqual({
      arose: '2025-10-01',
      basis: 'occurred',
      discretion: { reason: 'The resident was in hospital', decidedBy: 'u-officer', decidedOn: '2026-11-03' },
    });
    expect(acknowledge(withDiscretion.complaint, { handlerId: 'h1', definition }, at('2026-11-04T09:00:00Z')).complaint.status).toBe('stage1_acknowledged');
  });

  it('2.3: discretion is refused where none is needed, and a matter cannot arise after receipt', () => {
    expect(thrown(RuleViolation, () => recordMatter(logged(), { arose: '2026-06-01', basis: 'occurred', discretion: 'x' }, at('2026-11-03T09:00:00Z'))).provision).toBe('2.3');
    expect(thrown(InvalidInput, () => recordMatter(logged(), { arose: '2026-11-05', basis: 'occurred' }, at('2026-11-03T09:00:00Z'))).field).toBe('matter.arose');
  });

  it('2.3: an old matter recorded after acknowledgement must say what discretion accepted it', () => {
    expect(thrown(RuleViolation, () => recordMatter(acknowledged(), { arose: '2024-01-01', basis: 'occurred' }, at('2026-11-05T09:00:00Z'))).provision).toBe('2.3');
  });
});

describe('new issues during a stage 1 investigation', () => {
  const issue = { description: 'The bathroom fan is broken too', outcomesSought: ['Repair the fan'] };

  it('6.8: a related issue joins an acknowledged complaint: the definition is amended, deadlines unchanged', () => {
    const before = acknowledged();
    const { complaint, event } = addIssue(before, issue, at('2026-11-06T09:00:00Z'), newId, limits);
    expect(event.type).toBe('issue_added');
    expect(complaint.deadlines).toEqual(before.deadlines);
    expect(complaint.stages.stage1.definition?.understanding).toContain('The bathroom fan is broken too');
    expect(complaint.stages.stage1.definition?.outcomesSought).toEqual(['Repair the roof', 'Repair the fan']);
    expect(complaint.issuesAdded).toEqual([expect.objectContaining({ description: issue.description, raisedOn: '2026-11-06', addedBy: 'u-officer' })]);
    expect(event.before).toHaveProperty('stages');
  });

  it('6.8: the updated acknowledgement carries everything an acknowledgement must (5.6, 5.7, 6.3) and the same response date', () => {
    const { complaint } = addIssue(acknowledged(), issue, at('2026-11-06T09:00:00Z'), newId, limits);
    const letter = updatedAcknowledgementLetter(complaint, { landlordName: 'Riverside' }, complaint.issuesAdded![0]!)!;
    expect(() => assertComplete(letter)).not.toThrow();
    expect(letter.kind).toBe('acknowledgement');
    const text = letter.sections.flatMap((section) => [...section.paragraphs, ...(section.items ?? [])]).join('\n');
    expect(text).toContain('Repair the fan');
    expect(text).toContain('Wednesday 18 November 2026');
  });

  it('6.8: after the stage 1 response, or when it would delay the response, the issue is a new complaint', () => {
    expect(separateReason(acknowledged(), {})).toBeUndefined();
    expect(separateReason(logged(), {})).toBeUndefined();
    expect(separateReason(acknowledged(), { wouldDelayResponse: true })).toBe('would_delay_response');
    expect(separateReason(responded(), {})).toBe('response_sent');
    expect(separateReason(escalate(responded(), {}, at('2026-11-11T09:00:00Z')).complaint, {})).toBe('response_sent');
    expect(() => addIssue(responded(), issue, at('2026-11-11T09:00:00Z'), newId, limits)).toThrow(Conflict);
  });

  it('6.8: the new complaint comes from the same resident and channel and both complaints point at each other', () => {
    const first = responded();
    const input = issueAsNewComplaint(first, issue, 'response_sent', at('2026-11-11T09:00:00Z'));
    expect(input).toMatchObject({ channel: 'phone', resident: first.resident, description: issue.description, receivedAt: '2026-11-11T09:00:00.000Z' });
    expect(input.links).toEqual([{ relation: 'new_issue_of', complaintId: 'c1', reference: first.reference, on: '2026-11-11', by: 'u-officer', reason: 'response_sent' }]);
    const marked = recordIssueLoggedSeparately(first, { id: 'c2', reference: 'CMP-2026-000002' }, 'response_sent', at('2026-11-11T09:00:00Z'));
    expect(marked.event.type).toBe('issue_logged_separately');
    expect(marked.complaint.links).toEqual([expect.objectContaining({ relation: 'new_issue_logged_as', complaintId: 'c2' })]);
    expect(marked.complaint.status).toBe('stage1_responded');
  });

  it('6.8: an amendment that would overflow the definition is refused, not truncated', () => {
    expect(() => addIssue(acknowledged(), { description: 'x'.repeat(5000), outcomesSought: [] }, at('2026-11-06T09:00:00Z'), newId, limits)).toThrow(InvalidInput);
  });
});

describe('merging a duplicate', () => {
  it('merged: both complaints record it, the duplicate ends with no schedules and the letter names the reference to use', () => {
    const duplicate = acknowledged(logged({}, 'c2'));
    const target = acknowledged(logged({}, 'c1'));
    const result = mergeInto(duplicate, target, { reason: 'Same leak' }, at('2026-11-05T09:00:00Z'));
    expect(result.duplicate.complaint.status).toBe('merged');
    expect(result.duplicate.event.type).toBe('merged');
    expect(result.target.event.type).toBe('merge_received');
    expect(result.duplicate.complaint.links).toEqual([{ relation: 'merged_into', complaintId: 'c1', reference: target.reference, on: '2026-11-05', by: 'u-officer', reason: 'Same leak' }]);
    expect(result.target.complaint.links).toEqual([expect.objectContaining({ relation: 'merged_from', complaintId: 'c2' })]);
    expect(desiredSchedules(result.duplicate.complaint, policy, 2, new Date('2026-11-05T09:00:00Z'))).toEqual([]);
    const letter = mergedLetter(result.duplicate.complaint, target, { landlordName: 'Riverside' });
    expect(() => assertComplete(letter)).not.toThrow();
    expect(letter.sections.find((section) => section.element === 'use-reference')?.paragraphs.join(' ')).toContain(target.reference);
  });

  it('merged: not into itself, not twice, not into a finished complaint, never with promised actions open (6.6)', () => {
    const one = logged({}, 'c1');
    expect(() => mergeInto(one, one, {}, at('2026-11-05T09:00:00Z'))).toThrow(InvalidInput);
    const merged = mergeInto(logged({}, 'c2'), one, {}, at('2026-11-05T09:00:00Z')).duplicate.complaint;
    expect(() => mergeInto(merged, one, {}, at('2026-11-05T09:00:00Z'))).toThrow(Conflict);
    const refused = refuse(logged({}, 'c3'), { ground: 'other', explanation: 'x' }, at('2026-11-03T09:00:00Z')).complaint;
    expect(() => mergeInto(logged({}, 'c4'), refused, {}, at('2026-11-05T09:00:00Z'))).toThrow(InvalidInput);
    const withAction = respond(acknowledged(logged({}, 'c5')), { decision: 'upheld', reasons: 'r', remedies: [], outstandingActions: [{ description: 'Fix', dueBy: '2026-12-01' }] }, at('2026-11-10T09:00:00Z'), newId).complaint;
    expect(thrown(RuleViolation, () => mergeInto(withAction, one, {}, at('2026-11-11T09:00:00Z'))).provision).toBe('6.6');
  });

  it('merged: only one resident’s duplicates merge; another person’s complaint is refused unless the caller confirms it is the same person, which is recorded', () => {
    const target = logged({ resident: { name: 'Mia Jones', email: 'mia@example.org' } }, 'c1');
    const other = logged({ resident: { name: 'Ned Smith', email: 'ned@example.org' } }, 'c2');
    expect(thrown(InvalidInput, () => mergeInto(other, target, {}, at('2026-11-05T09:00:00Z'))).message).toContain('sameResident');
    const confirmed = mergeInto(other, target, { sameResident: true }, at('2026-11-05T09:00:00Z'));
    expect(confirmed.duplicate.complaint.links?.[0]).toMatchObject({ relation: 'merged_into', sameResidentConfirmed: true });
    // The same person by name in another case and spacing, or by a shared email, tenancy or phone, needs no confirmation.
    const sameName = logged({ resident: { name: ' mia  JONES ', email: 'mia.j@work.example' } }, 'c3');
    expect(mergeInto(sameName, target, {}, at('2026-11-05T09:00:00Z')).duplicate.complaint.links?.[0]?.sameResidentConfirmed).toBeUndefined();
    const sameEmail = logged({ resident: { name: 'M. Jones', email: 'MIA@example.org' } }, 'c4');
    expect(mergeInto(sameEmail, target, {}, at('2026-11-05T09:00:00Z')).duplicate.complaint.status).toBe('merged');
    const samePhone = logged({ resident: { name: 'Mrs Jones', phone: '01234 567890' } }, 'c5');
    const phoned = logged({ resident: { name: 'Mia Jones-Smith', phone: '01234567890' } }, 'c6');
    expect(mergeInto(samePhone, phoned, {}, at('2026-11-05T09:00:00Z')).duplicate.complaint.status).toBe('merged');
  });

  it('5.10: the adjustments agreed with the resident on the duplicate go on to the complaint that carries on, with their review; its own, if any, stand', () => {
    const agreed = { adjustments: [{ kind: 'large_print' as const }], disabilityDisclosed: true, agreedOn: '2026-11-03', reviewBy: '2027-01-05' };
    const duplicate = recordAdjustments(acknowledged(logged({}, 'c2')), 'resident', agreed, at('2026-11-04T09:00:00Z')).complaint;
    const target = acknowledged(logged({}, 'c1'));
    const { target: kept } = mergeInto(duplicate, target, {}, at('2026-11-05T09:00:00Z'));
    expect(kept.complaint.adjustments).toEqual(duplicate.adjustments);
    expect(kept.event.after.adjustments).toEqual(duplicate.adjustments);
    expect(desiredSchedules(kept.complaint, policy, 2, new Date('2026-11-05T09:00:00Z')).filter((schedule) => schedule.step === 'review').map((schedule) => schedule.dueBy)).toEqual(['2027-01-05', '2027-01-05']);
    const own = recordAdjustments(target, 'resident', { ...agreed, adjustments: [{ kind: 'phone_calls' as const }] }, at('2026-11-04T09:00:00Z')).complaint;
    expect(mergeInto(duplicate, own, {}, at('2026-11-05T09:00:00Z')).target.complaint.adjustments).toEqual(own.adjustments);
  });

  it('merged: a complaint others were merged into is not merged itself (their residents were told to quote it); the other way round it can be', () => {
    const kept = acknowledged(logged({}, 'c8'));
    const first = mergeInto(acknowledged(logged({}, 'c9')), kept, {}, at('2026-11-05T09:00:00Z')).target.complaint;
    const other = acknowledged(logged({}, 'c6'));
    const refusal = thrown(Conflict, () => mergeInto(first, other, {}, at('2026-11-06T09:00:00Z')));
    expect(refusal.message).toContain(`merge ${other.reference} into it instead`);
    expect(mergeInto(other, first, {}, at('2026-11-06T09:00:00Z')).target.complaint.links?.filter((link) => link.relation === 'merged_from')).toHaveLength(2);
  });

  it('5.14: a duplicate with a contact restriction in force is not merged (its review would be lost); once ended it can be', () => {
    const target = logged({}, 'c1');
    const restricted = recordRestriction(logged({}, 'c2'), restrictionInput, at('2026-11-03T09:00:00Z'), newId).complaint;
    const refusal = thrown(Conflict, () => mergeInto(restricted, target, {}, at('2026-11-05T09:00:00Z')));
    expect(refusal.message).toContain(target.reference);
    const ended = endRestriction(restricted, restricted.restrictions![0]!.id, { reason: 'Contact is back to normal' }, at('2026-11-04T09:00:00Z')).complaint;
    expect(mergeInto(ended, target, {}, at('2026-11-05T09:00:00Z')).duplicate.complaint.status).toBe('merged');
  });

  it('3.6, 5.10, 5.14: a merged complaint takes no new record of its people (409 naming the complaint to use); the one it went into does', () => {
    const target = acknowledged(logged({}, 'c1'));
    const merged = mergeInto(acknowledged(logged({}, 'c2')), target, {}, at('2026-11-05T09:00:00Z')).duplicate.complaint;
    const later = at('2026-11-06T09:00:00Z');
    const representative = { name: 'Cllr Jones', relationship: 'councillor', email: 'jones@council.example', consent: { method: 'written' as const, givenOn: '2026-11-05', lettersTo: 'both' as const } };
    const attempts: [string, () => unknown][] = [
      ['representative', () => nominateRepresentative(merged, representative, later)],
      ['group', () => recordGroup(merged, { basis: 'lead', members: [{ id: 'm1', name: 'Bo' }] }, later)],
      ['adjustments', () => recordAdjustments(merged, 'resident', { adjustments: [{ kind: 'large_print' }], disabilityDisclosed: false, agreedOn: '2026-11-05', reviewBy: '2027-01-05' }, later)],
      ['restriction', () => recordRestriction(merged, restrictionInput, later, newId)],
    ];
    for (const [what, attempt] of attempts) expect(thrown(Conflict, attempt).message, what).toContain(`merged into ${target.reference}`);
    expect(nominateRepresentative(target, representative, later).complaint.representative?.name).toBe('Cllr Jones');
  });
});

describe('reopening on the Ombudsman’s direction', () => {
  const direction = { directedOn: '2026-12-01', ombudsmanReference: 'HOS-123', direction: 'Take on the complaint' };

  it('2.4: a refused complaint returns to stage 1 with fresh deadlines counted from the direction', () => {
    const refused = refuse(logged(), { ground: 'other', explanation: 'Not a complaint' }, at('2026-11-03T09:00:00Z')).complaint;
    const { complaint, event } = acceptOnOmbudsmanDirection(refused, direction, at('2026-12-02T09:00:00Z'));
    expect(event.type).toBe('reopened');
    expect(complaint.status).toBe('stage1_received');
    expect(complaint.refusal).toBeUndefined();
    expect(complaint.deadlines.stage1).toEqual({ acknowledgeBy: '2026-12-08' });
    expect(complaint.reopening).toMatchObject({ directedOn: '2026-12-01', ombudsmanReference: 'HOS-123', recordedBy: 'u-officer', previouslyReceivedOn: '2026-11-02', refusal: { stage: 1, ground: 'other' } });
    expect(desiredSchedules(complaint, policy, 2, new Date('2026-12-02T09:00:00Z')).map((schedule) => schedule.key)).toEqual(['stage1-acknowledge:reminder', 'stage1-acknowledge:check']);
    expect(event.before).toMatchObject({ status: 'refused' });
  });

  it('2.4: a refusal to escalate (5.11) returns to stage 2 with its clock from the direction (6.11)', () => {
    const stage2 = escalate(responded(), {}, at('2026-11-11T09:00:00Z')).complaint;
    const refused = refuse(stage2, { ground: 'previously_considered', explanation: 'Already answered' }, at('2026-11-12T09:00:00Z')).complaint;
    const { complaint } = acceptOnOmbudsmanDirection(refused, direction, at('2026-12-02T09:00:00Z'));
    expect(complaint).toMatchObject({ status: 'stage2_received', stage: 2 });
    expect(complaint.deadlines.stage2).toEqual({ acknowledgeBy: '2026-12-08' });
    expect(complaint.stages.stage1.respondedOn).toBe('2026-11-10');
  });

  it('2.4: only a refused complaint, and not with a direction dated before the refusal or in the future', () => {
    expect(thrown(RuleViolation, () => acceptOnOmbudsmanDirection(logged(), direction, at('2026-12-02T09:00:00Z'))).provision).toBe('2.4');
    const refused = refuse(logged(), { ground: 'other', explanation: 'x' }, at('2026-11-03T09:00:00Z')).complaint;
    expect(() => acceptOnOmbudsmanDirection(refused, { ...direction, directedOn: '2026-11-01' }, at('2026-12-02T09:00:00Z'))).toThrow(InvalidInput);
    expect(() => acceptOnOmbudsmanDirection(refused, { ...direction, directedOn: '2026-12-05' }, at('2026-12-02T09:00:00Z'))).toThrow(InvalidInput);
  });
});
