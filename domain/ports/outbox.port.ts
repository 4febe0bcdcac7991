import type { LetterKind } from '../letters/letter.js';

/** A rendered email waiting in the outbox; written in the same transaction as the change that caused it. */
export interface OutboxMessage {
  id: string;
  landlordId: string;
  complaintId: string;
  reference: string;
  kind: LetterKind;
  audience: 'resident' | 'staff';
  from: string;
  to: string[];
  subject: string;
  text: string;
  html: string;
  createdAt: string;
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
