import type { PlainDate } from '../calendar/plain-date.js';
import type { ResidentAdjustments } from '../residents/adjustments.js';
import type { GroupComplaint } from '../residents/group.js';
import type { RepresentativeConsent } from '../residents/representation.js';
import type { BehaviourRestriction } from '../residents/restrictions.js';
import type { AddedIssue, ComplaintLink, Matter, Reopening } from './related-records.js';

export const STATUSES = [
  'stage1_received',
  'stage1_acknowledged',
  'stage1_responded',
  'stage2_received',
  'stage2_acknowledged',
  'stage2_responded',
  'refused',
  'withdrawn',
  'merged',
  'closed',
] as const;
export type Status = (typeof STATUSES)[number];

/** Exactly two stages (5.2, 5.3): there is no stage 0 and no stage 3. */
export type Stage = 1 | 2;
export type StageKey = 'stage1' | 'stage2';
export const stageKey = (stage: Stage): StageKey => (stage === 1 ? 'stage1' : 'stage2');

export const CHANNELS = [
  'email',
  'phone',
  'web',
  'letter',
  'in_person',
  'social_media',
  'representative',
  'member_enquiry',
] as const;
export type Channel = (typeof CHANNELS)[number];

export const DECISIONS = ['upheld', 'partly_upheld', 'not_upheld'] as const;
export type Decision = (typeof DECISIONS)[number];

/** 7.1-7.4 remedy kinds. */
export const REMEDY_KINDS = [
  'apology',
  'acknowledgement',
  'explanation',
  'action_on_delay',
  'decision_changed',
  'record_amended',
  'financial',
  'policy_change',
] as const;
export type RemedyKind = (typeof REMEDY_KINDS)[number];

/** 2.3, 2.4, 5.11: grounds from the landlord's exclusion list. */
export const REFUSAL_GROUNDS = ['over_12_months', 'legal_proceedings', 'previously_considered', 'other'] as const;
export type RefusalGround = (typeof REFUSAL_GROUNDS)[number];

export interface Resident {
  name: string;
  email?: string;
  phone?: string;
  address?: string;
  tenancyRef?: string;
  /** How the resident wants letters: email unless they ask for post (defaults to email when there is an address). */
  contactPreference?: 'email' | 'post';
}

export interface Representative {
  name: string;
  relationship: string;
  email?: string;
  /** Postal address, for letters posted to the representative (3.6). */
  address?: string;
  phone?: string;
  /** 3.6: how and when the resident agreed, and who letters go to. Older nominations have none: letters go to the representative. */
  consent?: RepresentativeConsent;
  /**
   * Named when the complaint was logged, before the resident agreed (3.6; the Ombudsman's FAQ): letters go to
   * the resident, and the receipt and acknowledgement ask for their consent, until a nomination records it.
   */
  awaitingConsent?: true;
}

export interface ExcludedPart {
  description: string;
  ground: string;
  explanation: string;
}

/** 5.6, 5.7: the landlord's written understanding, the outcomes sought, and what it is not responsible for. */
export interface Definition {
  understanding: string;
  outcomesSought: string[];
  notResponsibleFor: string[];
  excludedParts: ExcludedPart[];
}

export interface Remedy {
  id: string;
  stage: Stage;
  kind: RemedyKind;
  description: string;
  amount?: number;
  /** 7.3: when it will be done. A remedy given in the response itself (e.g. the apology) has none and is done at once. */
  dueBy?: PlainDate;
  completedAt?: string;
}

export interface OutstandingAction {
  id: string;
  stage: Stage;
  description: string;
  dueBy: PlainDate;
  completedAt?: string;
}

export interface Extension {
  workingDays: number;
  reason: string;
  goodReason?: string;
  updateEveryWorkingDays?: number;
  from: PlainDate;
  to: PlainDate;
  decidedOn: PlainDate;
}

export interface StageDeadlines {
  acknowledgeBy?: PlainDate;
  respondBy?: PlainDate;
  extendedTo?: PlainDate;
}

/** What happened at one stage, as dates in the landlord's zone: the basis of deadlines and of CH02. */
export interface StageRecord {
  receivedOn: PlainDate;
  acknowledgedOn?: PlainDate;
  respondedOn?: PlainDate;
  handlerId?: string;
  /** The handler's login (their staff record's userId) when acknowledged: 6.13 compares people, not ids typed in. */
  handlerUserId?: string;
  definition?: Definition;
  extensions: Extension[];
  decision?: Decision;
  reasons?: string;
}

export interface Refusal {
  stage: Stage;
  ground: RefusalGround;
  explanation: string;
  refusedOn: PlainDate;
}

export interface Escalation {
  requestedAt: string;
  reason?: string;
  parts: string[];
  /** Asked after the landlord's escalation window: accepted at the landlord's discretion (FAQ). */
  afterWindow: boolean;
  /**
   * 6.10: asked after the complaint was closed or withdrawn following its stage 1 response. The request
   * is still received: accepted (the complaint reopens at stage 2) or refused (5.11), and who decided is kept.
   */
  late?: { after: 'closed' | 'withdrawn'; on: PlainDate; decision: 'accepted' | 'refused'; decidedBy: string };
}

/** 5.9: an agreed update falling due was checked against the contact the resident actually had. */
export interface UpdateCheck {
  step: string;
  dueBy: PlainDate;
  kept: boolean;
  checkedAt: string;
}

