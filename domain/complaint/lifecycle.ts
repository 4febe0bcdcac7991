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
  type StageDeadlines,
  type StageRecord,
  type Status,
  type Tenure,
} from './complaint.js';
import { isStepOpen } from '../schedules/open-steps.js';
import { isResidentContact, type Correspondence } from './correspondence.js';
import type { StaffMember } from '../landlord/settings.js';
import { TIMESCALES, extensionDaysUsed, responseDue, stageDeadlines } from './deadlines.js';
import { dueDateInBounds, pastInstantInBounds, responseDatesInBounds } from './date-bounds.js';
import { extensionWithinLimits } from './extension-limits.js';
import { matterRecord, requireDiscretionForOldMatter, requireTwelveMonthGround, type MatterInput } from './twelve-month-rule.js';
import type { ComplaintLink } from './related-records.js';
import { representativeRecord, type RepresentativeDetails } from '../residents/representative-record.js';

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
  /** The landlord's staff, where a rule compares people rather than ids (6.13). */
  staff?: readonly StaffMember[];
}

/** What a change was about, where the record alone cannot say (letters must not guess from timestamps). */
export type TransitionDetail = { type: 'action_completed'; itemId: string } | { type: 'restriction'; restrictionId: string };

export interface Transition {
  complaint: Complaint;
  event: AuditEvent;
  detail?: TransitionDetail;
}

export interface NewComplaint {
  channel: Channel;
  resident: Resident;
  description: string;
  receivedAt?: string;
  category?: string;
  /** 3.6: without the resident's consent yet, recorded as awaiting it (representative-record.ts). */
  representative?: RepresentativeDetails;
  serviceRequestId?: string;
  reasonableAdjustments?: string[];
  /** TSM CH01/CH02 are per tenure; it can also be recorded later (tenure.ts). */
  tenure?: Tenure;
  /** 2.3: when the matter arose or the resident became aware of it. */
  matter?: MatterInput;
  /** 6.8: a new issue logged as a complaint of its own points back at the complaint it was raised in. */
  links?: ComplaintLink[];
}

const today = (ctx: TransitionContext): PlainDate => dateInZone(ctx.now, ctx.policy.timeZone);

function pastInstant(value: string | undefined, ctx: TransitionContext, field: string): Date {
  if (value === undefined) return ctx.now;
  return pastInstantInBounds(new Date(value), ctx.now, field);
}

/**
 * Deadlines follow from what happened, on the landlord's calendar as it is now, except that a deadline
 * already passed, or whose step is done, is settled: a closure day added later must not move it (a late
 * acknowledgement must never come to look on time).
 */
function withDeadlines(complaint: Complaint, calendar: WorkingCalendar, before?: Complaint, today?: PlainDate): Complaint {
  const settle = (key: 'stage1' | 'stage2', record: StageRecord, computed: StageDeadlines): StageDeadlines => {
    const previous = before?.deadlines[key];
    if (!previous || today === undefined) return computed;
    const settled = (date: PlainDate | undefined, done: boolean): date is PlainDate => date !== undefined && (done || date < today);
    return {
      ...computed,
      ...(settled(previous.acknowledgeBy, record.acknowledgedOn !== undefined) && { acknowledgeBy: previous.acknowledgeBy }),
      ...(settled(previous.respondBy, record.respondedOn !== undefined) && { respondBy: previous.respondBy }),
    };
  };
  const { stage1, stage2 } = complaint.stages;
  return {
    ...complaint,
    deadlines: {
      stage1: settle('stage1', stage1, stageDeadlines(1, stage1, calendar)),
      ...(stage2 ? { stage2: settle('stage2', stage2, stageDeadlines(2, stage2, calendar)) } : {}),
    },
  };
}

