import { dateInZone } from '../calendar/plain-date.js';
import { Conflict, InvalidInput, RuleViolation } from '../errors.js';
import { OPEN_STATUSES, type Complaint, type Resident } from './complaint.js';
import { commit, type Transition, type TransitionContext } from './lifecycle.js';
import { PRIMARY_RESIDENT } from '../residents/people.js';
import { withoutStaleReviewHistory } from '../residents/review.js';

/**
 * A duplicate complaint is merged into the one that carries on: the duplicate ends (`merged`) pointing at
 * the other, which records what it took in (and the resident's agreed adjustments, 5.10). Only an open
 * duplicate can be merged, into an open complaint, and never while the duplicate still owes the resident
 * something promised (6.6, 7.3): those are followed through first, so the merged complaint is left with
 * nothing scheduled.
 */
export function mergeInto(
  duplicate: Complaint,
  target: Complaint,
  input: { reason?: string; sameResident?: boolean },
  ctx: TransitionContext,
): { duplicate: Transition; target: Transition } {
  if (duplicate.id === target.id) throw new InvalidInput('into', 'a complaint cannot be merged into itself');
  if (duplicate.status === 'merged') throw new Conflict(`the complaint is already merged into ${mergedInto(duplicate) ?? 'another'}`);
  if (!OPEN_STATUSES.has(duplicate.status)) throw new Conflict(`the complaint is ${duplicate.status}; only an open complaint can be merged`);
  if (!OPEN_STATUSES.has(target.status)) throw new InvalidInput('into', `must name an open complaint; ${target.reference} is ${target.status}`);
  // The duplicate's resident is told to quote the other complaint, whose letters go to its own resident:
  // another person's complaint would leave them unanswered (a group complaint is how several are covered).
  const differ = !samePerson(duplicate.resident, target.resident);
  if (differ && input.sameResident !== true) {
    throw new InvalidInput(
      'into',
      `${target.reference} is ${target.resident.name}'s complaint and this is ${duplicate.resident.name}'s: only one resident's duplicates are merged (record others as a group complaint); if they are the same person, confirm with sameResident: true`,
    );
  }
  // Those merged into the duplicate were told to quote it: it carries on, so no pointer ever leads to a merged complaint.
  const mergedIn = (duplicate.links ?? []).filter((link) => link.relation === 'merged_from').map((link) => link.reference);
  if (mergedIn.length > 0) {
    throw new Conflict(`${mergedIn.join(', ')} ${mergedIn.length === 1 ? 'was' : 'were'} merged into this complaint and its resident told to quote it; merge ${target.reference} into it instead`);
  }
  const restricted = (duplicate.restrictions ?? []).filter((record) => !record.ended);
  if (restricted.length > 0) {
    throw new Conflict(`the complaint has ${restricted.length} contact restriction(s) in force (5.14): end them, or record them on ${target.reference}, before merging`);
  }
  const owed = [...duplicate.remedies, ...duplicate.outstandingActions].filter((item) => item.dueBy && !item.completedAt);
  const improvements = (duplicate.learning?.improvements ?? []).filter((item) => !item.completedAt);
  if (owed.length > 0 || improvements.length > 0) {
    throw new RuleViolation('6.6', `the complaint still has ${owed.length + improvements.length} promised action(s) open; complete them before merging`);
  }
  const on = dateInZone(ctx.now, ctx.policy.timeZone);
  const by = ctx.actor.userId;
  const reason = { ...(input.reason !== undefined && { reason: input.reason }), ...(differ && { sameResidentConfirmed: true as const }) };
  return {
    duplicate: commit(
      'merged',
      duplicate,
      {
        ...duplicate,
        status: 'merged',
        links: [...(duplicate.links ?? []), { relation: 'merged_into', complaintId: target.id, reference: target.reference, on, by, ...reason }],
      },
      ctx,
    ),
    target: commit(
      'merge_received',
      target,
      withAdjustmentsOf(duplicate, { ...target, links: [...(target.links ?? []), { relation: 'merged_from', complaintId: duplicate.id, reference: duplicate.reference, on, by, ...reason }] }),
      ctx,
    ),
  };
}

/**
 * A merged complaint is kept as it was merged: the people on it, their adjustments and any restriction are
 * recorded on the complaint that carries on, where they are acted on.
 */
export function requireNotMerged(complaint: Complaint): void {
  if (complaint.status !== 'merged') return;
  const into = mergedInto(complaint) ?? 'the complaint it was merged into';
  throw new Conflict(`the complaint was merged into ${into}: record this on ${into}`);
}

/** The reference of the complaint a merged one went into, from its link. */
const mergedInto = (complaint: Complaint): string | undefined => complaint.links?.find((link) => link.relation === 'merged_into')?.reference;

/** Case and spacing aside: a name's words, or an identifier (email, tenancy, phone) with no spaces at all. */
const word = (value: string | undefined) => value?.trim().toLowerCase().replace(/\s+/g, ' ') || undefined;
const identifier = (value: string | undefined) => value?.toLowerCase().replace(/\s+/g, '') || undefined;

/** The same person, as far as the record shows: the same name, or the same email, tenancy or phone. */
function samePerson(a: Resident, b: Resident): boolean {
  if (word(a.name) === word(b.name)) return true;
  return (['email', 'tenancyRef', 'phone'] as const).some((key) => identifier(a[key]) !== undefined && identifier(a[key]) === identifier(b[key]));
}

/**
 * 5.10: adjustments agreed with the resident on the duplicate go on with them to the complaint that carries
 * on (its letters are the ones they will get), unless that complaint has its own, which are the later word.
 */
function withAdjustmentsOf(duplicate: Complaint, target: Complaint): Complaint {
  const agreed = (duplicate.adjustments ?? []).find((record) => record.residentId === PRIMARY_RESIDENT);
  if (!agreed || (target.adjustments ?? []).some((record) => record.residentId === PRIMARY_RESIDENT)) return target;
  return withoutStaleReviewHistory({ ...target, adjustments: [...(target.adjustments ?? []), agreed] });
}
