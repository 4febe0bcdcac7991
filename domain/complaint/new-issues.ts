import { dateInZone, type PlainDate } from '../calendar/plain-date.js';
import { Conflict, InvalidInput } from '../errors.js';
import { currentStage, type Complaint } from './complaint.js';
import { commit, type NewComplaint, type Transition, type TransitionContext } from './lifecycle.js';
import { pastInstantInBounds } from './date-bounds.js';
import type { ComplaintLink } from './related-records.js';

export interface NewIssueInput {
  description: string;
  /** What the resident wants done about the new issue; added to the definition's outcomes (5.6). */
  outcomesSought: string[];
  /** When the resident raised it; now when absent. */
  raisedAt?: string;
  /** The handler's judgement that adding it would unreasonably delay the stage 1 response (6.8). */
  wouldDelayResponse?: boolean;
}

/** Why a new issue becomes a complaint of its own instead of joining this one (6.8). */
export type SeparateReason = 'response_sent' | 'would_delay_response';

/** How big a definition may grow: the store's limits, given by the application layer. */
export interface DefinitionLimits {
  understandingBytes: number;
  outcomesSought: number;
  issues: number;
}

/**
 * 6.8: a related issue raised during stage 1 joins the complaint while its stage 1 response has not been
 * sent, unless the handler judges that it would unreasonably delay the response. Otherwise (response sent,
 * stage 2, or the complaint ended) it is logged as a new complaint.
 */
export function separateReason(complaint: Complaint, input: Pick<NewIssueInput, 'wouldDelayResponse'>): SeparateReason | undefined {
  if (complaint.status === 'merged') throw new Conflict('the complaint was merged into another; raise the issue there');
  const joinable = complaint.status === 'stage1_received' || complaint.status === 'stage1_acknowledged';
  if (!joinable) return 'response_sent';
  return input.wouldDelayResponse ? 'would_delay_response' : undefined;
}

function raisedOn(input: NewIssueInput, ctx: TransitionContext): { at: Date; on: PlainDate } {
  const at = input.raisedAt === undefined ? ctx.now : pastInstantInBounds(new Date(input.raisedAt), ctx.now, 'raisedAt');
  return { at, on: dateInZone(at, ctx.policy.timeZone) };
}

/**
 * 6.8: the issue joins the complaint. Once the complaint is defined (acknowledged), the definition is
 * amended (5.6) so the stage 1 response answers it too; the deadlines stay as they were (6.3 runs from
 * the acknowledgement already sent).
 */
export function addIssue(complaint: Complaint, input: NewIssueInput, ctx: TransitionContext, newId: () => string, limits: DefinitionLimits): Transition {
  if (separateReason(complaint, input) !== undefined) throw new Conflict('this issue must be logged as a new complaint (6.8)');
  const issues = complaint.issuesAdded ?? [];
  if (issues.length >= limits.issues) throw new InvalidInput('description', `a complaint can take at most ${limits.issues} added issues; log this one as a new complaint`);
  const { on } = raisedOn(input, ctx);
  if (on < complaint.stages.stage1.receivedOn) throw new InvalidInput('raisedAt', 'cannot be before the complaint was received');
  const issue = { id: newId(), description: input.description, outcomesSought: input.outcomesSought, raisedOn: on, addedBy: ctx.actor.userId };
  const record = currentStage(complaint);
  const definition = record.definition && {
    ...record.definition,
    understanding: `${record.definition.understanding}\n\nAlso raised on ${on}: ${input.description}`,
    outcomesSought: [...record.definition.outcomesSought, ...input.outcomesSought.filter((outcome) => !record.definition!.outcomesSought.includes(outcome))],
  };
  if (definition && Buffer.byteLength(definition.understanding, 'utf8') > limits.understandingBytes) {
    throw new InvalidInput('description', `the amended definition would exceed ${limits.understandingBytes} bytes; log this issue as a new complaint`);
  }
  if (definition && definition.outcomesSought.length > limits.outcomesSought) {
    throw new InvalidInput('outcomesSought', `the definition can hold at most ${limits.outcomesSought} outcomes`);
  }
  return commit(
    'issue_added',
    complaint,
    {
      ...complaint,
      issuesAdded: [...issues, issue],
      ...(definition && { stages: { ...complaint.stages, stage1: { ...record, definition } } }),
    },
    ctx,
  );
}

/** 6.8: the new complaint an issue becomes, from the same resident and channel, pointing back at the first. */
export function issueAsNewComplaint(first: Complaint, input: NewIssueInput, reason: SeparateReason, ctx: TransitionContext): NewComplaint {
  const { at, on } = raisedOn(input, ctx);
  return {
    channel: first.channel,
    resident: first.resident,
    description: input.description,
    receivedAt: at.toISOString(),
    ...(first.category !== undefined && { category: first.category }),
    ...(first.representative !== undefined && { representative: first.representative }),
    ...(first.tenure !== undefined && { tenure: first.tenure }),
    reasonableAdjustments: first.reasonableAdjustments,
    links: [{ relation: 'new_issue_of', complaintId: first.id, reference: first.reference, on, by: ctx.actor.userId, reason }],
  };
}

/** The first complaint records where the issue went, in the same commit as the new complaint. */
export function recordIssueLoggedSeparately(first: Complaint, created: Pick<Complaint, 'id' | 'reference'>, reason: SeparateReason, ctx: TransitionContext): Transition {
  const link: ComplaintLink = {
    relation: 'new_issue_logged_as',
    complaintId: created.id,
    reference: created.reference,
    on: dateInZone(ctx.now, ctx.policy.timeZone),
    by: ctx.actor.userId,
    reason,
  };
  return commit('issue_logged_separately', first, { ...first, links: [...(first.links ?? []), link] }, ctx);
}
