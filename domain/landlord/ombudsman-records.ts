import type { PlainDate } from '../calendar/plain-date.js';
import { requireDate, requirePastDate, requireText } from '../complaint/record-input.js';
import { Conflict, InvalidInput } from '../errors.js';

/**
 * What the Housing Ombudsman said about the landlord itself rather than one complaint: a complaint handling
 * failure order (8.1c), its annual report on the landlord's performance (8.1e), or another report or
 * publication about the landlord's work (8.1f). The annual report lists those dated in its year; the
 * governance report lists those dated in its period and every order still to comply with (9.7c).
 */
export const OMBUDSMAN_RECORD_KINDS = ['complaint_handling_failure_order', 'annual_performance_report', 'other_report'] as const;
export type OmbudsmanRecordKind = (typeof OMBUDSMAN_RECORD_KINDS)[number];

export interface OmbudsmanLandlordRecord {
  id: string;
  kind: OmbudsmanRecordKind;
  date: PlainDate;
  title: string;
  summary: string;
  /** The Ombudsman's reference or the address it was published at. */
  reference?: string;
  /** For an order: what the landlord did to comply, once it has. */
  response?: string;
  /** For an order: the date the Ombudsman set for compliance, where it set one. */
  dueBy?: PlainDate;
  /** For an order: the day the landlord complied, with its evidence (as actions are completed). */
  completedOn?: PlainDate;
  evidence?: string;
}

export type OmbudsmanRecordInput = Omit<OmbudsmanLandlordRecord, 'id' | 'completedOn' | 'evidence'>;

const isOrder = (kind: OmbudsmanRecordKind): boolean => kind === 'complaint_handling_failure_order';

/** A record as the landlord enters it, checked: kind from the list, a date not in the future, words present. */
export function ombudsmanLandlordRecord(input: OmbudsmanRecordInput, id: string, today: PlainDate): OmbudsmanLandlordRecord {
  if (!OMBUDSMAN_RECORD_KINDS.includes(input.kind)) throw new InvalidInput('kind', `must be one of ${OMBUDSMAN_RECORD_KINDS.join(', ')}`);
  const date = requirePastDate('date', input.date, today);
  if (input.dueBy !== undefined) {
    if (!isOrder(input.kind)) throw new InvalidInput('dueBy', 'only an order (complaint_handling_failure_order) has a date to comply by');
    if (requireDate('dueBy', input.dueBy) < date) throw new InvalidInput('dueBy', 'must not be before the date of the order');
  }
  return {
    id,
    kind: input.kind,
    date,
    title: requireText('title', input.title),
    summary: requireText('summary', input.summary),
    ...(input.reference !== undefined && { reference: requireText('reference', input.reference) }),
    ...(input.response !== undefined && { response: requireText('response', input.response) }),
    ...(input.dueBy !== undefined && { dueBy: input.dueBy }),
  };
}

/** 8.1c: an order complied with, once, with evidence of how; the record keeps the day. */
export function completeLandlordOrder(record: OmbudsmanLandlordRecord, input: { evidence: string; response?: string }, today: PlainDate): OmbudsmanLandlordRecord {
  if (!isOrder(record.kind)) throw new InvalidInput('kind', 'only an order (complaint_handling_failure_order) is completed');
  if (record.completedOn !== undefined) throw new Conflict(`order ${record.id} was completed on ${record.completedOn}`);
  return {
    ...record,
    evidence: requireText('evidence', input.evidence),
    ...(input.response !== undefined && { response: requireText('response', input.response) }),
    completedOn: today,
  };
}

/** An order not yet complied with: open, and overdue once its date has passed. */
export const isOpenOrder = (record: OmbudsmanLandlordRecord): boolean => isOrder(record.kind) && record.completedOn === undefined;
