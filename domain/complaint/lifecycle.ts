import { dateInZone, type PlainDate } from '../calendar/plain-date.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import { Conflict, InvalidInput, NotFound, RuleViolation } from '../errors.js';
import { auditEvent, type Actor, type AuditEvent, type EventType } from './audit-event.js';
import {
  OPEN_STATUSES,
  currentStage,
  stageKey,
  type Channel,
  type Complaint,
  type Decision,
  type Definition,
  type RefusalGround,
  type RemedyKind,
  type Representative,
  type Resident,
  type Stage,
  type StageRecord,
  type Status,
} from './complaint.js';
import { isStepOpen } from '../schedules/open-steps.js';
import { TIMESCALES, extensionDaysUsed, responseDue, stageDeadlines } from './deadlines.js';
import { dueDateInBounds, pastInstantInBounds, responseDatesInBounds } from './date-bounds.js';
import { extensionWithinLimits } from './extension-limits.js';

/** What the domain needs to know about a landlord to run its clocks. */
export interface LandlordPolicy {
  timeZone: string;
  calendar: WorkingCalendar;
  /** Working days after a stage 1 response in which the resident may ask to escalate; none when unset. */
  escalationWindowWorkingDays?: number;
}

export interface TransitionContext {
  now: Date;
  actor: Actor;
  policy: LandlordPolicy;
}

export interface Transition {
  complaint: Complaint;
  event: AuditEvent;
}

export interface NewComplaint {
  channel: Channel;
  resident: Resident;
  description: string;
  receivedAt?: string;
  category?: string;
  representative?: Representative;
  serviceRequestId?: string;
  reasonableAdjustments?: string[];
}

const today = (ctx: TransitionContext): PlainDate => dateInZone(ctx.now, ctx.policy.timeZone);

function pastInstant(value: string | undefined, ctx: TransitionContext, field: string): Date {
  if (value === undefined) return ctx.now;
  return pastInstantInBounds(new Date(value), ctx.now, field);
}

function withDeadlines(complaint: Complaint, calendar: WorkingCalendar): Complaint {
  const { stage1, stage2 } = complaint.stages;
  return {
    ...complaint,
    deadlines: {
      stage1: stageDeadlines(1, stage1, calendar),
      ...(stage2 ? { stage2: stageDeadlines(2, stage2, calendar) } : {}),
    },
  };
}

/** Every change goes through here: new version, deadlines recomputed, overdue steps since done resolved, audited. */
export function commit(type: EventType, before: Complaint, after: Complaint, ctx: TransitionContext): Transition {
  const dated = withDeadlines({ ...after, version: before.version + 1, updatedAt: ctx.now.toISOString() }, ctx.policy.calendar);
  const complaint = dated.overdue?.some((entry) => !entry.resolvedAt)
    ? {
        ...dated,
        overdue: dated.overdue.map((entry) =>
          entry.resolvedAt || isStepOpen(dated, entry.step, entry.dueBy, ctx.policy.calendar) ? entry : { ...entry, resolvedAt: ctx.now.toISOString() },
        ),
      }
    : dated;
  return { complaint, event: auditEvent(type, before, complaint, ctx.actor) };
}

function requireStatus(complaint: Complaint, allowed: readonly Status[], provision: string, action: string): void {
  if (!allowed.includes(complaint.status)) {
    throw new RuleViolation(provision, `cannot ${action} a complaint whose status is ${complaint.status}`);
  }
}

function withStage(complaint: Complaint, stage: Stage, record: StageRecord): Complaint {
  return { ...complaint, stages: { ...complaint.stages, [stageKey(stage)]: record } };
}

