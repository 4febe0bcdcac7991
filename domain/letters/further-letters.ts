import type { AddedIssue } from '../complaint/related-records.js';
import { currentStage, type Complaint } from '../complaint/complaint.js';
import type { NoComplaintRecord } from '../non-complaints/no-complaint-record.js';
import type { Letter } from './letter.js';
import { acknowledgementLetter, base, formatDate, ombudsmanSection, type LetterContext } from './resident-letters.js';

/**
 * 6.8 with 5.6 and 5.7: the acknowledgement again, with the amended definition and the same response
 * date, opening with what was added. It is an acknowledgement letter, so it carries everything one must.
 */
export function updatedAcknowledgementLetter(complaint: Complaint, ctx: LetterContext, issue: AddedIssue): Letter | undefined {
  // Not yet acknowledged: there is no definition or response date to restate; the acknowledgement to come defines it all.
  if (!currentStage(complaint).definition) return undefined;
  const letter = acknowledgementLetter(complaint, ctx);
  if (!letter) return undefined;
  return {
    ...letter,
    subject: `[${complaint.reference}] We have added a new issue to your complaint`,
    sections: [
      {
        element: 'issue-added',
        heading: 'What has changed',
        paragraphs: [
          `You raised a further issue with us on ${formatDate(issue.raisedOn)}. It is related to your complaint, so we have added it and will answer it in our stage 1 response. Our understanding of your complaint below now includes it, and the date for our response has not changed.`,
        ],
      },
      ...letter.sections,
    ],
  };
}

/** A duplicate merged into another complaint: the resident is told which reference to use from now on. */
export function mergedLetter(duplicate: Complaint, target: Pick<Complaint, 'reference'>, ctx: LetterContext): Letter {
  return base(duplicate, ctx, 'merged', 'Your complaint has been joined with another', [
    {
      element: 'merged',
      paragraphs: [`Your complaint ${duplicate.reference} is about the same matters as complaint ${target.reference}, so we have joined the two together and will deal with them as one.`],
    },
    {
      element: 'use-reference',
      heading: 'Your reference from now on',
      paragraphs: [`Please quote ${target.reference} when you contact us about this complaint. We will not send further letters under ${duplicate.reference}.`],
    },
  ]);
}

/**
 * Ombudsman FAQ: the resident asked for no complaint to be logged. The letter confirms it, says how to
 * complain later and by when (within 12 months of the matter, 2.3), and gives the Ombudsman's details.
 */
export function noComplaintLetter(record: NoComplaintRecord, ctx: LetterContext): Letter {
  return base(record, ctx, 'no_complaint_logged', 'You told us you did not want to make a complaint', [
    {
      element: 'no-complaint',
      paragraphs: [
        `On ${formatDate(record.raisedOn)} you told us you were unhappy about the following, and asked us not to log it as a complaint. We have respected that, and recorded it under reference ${record.reference}.`,
        record.description,
      ],
    },
    {
      element: 'how-to-complain',
      heading: 'If you change your mind',
      paragraphs: [
        `You can still make a complaint at any time by contacting us in any way you like, quoting ${record.reference}. Please do so within 12 months of the issue happening, or of when you became aware of it; we may accept a complaint made later if there is a good reason.`,
      ],
    },
    ombudsmanSection('no-complaint-ombudsman', 'You can contact the Housing Ombudsman for free, independent advice at any time.'),
  ]);
}
