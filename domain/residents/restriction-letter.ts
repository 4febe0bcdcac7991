import type { Complaint } from '../complaint/complaint.js';
import type { Letter } from '../letters/letter.js';
import { base, formatDate, ombudsmanSection, type LetterContext } from '../letters/resident-letters.js';
import type { ContactChannel } from './restrictions.js';

const CHANNEL_WORDS: Record<ContactChannel, string> = {
  phone: 'telephone',
  email: 'email',
  letter: 'letter',
  in_person: 'in person',
  social_media: 'social media',
};

/**
 * 5.14 (and the Ombudsman's FAQ on it): a resident whose contact is restricted is told what the restriction
 * is, why, when it will be reviewed, and that they can take the decision to the Ombudsman. Sent to the
 * restricted resident (and their representative, per consent) only; it never names who decided.
 */
export function restrictionLetter(complaint: Complaint, ctx: LetterContext, restrictionId: string): Letter | undefined {
  const restriction = complaint.restrictions?.find((record) => record.id === restrictionId);
  if (!restriction || restriction.ended) return undefined;
  if ((ctx.recipient?.residentId ?? 'resident') !== restriction.residentId) return undefined;
  return base(complaint, ctx, 'restriction_notice', 'How you can contact us', [
    {
      element: 'restriction-reasons',
      heading: 'What we have decided',
      paragraphs: [
        `From ${formatDate(restriction.startsOn)} we are limiting how you contact us by ${restriction.channels.map((channel) => CHANNEL_WORDS[channel]).join(', ')}: ${restriction.restriction}`,
        'Our reasons:',
      ],
      items: restriction.reasons.map((reason) => reason.detail),
    },
    {
      element: 'review',
      paragraphs: [
        `We will review this decision by ${formatDate(restriction.reviewBy)}.`,
        `This does not affect your complaint (reference ${complaint.reference}). We will still handle it, write to you about it, and you can still make a new complaint.`,
      ],
    },
    ombudsmanSection('restriction-ombudsman', 'If you disagree with this decision, you can ask the Housing Ombudsman to review it.'),
  ]);
}