/** Log a complaint at stage 1 from any channel (1.2: however made). */
export function logComplaint(
  input: NewComplaint,
  ids: { id: string; reference: string; landlordId: string },
  ctx: TransitionContext,
): Transition {
  const received = pastInstant(input.receivedAt, ctx, 'receivedAt');
  const complaint = withDeadlines(
    {
      id: ids.id,
      landlordId: ids.landlordId,
      reference: ids.reference,
      status: 'stage1_received',
      stage: 1,
      channel: input.channel,
      receivedAt: received.toISOString(),
      resident: input.resident,
      description: input.description,
      ...(input.category !== undefined && { category: input.category }),
      ...(input.representative !== undefined && { representative: input.representative }),
      ...(input.serviceRequestId !== undefined && { serviceRequestId: input.serviceRequestId }),
      reasonableAdjustments: input.reasonableAdjustments ?? [],
      // 6.2: the clock runs from receipt by anyone in the organisation, not from logging.
      stages: { stage1: { receivedOn: dateInZone(received, ctx.policy.timeZone), extensions: [] } },
      deadlines: { stage1: {} },
      remedies: [],
      outstandingActions: [],
      createdAt: ctx.now.toISOString(),
      updatedAt: ctx.now.toISOString(),
      version: 1,
    },
    ctx.policy.calendar,
  );
  return { complaint, event: auditEvent('logged', undefined, complaint, ctx.actor) };
}

export interface AcknowledgeInput {
  handlerId: string;
  definition: Definition;
}

/** 6.2 / 6.11: acknowledge, define (5.6, 5.7) and assign; starts the response clock (6.3 / 6.14). */
export function acknowledge(complaint: Complaint, input: AcknowledgeInput, ctx: TransitionContext): Transition {
  requireStatus(complaint, ['stage1_received', 'stage2_received'], complaint.stage === 1 ? '6.2' : '6.11', 'acknowledge');
  if (input.definition.outcomesSought.length === 0) {
    throw new RuleViolation('5.6', 'the complaint definition must state at least one outcome the resident seeks');
  }
  for (const part of input.definition.excludedParts) {
    if (!part.explanation.trim()) throw new RuleViolation('2.4', 'an excluded part needs an explanation');
  }
  if (complaint.stage === 2 && input.handlerId === complaint.stages.stage1.handlerId) {
    throw new RuleViolation('6.13', 'the stage 2 handler must not be the person who handled stage 1');
  }
  const record = currentStage(complaint);
  const updated = withStage(complaint, complaint.stage, {
    ...record,
    acknowledgedOn: today(ctx),
    handlerId: input.handlerId,
    definition: input.definition,
  });
  return commit('acknowledged', complaint, { ...updated, status: complaint.stage === 1 ? 'stage1_acknowledged' : 'stage2_acknowledged' }, ctx);
}

export interface ExtendInput {
  workingDays: number;
  reason: string;
  goodReason?: string;
  updateEveryWorkingDays?: number;
}

/** 6.4 / 6.15: extend the response deadline, within the Code's limit unless there is a good reason. */
export function extend(complaint: Complaint, input: ExtendInput, ctx: TransitionContext): Transition {
  const provision = complaint.stage === 1 ? '6.4' : '6.15';
  requireStatus(complaint, ['stage1_acknowledged', 'stage2_acknowledged'], provision, 'extend');
  if (!Number.isInteger(input.workingDays) || input.workingDays < 1) {
    throw new InvalidInput('workingDays', 'must be a whole number of working days, at least 1');
  }
  if (!input.reason.trim()) throw new RuleViolation(complaint.stage === 1 ? '6.5' : '6.16', 'the reason for an extension must be explained');
  const record = currentStage(complaint);
  extensionWithinLimits(complaint.stage, record, input.workingDays);
  const limit = TIMESCALES[complaint.stage].extensionLimit;
  const total = extensionDaysUsed(record) + input.workingDays;
  if (total > limit && !input.goodReason?.trim()) {
    throw new RuleViolation(
      provision,
      `stage ${complaint.stage} extensions would total ${total} working days; more than ${limit} needs a goodReason`,
    );
  }
  const from = responseDue(complaint.deadlines[stageKey(complaint.stage)] ?? {})!;
  const decidedOn = today(ctx);
  // An extension is agreed before the response falls due (6.1, 6.4), never to hide a missed deadline.
  if (decidedOn > from) {
    throw new RuleViolation(provision, `the response was due on ${from}; an extension must be decided by then`);
  }
  const updated = withStage(complaint, complaint.stage, {
    ...record,
    extensions: [
      ...record.extensions,
      {
        workingDays: input.workingDays,
        reason: input.reason,
        ...(input.goodReason?.trim() && { goodReason: input.goodReason }),
        ...(input.updateEveryWorkingDays !== undefined && { updateEveryWorkingDays: input.updateEveryWorkingDays }),
        from,
        to: dueDateInBounds(ctx.policy.calendar.addWorkingDays(from, input.workingDays), { receivedOn: record.receivedOn, today: decidedOn }, 'workingDays'),
        decidedOn,
      },
    ],
  });
  return commit('extended', complaint, updated, ctx);
}

