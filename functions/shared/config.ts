import { readFileSync } from 'node:fs';
import { holidaysWithFeed, SHIPPED_BANK_HOLIDAYS, type HolidaysByDivision } from '../../domain/calendar/bank-holidays.js';

/** A required setting; a missing one stops the process at start-up, naming the variable. */
export function requiredEnv(name: string, env: NodeJS.ProcessEnv = process.env): string {
  const value = env[name];
  if (!value) throw new Error(`missing required environment variable ${name}`);
  return value;
}

/**
 * The shipped gov.uk snapshot, with a newer copy of https://www.gov.uk/bank-holidays.json named by
 * BANK_HOLIDAYS_FILE merged in: a proclaimed holiday can be added without a release, and the
 * years a current (rolling) feed has dropped keep their snapshot dates, so stored deadlines stay put.
 */
export function loadBankHolidays(env: NodeJS.ProcessEnv = process.env): HolidaysByDivision {
  const file = env.BANK_HOLIDAYS_FILE;
  return file ? holidaysWithFeed(JSON.parse(readFileSync(file, 'utf8'))) : SHIPPED_BANK_HOLIDAYS;
}
