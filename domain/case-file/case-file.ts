import { dateInZone, type PlainDate } from '../calendar/plain-date.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import type { AuditEvent } from '../complaint/audit-event.js';
import type { Complaint, Representative, Stage, StageRecord } from '../complaint/complaint.js';
import type { Correspondence } from '../complaint/correspondence.js';
import { responseDue, TIMESCALES } from '../complaint/deadlines.js';
import type { PostedLetter } from '../letters/posted-letter.js';

/** An emailed letter as it went out: the outbox message, with when it was sent (or that it was not). */
export interface SentEmail {
  id: string;
  kind: string;
  audience: 'resident' | 'staff';
  from: string;
  to: string[];
  subject: string;
  text: string;
  createdAt: string;
  status: string;
  sentAt?: string;
}

/** Everything stored under one complaint: the case file is built from this alone. */
export interface CaseRecord {
  complaint: Complaint;
  events: AuditEvent[];
  correspondence: Correspondence[];
  postedLetters: PostedLetter[];
  emails: SentEmail[];
}

export type DeadlineOutcome = 'met' | 'missed' | 'open' | 'overdue' | 'not reached';

/** One of the Code's clocks on this complaint: when it started, when it was due, and what happened. */
export interface DeadlineLine {
  stage: Stage;
  step: 'acknowledge' | 'respond';
  provision: string;
  startedOn: PlainDate;
  /** The Code's allowance in working days, plus any extension. */
  allowedWorkingDays: number;
  dueBy: PlainDate;
  doneOn?: PlainDate;
  workingDaysTaken?: number;
  outcome: DeadlineOutcome;
}

export interface KeyValue {
  label: string;
  value: string;
}

/** A block of the file: labelled facts, a table, paragraphs; `newPage` starts it on a fresh page. */
export interface CaseFileSection {
  heading: string;
  newPage?: boolean;
  facts?: KeyValue[];
  table?: { columns: string[]; rows: string[][] };
  paragraphs?: string[];
  /** Preformatted text (an email as sent), kept line for line. */
  verbatim?: string;
}

/** The complaint file as laid out for the Ombudsman; the renderer only draws it. */
export interface CaseFile {
  title: string;
  reference: string;
  generatedOn: PlainDate;
  sections: CaseFileSection[];
  /** Posted letters as printed, each from its stored sections (drawn exactly as the letter PDF). */
  postedLetters: PostedLetter[];
}

const PROVISIONS = { 1: { acknowledge: '6.2', respond: '6.3' }, 2: { acknowledge: '6.11', respond: '6.14' } } as const;

/** The day a stage ended without its step done: escalated early, refused, withdrawn or closed. */
function stageEndedOn(complaint: Complaint, stage: Stage): PlainDate | undefined {
  if (stage === 1 && complaint.stages.stage2) return complaint.stages.stage2.receivedOn;
  if (complaint.refusal?.stage === stage) return complaint.refusal.refusedOn;
  return complaint.withdrawal?.withdrawnOn ?? complaint.closure?.closedOn;
}

/**
 * Each deadline with what became of it. Met when the step was done on or before its due date (the
 * extended date for a response, 6.4/6.15); missed when done later, or still undone after the due date.
 * Working days taken count from the day after the clock started (Code FAQ: the next working day is day one).
 */
