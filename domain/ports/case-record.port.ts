import type { CaseRecord } from '../case-file/case-file.js';

/** Everything stored under one complaint, read as it is (the case file is built from this alone). */
export interface CaseRecordStore {
  read(landlordId: string, complaintId: string): Promise<CaseRecord | undefined>;
}
