/** The UK divisions gov.uk publishes bank holidays for, spelled as its feed spells them. */
export const DIVISIONS = ['england-and-wales', 'scotland', 'northern-ireland'] as const;
export type Division = (typeof DIVISIONS)[number];