export function deadlineLines(complaint: Complaint, calendar: WorkingCalendar, today: PlainDate): DeadlineLine[] {
  const lines: DeadlineLine[] = [];
  for (const stage of [1, 2] as const) {
    const record: StageRecord | undefined = stage === 1 ? complaint.stages.stage1 : complaint.stages.stage2;
    const deadlines = stage === 1 ? complaint.deadlines.stage1 : complaint.deadlines.stage2;
    if (!record || !deadlines) continue;
    const steps: { step: 'acknowledge' | 'respond'; startedOn: PlainDate | undefined; dueBy: PlainDate | undefined; doneOn: PlainDate | undefined; allowed: number }[] = [
      { step: 'acknowledge', startedOn: record.receivedOn, dueBy: deadlines.acknowledgeBy, doneOn: record.acknowledgedOn, allowed: TIMESCALES[stage].acknowledge },
      {
        step: 'respond',
        startedOn: record.acknowledgedOn,
        dueBy: responseDue(deadlines),
        doneOn: record.respondedOn,
        allowed: TIMESCALES[stage].respond + record.extensions.reduce((sum, extension) => sum + extension.workingDays, 0),
      },
    ];
    for (const { step, startedOn, dueBy, doneOn, allowed } of steps) {
      if (!startedOn || !dueBy) continue;
      const ended = doneOn ? undefined : stageEndedOn(complaint, stage);
      // A stage that ended before its step fell due never owed it; one that ended after had already missed it.
      const outcome: DeadlineOutcome = doneOn
        ? doneOn <= dueBy
          ? 'met'
          : 'missed'
        : ended !== undefined
          ? ended <= dueBy
            ? 'not reached'
            : 'missed'
          : dueBy < today
            ? 'overdue'
            : 'open';
      lines.push({
        stage,
        step,
        provision: PROVISIONS[stage][step],
        startedOn,
        allowedWorkingDays: allowed,
        dueBy,
        ...(doneOn && { doneOn, workingDaysTaken: calendar.workingDaysBetween(startedOn, doneOn) }),
        outcome,
      });
    }
  }
  return lines;
}

const OUTCOME_TEXT: Record<DeadlineOutcome, string> = {
  met: 'met',
  missed: 'MISSED',
  open: 'open (not yet due)',
  overdue: 'MISSED (still not done)',
  'not reached': 'not reached (the stage ended first)',
};

const money = (amount: number) => `£${amount.toFixed(2)}`;
const day = (instant: string | undefined, timeZone: string) => (instant ? dateInZone(new Date(instant), timeZone) : '');
const list = (items: readonly string[] | undefined) => (items && items.length > 0 ? items.join('; ') : 'none');

function stageFacts(label: string, record: StageRecord): KeyValue[] {
  const facts: KeyValue[] = [
    { label: `${label} received`, value: record.receivedOn },
    { label: `${label} acknowledged`, value: record.acknowledgedOn ?? 'not acknowledged' },
    { label: `${label} responded`, value: record.respondedOn ?? 'no response yet' },
  ];
  if (record.handlerId) facts.push({ label: `${label} handler`, value: record.handlerId });
  if (record.definition) {
    facts.push({ label: `${label} complaint as understood`, value: record.definition.understanding });
    facts.push({ label: `${label} outcomes sought`, value: list(record.definition.outcomesSought) });
    if (record.definition.excludedParts.length > 0) {
      facts.push({ label: `${label} parts not considered`, value: record.definition.excludedParts.map((part) => `${part.description} (${part.ground}: ${part.explanation})`).join('; ') });
    }
  }
  if (record.decision) facts.push({ label: `${label} decision`, value: record.decision.replace('_', ' ') });
  if (record.reasons) facts.push({ label: `${label} reasons`, value: record.reasons });
  return facts;
}

function describeChange(event: AuditEvent): string {
  if (event.type === 'logged') return 'the complaint as logged (summary above)';
  const fields = [...new Set([...Object.keys(event.before), ...Object.keys(event.after)])].filter((field) => !['schedules', 'deadlines'].includes(field));
  const detail = event.detail ? Object.entries(event.detail).map(([key, value]) => `${key} ${value}`).join(', ') : '';
  return [fields.length > 0 ? `changed: ${fields.join(', ')}` : '', detail].filter(Boolean).join('; ');
}

/**
 * The complaint file the landlord sends the Housing Ombudsman: a summary (who, how, every stage with its
 * dates, each deadline met or missed with the working days taken, extensions and their reasons, refusal,
 * remedies and actions with their completion), the audit timeline, every letter as sent, and all
 * correspondence in and out. Pure: built from the stored record alone, in the landlord's zone.
 */
