import type { Complaint } from '../complaint/complaint.js';
import type { Section } from '../letters/letter.js';
import { ADJUSTMENT_WORDS, adjustmentsOf } from './adjustments.js';
import { residentsOf } from './people.js';

type Known = Pick<Complaint, 'resident' | 'stages'> & Partial<Pick<Complaint, 'group' | 'adjustments' | 'restrictions' | 'reasonableAdjustments'>>;

/** Some notices are built from a complaint's id and reference only (a failed send); they have nothing to add. */
const isComplaint = (value: object): value is Known => 'resident' in value && 'stages' in value;

/**
 * What a handler must know before contacting the resident: the adjustments agreed (5.10) and any contact
 * restriction (5.14), stated in every notice about the complaint. A restriction never stops the complaint
 * being handled, and the notice says so.
 */
export function residentNeedsSections(complaint: object): Section[] {
  if (!isComplaint(complaint)) return [];
  const sections: Section[] = [];
  const adjustments = adjustmentsOf({ reasonableAdjustments: [], ...complaint } as Complaint);
  if (adjustments.length > 0) {
    sections.push({
      element: '5.10',
      heading: 'Reasonable adjustments agreed (5.10)',
      paragraphs: ['Please follow these in every contact with the resident:'],
      items: adjustments.map(
        (record) =>
          `${record.residentName}: ${record.adjustments
            .map((adjustment) => (adjustment.kind === 'other' ? adjustment.detail : `${ADJUSTMENT_WORDS[adjustment.kind]}${adjustment.channel ? ` (${adjustment.channel})` : ''}${adjustment.detail ? ` (${adjustment.detail})` : ''}`))
            .join('; ')}${record.disabilityDisclosed ? ' (a disability was disclosed)' : ''}`,
      ),
    });
  }
  const names = new Map(residentsOf({ resident: complaint.resident, ...(complaint.group && { group: complaint.group }) }).map((person) => [person.id, person.name]));
  const active = (complaint.restrictions ?? []).filter((record) => !record.ended);
  if (active.length > 0) {
    sections.push({
      element: '5.14',
      heading: 'Contact restrictions in place (5.14)',
      paragraphs: ['The complaint is still handled as usual: log the resident’s contact, send every letter and give the Housing Ombudsman’s details.'],
      items: active.map((record) => `${names.get(record.residentId) ?? record.residentId}: ${record.channels.join(', ')}: ${record.restriction} (review by ${record.reviewBy})`),
    });
  }
  return sections;
}
