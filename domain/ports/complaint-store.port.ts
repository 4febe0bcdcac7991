import type { PlainDate } from '../calendar/plain-date.js';
import type { AuditEvent } from '../complaint/audit-event.js';
import type { Complaint, Stage, Status } from '../complaint/complaint.js';
import type { Correspondence } from '../complaint/correspondence.js';
import type { Transition } from '../complaint/lifecycle.js';

/** Conditions a write carries so it commits only against what the caller read. */
export interface WriteGuards {
  /** The landlord settings version the deadlines were computed with. */
  settingsVersion: number;
  /** Staff who must exist and be active for the write to commit (e.g. the new handler). */
  activeStaff?: string[];
}

export interface ComplaintQuery {
  status?: Status;
  stage?: Stage;
  handlerId?: string;
  /** Open complaints whose next step is due strictly before this date. */
  dueBefore?: PlainDate;
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
  create(landlordId: string, year: number, guards: WriteGuards, build: (reference: string) => Transition): Promise<Transition>;
  /** Commit a transition if the stored complaint is still at `expectedVersion`. */
  save(transition: Transition, expectedVersion: number, guards: WriteGuards, correspondence?: Correspondence): Promise<void>;
  list(landlordId: string, query: ComplaintQuery): Promise<Page<Complaint>>;
  events(landlordId: string, complaintId: string): Promise<AuditEvent[]>;
  correspondence(landlordId: string, complaintId: string): Promise<Correspondence[]>;
}

/** The write lost a race: the complaint changed since it was read. */
export class VersionConflict extends Error {
  override readonly name = 'VersionConflict';
}

/** The landlord's settings changed since they were read: reload and recompute. */
export class StaleSettings extends Error {
  override readonly name = 'StaleSettings';
}

/** A staff member named by the write does not exist or is inactive. */
export class UnknownStaff extends Error {
  override readonly name = 'UnknownStaff';
}

/** A cursor that is malformed or belongs to another query or landlord. */
export class BadCursor extends Error {
  override readonly name = 'BadCursor';
}
