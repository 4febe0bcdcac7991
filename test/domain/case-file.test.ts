import { describe, expect, it } from 'vitest';
import { buildCaseFile, deadlineLines } from '../../domain/case-file/case-file.js';
import { Conflict } from '../../domain/errors.js';
import { letterPosted, letterPrintOverdue, printCheckAt, printCheckSchedule, type PostedLetter } from '../../domain/letters/posted-letter.js';
import { calendar, on, policy, Story } from '../support/complaint-story.js';

const queued = (createdAt: string, extra: Partial<PostedLetter> = {}): PostedLetter =>
  ({
    id: 'let-1',
    landlordId: 'L1',
    complaintId: 'c-print',
    reference: 'CMP-c-print',
    kind: 'acknowledgement',
    stage: 1,
    status: 'to_print',
    recipientName: 'Dee Post',
    createdAt,
    letter: {} as PostedLetter['letter'],
    ...extra,
  }) as PostedLetter;

describe('each deadline on the complaint file, met or missed', () => {
  it('6.2, 6.3, 6.4: done on time is met; the extended date counts; working days taken from the day after', () => {
    const complaint = Story.received('2026-11-02').acknowledge('2026-11-09').extend('2026-11-20', 5).respond('2026-11-27').complaint;
    expect(deadlineLines(complaint, calendar, '2026-12-01')).toEqual([
      { stage: 1, step: 'acknowledge', provision: '6.2', startedOn: '2026-11-02', allowedWorkingDays: 5, dueBy: '2026-11-09', doneOn: '2026-11-09', workingDaysTaken: 5, outcome: 'met' },
      { stage: 1, step: 'respond', provision: '6.3', startedOn: '2026-11-09', allowedWorkingDays: 15, dueBy: '2026-11-30', doneOn: '2026-11-27', workingDaysTaken: 14, outcome: 'met' },
    ]);
  });

  it('6.11, 6.14: a late acknowledgement is missed; a step still undone after its date is missed and open; one not yet due is open', () => {
    const story = Story.received('2026-11-02').acknowledge('2026-11-03').respond('2026-11-10').escalate('2026-11-11').acknowledge('2026-11-19');
    const lines = deadlineLines(story.complaint, calendar, '2026-12-01');
    expect(lines.filter((line) => line.stage === 2).map(({ step, provision, dueBy, workingDaysTaken, outcome }) => ({ step, provision, dueBy, workingDaysTaken, outcome }))).toEqual([
      { step: 'acknowledge', provision: '6.11', dueBy: '2026-11-18', workingDaysTaken: 6, outcome: 'missed' },
      { step: 'respond', provision: '6.14', dueBy: '2026-12-17', workingDaysTaken: undefined, outcome: 'open' },
    ]);
    expect(deadlineLines(story.complaint, calendar, '2026-12-18').at(-1)!.outcome).toBe('overdue');
  });

  it('2.4, 5.11: a stage ended by refusal or withdrawal leaves its open step not reached, never missed', () => {
    const refused = Story.received('2026-11-02').refuse('2026-11-04').complaint;
    expect(deadlineLines(refused, calendar, '2027-01-10').map((line) => [line.step, line.outcome])).toEqual([['acknowledge', 'not reached']]);
    const withdrawn = Story.received('2026-11-02').acknowledge('2026-11-03').withdraw('2026-11-05').complaint;
    expect(deadlineLines(withdrawn, calendar, '2027-01-10').map((line) => [line.step, line.outcome])).toEqual([
      ['acknowledge', 'met'],
      ['respond', 'not reached'],
    ]);
    // Withdrawn after the response fell due, with none sent: that response was missed.
    const late = Story.received('2026-11-02').acknowledge('2026-11-03').withdraw('2026-11-25').complaint;
    expect(deadlineLines(late, calendar, '2027-01-10').at(-1)!.outcome).toBe('missed');
  });

  it('5.12: the file lists the timeline in order and the correspondence by date, and says so when there is none', () => {
    const story = Story.received('2026-11-02').acknowledge('2026-11-03');
    const file = buildCaseFile(
      { complaint: story.complaint, events: [], correspondence: [], postedLetters: [], emails: [] },
      { calendar, timeZone: 'Europe/London', now: new Date('2026-11-04T12:00:00Z'), landlordName: 'Riverside Homes' },
    );
    expect(file.title).toBe(`Complaint file ${story.complaint.reference}`);
    expect(file.sections.map((section) => section.heading)).toEqual([
      'Summary',
      'Stages',
      'Deadlines (working days)',
      'Extensions',
      'Refusal',
      'Remedies and actions',
      'Audit timeline (times in UTC)',
      'Correspondence in and out (times in UTC)',
      'Letters as sent: by post',
    ]);
    expect(file.sections.find((section) => section.heading.startsWith('Correspondence'))!.paragraphs).toEqual(['None recorded.']);
  });
});

