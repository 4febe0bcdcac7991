import type { PlainDate } from '../calendar/plain-date.js';
import type { Refusal } from './complaint.js';

/**
 * 2.3: when the matter complained of arose, or when the resident became aware of it (the later of the
 * two is what the 12-month rule counts from). Accepting a matter more than 12 months old at receipt is a
 * use of the landlord's discretion, recorded with who decided it and why.
 */
export interface Matter {
  arose: PlainDate;
  basis: 'occurred' | 'became_aware';
  discretion?: { reason: string; decidedBy: string; decidedOn: PlainDate };
}

/** 6.8: a related issue the resident raised during stage 1 that joined this complaint before its response. */
export interface AddedIssue {
  id: string;
  description: string;
  outcomesSought: string[];
  raisedOn: PlainDate;
  addedBy: string;
}

/**
 * How one complaint points at another: a new issue logged as a complaint of its own (6.8) or a duplicate
 * merged into the complaint that carries on. Both complaints hold the link, each from its own side.
 */
export type ComplaintLinkRelation = 'new_issue_logged_as' | 'new_issue_of' | 'merged_into' | 'merged_from';

export interface ComplaintLink {
  relation: ComplaintLinkRelation;
  complaintId: string;
  reference: string;
  on: PlainDate;
  by: string;
  reason?: string;
  /** A merge of complaints whose resident details differ, confirmed by the caller to be one person's. */
  sameResidentConfirmed?: true;
}

/**
 * 2.4: the Ombudsman told the landlord to take on a complaint it had refused. The refusal is kept here,
 * and the complaint is back at the stage it was refused at, its clock running from the direction.
 */
export interface Reopening {
  directedOn: PlainDate;
  ombudsmanReference: string;
  direction: string;
  recordedBy: string;
  refusal: Refusal;
  /** When the stage's clock first ran from, before the direction restarted it. */
  previouslyReceivedOn: PlainDate;
}
