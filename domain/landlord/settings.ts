import type { Division, HolidaysByDivision } from '../calendar/bank-holidays.js';
import type { PlainDate } from '../calendar/plain-date.js';
import { WorkingCalendar } from '../calendar/working-calendar.js';
import type { LandlordPolicy } from '../complaint/lifecycle.js';

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
}
