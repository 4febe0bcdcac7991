import type { Complaint } from '../../domain/complaint/complaint.js';
import { recordMatter } from '../../domain/complaint/matter.js';
import { mergeInto } from '../../domain/complaint/merge.js';
import { addIssue, issueAsNewComplaint, recordIssueLoggedSeparately, separateReason, type NewIssueInput } from '../../domain/complaint/new-issues.js';
import { acceptOnOmbudsmanDirection, type OmbudsmanDirectionInput } from '../../domain/complaint/ombudsman-direction.js';
import type { MatterInput } from '../../domain/complaint/twelve-month-rule.js';
import { Conflict, NotFound, VersionConflict } from '../../domain/errors.js';
import { mergedLetter, updatedAcknowledgementLetter } from '../../domain/letters/further-letters.js';
import { toEveryAddressee } from '../../domain/letters/letters-for-transition.js';
import { LIMITS } from '../http/limits.js';
import type { Caller } from './auth.js';
import { applyTransition, contextFor, createComplaint, withEffects, withFreshSettings } from './complaint-commands.js';
import type { ApiDeps } from './deps.js';

const ATTEMPTS = 3;

/** The store's limits on a definition, and at most 5 issues joined to one complaint (each adds to the item). */
export const ISSUE_LIMITS = {
  understandingBytes: LIMITS.definition.understanding,
  outcomesSought: LIMITS.definition.outcomesSought.items,
  issues: 5,
} as const;

/** 2.3: when the matter arose, and any discretion used to accept it. */
export function setMatter(deps: ApiDeps, caller: Caller, complaintId: string, input: MatterInput, ifMatch?: number): Promise<Complaint> {
  return applyTransition(deps, caller, complaintId, (complaint, ctx) => recordMatter(complaint, input, ctx), ifMatch !== undefined ? { ifMatch } : {});
}

/** 2.4: accepted at the Ombudsman's direction; fresh deadlines and schedules come with the commit. */
export function reopenOnDirection(deps: ApiDeps, caller: Caller, complaintId: string, input: OmbudsmanDirectionInput, ifMatch?: number): Promise<Complaint> {
  return applyTransition(deps, caller, complaintId, (complaint, ctx) => acceptOnOmbudsmanDirection(complaint, input, ctx), ifMatch !== undefined ? { ifMatch } : {});
}

export type IssueOutcome = { outcome: 'added'; complaint: Complaint } | { outcome: 'logged_as_new_complaint'; complaint: Complaint; newComplaint: Complaint };

/**
 * 6.8: a related issue joins a stage 1 complaint whose response has not been sent (amended definition,
 * updated acknowledgement, same deadlines); otherwise it is logged as a new complaint, committed together
 * with the first complaint's link to it.
 */
export function raiseIssue(deps: ApiDeps, caller: Caller, complaintId: string, input: NewIssueInput, ifMatch?: number): Promise<IssueOutcome> {
  return withFreshSettings(deps, caller, async () => {
    for (let tries = 1; ; tries += 1) {
      const [first, { ctx, settings }] = await Promise.all([deps.complaints.get(caller.landlordId, complaintId), contextFor(deps, caller)]);
      if (!first) throw new NotFound('complaint');
      if (ifMatch !== undefined && ifMatch !== first.version) throw new Conflict(`the complaint is at version ${first.version}, not ${ifMatch}`);
      const reason = separateReason(first, input);
      if (reason === undefined) {
        const complaint = await applyTransition(deps, caller, complaintId, (current, now) => addIssue(current, input, now, deps.newId, ISSUE_LIMITS), {
          ifMatch: first.version,
          extras: (updated, current) => {
            const issue = updated.issuesAdded?.at(-1);
            return issue ? { letters: toEveryAddressee(updated, { landlordName: current.name || 'Your landlord' }, (ctx) => updatedAcknowledgementLetter(updated, ctx, issue)) } : {};
          },
        }).catch((error: unknown) => {
          if (error instanceof Conflict && ifMatch === undefined && tries < ATTEMPTS) return undefined;
          throw error;
        });
        if (complaint) return { outcome: 'added', complaint };
        continue;
      }
      let linked: Complaint | undefined;
      try {
        const newComplaint = await createComplaint(deps, caller, issueAsNewComplaint(first, input, reason, ctx), (created) => {
          const built = withEffects(deps, caller, first, recordIssueLoggedSeparately(first, created, reason, ctx), settings, ctx);
          linked = built.transition.complaint;
          return { alsoSave: [{ built, expectedVersion: first.version }] };
        });
        return { outcome: 'logged_as_new_complaint', complaint: linked!, newComplaint };
      } catch (error) {
        if (error instanceof VersionConflict && ifMatch === undefined && tries < ATTEMPTS) continue;
        if (error instanceof VersionConflict) throw new Conflict('the complaint changed since it was read; fetch it and try again');
        throw error;
      }
    }
  });
}

/**
 * A duplicate merged into another complaint: both change in one transaction with their events, the
 * duplicate's schedules are deleted (it has no open step left) and its resident is told the reference to use.
 */
export function mergeComplaint(deps: ApiDeps, caller: Caller, complaintId: string, input: { into: string; reason?: string; sameResident?: boolean }, ifMatch?: number): Promise<{ complaint: Complaint; into: Complaint }> {
  return withFreshSettings(deps, caller, async () => {
    for (let tries = 1; ; tries += 1) {
      const [duplicate, target, { ctx, settings, settingsVersion }] = await Promise.all([
        deps.complaints.get(caller.landlordId, complaintId),
        deps.complaints.get(caller.landlordId, input.into),
        contextFor(deps, caller),
      ]);
      if (!duplicate) throw new NotFound('complaint');
      if (!target) throw new NotFound('complaint named by into');
      if (ifMatch !== undefined && ifMatch !== duplicate.version) throw new Conflict(`the complaint is at version ${duplicate.version}, not ${ifMatch}`);
      const { into: _into, ...how } = input;
      const merged = mergeInto(duplicate, target, how, ctx);
      const letterContext = { landlordName: settings.name || 'Your landlord' };
      const into = withEffects(deps, caller, target, merged.target, settings, ctx);
      const built = withEffects(deps, caller, duplicate, merged.duplicate, settings, ctx, {
        letters: toEveryAddressee(merged.duplicate.complaint, letterContext, (ctx) => mergedLetter(merged.duplicate.complaint, target, ctx)),
        alsoSave: [{ built: into, expectedVersion: target.version }],
      });
      try {
        await deps.complaints.save(built, duplicate.version, { settingsVersion });
        return { complaint: built.transition.complaint, into: into.transition.complaint };
      } catch (error) {
        if (error instanceof VersionConflict && ifMatch === undefined && tries < ATTEMPTS) continue;
        if (error instanceof VersionConflict) throw new Conflict('a complaint changed since it was read; fetch it and try again');
        throw error;
      }
    }
  });
}
