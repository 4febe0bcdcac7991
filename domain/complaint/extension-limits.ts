import { RuleViolation } from '../errors.js';
import type { Stage, StageRecord } from './complaint.js';
import { extensionDaysUsed } from './deadlines.js';

/**
 * How often, and how far, one stage's response may be put back. The Code caps extensions at 10 / 20
 * working days unless there is a good reason (6.4, 6.15) and sets no ceiling beyond that; this system
 * does, so that a stage's record (every extension, every 5.9 update it schedules) has a known largest
 * size. The record must always fit the store with room to respond, escalate and close: the arithmetic
 * is in functions/http/limits.ts. Five extensions and six months past the Code's clock is far beyond
 * what the Ombudsman would accept without a new conversation with the resident.
 */
export const MAX_EXTENSIONS_PER_STAGE = 5;
export const MAX_EXTENSION_WORKING_DAYS_PER_STAGE = 130;

export function extensionWithinLimits(stage: Stage, record: StageRecord, workingDays: number): void {
  const provision = stage === 1 ? '6.4' : '6.15';
  if (record.extensions.length >= MAX_EXTENSIONS_PER_STAGE) {
    throw new RuleViolation(provision, `stage ${stage} has been extended ${record.extensions.length} times, the most allowed; respond, or withdraw and log a new complaint`);
  }
  const total = extensionDaysUsed(record) + workingDays;
  if (total > MAX_EXTENSION_WORKING_DAYS_PER_STAGE) {
    throw new RuleViolation(
      provision,
      `stage ${stage} extensions would total ${total} working days; at most ${MAX_EXTENSION_WORKING_DAYS_PER_STAGE} are allowed, even with a good reason`,
    );
  }
}