export interface Complaint {
  id: string;
  landlordId: string;
  reference: string;
  status: Status;
  stage: Stage;
  channel: Channel;
  receivedAt: string;
  resident: Resident;
  description: string;
  category?: string;
  representative?: Representative;
  serviceRequestId?: string;
  reasonableAdjustments: string[];
  stages: { stage1: StageRecord; stage2?: StageRecord };
  deadlines: { stage1: StageDeadlines; stage2?: StageDeadlines };
  remedies: Remedy[];
  outstandingActions: OutstandingAction[];
  escalation?: Escalation;
  refusal?: Refusal;
  withdrawal?: { reason?: string; withdrawnOn: PlainDate };
  closure?: { reason?: string; closedOn: PlainDate };
  /** Deadlines missed (the check found the step still open after its due date). */
  overdue?: OverdueStep[];
  /** 5.9: agreed updates already judged, so the next interval is scheduled and none is judged twice. */
  updateChecks?: UpdateCheck[];
  /** Reminders already sent, so a schedule that fires twice reminds once. */
  reminders?: { step: string; dueBy: PlainDate; sentAt: string }[];
  /** The one-time schedules this complaint should have now (see domain/schedules). */
  schedules?: ScheduledCheck[];
  createdAt: string;
  updatedAt: string;
  version: number;
  /** TSM CH01/CH02 are reported per tenure. Older records have none; reports count them as low-cost rental and say so. */
  tenure?: Tenure;
  /** 9.1-9.3: what the landlord learned from the complaint (its category is `category` above). */
  learning?: Learning;
  /** 8.1c, 9.7c: the resident took the complaint to the Housing Ombudsman. */
  ombudsman?: OmbudsmanCase;
  /** A group complaint: who else it covers, and whether the resident leads for them (domain/residents/group.ts). */
  group?: GroupComplaint;
  /** 5.10, per resident on the complaint (supersedes the free-text `reasonableAdjustments`). */
  adjustments?: ResidentAdjustments[];
  /** 5.14, 5.15: restrictions on contact; they never stop the complaint being handled. */
  restrictions?: BehaviourRestriction[];
  /** 2.3: when the matter arose or the resident became aware, and any discretion used to accept it late. */
  matter?: Matter;
  /** 6.8: related issues joined to this complaint before its stage 1 response. */
  issuesAdded?: AddedIssue[];
  /** 6.8 and merges: the other complaints this one points at. */
  links?: ComplaintLink[];
  /** 2.4: accepted after a refusal because the Ombudsman directed it. */
  reopening?: Reopening;
}

export interface OverdueStep {
  step: string;
  dueBy: PlainDate;
  markedAt: string;
  /** When the step was done after all; the complaint leaves the overdue view when none is open. */
  resolvedAt?: string;
}

export interface ScheduledCheck {
  /** step:kind, unique per complaint: the schedule's name derives from it, so a retry updates. */
  key: string;
  kind: 'reminder' | 'check';
  step: string;
  dueBy: PlainDate;
  fireAt: string;
}

export const OPEN_STATUSES: ReadonlySet<Status> = new Set([
  'stage1_received',
  'stage1_acknowledged',
  'stage1_responded',
  'stage2_received',
  'stage2_acknowledged',
]);

/** The record of the stage the complaint is at now. */
export function currentStage(complaint: Complaint): StageRecord {
  const record = complaint.stages[stageKey(complaint.stage)];
  if (!record) throw new Error(`complaint ${complaint.id} has no record for stage ${complaint.stage}`);
  return record;
}

/** The Regulator's TSM stock types: low-cost rental accommodation and low-cost home ownership. */
export const TENURES = ['low_cost_rental', 'low_cost_home_ownership'] as const;
export type Tenure = (typeof TENURES)[number];

/** 9.1: a change to the service made because of the complaint, owned and dated like an action. */
export interface Improvement {
  id: string;
  description: string;
  /** Who answers for it: a person or a team, in the landlord's words. */
  owner: string;
  /** When it was recorded: reports count it in that period. */
  recordedOn: PlainDate;
  dueBy: PlainDate;
  completedAt?: string;
  evidence?: string;
}

export interface Learning {
  rootCause?: string;
  lessons?: string;
  improvements: Improvement[];
}

export const OMBUDSMAN_FINDINGS = [
  'severe_maladministration',
  'maladministration',
  'service_failure',
  'reasonable_redress',
  'no_maladministration',
  'outside_jurisdiction',
] as const;
export type OmbudsmanFinding = (typeof OMBUDSMAN_FINDINGS)[number];

/** An order the Ombudsman made; complied with by its date and evidenced (9.7c). */
export interface OmbudsmanOrder {
  id: string;
  description: string;
  dueBy: PlainDate;
  completedAt?: string;
  evidence?: string;
}

export interface OmbudsmanDetermination {
  determinedOn: PlainDate;
  /** One finding per element of the complaint the Ombudsman investigated. */
  findings: { element: string; finding: OmbudsmanFinding }[];
  orders: OmbudsmanOrder[];
}

export interface OmbudsmanCase {
  referredOn: PlainDate;
  /** The Ombudsman's own case reference. */
  reference: string;
  determination?: OmbudsmanDetermination;
}
