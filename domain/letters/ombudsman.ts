/** The Housing Ombudsman's contact details: the one place they are kept (3.7, 2.4, 6.5, 6.16, 6.19g). */
export const HOUSING_OMBUDSMAN = {
  name: 'Housing Ombudsman Service',
  address: 'PO Box 1484, Unit D, Preston PR2 0ET',
  phone: '0300 111 3000',
  email: 'info@housing-ombudsman.org.uk',
  website: 'www.housing-ombudsman.org.uk',
} as const;

export function ombudsmanContact(): string[] {
  const o = HOUSING_OMBUDSMAN;
  return [`${o.name}, ${o.address}`, `Telephone: ${o.phone}`, `Email: ${o.email}`, `Website: ${o.website}`];
}
