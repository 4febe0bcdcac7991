import { InvalidInput } from '../errors.js';
import { TENURES, type Complaint, type Tenure } from './complaint.js';
import { commit, type Transition, type TransitionContext } from './lifecycle.js';

/** TSM CH01/CH02 are reported per tenure, so the complaint records the resident's (audited like any change). */
export function recordTenure(complaint: Complaint, tenure: Tenure, ctx: TransitionContext): Transition {
  if (!TENURES.includes(tenure)) throw new InvalidInput('tenure', `must be one of ${TENURES.join(', ')}`);
  return commit('tenure_recorded', complaint, { ...complaint, tenure }, ctx);
}
