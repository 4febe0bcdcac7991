import { dateInZone, type PlainDate } from '../calendar/plain-date.js';
import { InvalidInput, RuleViolation } from '../errors.js';
import { auditEvent } from './audit-event.js';
import { stageKey, type Complaint } from './complaint.js';
import { commit, type Transition, type TransitionContext } from './lifecycle.js';
import { pastDateInBounds } from './date-bounds.js';

export interface OmbudsmanDirectionInput {
  /** When the landlord received the Ombudsman's direction: the stage's clock starts again from it. */
  directedOn: PlainDate;
  ombudsmanReference: string;
  /** What the Ombudsman said, in brief. */
  direction: string;
}

/**
 * 2.4: the Ombudsman did not agree that the exclusion was fairly applied and told the landlord to take the
 * complaint on. The complaint goes back to the stage it was refused at (a refusal to accept to stage 1, a
 * refusal to escalate, 5.11, to stage 2), received again on the day the direction arrived, so the Code's
 * clocks (6.2 / 6.11, then 6.3 / 6.14) run afresh from it. The refusal is kept in the record.
 */
export function acceptOnOmbudsmanDirection(complaint: Complaint, input: OmbudsmanDirectionInput, ctx: TransitionContext): Transition {
  const refusal = complaint.refusal;
  if (complaint.status !== 'refused' || !refusal) {
    throw new RuleViolation('2.4', `only a refused complaint is taken on at the Ombudsman's direction; this one is ${complaint.status}`);
  }
  const today = dateInZone(ctx.now, ctx.policy.timeZone);
  pastDateInBounds(input.directedOn, today, 'directedOn');
  if (input.directedOn < refusal.refusedOn) throw new InvalidInput('directedOn', `cannot be before the refusal on ${refusal.refusedOn}`);
  const key = stageKey(refusal.stage);
  const previous = complaint.stages[key]!;
  const { refusal: _refusal, ...rest } = complaint;
  const after: Complaint = {
    ...rest,
    stage: refusal.stage,
    status: refusal.stage === 1 ? 'stage1_received' : 'stage2_received',
    stages: { ...complaint.stages, [key]: { receivedOn: input.directedOn, extensions: [] } },
    reopening: {
      directedOn: input.directedOn,
      ombudsmanReference: input.ombudsmanReference,
      direction: input.direction,
      recordedBy: ctx.actor.userId,
      refusal,
      previouslyReceivedOn: previous.receivedOn,
    },
  };
  // The stage's old deadlines are not carried over as settled: the direction gives it fresh ones.
  const { [key]: _old, ...otherDeadlines } = complaint.deadlines;
  const fresh = commit('reopened', { ...complaint, deadlines: otherDeadlines as Complaint['deadlines'] }, after, ctx);
  return { complaint: fresh.complaint, event: auditEvent('reopened', complaint, fresh.complaint, ctx.actor) };
}
