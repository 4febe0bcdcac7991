export type QuarantineReason =
  | 'spam'
  | 'virus'
  | 'oversize'
  | 'unparseable'
  | 'automatic'
  /** Another message already logged under the same Message-ID said something else. */
  | 'message_id_reused'
  /** The message parsed but could not be logged (the detail says why); kept rather than refused. */
  | 'unprocessable';

/** Held until an officer releases it (into the intake), attaches it to a complaint, or dismisses it. */
export type QuarantineStatus = 'held' | 'released' | 'attached' | 'dismissed';

export interface HeldAttachment {
  /** 1-based, as `GET /v1/quarantine/{id}/attachments/{n}` names it. */
  n: number;
  filename: string;
  contentType: string;
  size: number;
}

/** Mail held for a person to check: nothing that arrives is silently dropped. */
export interface QuarantineEntry {
  id: string;
  landlordId: string;
  reason: QuarantineReason;
  detail: string;
  receivedAt: string;
  from?: string;
  subject?: string;
  messageId?: string;
  rawKey: string;
  size: number;
  /** When the message could be parsed (not for oversize mail, listed only when downloaded). */
  attachments?: HeldAttachment[];
  status: QuarantineStatus;
  /** Who settled it and when: the audit of an officer's decision (kept, never deleted). */
  handledBy?: string;
  handledAt?: string;
  /** A dismissal's optional reason. */
  note?: string;
  /** What a release became (logged, attached, duplicate); the complaint it went to. */
  outcome?: string;
  complaintId?: string;
  reference?: string;
}

export interface Settlement {
  status: Exclude<QuarantineStatus, 'held'>;
  by: string;
  at: Date;
  note?: string;
  outcome?: string;
  complaintId?: string;
  reference?: string;
}

export interface QuarantineStore {
  /**
   * Holds a message, once per landlord and raw content (`rawSha256`): a second delivery of the same
   * bytes is the entry already held. Answers the id of the entry that holds it.
   */
  hold(entry: QuarantineEntry, rawSha256: string): Promise<string>;
  list(landlordId: string): Promise<QuarantineEntry[]>;
  get(landlordId: string, id: string): Promise<QuarantineEntry | undefined>;
  /** Settles a held entry, once: acting on one already released, attached or dismissed is a Conflict. */
  settle(landlordId: string, id: string, settlement: Settlement): Promise<QuarantineEntry>;
}