export function buildCaseFile(record: CaseRecord, context: { calendar: WorkingCalendar; timeZone: string; now: Date; landlordName: string }): CaseFile {
  const { complaint } = record;
  const tz = context.timeZone;
  const today = dateInZone(context.now, tz);
  const sections: CaseFileSection[] = [];

  const resident = complaint.resident;
  sections.push({
    heading: 'Summary',
    facts: [
      { label: 'Reference', value: complaint.reference },
      { label: 'Landlord', value: context.landlordName },
      { label: 'Status', value: complaint.status.replace(/_/g, ' ') },
      { label: 'Resident', value: [resident.name, resident.address?.replace(/\n/g, ', '), resident.email, resident.phone].filter(Boolean).join(', ') },
      ...(complaint.representative
        ? [{ label: 'Representative', value: representativeLine(complaint.representative) }]
        : []),
      { label: 'Channel', value: complaint.channel.replace(/_/g, ' ') },
      { label: 'Received', value: `${day(complaint.receivedAt, tz)} (${complaint.receivedAt})` },
      ...(complaint.category ? [{ label: 'Category', value: complaint.category }] : []),
      { label: 'Complaint', value: complaint.description },
      ...(complaint.reasonableAdjustments.length > 0 ? [{ label: 'Reasonable adjustments', value: list(complaint.reasonableAdjustments) }] : []),
    ],
  });

  sections.push({
    heading: 'Stages',
    facts: [
      ...stageFacts('Stage 1', complaint.stages.stage1),
      ...(complaint.escalation
        ? [
            { label: 'Escalation requested', value: `${day(complaint.escalation.requestedAt, tz)}${complaint.escalation.reason ? `: ${complaint.escalation.reason}` : ''}` },
            ...(complaint.escalation.late ? [{ label: 'Late escalation', value: `after the complaint was ${complaint.escalation.late.after} on ${complaint.escalation.late.on}; ${complaint.escalation.late.decision}` }] : []),
          ]
        : []),
      ...(complaint.stages.stage2 ? stageFacts('Stage 2', complaint.stages.stage2) : []),
      ...(complaint.withdrawal ? [{ label: 'Withdrawn', value: `${complaint.withdrawal.withdrawnOn}${complaint.withdrawal.reason ? `: ${complaint.withdrawal.reason}` : ''}` }] : []),
      ...(complaint.closure ? [{ label: 'Closed', value: `${complaint.closure.closedOn}${complaint.closure.reason ? `: ${complaint.closure.reason}` : ''}` }] : []),
    ],
  });

  const deadlines = deadlineLines(complaint, context.calendar, today);
  sections.push({
    heading: 'Deadlines (working days)',
    table: {
      columns: ['Stage', 'Step', 'Code', 'From', 'Allowed', 'Due by', 'Done on', 'Taken', 'Outcome'],
      rows: deadlines.map((line) => [
        String(line.stage),
        line.step,
        line.provision,
        line.startedOn,
        String(line.allowedWorkingDays),
        line.dueBy,
        line.doneOn ?? '-',
        line.workingDaysTaken === undefined ? '-' : String(line.workingDaysTaken),
        OUTCOME_TEXT[line.outcome],
      ]),
    },
  });

  const extensions = ([1, 2] as const).flatMap((stage) =>
    ((stage === 1 ? complaint.stages.stage1 : complaint.stages.stage2)?.extensions ?? []).map((extension) => ({ stage, ...extension })),
  );
  sections.push({
    heading: 'Extensions',
    ...(extensions.length === 0
      ? { paragraphs: ['None.'] }
      : {
          table: {
            columns: ['Stage', 'Decided on', 'Working days', 'From', 'To', 'Reason'],
            rows: extensions.map((extension) => [
              String(extension.stage),
              extension.decidedOn,
              String(extension.workingDays),
              extension.from,
              extension.to,
              [extension.reason, extension.goodReason && `good reason: ${extension.goodReason}`, extension.updateEveryWorkingDays && `updates every ${extension.updateEveryWorkingDays} working days`]
                .filter(Boolean)
                .join('; '),
            ]),
          },
        }),
  });

  sections.push({
    heading: 'Refusal',
    paragraphs: complaint.refusal
      ? [`Refused at stage ${complaint.refusal.stage} on ${complaint.refusal.refusedOn}, ground ${complaint.refusal.ground.replace(/_/g, ' ')}: ${complaint.refusal.explanation}`]
      : ['Not refused.'],
  });

  const remedies = complaint.remedies.map((remedy) => [
    String(remedy.stage),
    'remedy',
    `${remedy.kind.replace(/_/g, ' ')}: ${remedy.description}${remedy.amount !== undefined ? ` (${money(remedy.amount)})` : ''}`,
    remedy.dueBy ?? '-',
    remedy.completedAt ? day(remedy.completedAt, tz) : 'not done',
  ]);
  const actions = complaint.outstandingActions.map((action) => [String(action.stage), 'action', action.description, action.dueBy, action.completedAt ? day(action.completedAt, tz) : 'not done']);
  sections.push({
    heading: 'Remedies and actions',
    ...(remedies.length + actions.length === 0
      ? { paragraphs: ['None.'] }
      : { table: { columns: ['Stage', 'What', 'Description', 'Due by', 'Completed'], rows: [...remedies, ...actions] } }),
  });

  sections.push({
    heading: 'Audit timeline (times in UTC)',
    newPage: true,
    table: {
      columns: ['#', 'When', 'Who', 'What', 'Detail'],
      rows: [...record.events]
        .sort((a, b) => a.seq - b.seq)
        .map((event) => [String(event.seq), event.at.slice(0, 16).replace('T', ' '), `${event.actor.userId}${event.actor.roles.length ? ` (${event.actor.roles.join(', ')})` : ''}`, event.type.replace(/_/g, ' '), describeChange(event)]),
    },
  });

  const correspondence = [...record.correspondence].sort((a, b) => a.occurredAt.localeCompare(b.occurredAt) || a.id.localeCompare(b.id));
  sections.push({
    heading: 'Correspondence in and out (times in UTC)',
    newPage: true,
    ...(correspondence.length === 0
      ? { paragraphs: ['None recorded.'] }
      : {
          table: {
            columns: ['When', 'Direction', 'Kind', 'With', 'Summary'],
            rows: correspondence.map((item) => [
              item.occurredAt.slice(0, 16).replace('T', ' '),
              item.direction,
              [item.kind, item.letterKind?.replace(/_/g, ' '), item.delivery].filter(Boolean).join(' / '),
              item.counterparty ?? '',
              [item.summary, ...(item.attachments ?? []).map((attachment) => `attachment: ${attachment.filename} (${attachment.size} bytes)`)].join('\n'),
            ]),
          },
        }),
  });
  for (const item of correspondence.filter((entry) => entry.body)) {
    sections.push({ heading: `${item.direction === 'inbound' ? 'Received' : 'Sent'} ${item.occurredAt.slice(0, 16).replace('T', ' ')}: ${item.counterparty ?? item.kind}`, verbatim: item.body! });
  }

  const emails = record.emails.filter((email) => email.audience === 'resident').sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  emails.forEach((email, i) => {
    sections.push({
      heading: i === 0 ? 'Letters as sent: by email' : `Letter by email: ${email.subject}`,
      newPage: i === 0,
      facts: [
        { label: 'Subject', value: email.subject },
        { label: 'To', value: email.to.join(', ') },
        { label: 'From', value: email.from },
        { label: 'Sent', value: email.sentAt ?? `not sent (${email.status})` },
      ],
      verbatim: email.text,
    });
  });
  const posted = [...record.postedLetters].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  sections.push({
    heading: 'Letters as sent: by post',
    newPage: emails.length === 0,
    ...(posted.length === 0
      ? { paragraphs: ['None.'] }
      : {
          table: {
            columns: ['Letter', 'Queued', 'Status', 'Posted on', 'To'],
            rows: posted.map((letter) => [
              `${letter.stage ? `stage ${letter.stage} ` : ''}${letter.kind.replace(/_/g, ' ')}`,
              day(letter.createdAt, tz),
              letter.status === 'undeliverable' ? `undeliverable: ${letter.reason ?? ''}` : letter.status.replace('_', ' '),
              letter.postedOn ?? '-',
              letter.recipientName,
            ]),
          },
          paragraphs: ['Each posted letter follows, as printed.'],
        }),
  });

  return { title: `Complaint file ${complaint.reference}`, reference: complaint.reference, generatedOn: today, sections, postedLetters: posted };
}

/** Who acts for the resident and on what consent (3.6): the Ombudsman reads whether letters went where agreed. */
function representativeLine(representative: Representative): string {
  const who = `${representative.name} (${representative.relationship})${representative.email ? `, ${representative.email}` : ''}`;
  if (representative.awaitingConsent) return `${who}; awaiting the resident's consent`;
  if (!representative.consent) return who;
  const { method, givenOn, lettersTo } = representative.consent;
  return `${who}; consent given ${givenOn} (${method.replace(/_/g, ' ')}), letters to ${lettersTo === 'both' ? 'both' : `the ${lettersTo}`}`;
}
