import type { Actor } from '../complaint/audit-event.js';
import type { SettingsEvent } from '../landlord/settings-audit.js';
import type { LandlordSettings, StaffMember } from '../landlord/settings.js';

/** Settings with the version a write must still see, so a cached copy can never silently go stale. */
export interface VersionedSettings {
  settings: LandlordSettings;
  /** 0 when the landlord has not saved settings yet (defaults apply). */
  version: number;
}

export interface LandlordStore {
  getSettings(landlordId: string): Promise<VersionedSettings>;
  /**
   * Saves settings, claims their inbound addresses (an address another landlord holds is a Conflict) and
   * records the change as an audited event, all in one transaction.
   */
  putSettings(landlordId: string, settings: LandlordSettings, change: { actor: Actor; at: Date }): Promise<VersionedSettings>;
  /** Every settings change, oldest first. */
  settingsEvents(landlordId: string): Promise<SettingsEvent[]>;
  /** The landlord an inbound address belongs to. */
  landlordForAddress(address: string): Promise<string | undefined>;
  /** Drop any cached copy (a write found it stale). */
  forget(landlordId: string): void;
  /** Adds or updates a staff member; a login (userId) already held by another active record is a Conflict (6.13). */
  putStaff(landlordId: string, member: StaffMember): Promise<StaffMember>;
  listStaff(landlordId: string): Promise<StaffMember[]>;
}
