import type { Division, HolidaysByDivision } from '../calendar/bank-holidays.js';
import type { PlainDate } from '../calendar/plain-date.js';
import { WorkingCalendar } from '../calendar/working-calendar.js';
import type { LandlordPolicy } from '../complaint/lifecycle.js';
import { Conflict } from '../errors.js';
import { DEFAULT_CATEGORIES, type Ch02Rule, type HomesCount } from './report-settings.js';

/** One landlord (a tenant of the system) and how it runs its complaints. */
export interface LandlordSettings {
  name: string;
  homes: number;
  division: Division;
  timeZone: string;
  complaintsOfficerEmail: string;
  inboundAddresses: string[];
  closureDays: PlainDate[];
  fromAddress?: string;
  escalationWindowWorkingDays?: number;
  reminderLeadWorkingDays: number;
  financialYearStartMonth: number;
  /** TSM CH01's denominator: homes per stock type, dated so the count at a period's end is used. */
  homesByTenure?: HomesCount[];
  /** The landlord's complaint categories (9.7a), from which a complaint's category is chosen. */
  categories?: string[];
  /** How CH02 judges "on time" (see Ch02Rule). */
  ch02Rule?: Ch02Rule;
  /** Printed on posted letters: where residents write to, and a number to call. */
  postalAddress?: string;
  phone?: string;
}

/** A landlord that has not saved its settings yet runs on England's calendar in London time. */
export const DEFAULT_SETTINGS: LandlordSettings = {
  name: '',
  homes: 0,
  division: 'england-and-wales',
  timeZone: 'Europe/London',
  complaintsOfficerEmail: '',
  inboundAddresses: [],
  closureDays: [],
  reminderLeadWorkingDays: 2,
  financialYearStartMonth: 4,
  homesByTenure: [],
  categories: [...DEFAULT_CATEGORIES],
  ch02Rule: 'with_extensions',
};

export function landlordPolicy(settings: LandlordSettings, holidays: HolidaysByDivision): LandlordPolicy {
  return {
    timeZone: settings.timeZone,
    calendar: new WorkingCalendar(holidays[settings.division], new Set(settings.closureDays)),
    ...(settings.escalationWindowWorkingDays !== undefined && {
      escalationWindowWorkingDays: settings.escalationWindowWorkingDays,
    }),
  };
}

export interface StaffMember {
  id: string;
  name: string;
  email: string;
  active: boolean;
  /** Their login (the token's `sub`), so 6.13 can tell people apart whatever staff id is typed in. */
  userId?: string;
}

/**
 * Letters are signed with the landlord's name and alerts go to its complaints officer, so a landlord
 * logs complaints only once its settings are saved (settings version 0 means never saved).
 */
export function requireSavedSettings(settingsVersion: number): void {
  if (settingsVersion === 0) {
    throw new Conflict('save the landlord settings (PUT /v1/landlord) before logging complaints: letters are signed with its name and alerts go to its complaints officer');
  }
}
