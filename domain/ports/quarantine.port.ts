export type QuarantineReason = 'spam' | 'virus' | 'oversize' | 'unparseable' | 'automatic';

/** Mail held for a person to check: nothing that arrives is silently dropped. */
export interface QuarantineEntry {
  id: string;
  landlordId: string;
  reason: QuarantineReason;
  detail: string;
  receivedAt: string;
  from?: string;
  subject?: string;
  rawKey: string;
  size: number;
  status: 'held' | 'released';
  releasedAt?: string;
  releasedBy?: string;
  outcome?: string;
}

export interface QuarantineStore {
  hold(entry: QuarantineEntry): Promise<void>;
  list(landlordId: string): Promise<QuarantineEntry[]>;
  get(landlordId: string, id: string): Promise<QuarantineEntry | undefined>;
  /** Marks it released, once: a second release of the same entry is a Conflict. */
  markReleased(landlordId: string, id: string, by: string, at: Date, outcome: string): Promise<void>;
}
