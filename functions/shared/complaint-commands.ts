import { dateInZone } from '../../domain/calendar/plain-date.js';
import type { Actor } from '../../domain/complaint/audit-event.js';
import type { Complaint } from '../../domain/complaint/complaint.js';
import { escalationWindowEnds, logComplaint, type NewComplaint, type Transition, type TransitionContext } from '../../domain/complaint/lifecycle.js';
import { lettersForTransition } from '../../domain/letters/letters-for-transition.js';
import { Conflict, NotFound } from '../../domain/errors.js';
import { landlordPolicy, requireSavedSettings, type LandlordSettings } from '../../domain/landlord/settings.js';
import { StaleSettings, VersionConflict, type Built, type WriteExtras } from '../../domain/ports/complaint-store.port.js';
import { desiredSchedules, scheduleChanges } from '../../domain/schedules/deadline-schedules.js';
import { queueLetters } from './outbox-messages.js';
import type { Letter, LetterKind } from '../../domain/letters/letter.js';
import { byDelivery, withPostal } from './letter-delivery.js';
import { isPrintCheck, printCheckSchedule } from '../../domain/letters/posted-letter.js';
import { scheduleOps } from './schedule-ops.js';
import { metrics } from './metrics.js';
import type { Caller } from './auth.js';
import type { ApiDeps } from './deps.js';

const ATTEMPTS = 3;

export async function contextFor(deps: ApiDeps, caller: Caller, withStaff = false) {
  const [{ settings, version }, staff] = await Promise.all([
    deps.landlords.getSettings(caller.landlordId),
    withStaff ? deps.landlords.listStaff(caller.landlordId) : undefined,
  ]);
  const actor: Actor = { userId: caller.userId, roles: caller.roles };
  const ctx: TransitionContext = { now: deps.clock.now(), actor, policy: landlordPolicy(settings, deps.holidays), ...(staff && { staff }) };
  return { ctx, settings, settingsVersion: version };
}

/**
 * What a caller of the application layer adds to a change: records committed with it, letters of its
 * own (staff notices, reminders) queued exactly as the change's own letters are, and letters of the
 * change it knows must not go (no receipt to automatic mail an officer released, 9.9).
 */
export type Effects = Omit<WriteExtras, 'letters'> & { letters?: Letter[]; withhold?: readonly LetterKind[] };

/**
 * The change plus what it causes, to commit together: the letters it sends (its own and the caller's)
 * and the moves of its deadline schedules (from those the complaint had before to those it needs now).
 */
export function withEffects(
  deps: ApiDeps,
  caller: Caller,
  before: Complaint | undefined,
  transition: Transition,
  settings: LandlordSettings,
  ctx: TransitionContext,
  effects: Effects = {},
): Built {
  const { letters: extraLetters = [], withhold = [], ...extras } = effects;
  const letters = lettersForTransition(transition, {
    landlordName: settings.name || 'Your landlord',
    ...(ctx.policy.escalationWindowWorkingDays !== undefined && {
      escalationWindowWorkingDays: ctx.policy.escalationWindowWorkingDays,
      escalationWindowEnds: escalationWindowEnds(transition.complaint, ctx.policy)!,
    }),
  }).filter((letter) => !withhold.includes(letter.kind));
  // Letters go by email, or are kept for the post (or held, undeliverable), in the change's own commit.
  const postal = byDelivery([...letters, ...extraLetters], { landlordId: caller.landlordId, complaint: transition.complaint, ...(ctx.staff && { staff: ctx.staff }), complaintsOfficerEmail: settings.complaintsOfficerEmail, now: ctx.now, newId: deps.newId });
  // Each letter queued to print is checked once its day is over (the officer is alerted if it waits on).
  const desired = [
    ...desiredSchedules(transition.complaint, ctx.policy, settings.reminderLeadWorkingDays, ctx.now),
    ...(transition.complaint.schedules ?? []).filter(isPrintCheck),
    ...postal.extras.letters.filter((letter) => letter.status === 'to_print').map((letter) => printCheckSchedule(letter, ctx.policy.calendar, ctx.policy.timeZone)),
  ];
  const complaint = { ...transition.complaint, schedules: desired };
  const schedules = scheduleOps(complaint, scheduleChanges(before?.schedules ?? [], desired), ctx.now, deps.newId);
  const outbox = queueLetters(deps, caller.landlordId, settings, postal.emailed);
  return { transition: { ...transition, complaint }, extras: withPostal({ ...extras, outbox: [...(extras.outbox ?? []), ...outbox, ...schedules] }, postal.extras) };
}

