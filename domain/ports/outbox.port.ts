import type { PlainDate } from '../calendar/plain-date.js';
import type { LetterKind } from '../letters/letter.js';
import type { SendRef } from './send-ledger.port.js';

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

/**
 * The schedules one change creates, moves or deletes, all in one message that follows the change through
 * the same outbox: a change's transaction holds one item for them however many steps move.
 */
export interface ScheduleOutboxMessage extends OutboxBase {
  kind: 'schedule';
  schedules: ScheduleRequest[];
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

/**
 * Sends one email; answers the RFC 5322 Message-ID it went out with, for threading replies. The
 * send carries its outbox reference so the provider's record of it can be found again (SendLedger).
 */
export interface Mailer {
  send(email: OutgoingEmail, context: SendRef): Promise<{ messageId: string }>;
}

/** Where an outbox message is stored; opaque to everything but the outbox store. */
export interface OutboxKey {
  PK: string;
  SK: string;
}

export type ClaimedMessage = OutboxMessage & { attempts: number };

/** The outbox's states (pending, sending, sent, failed); every move is conditional on the one before. */
export interface OutboxStore {
  /** Pending messages due by `now`, and sends whose lease may have run out, oldest first. */
  due(now: Date, limit: number): Promise<OutboxKey[]>;
  /** Takes a message for one sender (pending and due, or a lapsed lease); undefined when another has it. */
  claim(key: OutboxKey, now: Date, leaseMs: number): Promise<ClaimedMessage | undefined>;
  /** Done; a sent email joins the complaint's correspondence with its Message-ID, at `sentAt`. */
  markSent(message: ClaimedMessage, messageId: string | undefined, sentAt: Date): Promise<void>;
  markRetry(message: ClaimedMessage, nextAttemptAt: Date, error: string): Promise<void>;
  /** Given up, with the officer's alert (if any) queued in the same commit. */
  markFailed(message: ClaimedMessage, error: string, alert: OutboxMessage | undefined): Promise<void>;
}
