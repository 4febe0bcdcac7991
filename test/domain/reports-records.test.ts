import { describe, expect, it } from 'vitest';
import type { Complaint } from '../../domain/complaint/complaint.js';
import { completeImprovement, recordLearning } from '../../domain/complaint/learning.js';
import { completeOrder, recordDetermination, recordOmbudsmanReferral } from '../../domain/complaint/ombudsman-case.js';
import { recordTenure } from '../../domain/complaint/tenure.js';
import { Conflict, InvalidInput, NotFound } from '../../domain/errors.js';
import { ombudsmanLandlordRecord } from '../../domain/landlord/ombudsman-records.js';
import { DEFAULT_CATEGORIES } from '../../domain/landlord/report-settings.js';
import { DEFAULT_SETTINGS } from '../../domain/landlord/settings.js';
import { markOverdue } from '../../domain/schedules/deadline-events.js';
import { desiredSchedules } from '../../domain/schedules/deadline-schedules.js';
import { openSteps } from '../../domain/schedules/open-steps.js';
import { Story, calendar, newId, on, policy } from '../support/complaint-story.js';

const options = { categories: DEFAULT_CATEGORIES, newId };
const closed = (): Complaint => Story.received('2025-06-02').acknowledge('2025-06-03').respond('2025-06-10').close('2025-06-11').complaint;

function thrown<T extends Error>(type: new (...args: never[]) => T, fn: () => unknown): T {
  try {
    fn();
  } catch (error) {
    if (error instanceof type) return error;
    throw error;
  }
  throw new Error(`expected ${type.name}`);
}

describe('tenure (TSM)', () => {
  it('TSM: recording the tenure is an audited change', () => {
    const { complaint, event } = recordTenure(Story.received('2025-06-02').complaint, 'low_cost_home_ownership', on('2025-06-03'));
    expect(complaint.tenure).toBe('low_cost_home_ownership');
    expect(event).toMatchObject({ type: 'tenure_recorded', before: {}, after: { tenure: 'low_cost_home_ownership' } });
  });

  it('TSM: an unknown tenure is refused', () => {
    expect(thrown(InvalidInput, () => recordTenure(Story.received('2025-06-02').complaint, 'freehold' as never, on('2025-06-03'))).field).toBe('tenure');
  });
});

