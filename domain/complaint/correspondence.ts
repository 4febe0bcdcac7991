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
  /** For emails: the Message-ID, the text, where the raw message and attachments are kept. */
  providerMessageId?: string;
  body?: string;
  rawKey?: string;
  attachments?: AttachmentRef[];
}

export interface AttachmentRef {
  filename: string;
  contentType: string;
  size: number;
  key: string;
}
