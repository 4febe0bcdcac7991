import { NotFound } from '../errors.js';
import type { Complaint, Resident } from '../complaint/complaint.js';

/** The id the complaint's own resident (the lead of a group) is known by in adjustments and restrictions. */
export const PRIMARY_RESIDENT = 'resident';

export interface PersonOnComplaint extends Resident {
  id: string;
}

/** Everyone the complaint covers: its resident first, then the other members of a group complaint. */
export function residentsOf(complaint: Pick<Complaint, 'resident' | 'group'>): PersonOnComplaint[] {
  return [{ ...complaint.resident, id: PRIMARY_RESIDENT }, ...(complaint.group?.members ?? [])];
}

/** A resident the complaint covers, or 404: adjustments and restrictions are recorded against a person on it. */
export function requireResident(complaint: Pick<Complaint, 'resident' | 'group'>, residentId: string): PersonOnComplaint {
  const person = residentsOf(complaint).find((candidate) => candidate.id === residentId);
  if (!person) throw new NotFound('resident');
  return person;
}
