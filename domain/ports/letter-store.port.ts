import type { PlainDate } from '../calendar/plain-date.js';
import type { PostedLetter, PostStatus } from '../letters/posted-letter.js';
import type { Page } from './complaint-store.port.js';

/** A print-queue row: the letter's summary without its text (what the print queue's index holds). */
export type PostedLetterRow = Omit<PostedLetter, 'letter'> & { letter?: undefined };

/** The print queue: posted and undeliverable resident letters, across a landlord's complaints. */
export interface LetterStore {
  /** Letters in one status, oldest first, as rows (no text: render with get or all). */
  list(landlordId: string, query: { status: PostStatus; limit: number; cursor?: string }): Promise<Page<PostedLetterRow>>;
  /** Every letter in one status, oldest first (a print run). */
  all(landlordId: string, status: PostStatus): Promise<PostedLetter[]>;
  get(landlordId: string, letterId: string): Promise<PostedLetter | undefined>;
  /**
   * A letter with no complaint behind it (dissatisfaction recorded without one) is posted on its own:
   * Conflict if it is no longer waiting to print.
   */
  markPostedAlone(letter: PostedLetter, posting: { postedOn: PlainDate; postedBy: string; postedRecordedAt: string }): Promise<void>;
}
