/** 5.12: every contact with the resident and with others about the complaint is kept on the record. */
export const CORRESPONDENCE_KINDS = ['phone', 'letter', 'email', 'in_person', 'note'] as const;
export type CorrespondenceKind = (typeof CORRESPONDENCE_KINDS)[number];

export interface Correspondence {
  id: string;
  complaintId: string;
  direction: 'inbound' | 'outbound';
  kind: CorrespondenceKind;
  summary: string;
  counterparty?: string;
  occurredAt: string;
  recordedBy: string;
  recordedAt: string;
  /** For letters the system sent: to the resident (or their representative) or to staff. */
  audience?: 'resident' | 'staff';
  /** For letters the system sent: which letter (receipt, response, reminder ...). */
  letterKind?: string;
  /** For emails: the Message-ID, the text, where the raw message and attachments are kept. */
  providerMessageId?: string;
  body?: string;
  rawKey?: string;
  attachments?: AttachmentRef[];
  /** For resident letters the system produced: how it went (email, post) or that it could not go. */
  delivery?: 'email' | 'post' | 'undeliverable';
  /** For posted letters: the stored letter (its PDF is at /v1/letters/{id}.pdf). */
  letterId?: string;
}

export interface AttachmentRef {
  filename: string;
  contentType: string;
  size: number;
  key: string;
}

/**
 * 5.9: only contact with the resident (or their representative) keeps an agreed update: a letter sent to
 * them, or a call, letter, email or visit logged as outbound. Notices to staff and internal notes do not.
 */
export function isResidentContact(item: Pick<Correspondence, 'direction' | 'kind' | 'audience' | 'recordedBy' | 'delivery'>): boolean {
  if (item.direction !== 'outbound' || item.kind === 'note' || item.delivery === 'undeliverable') return false;
  if (item.audience !== undefined) return item.audience === 'resident';
  // Logged by a person through the API (system letters always carry their audience).
  return item.recordedBy !== 'system';
}
