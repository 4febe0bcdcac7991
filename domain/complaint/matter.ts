import { Conflict } from '../errors.js';
import type { Complaint } from './complaint.js';
import { commit, type Transition, type TransitionContext } from './lifecycle.js';
import { matterRecord, type MatterInput } from './twelve-month-rule.js';

/** 2.3: record (or correct) when the matter arose, and any discretion used to accept an old one. Audited. */
export function recordMatter(complaint: Complaint, input: MatterInput, ctx: TransitionContext): Transition {
  if (complaint.status === 'merged') throw new Conflict('the complaint was merged into another; record this there');
  const matter = matterRecord(input, complaint, { now: ctx.now, timeZone: ctx.policy.timeZone, userId: ctx.actor.userId });
  return commit('matter_recorded', complaint, { ...complaint, matter }, ctx);
}