describe('learning (9.1-9.3)', () => {
  it('9.1: category, root cause, lessons and improvements are recorded after closing, audited', () => {
    const { complaint, event } = recordLearning(
      closed(),
      { category: 'Damp and mould', rootCause: 'No follow-up inspection', lessons: 'Inspect after every damp repair', improvements: [{ description: 'Add a 6-week follow-up visit', owner: 'Repairs manager', dueBy: '2025-09-30' }] },
      on('2025-06-20'),
      options,
    );
    expect(complaint.category).toBe('Damp and mould');
    expect(complaint.learning).toEqual({
      rootCause: 'No follow-up inspection',
      lessons: 'Inspect after every damp repair',
      improvements: [{ id: expect.any(String), description: 'Add a 6-week follow-up visit', owner: 'Repairs manager', recordedOn: '2025-06-20', dueBy: '2025-09-30' }],
    });
    expect(event.type).toBe('learning_recorded');
    expect(event.after).toMatchObject({ category: 'Damp and mould', learning: complaint.learning });
  });

  it("9.7a: the category must come from the landlord's list", () => {
    expect(thrown(InvalidInput, () => recordLearning(closed(), { category: 'Parking' }, on('2025-06-20'), options)).field).toBe('category');
    expect(DEFAULT_SETTINGS.categories).toEqual([...DEFAULT_CATEGORIES]);
    expect(DEFAULT_CATEGORIES).toEqual(expect.arrayContaining(['Repairs', 'Damp and mould', 'Anti-social behaviour case handling', 'Staff conduct', 'Communication', 'Rent and service charges', 'Estate services']));
  });

  it('9.1: nothing to record, a blank root cause, or an improvement without an owner or a real date is refused', () => {
    expect(thrown(InvalidInput, () => recordLearning(closed(), {}, on('2025-06-20'), options)).field).toBe('learning');
    expect(thrown(InvalidInput, () => recordLearning(closed(), { rootCause: '  ' }, on('2025-06-20'), options)).field).toBe('rootCause');
    expect(thrown(InvalidInput, () => recordLearning(closed(), { improvements: [{ description: 'x', owner: ' ', dueBy: '2025-09-30' }] }, on('2025-06-20'), options)).field).toBe('improvements.0.owner');
    expect(thrown(InvalidInput, () => recordLearning(closed(), { improvements: [{ description: 'x', owner: 'o', dueBy: '2025-02-30' }] }, on('2025-06-20'), options)).field).toBe('improvements.0.dueBy');
  });

  it('9.1: an open improvement can be amended by id and keeps the other fields; a completed one cannot', () => {
    const story = Story.received('2025-06-02').learn('2025-06-05', { rootCause: 'Cause', improvements: [{ description: 'A', owner: 'O', dueBy: '2025-07-01' }] });
    const id = story.complaint.learning!.improvements[0]!.id;
    const amended = recordLearning(story.complaint, { improvements: [{ id, description: 'A2', owner: 'O2', dueBy: '2025-08-01' }] }, on('2025-06-06'), options).complaint;
    expect(amended.learning).toEqual({ rootCause: 'Cause', improvements: [{ id, description: 'A2', owner: 'O2', dueBy: '2025-08-01', recordedOn: '2025-06-05' }] });
    expect(() => recordLearning(story.complaint, { improvements: [{ id: 'nope', description: 'A', owner: 'O', dueBy: '2025-07-01' }] }, on('2025-06-06'), options)).toThrow(NotFound);
    const done = story.completeImprovement('2025-06-20').complaint;
    expect(() => recordLearning(done, { improvements: [{ id, description: 'A', owner: 'O', dueBy: '2025-07-01' }] }, on('2025-06-21'), options)).toThrow(Conflict);
  });

  it('9.1: completing an improvement records when and the evidence, once', () => {
    const story = Story.received('2025-06-02').learn('2025-06-05', { improvements: [{ description: 'A', owner: 'O', dueBy: '2025-07-01' }] });
    const id = story.complaint.learning!.improvements[0]!.id;
    const { complaint, event } = completeImprovement(story.complaint, id, { evidence: 'Procedure v2 issued' }, on('2025-06-20'));
    expect(complaint.learning!.improvements[0]).toMatchObject({ completedAt: '2025-06-20T12:00:00.000Z', evidence: 'Procedure v2 issued' });
    expect(event.type).toBe('improvement_completed');
    expect(() => completeImprovement(complaint, id, {}, on('2025-06-21'))).toThrow(Conflict);
    expect(() => completeImprovement(complaint, 'nope', {}, on('2025-06-21'))).toThrow(NotFound);
  });

  it('9.1: an open improvement is an open step with a reminder and a check, after closing too; completing it ends them', () => {
    const story = new Story(closed()).learn('2025-06-12', { improvements: [{ description: 'Follow-up visits', owner: 'Repairs manager', dueBy: '2025-07-01' }] });
    const id = story.complaint.learning!.improvements[0]!.id;
    expect(openSteps(story.complaint, calendar, '2025-06-12')).toEqual([{ step: `improvement-${id}`, dueBy: '2025-07-01', what: 'complete the service improvement: Follow-up visits (9.1)' }]);
    expect(desiredSchedules(story.complaint, policy, 2, new Date('2025-06-12T12:00:00Z')).map((s) => s.key)).toEqual([`improvement-${id}:reminder`, `improvement-${id}:check`]);
    expect(openSteps(story.completeImprovement('2025-06-20').complaint, calendar, '2025-06-20')).toEqual([]);
  });

  it('9.1: a missed improvement is marked overdue, and completing it late resolves that', () => {
    const story = new Story(closed()).learn('2025-06-12', { improvements: [{ description: 'Follow-up visits', owner: 'Repairs manager', dueBy: '2025-07-01' }] });
    const step = `improvement-${story.complaint.learning!.improvements[0]!.id}`;
    story.complaint = markOverdue(story.complaint, { step, dueBy: '2025-07-01' }, on('2025-07-02'))!.complaint;
    expect(story.complaint.overdue).toEqual([{ step, dueBy: '2025-07-01', markedAt: '2025-07-02T12:00:00.000Z' }]);
    expect(story.completeImprovement('2025-07-04').complaint.overdue![0]!.resolvedAt).toBe('2025-07-04T12:00:00.000Z');
  });
});

