import { dateInZone, isPlainDate, type PlainDate } from '../calendar/plain-date.js';
import { InvalidInput, RuleViolation } from '../errors.js';
import type { Complaint, RefusalGround } from './complaint.js';
import type { Matter } from './related-records.js';

/** The same day `months` later; a day the later month lacks (29 February, 31 April) becomes its last day. */
export function addMonths(date: PlainDate, months: number): PlainDate {
  if (!isPlainDate(date)) throw new RangeError(`not a calendar date: ${date}`);
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}

/** 2.3: the matter is more than 12 months old at receipt (12 months to the day is still within the limit). */
export function overTwelveMonthsAtReceipt(arose: PlainDate, receivedOn: PlainDate): boolean {
  return addMonths(arose, 12) < receivedOn;
}

export interface MatterInput {
  arose: PlainDate;
  basis: Matter['basis'];
  /** Why the landlord accepts a matter more than 12 months old (2.3 discretion). */
  discretion?: string;
}

/** An accepted complaint is one past receipt that was not refused: the landlord has taken it on. */
function accepted(complaint: Pick<Complaint, 'status'>): boolean {
  return complaint.status !== 'stage1_received' && complaint.status !== 'refused';
}

/**
 * 2.3: what the record says about when the matter arose. A date after receipt cannot be; discretion is
 * only recorded where it is needed (the matter is over 12 months old), and a complaint already accepted
 * with an old matter must say what discretion was used.
 */
export function matterRecord(
  input: MatterInput,
  complaint: Pick<Complaint, 'status' | 'stages'>,
  ctx: { now: Date; timeZone: string; userId: string },
): Matter {
  const receivedOn = complaint.stages.stage1.receivedOn;
  if (input.arose > receivedOn) throw new InvalidInput('matter.arose', `cannot be after the complaint was received (${receivedOn})`);
  const old = overTwelveMonthsAtReceipt(input.arose, receivedOn);
  if (input.discretion !== undefined && !old) {
    throw new RuleViolation('2.3', 'the matter is within 12 months of receipt: no discretion is needed to accept it');
  }
  if (old && input.discretion === undefined && accepted(complaint)) {
    throw new RuleViolation('2.3', 'this complaint was accepted although the matter is over 12 months old: record the discretion used');
  }
  return {
    arose: input.arose,
    basis: input.basis,
    ...(input.discretion !== undefined && {
      discretion: { reason: input.discretion, decidedBy: ctx.userId, decidedOn: dateInZone(ctx.now, ctx.timeZone) },
    }),
  };
}

/** 2.3: refusing on the 12-month ground needs a matter that was more than 12 months old at receipt. */
export function requireTwelveMonthGround(complaint: Complaint, ground: RefusalGround): void {
  if (ground !== 'over_12_months') return;
  const matter = complaint.matter;
  if (!matter) throw new RuleViolation('2.3', 'record when the matter arose (or the resident became aware of it) before refusing it as over 12 months old');
  if (!overTwelveMonthsAtReceipt(matter.arose, complaint.stages.stage1.receivedOn)) {
    throw new RuleViolation('2.3', `the matter arose on ${matter.arose}, within 12 months of receipt on ${complaint.stages.stage1.receivedOn}: it cannot be refused as over 12 months old`);
  }
}

/** 2.3: accepting (acknowledging) a matter over 12 months old is a use of discretion, and the record says so. */
export function requireDiscretionForOldMatter(complaint: Complaint): void {
  const matter = complaint.matter;
  if (complaint.stage !== 1 || !matter || matter.discretion) return;
  if (overTwelveMonthsAtReceipt(matter.arose, complaint.stages.stage1.receivedOn)) {
    throw new RuleViolation('2.3', `the matter arose on ${matter.arose}, over 12 months before receipt: record the discretion used to accept it (PUT .../matter) or refuse it`);
  }
}
