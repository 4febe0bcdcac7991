import type { PlainDate } from '../../domain/calendar/plain-date.js';
import type { PostedLetter } from '../../domain/letters/posted-letter.js';
import { GSI, keys } from './table-design.js';

/** The letter under its complaint, in the print queue partition of its status (GSI4 reused, sparse by prefix). */
export function letterItem(letter: PostedLetter): Record<string, unknown> {
  return {
    ...letter,
    PK: keys.complaint(letter.landlordId, letter.complaintId),
    SK: keys.letterSk(letter.id),
    entity: 'letter',
    [`${GSI.byDue}PK`]: keys.lettersByStatusPk(letter.landlordId, letter.status),
    [`${GSI.byDue}SK`]: `${letter.createdAt}#${letter.id}`,
  };
}

/** A pointer from the letter's id to its complaint, so a download needs only the id. */
export function letterPointerItem(letter: PostedLetter): Record<string, unknown> {
  return { PK: keys.landlord(letter.landlordId), SK: keys.letterPointerSk(letter.id), entity: 'letter_pointer', complaintId: letter.complaintId };
}

export interface Posting {
  postedOn: PlainDate;
  postedBy: string;
  postedRecordedAt: string;
}

/** Moves a letter waiting to print to the posted queue; the condition makes a second marking fail. */
export function letterPostedUpdate(tableName: string, letter: Pick<PostedLetter, 'landlordId' | 'complaintId' | 'id'>, posting: Posting) {
  return {
    TableName: tableName,
    Key: { PK: keys.complaint(letter.landlordId, letter.complaintId), SK: keys.letterSk(letter.id) },
    UpdateExpression: 'SET #status = :posted, #gsi = :queue, postedOn = :on, postedBy = :by, postedRecordedAt = :at',
    ConditionExpression: '#status = :toPrint',
    ExpressionAttributeNames: { '#status': 'status', '#gsi': `${GSI.byDue}PK` },
    ExpressionAttributeValues: {
      ':posted': 'posted',
      ':toPrint': 'to_print',
      ':queue': keys.lettersByStatusPk(letter.landlordId, 'posted'),
      ':on': posting.postedOn,
      ':by': posting.postedBy,
      ':at': posting.postedRecordedAt,
    },
  };
}
