import type { PlainDate } from '../calendar/plain-date.js';
import { requirePastDate, requireText } from '../complaint/record-input.js';
import { InvalidInput } from '../errors.js';

/**
 * What the Housing Ombudsman said about the landlord itself rather than one complaint: a complaint handling
 * failure order (8.1c), its annual report on the landlord's performance (8.1e), or another report or
 * publication about the landlord's work (8.1f). The annual report lists those dated in its year.
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
}

export type OmbudsmanRecordInput = Omit<OmbudsmanLandlordRecord, 'id'>;

/** A record as the landlord enters it, checked: kind from the list, a date not in the future, words present. */
export function ombudsmanLandlordRecord(input: OmbudsmanRecordInput, id: string, today: PlainDate): OmbudsmanLandlordRecord {
  if (!OMBUDSMAN_RECORD_KINDS.includes(input.kind)) throw new InvalidInput('kind', `must be one of ${OMBUDSMAN_RECORD_KINDS.join(', ')}`);
  return {
    id,
    kind: input.kind,
    date: requirePastDate('date', input.date, today),
    title: requireText('title', input.title),
    summary: requireText('summary', input.summary),
    ...(input.reference !== undefined && { reference: requireText('reference', input.reference) }),
    ...(input.response !== undefined && { response: requireText('response', input.response) }),
  };
}
