import type { PlainDate } from '../calendar/plain-date.js';
import type { LetterKind } from '../letters/letter.js';

interface OutboxBase {
  id: string;
  landlordId: string;
  complaintId: string;
  reference: string;
  createdAt: string;
}

/** A rendered email waiting in the outbox; written in the same transaction as the change that caused it. */
export interface EmailOutboxMessage extends OutboxBase {
  kind: LetterKind;
  audience: 'resident' | 'staff';
  from: string;
  to: string[];
  subject: string;
  text: string;
  html: string;
}

/** A schedule to create, move or delete; it follows its transition through the same outbox. */
export interface ScheduleOutboxMessage extends OutboxBase {
  kind: 'schedule';
  schedule: ScheduleRequest;
}

export type OutboxMessage = EmailOutboxMessage | ScheduleOutboxMessage;

/** What a deadline schedule hands the deadline check: small, and enough to reload everything else. */
export interface DeadlineCheckPayload {
  landlordId: string;
  complaintId: string;
  step: string;
  kind: 'reminder' | 'check';
  dueBy: PlainDate;
}

/**
 * A schedule to bring in line with the complaint. `op`, `fireAt` and `payload` say what was wanted when
 * it was queued (for the record); the dispatcher applies what the complaint wants when it runs.
 */
export interface ScheduleRequest {
  op: 'upsert' | 'delete';
  /** Deterministic per complaint, step and kind, so a retry updates rather than duplicates. */
  name: string;
  fireAt?: string;
  payload?: DeadlineCheckPayload;
}

export interface OutgoingEmail {
  from: string;
  to: string[];
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
}

/** Sends one email; answers the RFC 5322 Message-ID it went out with, for threading replies. */
export interface Mailer {
  send(email: OutgoingEmail, context: { outboxId: string; complaintId: string }): Promise<{ messageId: string }>;
}
