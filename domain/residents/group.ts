import { Conflict, InvalidInput, NotFound } from '../errors.js';
import type { Complaint, Resident } from '../complaint/complaint.js';
import { commit, type Transition, type TransitionContext } from '../complaint/lifecycle.js';
import { requireText } from '../complaint/record-input.js';
import { PRIMARY_RESIDENT } from './people.js';
import { requireNotMerged } from '../complaint/merge.js';

/**
 * Group complaints (the Code's FAQ): a lead complainant acting for the others, who are named so the record
 * shows who the response covers (`lead`), or every resident listed as a complainant in their own right
 * (`each`), each written to. Either way it is one complaint, counted once.
 */
export const GROUP_BASES = ['lead', 'each'] as const;
export type GroupBasis = (typeof GROUP_BASES)[number];

export interface GroupMember extends Resident {
  /** Chosen by the caller (like a staff id), so adjustments and restrictions can name the member. */
  id: string;
}

export interface GroupComplaint {
  basis: GroupBasis;
  /** The other residents; the complaint's own `resident` is the lead, or the first listed. */
  members: GroupMember[];
}

/** Ten others named on a complaint led by one of them. */
export const MAX_GROUP_MEMBERS = 10;
/**
 * Four others when each is written to: every copy of a letter commits with the change that causes it, in
 * one transaction of at most 100 items and 4 MB (functions/http/limits.ts), and the largest response letter
 * is nearly 400 KB. A larger group written to individually is logged as one complaint each (the FAQ's other way).
 */
export const MAX_EACH_MEMBERS = 4;

function inUse(complaint: Complaint, id: string): boolean {
  return (complaint.adjustments ?? []).some((record) => record.residentId === id) || (complaint.restrictions ?? []).some((record) => record.residentId === id && !record.ended);
}

function requireNoneInUse(complaint: Complaint, kept: ReadonlySet<string>): void {
  for (const member of complaint.group?.members ?? []) {
    if (!kept.has(member.id) && inUse(complaint, member.id)) {
      throw new Conflict(`${member.id} has reasonable adjustments or a contact restriction on this complaint: remove or end them before removing the resident`);
    }
  }
}

/** Records (or replaces) who the complaint covers and on what basis; members keep their ids across changes. */
export function recordGroup(complaint: Complaint, input: GroupComplaint, ctx: TransitionContext): Transition {
  requireNotMerged(complaint);
  if (input.members.length === 0) throw new InvalidInput('members', 'name at least one other resident; to make it a single complaint again, remove the group');
  if (input.members.length > MAX_GROUP_MEMBERS) throw new InvalidInput('members', `at most ${MAX_GROUP_MEMBERS} other residents`);
  if (input.basis === 'each' && input.members.length > MAX_EACH_MEMBERS) {
    throw new InvalidInput('members', `at most ${MAX_EACH_MEMBERS} other residents when each is written to; with more, name a lead complainant or log a complaint for each`);
  }
  const seen = new Set<string>();
  const members = input.members.map((member, index) => {
    if (member.id === PRIMARY_RESIDENT) throw new InvalidInput(`members.${index}.id`, `"${PRIMARY_RESIDENT}" is the complaint's own resident`);
    if (seen.has(member.id)) throw new InvalidInput(`members.${index}.id`, `${member.id} is given twice`);
    seen.add(member.id);
    return { ...member, name: requireText(`members.${index}.name`, member.name) };
  });
  requireNoneInUse(complaint, seen);
  return commit('group_recorded', complaint, { ...complaint, group: { basis: input.basis, members } }, ctx);
}

/** Back to a single resident's complaint. */
export function removeGroup(complaint: Complaint, ctx: TransitionContext): Transition {
  requireNotMerged(complaint);
  if (!complaint.group) throw new NotFound('group');
  requireNoneInUse(complaint, new Set());
  const { group: _removed, ...rest } = complaint;
  return commit('group_removed', complaint, rest, ctx);
}