/** Settings cached by this process turned out stale: forget them and compute again. */
export async function withFreshSettings<T>(deps: ApiDeps, caller: Caller, attempt: () => Promise<T>): Promise<T> {
  for (let tries = 1; ; tries += 1) {
    try {
      return await attempt();
    } catch (error) {
      if (!(error instanceof StaleSettings) || tries >= ATTEMPTS) throw error;
      deps.landlords.forget(caller.landlordId);
    }
  }
}

export function createComplaint(
  deps: ApiDeps,
  caller: Caller,
  input: NewComplaint,
  extras?: (complaint: Complaint) => Effects,
): Promise<Complaint> {
  return withFreshSettings(deps, caller, async () => {
    const { ctx, settings, settingsVersion } = await contextFor(deps, caller);
    requireSavedSettings(settingsVersion);
    const year = Number(dateInZone(ctx.now, ctx.policy.timeZone).slice(0, 4));
    const id = deps.newId();
    const { transition } = await deps.complaints.create(caller.landlordId, year, { settingsVersion }, (reference) => {
      const logged = logComplaint(input, { id, reference, landlordId: caller.landlordId }, ctx);
      return withEffects(deps, caller, undefined, logged, settings, ctx, extras?.(logged.complaint) ?? {});
    });
    metrics.count('ComplaintsLogged', transition.complaint.channel);
    return transition.complaint;
  });
}

export interface TransitionOptions {
  /** The version the caller last saw (If-Match); a mismatch is a 409, never a silent overwrite. */
  ifMatch?: number;
  activeStaff?: string[];
  /** The rule compares people (6.13): read the landlord's staff into the context. */
  withStaff?: boolean;
  /** Also committed with the change: correspondence, extra outbox messages, an inbound marker. */
  extras?: (complaint: Complaint, settings: LandlordSettings) => Effects;
}

/**
 * Read, apply a domain transition, commit conditionally. Without If-Match a lost race is retried
 * on the fresh record (the caller did not pin a version); with it, the race is the caller's 409.
 */
export function applyTransition(
  deps: ApiDeps,
  caller: Caller,
  complaintId: string,
  apply: (complaint: Complaint, ctx: TransitionContext) => Transition | undefined,
  options: TransitionOptions = {},
): Promise<Complaint> {
  return withFreshSettings(deps, caller, async () => {
    for (let tries = 1; ; tries += 1) {
      const [complaint, { ctx, settings, settingsVersion }] = await Promise.all([
        deps.complaints.get(caller.landlordId, complaintId),
        contextFor(deps, caller, options.withStaff),
      ]);
      if (!complaint) throw new NotFound('complaint');
      if (options.ifMatch !== undefined && options.ifMatch !== complaint.version) {
        throw new Conflict(`the complaint is at version ${complaint.version}, not ${options.ifMatch}`);
      }
      const transition = apply(complaint, ctx);
      if (!transition) return complaint; // nothing to change (e.g. a deadline check that finds the step done)
      const built = withEffects(deps, caller, complaint, transition, settings, ctx, options.extras?.(transition.complaint, settings));
      try {
        await deps.complaints.save(built, complaint.version, { settingsVersion, ...(options.activeStaff && { activeStaff: options.activeStaff }) });
        metrics.count('Transitions', built.transition.event.type);
        return built.transition.complaint;
      } catch (error) {
        if (error instanceof VersionConflict && options.ifMatch === undefined && tries < ATTEMPTS) continue;
        if (error instanceof VersionConflict) throw new Conflict('the complaint changed since it was read; fetch it and try again');
        throw error;
      }
    }
  });
}
