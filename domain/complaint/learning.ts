import { dateInZone, type PlainDate } from '../calendar/plain-date.js';
import { Conflict, InvalidInput, NotFound } from '../errors.js';
import type { Complaint, Improvement, Learning } from './complaint.js';
import { commit, type Transition, type TransitionContext } from './lifecycle.js';
import { requireDate, requireText } from './record-input.js';

export interface ImprovementInput {
  /** Amend an improvement already recorded (not yet completed); omit to record a new one. */
  id?: string;
  description: string;
  owner: string;
  dueBy: PlainDate;
}

export interface LearningInput {
  /** From the landlord's own list (settings `categories`). */
  category?: string;
  rootCause?: string;
  lessons?: string;
  improvements?: ImprovementInput[];
}

/**
 * 9.1-9.3: record what the complaint taught the landlord: its category, root cause, lessons and the
 * service improvements it leads to. Allowed at any point, also after closing: learning often comes
 * after the response. Fields not given are kept; improvements given with an id are amended, others added.
 * The category lives on the complaint itself (`category`), where logging already puts it, so reports
 * have one place to read it from.
 */
export function recordLearning(
  complaint: Complaint,
  input: LearningInput,
  ctx: TransitionContext,
  options: { categories: readonly string[]; newId: () => string },
): Transition {
  const improvements = input.improvements ?? [];
  if (input.category === undefined && input.rootCause === undefined && input.lessons === undefined && improvements.length === 0) {
    throw new InvalidInput('learning', 'give at least one of category, rootCause, lessons, improvements');
  }
  if (input.category !== undefined && !options.categories.includes(input.category)) {
    throw new InvalidInput('category', `must be one of the landlord's categories: ${options.categories.join(', ')}`);
  }
  if (input.rootCause !== undefined) requireText('rootCause', input.rootCause);
  if (input.lessons !== undefined) requireText('lessons', input.lessons);
  const today = dateInZone(ctx.now, ctx.policy.timeZone);
  const current = complaint.learning ?? { improvements: [] };
  let list = [...current.improvements];
  const seen = new Set<string>();
  improvements.forEach((item, index) => {
    const field = `improvements.${index}`;
    const fields = {
      description: requireText(`${field}.description`, item.description),
      owner: requireText(`${field}.owner`, item.owner),
      dueBy: requireDate(`${field}.dueBy`, item.dueBy),
    };
    if (item.id === undefined) {
      list.push({ id: options.newId(), ...fields, recordedOn: today });
      return;
    }
    if (seen.has(item.id)) throw new InvalidInput(`${field}.id`, `improvement ${item.id} is given twice`);
    seen.add(item.id);
    const existing = list.find((candidate) => candidate.id === item.id);
    if (!existing) throw new NotFound('improvement');
    if (existing.completedAt) throw new Conflict(`improvement ${item.id} was completed at ${existing.completedAt}`);
    list = list.map((candidate) => (candidate.id === item.id ? { ...candidate, ...fields } : candidate));
  });
  const learning: Learning = {
    ...current,
    ...(input.rootCause !== undefined && { rootCause: input.rootCause }),
    ...(input.lessons !== undefined && { lessons: input.lessons }),
    improvements: list,
  };
  return commit(
    'learning_recorded',
    complaint,
    { ...complaint, ...(input.category !== undefined && { category: input.category }), learning },
    ctx,
  );
}

/** 9.1: an improvement is done when the landlord says so; the evidence (what changed) is kept with it. */
export function completeImprovement(
  complaint: Complaint,
  improvementId: string,
  input: { evidence?: string },
  ctx: TransitionContext,
): Transition {
  const target = complaint.learning?.improvements.find((item) => item.id === improvementId);
  if (!target) throw new NotFound('improvement');
  if (target.completedAt) throw new Conflict(`improvement ${improvementId} was completed at ${target.completedAt}`);
  if (input.evidence !== undefined) requireText('evidence', input.evidence);
  const completed: Improvement = {
    ...target,
    completedAt: ctx.now.toISOString(),
    ...(input.evidence !== undefined && { evidence: input.evidence }),
  };
  const learning = complaint.learning!;
  return commit(
    'improvement_completed',
    complaint,
    { ...complaint, learning: { ...learning, improvements: learning.improvements.map((item) => (item.id === improvementId ? completed : item)) } },
    ctx,
  );
}
