import { isResidentContact } from '../../domain/complaint/correspondence.js';
import { noticeRecipients } from '../../domain/complaint/current-handler.js';
import { NotFound } from '../../domain/errors.js';
import { overdueAlertLetter, reminderLetter } from '../../domain/letters/staff-letters.js';
import type { DeadlineCheckPayload } from '../../domain/ports/outbox.port.js';
import { markOverdue, markReminded } from '../../domain/schedules/deadline-events.js';
import { openSteps } from '../../domain/schedules/open-steps.js';
import type { Caller } from '../shared/auth.js';
import { applyTransition } from '../shared/complaint-commands.js';
import { checkLetterPrint, type LetterCommandDeps } from '../shared/letter-commands.js';
import { printCheckLetter } from '../../domain/letters/posted-letter.js';
import { logger } from '../shared/logger.js';
import { metrics } from '../shared/metrics.js';
import { parseDeadlinePayload } from './payload.js';

export type CheckResult = 'reminded' | 'overdue' | 'update_kept' | 'nothing' | 'gone' | 'print_alerted';

/**
 * What a deadline schedule runs. It reloads the complaint and judges against the due date, so it is
 * idempotent and late-safe: a step done or moved means nothing happens, a second firing sends nothing.
 * DynamoDB: GetItem complaint and a staff Query (plus correspondence for an update interval), settings
 * from the per-process cache, then one transaction only when something changes.
 */
export async function checkDeadline(deps: LetterCommandDeps, payload: DeadlineCheckPayload): Promise<CheckResult> {
  // A letter queued to print has a check of its own on the same schedules (the print queue, issue 12).
  const letterId = printCheckLetter(payload.step);
  if (letterId !== undefined) return checkLetterPrint(deps, payload, letterId);
  const caller: Caller = { userId: 'deadline-check', landlordId: payload.landlordId, roles: [] };
  const firing = { step: payload.step, dueBy: payload.dueBy };
  const [staff, contacts] = await Promise.all([
    deps.landlords.listStaff(payload.landlordId),
    payload.step.endsWith('-update') && payload.kind === 'check'
      ? deps.complaints
          .correspondence(payload.landlordId, payload.complaintId)
          .then((items) => items.filter(isResidentContact).map((item) => item.occurredAt))
      : Promise.resolve([]),
  ]);
  let what = '';
  let outcome: CheckResult = 'nothing';
  try {
    await applyTransition(
      deps,
      caller,
      payload.complaintId,
      (complaint, ctx) => {
        what = openSteps(complaint, ctx.policy.calendar, payload.dueBy).find((open) => open.step === payload.step)?.what ?? payload.step;
        const transition = payload.kind === 'reminder' ? markReminded(complaint, firing, ctx) : markOverdue(complaint, firing, ctx, contacts);
        outcome = !transition ? 'nothing' : transition.event.type === 'reminder_sent' ? 'reminded' : transition.event.type === 'overdue' ? 'overdue' : 'update_kept';
        return transition;
      },
      {
        // An agreed update kept (5.9) is recorded quietly; a reminder or a missed step tells people.
        extras: (complaint, settings) => {
          if (outcome !== 'reminded' && outcome !== 'overdue') return {};
          const recipients = noticeRecipients(outcome === 'reminded' ? 'reminder' : 'overdue_alert', complaint, staff, settings.complaintsOfficerEmail);
          return {
            letters: recipients.map((to) =>
              outcome === 'reminded' ? reminderLetter(complaint, to, what, payload.dueBy) : overdueAlertLetter(complaint, to, what, payload.dueBy),
            ),
          };
        },
      },
    );
  } catch (error) {
    if (error instanceof NotFound) return 'gone';
    throw error;
  }
  // outcome is set inside the transition callback, which TypeScript's narrowing does not see.
  if ((outcome as CheckResult) === 'overdue') metrics.count('DeadlinesMissed', stepKind(payload.step));
  return outcome;
}

/**
 * A step's kind, as a metric dimension: `stage1-response` as it is, `action-<id>` as `action` (an id
 * per dimension value would make a metric series per action).
 */
export function stepKind(step: string): string {
  return /^stage\d+-/.test(step) ? step : step.split('-')[0]!;
}

/**
 * The deadline check as an invoke: the schedule's JSON payload parsed field by field, then checked.
 * EventBridge Scheduler's invoke (handler.ts), the local scheduler and the tests all enter here.
 */
export async function runDeadlineCheck(deps: LetterCommandDeps, event: unknown): Promise<CheckResult> {
  const payload = parseDeadlinePayload(event);
  const result = await checkDeadline(deps, payload);
  logger.info('deadline check', { ...payload, result });
  return result;
}
