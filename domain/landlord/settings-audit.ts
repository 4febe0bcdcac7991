import type { Actor } from '../complaint/audit-event.js';
import type { LandlordSettings } from './settings.js';

/** One change to a landlord's settings: who, when, and exactly which fields moved (5.12 for the policy itself). */
export interface SettingsEvent {
  landlordId: string;
  /** The settings version this change produced. */
  version: number;
  actor: Actor;
  at: string;
  before: Partial<LandlordSettings>;
  after: Partial<LandlordSettings>;
}

/**
 * The fields a settings change touched. Closure days and the escalation window move deadlines and
 * timeliness figures, so the trail must show when each changed and who changed it.
 */
export function settingsEvent(
  landlordId: string,
  version: number,
  before: LandlordSettings | undefined,
  after: LandlordSettings,
  actor: Actor,
  at: Date,
): SettingsEvent {
  const changedBefore: Record<string, unknown> = {};
  const changedAfter: Record<string, unknown> = {};
  for (const key of new Set([...Object.keys(before ?? {}), ...Object.keys(after)])) {
    const old = before?.[key as keyof LandlordSettings];
    const now = after[key as keyof LandlordSettings];
    if (JSON.stringify(old) === JSON.stringify(now)) continue;
    if (old !== undefined) changedBefore[key] = old;
    if (now !== undefined) changedAfter[key] = now;
  }
  return { landlordId, version, actor, at: at.toISOString(), before: changedBefore, after: changedAfter };
}
