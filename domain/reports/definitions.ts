import type { PlainDate } from '../calendar/plain-date.js';
import { stageKey, type Complaint, type Extension, type Stage, type Tenure } from '../complaint/complaint.js';
import { TIMESCALES } from '../complaint/deadlines.js';

/**
 * The counting rules every report shares, per complaint and stage, on the dates the record stores. One
 * place, so the TSM return, the annual report and the self-assessment can never count differently
 * (the Ombudsman's FAQ asks the annual report to follow the TSM basis).
 */

export type TenureBucket = Tenure | 'unrecorded';

/** Tenure as recorded; records from before tenure was kept say `unrecorded` (TSM counts them as low-cost rental). */
export const tenureOf = (complaint: Complaint): TenureBucket => complaint.tenure ?? 'unrecorded';

/**
 * Whether the complaint is a complaint at this stage (CH01, and every volume the reports give):
 * - it reached the stage (stage 2: the escalation request was received);
 * - it was not refused at that stage: a complaint not accepted (2.1-2.5) was never a stage 1 complaint, and a
 *   refused escalation (5.11) is not a stage 2 complaint; the stage 1 it went through still counts;
 * - it was not merged into another complaint (6.8: it is part of that one).
 * A withdrawn complaint still counts: it was received.
 */
export function countsAtStage(complaint: Complaint, stage: Stage): boolean {
  if (!complaint.stages[stageKey(stage)]) return false;
  if (complaint.status === 'merged') return false;
  return complaint.refusal?.stage !== stage;
}

export type AcknowledgementTiming = 'on_time' | 'late';

/** 6.2 / 6.11: acknowledged on or before the acknowledge-by date the record settled. */
export function acknowledgementTiming(complaint: Complaint, stage: Stage): AcknowledgementTiming | undefined {
  const acknowledgedOn = complaint.stages[stageKey(stage)]?.acknowledgedOn;
  if (!countsAtStage(complaint, stage) || acknowledgedOn === undefined) return undefined;
  const due = complaint.deadlines[stageKey(stage)]?.acknowledgeBy;
  return due !== undefined && acknowledgedOn <= due ? 'on_time' : 'late';
}

/**
 * When the response was sent, against the Code's timescale:
 * - `within_timescale`: by respond-by (10 working days from acknowledgement at stage 1, 6.3; 20 at stage 2, 6.14);
 * - `within_extension`: after that, by the date of an extension within the Code's limit (6.4: 10 more working
 *   days at stage 1; 6.15: 20 at stage 2);
 * - `within_good_reason_extension`: by the date of an extension beyond that limit made with a recorded good
 *   reason, which 6.4 and 6.15 allow ("no more than 10 working days without good reason");
 * - `late`: otherwise.
 * Only Code-compliant extensions move the deadline: one decided after the response was already due, or
 * one past the limit without a good reason, is ignored with every extension after it. The lifecycle
 * refuses both, so this only matters for records from before it did; and the notice of every extension
 * the software sends carries the Ombudsman's details (6.5, 6.16), or cannot be queued.
 */
export type ResponseTiming = 'within_timescale' | 'within_extension' | 'within_good_reason_extension' | 'late';

export function responseTiming(complaint: Complaint, stage: Stage): ResponseTiming | undefined {
  const record = complaint.stages[stageKey(stage)];
  if (!record?.respondedOn || !countsAtStage(complaint, stage)) return undefined;
  const respondedOn = record.respondedOn;
  // The lifecycle sets respond-by at acknowledgement and responds only after it; none means no clock ran.
  const respondBy = complaint.deadlines[stageKey(stage)]?.respondBy;
  if (respondBy === undefined) return 'late';
  if (respondedOn <= respondBy) return 'within_timescale';
  for (const { extension, class: classification } of extensionClasses(complaint, stage)) {
    if (classification === 'not_compliant') break;
    if (respondedOn <= extension.to) return classification === 'within_limit' ? 'within_extension' : 'within_good_reason_extension';
  }
  return 'late';
}

export type ExtensionClass = 'within_limit' | 'good_reason' | 'not_compliant';

/** 6.4 / 6.15 for one extension, given the working days already used and the date the response was due. */
function extensionClass(stage: Stage, usedBefore: number, extension: Extension, dueBefore: PlainDate): ExtensionClass {
  if (extension.decidedOn > dueBefore) return 'not_compliant';
  const total = usedBefore + extension.workingDays;
  if (total <= TIMESCALES[stage].extensionLimit) return 'within_limit';
  return extension.goodReason?.trim() ? 'good_reason' : 'not_compliant';
}

/** Each extension at the stage with its class, in the order they were decided (for 6.4 / 6.15 evidence). */
export function extensionClasses(complaint: Complaint, stage: Stage): { extension: Extension; class: ExtensionClass }[] {
  const key = stageKey(stage);
  const record = complaint.stages[key];
  if (!record || !countsAtStage(complaint, stage)) return [];
  let due = complaint.deadlines[key]?.respondBy;
  let used = 0;
  let compliant = true;
  return record.extensions.map((extension) => {
    // Once one extension is not compliant, those built on it are not either.
    const classification: ExtensionClass = !compliant || due === undefined ? 'not_compliant' : extensionClass(stage, used, extension, due);
    compliant = classification !== 'not_compliant';
    used += extension.workingDays;
    due = extension.to;
    return { extension, class: classification };
  });
}

/** 6.13 as the record shows it: compared by login where both stages have one, else by staff id. */
export function stage2HandlerCheck(complaint: Complaint): 'differs' | 'same' | undefined {
  const stage1 = complaint.stages.stage1;
  const stage2 = complaint.stages.stage2;
  if (!stage2?.acknowledgedOn || !countsAtStage(complaint, 2)) return undefined;
  if (stage1.handlerUserId !== undefined && stage2.handlerUserId !== undefined && stage1.handlerUserId === stage2.handlerUserId) return 'same';
  return stage1.handlerId === stage2.handlerId ? 'same' : 'differs';
}