export interface RespondInput {
  decision: Decision;
  reasons: string;
  remedies: { kind: RemedyKind; description: string; amount?: number; dueBy?: PlainDate }[];
  outstandingActions: { description: string; dueBy: PlainDate }[];
}

/** 6.6-6.9 (stage 1), 6.17-6.19 (stage 2): the response, sent when the answer is known. */
export function respond(
  complaint: Complaint,
  input: RespondInput,
  ctx: TransitionContext,
  newId: () => string,
): Transition {
  const stage = complaint.stage;
  requireStatus(complaint, ['stage1_acknowledged', 'stage2_acknowledged'], stage === 1 ? '6.9' : '6.19', 'respond to');
  if (!input.reasons.trim()) throw new RuleViolation(stage === 1 ? '6.9' : '6.19', 'a response must give the reasons for the decision');
  for (const remedy of input.remedies) {
    if (remedy.kind === 'financial' && !(remedy.amount !== undefined && remedy.amount > 0)) {
      throw new RuleViolation('7.1', 'a financial remedy must state the amount');
    }
    if (remedy.kind !== 'financial' && remedy.amount !== undefined) {
      throw new InvalidInput('remedies.amount', 'only a financial remedy has an amount');
    }
  }
  responseDatesInBounds(input, { receivedOn: complaint.stages.stage1.receivedOn, now: ctx.now, timeZone: ctx.policy.timeZone });
  const record = currentStage(complaint);
  const updated = withStage(complaint, stage, {
    ...record,
    respondedOn: today(ctx),
    decision: input.decision,
    reasons: input.reasons,
  });
  return commit(
    'responded',
    complaint,
    {
      ...updated,
      status: stage === 1 ? 'stage1_responded' : 'stage2_responded',
      remedies: [...complaint.remedies, ...input.remedies.map((remedy) => ({ id: newId(), stage, ...remedy }))],
      outstandingActions: [
        ...complaint.outstandingActions,
        ...input.outstandingActions.map((action) => ({ id: newId(), stage, ...action })),
      ],
    },
    ctx,
  );
}

/** The last day on which the resident may ask to escalate, when the landlord sets a window (FAQ on 6.10). */
export function escalationWindowEnds(complaint: Complaint, policy: LandlordPolicy): PlainDate | undefined {
  const respondedOn = complaint.stages.stage1.respondedOn;
  if (!respondedOn || policy.escalationWindowWorkingDays === undefined) return undefined;
  return policy.calendar.addWorkingDays(respondedOn, policy.escalationWindowWorkingDays);
}

export interface EscalateInput {
  reason?: string;
  parts?: string[];
  requestedAt?: string;
}

/** 6.10-6.12: stage 2 at the resident's request, after a stage 1 response; no reasons required. */
export function escalate(complaint: Complaint, input: EscalateInput, ctx: TransitionContext): Transition {
  if (complaint.stage === 2) throw new RuleViolation('5.2', 'a complaint has two stages; there is no stage 3');
  requireStatus(complaint, ['stage1_responded'], '6.10', 'escalate');
  const requested = pastInstant(input.requestedAt, ctx, 'requestedAt');
  const requestedOn = dateInZone(requested, ctx.policy.timeZone);
  if (requestedOn < complaint.stages.stage1.respondedOn!) {
    throw new InvalidInput('requestedAt', 'an escalation request cannot predate the stage 1 response');
  }
  const windowEnds = escalationWindowEnds(complaint, ctx.policy);
  return commit(
    'escalated',
    complaint,
    {
      ...complaint,
      status: 'stage2_received',
      stage: 2,
      escalation: {
        requestedAt: requested.toISOString(),
        ...(input.reason !== undefined && { reason: input.reason }),
        parts: input.parts ?? [],
        afterWindow: windowEnds !== undefined && requestedOn > windowEnds,
      },
      // 6.11: the stage 2 clock runs from the escalation request, not from when it was logged.
      stages: { ...complaint.stages, stage2: { receivedOn: requestedOn, extensions: [] } },
    },
    ctx,
  );
}

