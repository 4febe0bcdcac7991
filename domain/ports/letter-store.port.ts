import type { PostedLetter, PostStatus } from '../letters/posted-letter.js';
import type { Page } from './complaint-store.port.js';

/** The print queue: posted and undeliverable resident letters, across a landlord's complaints. */
export interface LetterStore {
  /** Letters in one status, oldest first. */
  list(landlordId: string, query: { status: PostStatus; limit: number; cursor?: string }): Promise<Page<PostedLetter>>;
  /** Every letter in one status, oldest first (a print run). */
  all(landlordId: string, status: PostStatus): Promise<PostedLetter[]>;
  get(landlordId: string, letterId: string): Promise<PostedLetter | undefined>;
}