/** Every change goes through here: new version, deadlines recomputed, overdue steps since done resolved, audited. */
export function commit(type: EventType, before: Complaint, after: Complaint, ctx: TransitionContext, detail?: TransitionDetail): Transition {
  const dated = withDeadlines({ ...after, version: before.version + 1, updatedAt: ctx.now.toISOString() }, ctx.policy.calendar, before, today(ctx));
  const complaint = dated.overdue?.some((entry) => !entry.resolvedAt)
    ? {
        ...dated,
        overdue: dated.overdue.map((entry) =>
          entry.resolvedAt || isStepOpen(dated, entry.step, entry.dueBy, ctx.policy.calendar) ? entry : { ...entry, resolvedAt: ctx.now.toISOString() },
        ),
      }
    : dated;
  return { complaint, event: auditEvent(type, before, complaint, ctx.actor), ...(detail && { detail }) };
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
      ...(input.representative !== undefined && { representative: representativeRecord(input.representative, dateInZone(ctx.now, ctx.policy.timeZone), 'representative.') }),
      ...(input.serviceRequestId !== undefined && { serviceRequestId: input.serviceRequestId }),
      ...(input.tenure !== undefined && { tenure: input.tenure }),
      ...(input.links !== undefined && { links: input.links }),
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
  const matter = input.matter && { matter: matterRecord(input.matter, complaint, { now: ctx.now, timeZone: ctx.policy.timeZone, userId: ctx.actor.userId }) };
  const logged = matter ? { ...complaint, ...matter } : complaint;
  return { complaint: logged, event: auditEvent('logged', undefined, logged, ctx.actor) };
}

export interface AcknowledgeInput {
  handlerId: string;
  definition: Definition;
}

/** The person who handled stage 1: their login, from the staff record now or as recorded at acknowledgement. */
function stage1Person(complaint: Complaint, ctx: TransitionContext): string | undefined {
  const stage1 = complaint.stages.stage1;
  return ctx.staff?.find((member) => member.id === stage1.handlerId)?.userId ?? stage1.handlerUserId;
}

/** 6.13: whoever handled stage 1 takes no part in stage 2, whichever staff id is typed in. */
function requireNotStage1Person(complaint: Complaint, ctx: TransitionContext, action: string): void {
  if (complaint.stage !== 2) return;
  const person = stage1Person(complaint, ctx);
  if (person !== undefined && ctx.actor.userId === person) {
    throw new RuleViolation('6.13', `the person who handled stage 1 cannot ${action} at stage 2`);
  }
}

