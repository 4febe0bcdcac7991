import type { PlainDate } from '../calendar/plain-date.js';
import type { EmailOutboxMessage } from './outbox.port.js';
import type { Page } from './complaint-store.port.js';
import type { PostedLetter } from '../letters/posted-letter.js';
import type { NoComplaintRecord } from '../non-complaints/no-complaint-record.js';
import type { ServiceRequest, ServiceRequestChange, ServiceRequestEvent, ServiceRequestStatus } from '../non-complaints/service-request.js';

export interface ServiceRequestQuery {
  status?: ServiceRequestStatus;
  /** Received on or after / on or before these dates (landlord's zone). */
  from?: PlainDate;
  to?: PlainDate;
  /** Only those that led to a complaint (true), or only those that did not (false). */
  complaint?: boolean;
  limit: number;
  cursor?: string;
}

/** 1.4: service requests, kept apart from complaints (never counted as one), each with its own trail. */
export interface ServiceRequestStore {
  get(landlordId: string, id: string): Promise<ServiceRequest | undefined>;
  /** The first version and its event; fails if the id exists. */
  create(change: ServiceRequestChange): Promise<void>;
  /** A change, if the stored record is still at `expectedVersion` (VersionConflict otherwise). */
  save(change: ServiceRequestChange, expectedVersion: number): Promise<void>;
  /** Newest received first. */
  list(landlordId: string, query: ServiceRequestQuery): Promise<Page<ServiceRequest>>;
  events(landlordId: string, id: string): Promise<ServiceRequestEvent[]>;
  /** Every request received in the period (a key range, never a scan): what the counts are computed from. */
  receivedBetween(landlordId: string, from: PlainDate, to: PlainDate): Promise<ServiceRequest[]>;
}

/** What commits with a no-complaint record: the letter telling the resident how to complain later. */
export interface NoComplaintLetters {
  outbox: EmailOutboxMessage[];
  letters: PostedLetter[];
}

/** FAQ: dissatisfaction recorded without a complaint, at the resident's request. Counted, never as complaints. */
export interface NoComplaintStore {
  get(landlordId: string, id: string): Promise<NoComplaintRecord | undefined>;
  record(record: NoComplaintRecord, letters: NoComplaintLetters): Promise<void>;
  list(landlordId: string, query: { from?: PlainDate; to?: PlainDate; limit: number; cursor?: string }): Promise<Page<NoComplaintRecord>>;
  raisedBetween(landlordId: string, from: PlainDate, to: PlainDate): Promise<NoComplaintRecord[]>;
}
