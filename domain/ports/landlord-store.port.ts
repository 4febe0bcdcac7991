import type { LandlordSettings, StaffMember } from '../landlord/settings.js';

/** Settings with the version a write must still see, so a cached copy can never silently go stale. */
export interface VersionedSettings {
  settings: LandlordSettings;
  /** 0 when the landlord has not saved settings yet (defaults apply). */
  version: number;
}

export interface LandlordStore {
  getSettings(landlordId: string): Promise<VersionedSettings>;
  /** Saves settings and claims their inbound addresses; an address another landlord holds is a Conflict. */
  putSettings(landlordId: string, settings: LandlordSettings): Promise<VersionedSettings>;
  /** The landlord an inbound address belongs to. */
  landlordForAddress(address: string): Promise<string | undefined>;
  /** Drop any cached copy (a write found it stale). */
  forget(landlordId: string): void;
  putStaff(landlordId: string, member: StaffMember): Promise<StaffMember>;
  listStaff(landlordId: string): Promise<StaffMember[]>;
}