describe('a letter waiting to print', () => {
  it('6.2: is checked at the end of the next working day, in the landlord zone (Christmas, and BST)', () => {
    // Queued on Christmas Eve: 25 and 28 December are bank holidays, so it may wait until 29 December.
    expect(printCheckAt(queued('2026-12-24T10:00:00Z'), calendar, 'Europe/London')).toEqual({ dueBy: '2026-12-29', fireAt: new Date('2026-12-30T00:00:00Z') });
    // Queued on a Friday in summer: due Monday, checked at midnight London time (23:00 UTC).
    expect(printCheckAt(queued('2026-06-05T15:00:00Z'), calendar, 'Europe/London')).toEqual({ dueBy: '2026-06-08', fireAt: new Date('2026-06-08T23:00:00Z') });
    expect(printCheckSchedule(queued('2026-06-05T15:00:00Z'), calendar, 'Europe/London')).toEqual({
      key: 'letter-print:let-1:check',
      kind: 'check',
      step: 'letter-print:let-1',
      dueBy: '2026-06-08',
      fireAt: '2026-06-08T23:00:00.000Z',
    });
  });

  it('6.2, 6.9: alerts once when overdue, audited on the complaint, and its check leaves the complaint', () => {
    const complaint = { ...Story.received('2026-11-02', { id: 'c-print' }).complaint, schedules: [printCheckSchedule(queued('2026-11-03T09:00:00Z'), calendar, 'Europe/London')] };
    const letter = queued('2026-11-03T09:00:00Z');
    expect(letterPrintOverdue(complaint, letter, on('2026-11-04'))).toBeUndefined(); // its day is not over
    const alerted = letterPrintOverdue(complaint, letter, { ...on('2026-11-05'), policy })!;
    expect(alerted.event).toMatchObject({ type: 'letter_print_overdue', seq: complaint.version + 1, detail: { letterId: 'let-1', letter: 'stage 1 acknowledgement', queuedOn: '2026-11-03', printBy: '2026-11-04' } });
    expect(alerted.complaint.schedules).toEqual([]);
    expect(letterPrintOverdue(complaint, { ...letter, printAlertedAt: '2026-11-05T00:00:00Z' }, on('2026-11-06'))).toBeUndefined();
    expect(letterPrintOverdue(complaint, { ...letter, status: 'posted' }, on('2026-11-06'))).toBeUndefined();
  });

  it('5.12: posting is an audit event naming the letter and the day; a letter not waiting cannot be posted', () => {
    const complaint = Story.received('2026-11-02', { id: 'c-print' }).complaint;
    const posted = letterPosted(complaint, queued('2026-11-03T09:00:00Z'), '2026-11-04', on('2026-11-04'));
    expect(posted.event).toMatchObject({ type: 'letter_posted', before: {}, after: {}, detail: { letterId: 'let-1', letter: 'stage 1 acknowledgement', postedOn: '2026-11-04' } });
    expect(posted.complaint.version).toBe(complaint.version + 1);
    expect(() => letterPosted(complaint, queued('2026-11-03T09:00:00Z', { status: 'posted' }), '2026-11-04', on('2026-11-04'))).toThrow(Conflict);
    expect(() => letterPosted(complaint, queued('2026-11-03T09:00:00Z', { complaintId: 'other' }), '2026-11-04', on('2026-11-04'))).toThrow(Conflict);
  });
});
