import type { PlainDate } from '../calendar/plain-date.js';
import type { AuditEvent } from '../complaint/audit-event.js';
import type { Complaint, Stage, Status } from '../complaint/complaint.js';
import type { Correspondence } from '../complaint/correspondence.js';
import type { Transition } from '../complaint/lifecycle.js';
import type { OutboxMessage } from './outbox.port.js';
import type { PostedLetter } from '../letters/posted-letter.js';
import type { ServiceRequestChange } from '../non-complaints/service-request.js';

/** Conditions a write carries so it commits only against what the caller read. */
export interface WriteGuards {
  /** The landlord settings version the deadlines were computed with. */
  settingsVersion: number;
  /** Staff who must exist and be active for the write to commit (e.g. the new handler). */
  activeStaff?: string[];
}

/** What commits with a change, all or nothing. */
export interface WriteExtras {
  correspondence?: Correspondence[];
  outbox?: OutboxMessage[];
  /** Marks an inbound email as logged, so the same message delivered twice is logged once. */
  inboundMessageKey?: string;
  /** Kept on that marker: another message reusing the Message-ID is told apart from a second delivery. */
  inboundContentSha256?: string;
  /** Resident letters that are posted, or held as undeliverable: the print queue's items. */
  letters?: PostedLetter[];
  /** A letter waiting to print changes with the complaint (posted, or its print alert raised); the write fails if it moved meanwhile. */
  letterChange?: LetterChange;
  /** Other complaints changed in the same transaction (a merge; a new issue logged as a complaint of its own, 6.8). */
  alsoSave?: { built: Built; expectedVersion: number }[];
  /** A service request changed with the complaint (1.5: a complaint logged from it), at the version read. */
  serviceRequest?: ServiceRequestChange & { expectedVersion: number };
}

/** Applied only while the letter is still waiting to print (and, for an alert, none was raised yet). */
export type LetterChange =
  | { letterId: string; posted: { postedOn: PlainDate; postedBy: string; postedRecordedAt: string } }
  | { letterId: string; printAlertedAt: string };

/** What an inbound email's marker records: where it was logged, and a hash of what it said. */
export interface InboundMarker {
  complaintId: string;
  contentSha256?: string;
}

export interface Built {
  transition: Transition;
  extras?: WriteExtras;
}

export interface ComplaintQuery {
  status?: Status;
  stage?: Stage;
  handlerId?: string;
  /** Open complaints whose next step is due strictly before this date. */
  dueBefore?: PlainDate;
  /** Complaints with a missed step still open (the deadline check marked it overdue). */
  overdue?: boolean;
  limit: number;
  cursor?: string;
}

export interface Page<T> {
  items: T[];
  nextCursor?: string;
}

export interface ComplaintStore {
  get(landlordId: string, complaintId: string): Promise<Complaint | undefined>;
  /**
   * Allocate the landlord's next reference for `year` and commit the complaint built with it,
   * its first audit event and the reference's uniqueness marker, all or nothing.
   */
  create(landlordId: string, year: number, guards: WriteGuards, build: (reference: string) => Built): Promise<Built>;
  /** Commit a transition, and what it causes, if the stored complaint is still at `expectedVersion`. */
  save(built: Built, expectedVersion: number, guards: WriteGuards): Promise<void>;
  /** The complaint a reference (e.g. from an email subject) names, for this landlord only. */
  findByReference(landlordId: string, reference: string): Promise<Complaint | undefined>;
  /** The complaint an email the system sent belongs to, by its Message-ID. */
  findBySentMessageId(landlordId: string, messageId: string): Promise<Complaint | undefined>;
  /** The first of these Message-IDs the system sent (in the order given), in one batch read: its complaint. */
  findBySentMessageIds(landlordId: string, messageIds: string[]): Promise<Complaint | undefined>;
  /** The marker of an inbound message (by Message-ID or content hash) already logged, if any. */
  inboundMarker(landlordId: string, inboundMessageKey: string): Promise<InboundMarker | undefined>;
  list(landlordId: string, query: ComplaintQuery): Promise<Page<Complaint>>;
  events(landlordId: string, complaintId: string): Promise<AuditEvent[]>;
  correspondence(landlordId: string, complaintId: string): Promise<Correspondence[]>;
}

// Store errors are domain errors (domain/errors.ts); re-exported here for adapters written against the port.
export { BadCursor, DuplicateInbound, StaleSettings, UnknownStaff, VersionConflict } from '../errors.js';