export interface RefuseInput {
  ground: RefusalGround;
  explanation: string;
}

/** 2.1-2.5 (refusal to accept, stage 1) and 5.11 (refusal to escalate, stage 2). */
export function refuse(complaint: Complaint, input: RefuseInput, ctx: TransitionContext): Transition {
  const provision = complaint.stage === 1 ? '2.4' : '5.11';
  requireStatus(complaint, ['stage1_received', 'stage2_received'], provision, 'refuse');
  // 2.4: refusals are decided case by case, so each one carries its own explanation to the resident.
  if (!input.explanation.trim()) throw new RuleViolation(provision, 'a refusal must explain the decision to the resident');
  return commit(
    'refused',
    complaint,
    {
      ...complaint,
      status: 'refused',
      refusal: { stage: complaint.stage, ground: input.ground, explanation: input.explanation, refusedOn: today(ctx) },
    },
    ctx,
  );
}

export function withdraw(complaint: Complaint, input: { reason?: string }, ctx: TransitionContext): Transition {
  if (!OPEN_STATUSES.has(complaint.status)) {
    throw new RuleViolation('5.12', `a complaint whose status is ${complaint.status} cannot be withdrawn`);
  }
  return commit(
    'withdrawn',
    complaint,
    {
      ...complaint,
      status: 'withdrawn',
      withdrawal: { ...(input.reason !== undefined && { reason: input.reason }), withdrawnOn: today(ctx) },
    },
    ctx,
  );
}

/**
 * Close after the final response, or after a stage 1 response once the landlord's escalation window
 * (if it has one) has passed. Outstanding actions stay open and tracked (6.6, 6.17).
 */
export function close(complaint: Complaint, input: { reason?: string }, ctx: TransitionContext): Transition {
  requireStatus(complaint, ['stage1_responded', 'stage2_responded'], '6.10', 'close');
  if (complaint.status === 'stage1_responded') {
    const windowEnds = escalationWindowEnds(complaint, ctx.policy);
    if (windowEnds !== undefined && today(ctx) <= windowEnds) {
      throw new RuleViolation('6.10', `the resident may ask to escalate until ${windowEnds}; close after that`);
    }
  }
  return commit(
    'closed',
    complaint,
    { ...complaint, status: 'closed', closure: { ...(input.reason !== undefined && { reason: input.reason }), closedOn: today(ctx) } },
    ctx,
  );
}

/** 6.6, 6.17, 7.x: remedies and outstanding actions are followed through, even after closing. */
export function completeAction(complaint: Complaint, actionId: string, ctx: TransitionContext): Transition {
  const completedAt = ctx.now.toISOString();
  const action = complaint.outstandingActions.find((item) => item.id === actionId);
  const remedy = complaint.remedies.find((item) => item.id === actionId);
  const target = action ?? remedy;
  if (!target) throw new NotFound('action');
  if (target.completedAt) throw new Conflict(`action ${actionId} was completed at ${target.completedAt}`);
  return commit(
    'action_completed',
    complaint,
    {
      ...complaint,
      outstandingActions: complaint.outstandingActions.map((item) => (item.id === actionId ? { ...item, completedAt } : item)),
      remedies: complaint.remedies.map((item) => (item.id === actionId ? { ...item, completedAt } : item)),
    },
    ctx,
  );
}

/** Logging correspondence is a change to the record (5.12), so it is numbered and audited like one. */
export function recordCorrespondence(complaint: Complaint, ctx: TransitionContext): Transition {
  return commit('correspondence_logged', complaint, complaint, ctx);
}