/** 6.2 / 6.11: acknowledge, define (5.6, 5.7) and assign; starts the response clock (6.3 / 6.14). */
export function acknowledge(complaint: Complaint, input: AcknowledgeInput, ctx: TransitionContext): Transition {
  requireStatus(complaint, ['stage1_received', 'stage2_received'], complaint.stage === 1 ? '6.2' : '6.11', 'acknowledge');
  requireDiscretionForOldMatter(complaint);
  if (input.definition.outcomesSought.length === 0) {
    throw new RuleViolation('5.6', 'the complaint definition must state at least one outcome the resident seeks');
  }
  for (const part of input.definition.excludedParts) {
    if (!part.explanation.trim()) throw new RuleViolation('2.4', 'an excluded part needs an explanation');
  }
  const handlerUserId = ctx.staff?.find((member) => member.id === input.handlerId)?.userId;
  if (complaint.stage === 2) {
    const person = stage1Person(complaint, ctx);
    if (input.handlerId === complaint.stages.stage1.handlerId || (person !== undefined && handlerUserId === person)) {
      throw new RuleViolation('6.13', 'the stage 2 handler must not be the person who handled stage 1');
    }
    requireNotStage1Person(complaint, ctx, 'acknowledge');
  }
  const record = currentStage(complaint);
  const updated = withStage(complaint, complaint.stage, {
    ...record,
    acknowledgedOn: today(ctx),
    handlerId: input.handlerId,
    ...(handlerUserId !== undefined && { handlerUserId }),
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
  requireNotStage1Person(complaint, ctx, 'extend');
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
  // 5.9: an agreed interval holds until the response unless a later extension agrees a new one.
  const updateEveryWorkingDays = input.updateEveryWorkingDays ?? record.extensions.at(-1)?.updateEveryWorkingDays;
  if (total > limit && updateEveryWorkingDays === undefined) {
    throw new RuleViolation('5.9', `a response beyond the Code's ${limit} working days needs an agreed update interval (updateEveryWorkingDays)`);
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
        ...(updateEveryWorkingDays !== undefined && { updateEveryWorkingDays }),
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
  /** 7.3: each remedy says by when, unless it is given in the response itself (`done`, e.g. the apology). */
  remedies: { kind: RemedyKind; description: string; amount?: number; dueBy?: PlainDate; done?: boolean }[];
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
    if (remedy.done && remedy.dueBy !== undefined) {
      throw new InvalidInput('remedies.dueBy', 'a remedy given in the response itself is done and has no due date');
    }
    if (!remedy.done && remedy.dueBy === undefined) {
      throw new RuleViolation('7.3', `the remedy "${remedy.description.slice(0, 60)}" must say by when it will be done (dueBy), or be given now (done)`);
    }
  }
  requireNotStage1Person(complaint, ctx, 'respond');
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
      remedies: [
        ...complaint.remedies,
        ...input.remedies.map(({ done, ...remedy }) => ({ id: newId(), stage, ...remedy, ...(done && { completedAt: ctx.now.toISOString() }) })),
      ],
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

/**
 * 6.10: a resident still dissatisfied after the stage 1 response can always ask for stage 2. A complaint
 * closed or withdrawn after that response has not ended the right: the request is still received.
 */
function lateAfter(complaint: Complaint): { after: 'closed' | 'withdrawn'; on: PlainDate } | undefined {
  if (complaint.stage !== 1 || complaint.stages.stage1.respondedOn === undefined) return undefined;
  if (complaint.status === 'closed' && complaint.closure) return { after: 'closed', on: complaint.closure.closedOn };
  if (complaint.status === 'withdrawn' && complaint.withdrawal) return { after: 'withdrawn', on: complaint.withdrawal.withdrawnOn };
  return undefined;
}

/** The request for stage 2 and the stage 2 record its clock runs from (6.11: from the request, not from logging). */
function stage2Request(
  complaint: Complaint,
  input: EscalateInput,
  ctx: TransitionContext,
  decision: 'accepted' | 'refused',
): Pick<Complaint, 'stage' | 'escalation' | 'stages'> {
  const requested = pastInstant(input.requestedAt, ctx, 'requestedAt');
  const requestedOn = dateInZone(requested, ctx.policy.timeZone);
  if (requestedOn < complaint.stages.stage1.respondedOn!) {
    throw new InvalidInput('requestedAt', 'an escalation request cannot predate the stage 1 response');
  }
  const windowEnds = escalationWindowEnds(complaint, ctx.policy);
  const late = lateAfter(complaint);
  return {
    stage: 2,
    escalation: {
      requestedAt: requested.toISOString(),
      ...(input.reason !== undefined && { reason: input.reason }),
      parts: input.parts ?? [],
      afterWindow: windowEnds !== undefined && requestedOn > windowEnds,
      ...(late && { late: { ...late, decision, decidedBy: ctx.actor.userId } }),
    },
    stages: { ...complaint.stages, stage2: { receivedOn: requestedOn, extensions: [] } },
  };
}

/** The record without its ending, for a complaint a late escalation request reopens or refuses. */
function withoutEnding(complaint: Complaint): Complaint {
  const { closure: _closure, withdrawal: _withdrawal, ...rest } = complaint;
  return rest;
}

/**
 * 6.10-6.12: stage 2 at the resident's request, after a stage 1 response; no reasons required. A
 * request after closing or withdrawal is accepted here (the complaint reopens, and who accepted it is
 * recorded) or refused with `refuse` (5.11).
 */
export function escalate(complaint: Complaint, input: EscalateInput, ctx: TransitionContext): Transition {
  if (complaint.stage === 2) throw new RuleViolation('5.2', 'a complaint has two stages; there is no stage 3');
  if (!lateAfter(complaint)) requireStatus(complaint, ['stage1_responded'], '6.10', 'escalate');
  return commit('escalated', complaint, { ...withoutEnding(complaint), status: 'stage2_received', ...stage2Request(complaint, input, ctx, 'accepted') }, ctx);
}

export interface RefuseInput {
  ground: RefusalGround;
  explanation: string;
  /** For a late escalation request refused (5.11): when the resident asked. */
  requestedAt?: string;
}

/** Why a finished complaint cannot change: the provision that finished it. */
function finishedBy(complaint: Complaint): string {
  if (complaint.status === 'refused') return complaint.refusal?.stage === 2 ? '5.11' : '2.4';
  // 6.20: stage 2 is the final response; a complaint closed at stage 1 can still be escalated (6.10).
  if (complaint.status === 'stage2_responded' || (complaint.status === 'closed' && complaint.stage === 2)) return '6.20';
  return '6.10';
}

/**
 * 2.1-2.5 (refusal to accept, stage 1) and 5.11 (refusal to escalate, stage 2, also of a request made
 * after the complaint was closed or withdrawn: 6.10).
 */
export function refuse(complaint: Complaint, input: RefuseInput, ctx: TransitionContext): Transition {
  const late = lateAfter(complaint);
  const provision = complaint.stage === 1 && !late ? '2.4' : '5.11';
  if (!late) requireStatus(complaint, ['stage1_received', 'stage2_received'], provision, 'refuse');
  requireTwelveMonthGround(complaint, input.ground);
  if (input.requestedAt !== undefined && !late) {
    throw new InvalidInput('requestedAt', 'only a late escalation request (after closing or withdrawal) carries its own date');
  }
  // 2.4: refusals are decided case by case, so each one carries its own explanation to the resident.
  if (!input.explanation.trim()) throw new RuleViolation(provision, 'a refusal must explain the decision to the resident');
  const base = late ? { ...withoutEnding(complaint), ...stage2Request(complaint, { ...(input.requestedAt && { requestedAt: input.requestedAt }) }, ctx, 'refused') } : complaint;
  return commit(
    'refused',
    complaint,
    {
      ...base,
      status: 'refused',
      refusal: { stage: base.stage, ground: input.ground, explanation: input.explanation, refusedOn: today(ctx) },
    },
    ctx,
  );
}

/** The resident may withdraw an open complaint; outstanding actions and remedies stay tracked (6.6, 6.17). */
export function withdraw(complaint: Complaint, input: { reason?: string }, ctx: TransitionContext): Transition {
  if (complaint.status === 'withdrawn' || complaint.status === 'merged') {
    throw new Conflict(`the complaint is already ${complaint.status}`);
  }
  if (!OPEN_STATUSES.has(complaint.status)) {
    throw new RuleViolation(finishedBy(complaint), `a complaint whose status is ${complaint.status} cannot be withdrawn`);
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
    { type: 'action_completed', itemId: actionId },
  );
}

/**
 * Logging correspondence is a change to the record (5.12), so it is numbered and audited like one. Contact
 * with the resident after an agreed update was missed (5.9) makes up for it: the missed update is kept, late.
 */
export function recordCorrespondence(complaint: Complaint, item: Correspondence, ctx: TransitionContext): Transition {
  const contactOn = dateInZone(new Date(item.occurredAt), ctx.policy.timeZone);
  const madeUp = isResidentContact(item)
    ? (complaint.overdue ?? []).filter((entry) => !entry.resolvedAt && entry.step.endsWith('-update') && entry.dueBy <= contactOn)
    : [];
  const updateChecks = [
    ...(complaint.updateChecks ?? []),
    ...madeUp.map((entry) => ({ step: entry.step, dueBy: entry.dueBy, kept: true, checkedAt: ctx.now.toISOString() })),
  ];
  return commit('correspondence_logged', complaint, madeUp.length ? { ...complaint, updateChecks } : complaint, ctx);
}
