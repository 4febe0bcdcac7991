import type { PlainDate } from '../calendar/plain-date.js';

/**
 * How CH02 judges "within the Code's timescales" (tsm-and-calendar.md, CH02):
 * - `with_extensions`: the response was sent by its deadline, counting a Code-compliant extension (6.4, 6.15);
 * - `strict_acknowledgement`: as above, and the acknowledgement was on time too (the RSH's September 2023
 *   guidance had landlords judge receipt, acknowledgement and response dates together).
 */
export const CH02_RULES = ['with_extensions', 'strict_acknowledgement'] as const;
export type Ch02Rule = (typeof CH02_RULES)[number];

/** Homes the landlord owns per TSM stock type, as at a date: CH01 uses the count for the period's end. */
export interface HomesCount {
  asOf: PlainDate;
  lowCostRental: number;
  lowCostHomeOwnership: number;
}

/** Categories a social landlord typically reports complaints by (9.7a); each landlord edits its own list. */
export const DEFAULT_CATEGORIES: readonly string[] = [
  'Repairs',
  'Damp and mould',
  'Anti-social behaviour case handling',
  'Staff conduct',
  'Communication',
  'Rent and service charges',
  'Estate services',
  'Lettings and allocations',
  'Neighbourhood and tenancy management',
  'Gas and building safety',
  'Adaptations',
  'Complaint handling',
  'Other',
];

/** The categories a landlord reports by (9.7a): its own list once saved, the defaults until then. */
export const categoriesOf = (settings: { categories?: readonly string[] | undefined }): readonly string[] => settings.categories ?? DEFAULT_CATEGORIES;