describe('Ombudsman cases (8.1c, 9.7c)', () => {
  const referred = () => new Story(closed()).referToOmbudsman('2025-07-01', 'HOS-2025-0042');
  const determination = {
    findings: [
      { element: 'Repairs to the roof', finding: 'severe_maladministration' as const },
      { element: 'Complaint handling', finding: 'service_failure' as const },
    ],
    orders: [{ description: 'Pay £600 compensation', dueBy: '2025-12-01' }],
  };

  it('8.1c: a referral records the date and the Ombudsman reference, audited, once', () => {
    const { complaint, event } = recordOmbudsmanReferral(closed(), { referredOn: '2025-07-01', reference: 'HOS-2025-0042' }, on('2025-07-02'));
    expect(complaint.ombudsman).toEqual({ referredOn: '2025-07-01', reference: 'HOS-2025-0042' });
    expect(event.type).toBe('ombudsman_referred');
    expect(() => recordOmbudsmanReferral(complaint, { referredOn: '2025-07-01', reference: 'X' }, on('2025-07-02'))).toThrow(Conflict);
  });

  it('3.7: a complaint refused at stage 1 can still be referred; a referral cannot be dated in the future or before receipt', () => {
    const refused = Story.received('2025-06-02').refuse('2025-06-03').complaint;
    expect(recordOmbudsmanReferral(refused, { referredOn: '2025-06-10', reference: 'HOS-1' }, on('2025-06-10')).complaint.ombudsman?.referredOn).toBe('2025-06-10');
    expect(thrown(InvalidInput, () => recordOmbudsmanReferral(refused, { referredOn: '2025-06-11', reference: 'HOS-1' }, on('2025-06-10'))).field).toBe('referredOn');
    expect(thrown(InvalidInput, () => recordOmbudsmanReferral(refused, { referredOn: '2025-06-01', reference: 'HOS-1' }, on('2025-06-10'))).field).toBe('referredOn');
    expect(thrown(InvalidInput, () => recordOmbudsmanReferral(refused, { referredOn: '2025-06-10', reference: ' ' }, on('2025-06-10'))).field).toBe('reference');
  });

  it('9.7c: a determination records a finding per element and its orders, each scheduled like an action', () => {
    const { complaint, event } = recordDetermination(referred().complaint, { determinedOn: '2025-11-03', ...determination }, on('2025-11-04'), newId);
    const orderId = complaint.ombudsman!.determination!.orders[0]!.id;
    expect(complaint.ombudsman!.determination).toEqual({ determinedOn: '2025-11-03', findings: determination.findings, orders: [{ id: orderId, description: 'Pay £600 compensation', dueBy: '2025-12-01' }] });
    expect(event.type).toBe('ombudsman_determined');
    expect(openSteps(complaint, calendar, '2025-11-04')).toEqual([{ step: `order-${orderId}`, dueBy: '2025-12-01', what: "comply with the Ombudsman's order: Pay £600 compensation (9.7c)" }]);
  });

  it('9.7c: a determination needs a referral first, one finding at least, known findings, distinct elements, and comes once', () => {
    expect(() => recordDetermination(closed(), { determinedOn: '2025-11-03', ...determination }, on('2025-11-04'), newId)).toThrow(Conflict);
    expect(thrown(InvalidInput, () => recordDetermination(referred().complaint, { determinedOn: '2025-11-03', findings: [], orders: [] }, on('2025-11-04'), newId)).field).toBe('findings');
    expect(thrown(InvalidInput, () => recordDetermination(referred().complaint, { determinedOn: '2025-11-03', findings: [{ element: 'x', finding: 'guilty' as never }], orders: [] }, on('2025-11-04'), newId)).field).toBe('findings.0.finding');
    expect(
      thrown(InvalidInput, () =>
        recordDetermination(referred().complaint, { determinedOn: '2025-11-03', findings: [{ element: 'Repairs', finding: 'maladministration' }, { element: ' repairs', finding: 'service_failure' }], orders: [] }, on('2025-11-04'), newId),
      ).field,
    ).toBe('findings.1.element');
    expect(thrown(InvalidInput, () => recordDetermination(referred().complaint, { determinedOn: '2025-06-30', ...determination }, on('2025-11-04'), newId)).field).toBe('determinedOn');
    const once = referred().determination('2025-11-03', determination).complaint;
    expect(() => recordDetermination(once, { determinedOn: '2025-11-03', ...determination }, on('2025-11-04'), newId)).toThrow(Conflict);
  });

  it('9.7c: an order is completed only with evidence, once; then it is no longer an open step', () => {
    const complaint = referred().determination('2025-11-03', determination).complaint;
    const id = complaint.ombudsman!.determination!.orders[0]!.id;
    expect(thrown(InvalidInput, () => completeOrder(complaint, id, { evidence: ' ' }, on('2025-11-20'))).field).toBe('evidence');
    const { complaint: done, event } = completeOrder(complaint, id, { evidence: 'Paid on 20 November' }, on('2025-11-20'));
    expect(done.ombudsman!.determination!.orders[0]).toMatchObject({ completedAt: '2025-11-20T12:00:00.000Z', evidence: 'Paid on 20 November' });
    expect(event.type).toBe('ombudsman_order_completed');
    expect(openSteps(done, calendar, '2025-11-20')).toEqual([]);
    expect(() => completeOrder(done, id, { evidence: 'again' }, on('2025-11-21'))).toThrow(Conflict);
    expect(() => completeOrder(done, 'nope', { evidence: 'x' }, on('2025-11-21'))).toThrow(NotFound);
  });

  it('8.1c, 8.1e: a landlord-level Ombudsman record is checked: known kind, past date, words present', () => {
    const input = { kind: 'complaint_handling_failure_order' as const, date: '2025-08-01', title: 'Order', summary: 'Failed to respond at stage 2' };
    expect(ombudsmanLandlordRecord(input, 'r1', '2025-08-02')).toEqual({ id: 'r1', ...input });
    expect(thrown(InvalidInput, () => ombudsmanLandlordRecord({ ...input, kind: 'fine' as never }, 'r1', '2025-08-02')).field).toBe('kind');
    expect(thrown(InvalidInput, () => ombudsmanLandlordRecord({ ...input, date: '2025-08-03' }, 'r1', '2025-08-02')).field).toBe('date');
    expect(thrown(InvalidInput, () => ombudsmanLandlordRecord({ ...input, summary: '' }, 'r1', '2025-08-02')).field).toBe('summary');
  });
});

describe('settings for reports', () => {
  it('TSM: CH02 defaults to the with-extensions rule; homes per tenure start empty', () => {
    expect(DEFAULT_SETTINGS).toMatchObject({ ch02Rule: 'with_extensions', homesByTenure: [] });
  });
});
