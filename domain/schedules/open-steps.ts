import type { PlainDate } from '../calendar/plain-date.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import { stageKey, type Complaint } from '../complaint/complaint.js';
import { nextDeadline, responseDue } from '../complaint/deadlines.js';
import { reviewSteps } from '../residents/review.js';

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
  // Agreed remedies and actions are followed through whatever happens to the complaint (closing,
  // withdrawal, escalation): the resident was promised them.
  for (const item of [...complaint.remedies, ...complaint.outstandingActions]) {
    if (item.dueBy && !item.completedAt) {
      const provision = 'kind' in item ? '7.3' : item.stage === 2 ? '6.17' : '6.6';
      steps.push({ step: `action-${item.id}`, dueBy: item.dueBy, what: `complete: ${item.description} (${provision})` });
    }
  }
  steps.push(...updateSteps(complaint, calendar, today));
  // 9.1 service improvements and 9.7c Ombudsman orders are owed by a date like actions, after closing too.
  const improvements = (complaint.learning?.improvements ?? []).map((item) => ({ ...item, step: `improvement-${item.id}`, what: `complete the service improvement: ${item.description} (9.1)` }));
  const orders = (complaint.ombudsman?.determination?.orders ?? []).map((item) => ({ ...item, step: `order-${item.id}`, what: `comply with the Ombudsman's order: ${item.description} (9.7c)` }));
  for (const item of [...improvements, ...orders]) {
    if (!item.completedAt) steps.push({ step: item.step, dueBy: item.dueBy, what: item.what });
  }
  steps.push(...reviewSteps(complaint)); // 5.10, 5.14: reasonable adjustments and restrictions are reviewed
  return steps;
}

/**
 * 5.9: while an extension with an agreed update interval runs, each interval's update is a step of its
 * own: the first not yet kept that falls due today or later. When that one has already been judged
 * missed (overdue), the one after it is owed as well, so update checks carry on until the response.
 */
function updateSteps(complaint: Complaint, calendar: WorkingCalendar, today: PlainDate): OpenStep[] {
  if (complaint.status !== 'stage1_acknowledged' && complaint.status !== 'stage2_acknowledged') return [];
  const key = stageKey(complaint.stage);
  const extension = complaint.stages[key]?.extensions.at(-1);
  const every = extension?.updateEveryWorkingDays;
  if (!extension || !every) return [];
  const step = `stage${complaint.stage}-update`;
  const kept = new Set((complaint.updateChecks ?? []).filter((check) => check.step === step && check.kept).map((check) => check.dueBy));
  const missed = new Set((complaint.overdue ?? []).filter((entry) => entry.step === step).map((entry) => entry.dueBy));
  const responseBy = responseDue(complaint.deadlines[key] ?? {})!;
  const steps: OpenStep[] = [];
  let since = extension.decidedOn;
  for (let due = calendar.addWorkingDays(since, every); due < responseBy; due = calendar.addWorkingDays(due, every)) {
    if (due >= today && !kept.has(due)) {
      steps.push({ step, dueBy: due, since, what: 'update the resident on the delayed response (5.9)' });
      if (!missed.has(due)) break;
    }
    since = due;
  }
  return steps;
}

/**
 * Whether a step is still owed with the same due date: a moved (extended) or finished step is not.
 * Judged as of the due date itself, so a check that fires late decides as it would have on time.
 */
export function isStepOpen(complaint: Complaint, step: string, dueBy: PlainDate, calendar: WorkingCalendar): boolean {
  return openSteps(complaint, calendar, dueBy).some((open) => open.step === step && open.dueBy === dueBy);
}
