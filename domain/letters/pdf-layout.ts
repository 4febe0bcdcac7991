import type { PlainDate } from '../calendar/plain-date.js';
import { assertComplete, type Letter, type Section } from './letter.js';
import { formatDate } from './resident-letters.js';

/** The landlord's details printed at the top of every posted letter. */
export interface Letterhead {
  name: string;
  postalAddress?: string;
  phone?: string;
}

/**
 * A letter as printed on paper: the same sections as its email, arranged for A4 and a DL window
 * envelope. Built only from a complete letter, so the Code's checks (6.9, 6.19, 2.4, 6.5 ...) hold on paper too.
 */
export interface PrintedLetter {
  letterhead: string[];
  /** Name and address lines, at most ADDRESS_LINES, for the envelope window. */
  recipient: string[];
  date: string;
  reference: string;
  title: string;
  greeting: string;
  sections: Section[];
  signOff: string[];
  /** 5.10: printed in large type. */
  largePrint?: boolean;
}

/** What fits a DL window (35 mm tall) at 10 pt: the name and six address lines. */
export const ADDRESS_LINES = 7;

const lines = (text: string | undefined) =>
  (text ?? '')
    .split(/\r?\n|,\s*/)
    .map((line) => line.trim())
    .filter(Boolean);

/** The address block: one line per part; a long address has its last parts joined so none is lost. */
export function addressBlock(name: string, address: string | undefined): string[] {
  const parts = lines(address);
  const room = ADDRESS_LINES - 1;
  const fitted = parts.length <= room ? parts : [...parts.slice(0, room - 1), parts.slice(room - 1).join(', ')];
  return [name, ...fitted];
}

export function printedLetter(letter: Letter, letterhead: Letterhead, date: PlainDate): PrintedLetter {
  assertComplete(letter);
  const prefix = `[${letter.reference}] `;
  return {
    letterhead: [letterhead.name || 'Your landlord', ...lines(letterhead.postalAddress), ...(letterhead.phone ? [`Telephone: ${letterhead.phone}`] : [])],
    recipient: addressBlock(letter.recipientName ?? letter.greeting.replace(/^Dear\s+/, '').replace(/,$/, ''), letter.postalAddress),
    date: formatDate(date),
    reference: `Our reference: ${letter.reference}`,
    title: letter.subject.startsWith(prefix) ? letter.subject.slice(prefix.length) : letter.subject,
    greeting: letter.greeting,
    sections: letter.sections,
    signOff: letter.signOff.split('\n'),
    ...(letter.largePrint && { largePrint: true }),
  };
}
