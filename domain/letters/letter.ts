import { RuleViolation } from '../errors.js';
import { HOUSING_OMBUDSMAN } from './ombudsman.js';
import type { Delivery } from './delivery.js';

export type LetterKind =
  | 'receipt'
  | 'acknowledgement'
  | 'extension'
  | 'response'
  | 'refusal'
  | 'action_update'
  | 'handler_notice'
  | 'delivery_failed'
  | 'reminder'
  | 'overdue_alert'
  | 'letter_undeliverable'
  | 'restriction_notice'
  // Issue 13: a duplicate merged into another complaint; dissatisfaction recorded without a complaint (FAQ).
  | 'merged'
  | 'no_complaint_logged';

/** One part of a letter, tagged with the element of the Code it satisfies (e.g. "6.9c"). */
export interface Section {
  element: string;
  heading?: string;
  paragraphs: string[];
  items?: string[];
}

export interface Letter {
  kind: LetterKind;
  /** Letters to residents never name staff (they act for the landlord); staff notices may. */
  audience: 'resident' | 'staff';
  stage?: 1 | 2;
  to: string[];
  subject: string;
  greeting: string;
  sections: Section[];
  signOff: string;
  complaintId: string;
  reference: string;
  /** Resident letters: how it reaches them (staff notices are always emailed). Absent means email. */
  delivery?: Delivery;
  /** Who it is addressed to, and where, for a posted letter's envelope window. */
  recipientName?: string;
  postalAddress?: string;
  /** Why an undeliverable letter cannot be sent. */
  undeliverableReason?: string;
  /** 5.10: the addressee agreed large print; the email and the printed letter use larger type. */
  largePrint?: boolean;
}

interface Requirement {
  element: string;
  provision: string;
  what: string;
  /** Text the section must contain, e.g. the Ombudsman's telephone number. */
  mustContain?: string;
}

const ombudsman = (element: string, provision: string): Requirement => ({
  element,
  provision,
  what: "the Housing Ombudsman's contact details",
  mustContain: HOUSING_OMBUDSMAN.phone,
});

const RESPONSE_ELEMENTS = (p: '6.9' | '6.19'): Requirement[] => [
  { element: `${p}a`, provision: p, what: 'the complaint stage' },
  { element: `${p}b`, provision: p, what: 'the complaint definition' },
  { element: `${p}c`, provision: p, what: 'the decision on the complaint' },
  { element: `${p}d`, provision: p, what: 'the reasons for any decisions made' },
  { element: `${p}e`, provision: p, what: 'the details of any remedy offered' },
  { element: `${p}f`, provision: p, what: 'the details of any outstanding actions' },
  p === '6.9'
    ? { element: '6.9g', provision: '6.9', what: 'details of how to escalate to stage 2' }
    : { ...ombudsman('6.19g', '6.19'), what: 'details of how to escalate to the Housing Ombudsman' },
];

/** What each letter must carry, by provision. */
export function requirementsFor(letter: Pick<Letter, 'kind' | 'stage'>): Requirement[] {
  switch (letter.kind) {
    case 'receipt':
      return [
        { element: 'reference', provision: '5.12', what: 'the complaint reference' },
        { element: 'acknowledge-by', provision: '6.2', what: 'the date by which the complaint will be acknowledged' },
        ombudsman('3.7', '3.7'),
      ];
    case 'acknowledgement':
      return [
        { element: '5.6', provision: '5.6', what: 'the complaint definition and the outcomes sought' },
        { element: '5.7', provision: '5.7', what: 'what the landlord is and is not responsible for' },
        { element: 'respond-by', provision: letter.stage === 2 ? '6.14' : '6.3', what: 'the date the response is due' },
      ];
    case 'extension':
      return letter.stage === 2
        ? [
            { element: 'extension-reason', provision: '6.15', what: 'the reason for the extension' },
            { element: 'new-date', provision: '6.15', what: 'the new response date' },
            ombudsman('6.16', '6.16'),
          ]
        : [
            { element: 'extension-reason', provision: '6.4', what: 'the reason for the extension' },
            { element: 'new-date', provision: '6.4', what: 'the new response date' },
            ombudsman('6.5', '6.5'),
          ];
    case 'response':
      return letter.stage === 2
        ? [...RESPONSE_ELEMENTS('6.19'), { element: 'compensation-no-bar', provision: '6.19', what: 'that accepting compensation does not stop a referral to the Ombudsman' }]
        : RESPONSE_ELEMENTS('6.9');
    case 'refusal':
      return letter.stage === 2
        ? [{ element: 'refusal-reasons', provision: '5.11', what: 'the reasons for refusing to escalate' }, ombudsman('refusal-ombudsman', '5.11')]
        : [{ element: 'refusal-reasons', provision: '2.4', what: 'the reasons the complaint was not accepted' }, ombudsman('refusal-ombudsman', '2.4')];
    case 'restriction_notice':
      return [
        { element: 'restriction-reasons', provision: '5.14', what: 'the restriction and the reasons for it' },
        ombudsman('restriction-ombudsman', '5.14'),
      ];
    case 'merged':
      return [{ element: 'use-reference', provision: '5.12', what: 'the reference of the complaint that carries on' }];
    case 'no_complaint_logged':
      return [
        { element: 'no-complaint', provision: '1.2', what: 'that no complaint was logged, at the resident’s request' },
        { element: 'how-to-complain', provision: '2.3', what: 'how to complain later, and the time limit for it' },
        ombudsman('no-complaint-ombudsman', '3.7'),
      ];
    default:
      return [];
  }
}

/** A letter missing a mandatory element can never be queued: this throws naming the provision. */
export function assertComplete(letter: Letter): void {
  const delivery = letter.delivery ?? 'email';
  if (delivery === 'email' && letter.to.length === 0) throw new Error(`${letter.kind} letter for ${letter.reference} has no recipient`);
  if (delivery === 'post' && !letter.postalAddress?.trim()) throw new Error(`${letter.kind} letter for ${letter.reference} has no postal address`);
  if (!letter.subject.includes(letter.reference)) {
    throw new RuleViolation('5.12', `${letter.kind} letter subject must carry the reference ${letter.reference}`);
  }
  for (const requirement of requirementsFor(letter)) {
    const section = letter.sections.find((candidate) => candidate.element === requirement.element);
    const text = section ? [...section.paragraphs, ...(section.items ?? [])].join('\n') : '';
    if (!text.trim() || (requirement.mustContain && !text.includes(requirement.mustContain))) {
      throw new RuleViolation(requirement.provision, `${letter.kind} letter lacks ${requirement.what} (${requirement.element})`);
    }
  }
}
