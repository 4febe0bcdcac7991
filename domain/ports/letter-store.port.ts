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
}
