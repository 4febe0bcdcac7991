import { dateInZone } from '../../domain/calendar/plain-date.js';
import type { Actor } from '../../domain/complaint/audit-event.js';
import type { Complaint } from '../../domain/complaint/complaint.js';
import type { Correspondence } from '../../domain/complaint/correspondence.js';
import { logComplaint, type NewComplaint, type Transition, type TransitionContext } from '../../domain/complaint/lifecycle.js';
import { Conflict, NotFound } from '../../domain/errors.js';
import { landlordPolicy } from '../../domain/landlord/settings.js';
import { StaleSettings, VersionConflict } from '../../domain/ports/complaint-store.port.js';
import type { Caller } from '../shared/auth.js';
import type { ApiDeps } from './deps.js';

const ATTEMPTS = 3;

async function contextFor(deps: ApiDeps, caller: Caller) {
  const { settings, version } = await deps.landlords.getSettings(caller.landlordId);
  const actor: Actor = { userId: caller.userId, roles: caller.roles };
  const ctx: TransitionContext = { now: deps.clock.now(), actor, policy: landlordPolicy(settings, deps.holidays) };
  return { ctx, settingsVersion: version };
}

/** Settings cached by this process turned out stale: forget them and compute again. */
async function withFreshSettings<T>(deps: ApiDeps, caller: Caller, attempt: () => Promise<T>): Promise<T> {
  for (let tries = 1; ; tries += 1) {
    try {
      return await attempt();
    } catch (error) {
      if (!(error instanceof StaleSettings) || tries >= ATTEMPTS) throw error;
      deps.landlords.forget(caller.landlordId);
    }
  }
}

export function createComplaint(deps: ApiDeps, caller: Caller, input: NewComplaint): Promise<Complaint> {
  return withFreshSettings(deps, caller, async () => {
    const { ctx, settingsVersion } = await contextFor(deps, caller);
    const year = Number(dateInZone(ctx.now, ctx.policy.timeZone).slice(0, 4));
    const id = deps.newId();
    const { complaint } = await deps.complaints.create(caller.landlordId, year, { settingsVersion }, (reference) =>
      logComplaint(input, { id, reference, landlordId: caller.landlordId }, ctx),
    );
    return complaint;
  });
}

export interface TransitionOptions {
  /** The version the caller last saw (If-Match); a mismatch is a 409, never a silent overwrite. */
  ifMatch?: number;
  activeStaff?: string[];
  correspondence?: Correspondence;
}

/**
 * Read, apply a domain transition, commit conditionally. Without If-Match a lost race is retried
 * on the fresh record (the caller did not pin a version); with it, the race is the caller's 409.
 */
export function applyTransition(
  deps: ApiDeps,
  caller: Caller,
  complaintId: string,
  apply: (complaint: Complaint, ctx: TransitionContext) => Transition,
  options: TransitionOptions = {},
): Promise<Complaint> {
  return withFreshSettings(deps, caller, async () => {
    for (let tries = 1; ; tries += 1) {
      const [complaint, { ctx, settingsVersion }] = await Promise.all([
        deps.complaints.get(caller.landlordId, complaintId),
        contextFor(deps, caller),
      ]);
      if (!complaint) throw new NotFound('complaint');
      if (options.ifMatch !== undefined && options.ifMatch !== complaint.version) {
        throw new Conflict(`the complaint is at version ${complaint.version}, not ${options.ifMatch}`);
      }
      const transition = apply(complaint, ctx);
      try {
        await deps.complaints.save(
          transition,
          complaint.version,
          { settingsVersion, ...(options.activeStaff && { activeStaff: options.activeStaff }) },
          options.correspondence,
        );
        return transition.complaint;
      } catch (error) {
        if (error instanceof VersionConflict && options.ifMatch === undefined && tries < ATTEMPTS) continue;
        if (error instanceof VersionConflict) throw new Conflict('the complaint changed since it was read; fetch it and try again');
        throw error;
      }
    }
  });
}
