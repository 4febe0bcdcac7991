import type { PlainDate } from '../calendar/plain-date.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import type { Complaint, Stage, StageDeadlines, StageRecord } from './complaint.js';

/** The Code's clocks, in working days. */
export const TIMESCALES = {
  1: { acknowledge: 5, respond: 10, extensionLimit: 10 }, // 6.2, 6.3, 6.4
  2: { acknowledge: 5, respond: 20, extensionLimit: 20 }, // 6.11, 6.14, 6.15
} as const satisfies Record<Stage, { acknowledge: number; respond: number; extensionLimit: number }>;

/**
 * Deadlines follow from what happened: acknowledge-by from receipt (6.2 / 6.11), respond-by from the
 * acknowledgement actually sent (6.3 / 6.14), extended-to from the last extension.
 */
export function stageDeadlines(stage: Stage, record: StageRecord, calendar: WorkingCalendar): StageDeadlines {
  const clock = TIMESCALES[stage];
  const deadlines: StageDeadlines = { acknowledgeBy: calendar.addWorkingDays(record.receivedOn, clock.acknowledge) };
  if (record.acknowledgedOn) deadlines.respondBy = calendar.addWorkingDays(record.acknowledgedOn, clock.respond);
  const lastExtension = record.extensions.at(-1);
  if (lastExtension) deadlines.extendedTo = lastExtension.to;
  return deadlines;
}

/** The response is due on the extended date if there is one, else on respond-by. */
export function responseDue(deadlines: StageDeadlines): PlainDate | undefined {
  return deadlines.extendedTo ?? deadlines.respondBy;
}

export function extensionDaysUsed(record: StageRecord): number {
  return record.extensions.reduce((sum, extension) => sum + extension.workingDays, 0);
}

export type OpenStep = 'acknowledge' | 'respond';

/** The step the landlord owes next and its due date, or undefined when nothing is owed. */
export function nextDeadline(complaint: Complaint): { stage: Stage; step: OpenStep; dueBy: PlainDate } | undefined {
  switch (complaint.status) {
    case 'stage1_received':
      return { stage: 1, step: 'acknowledge', dueBy: complaint.deadlines.stage1.acknowledgeBy! };
    case 'stage1_acknowledged':
      return { stage: 1, step: 'respond', dueBy: responseDue(complaint.deadlines.stage1)! };
    case 'stage2_received':
      return { stage: 2, step: 'acknowledge', dueBy: complaint.deadlines.stage2!.acknowledgeBy! };
    case 'stage2_acknowledged':
      return { stage: 2, step: 'respond', dueBy: responseDue(complaint.deadlines.stage2!)! };
    default:
      return undefined;
  }
}
