import type { PlainDate } from '../calendar/plain-date.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import { stageKey, type Complaint } from '../complaint/complaint.js';
import { nextDeadline, responseDue } from '../complaint/deadlines.js';

/** Something the landlord owes by a date: the reason a reminder and a check exist. */
export interface OpenStep {
  step: string;
  dueBy: PlainDate;
  /** Plain words for reminders and alerts. */
  what: string;
  /** For update intervals (5.9): the start of the interval an update must fall in. */
  since?: PlainDate;
}

const STEP_WORDS: Record<string, string> = {
  'stage1-acknowledge': 'acknowledge the stage 1 complaint (6.2)',
  'stage1-respond': 'send the stage 1 response (6.3)',
  'stage2-acknowledge': 'acknowledge the stage 2 complaint (6.11)',
  'stage2-respond': 'send the stage 2 response (6.14)',
};

/**
 * Every step open on the complaint: its next acknowledgement or response (extended date if any),
 * each remedy or outstanding action with a due date not yet completed (also after closing: 6.6,
 * 6.17), and the next agreed update to the resident while an extension runs (5.9).
 */
export function openSteps(complaint: Complaint, calendar: WorkingCalendar, today: PlainDate): OpenStep[] {
  const steps: OpenStep[] = [];
  const next = nextDeadline(complaint);
  if (next) {
    const step = `stage${next.stage}-${next.step}`;
    steps.push({ step, dueBy: next.dueBy, what: STEP_WORDS[step]! });
  }
  for (const item of [...complaint.remedies, ...complaint.outstandingActions]) {
    if (item.dueBy && !item.completedAt && complaint.status !== 'withdrawn') {
      steps.push({ step: `action-${item.id}`, dueBy: item.dueBy, what: `complete: ${item.description} (${'kind' in item ? '7.1' : '6.6'})` });
    }
  }
  const update = nextUpdate(complaint, calendar, today);
  if (update) steps.push(update);
  return steps;
}

function nextUpdate(complaint: Complaint, calendar: WorkingCalendar, today: PlainDate): OpenStep | undefined {
  if (complaint.status !== 'stage1_acknowledged' && complaint.status !== 'stage2_acknowledged') return undefined;
  const key = stageKey(complaint.stage);
  const extension = complaint.stages[key]?.extensions.at(-1);
  const every = extension?.updateEveryWorkingDays;
  if (!extension || !every) return undefined;
  const responseBy = responseDue(complaint.deadlines[key] ?? {})!;
  let since = extension.decidedOn;
  for (let due = calendar.addWorkingDays(since, every); due < responseBy; due = calendar.addWorkingDays(due, every)) {
    if (due >= today) return { step: `stage${complaint.stage}-update`, dueBy: due, since, what: `update the resident on the delayed response (5.9)` };
    since = due;
  }
  return undefined;
}

/**
 * Whether a step is still owed with the same due date: a moved (extended) or finished step is not.
 * Judged as of the due date itself, so a check that fires late decides as it would have on time.
 */
export function isStepOpen(complaint: Complaint, step: string, dueBy: PlainDate, calendar: WorkingCalendar): boolean {
  return openSteps(complaint, calendar, dueBy).some((open) => open.step === step && open.dueBy === dueBy);
}
