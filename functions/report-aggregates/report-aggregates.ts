import type { DynamoDBBatchResponse, DynamoDBRecord } from 'aws-lambda';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { Complaint } from '../../domain/complaint/complaint.js';
import { complaintFromItem } from '../adapters/complaint-item.js';
import { logger } from '../shared/logger.js';

export interface StreamApplier {
  apply(complaint: Complaint): Promise<unknown>;
  remove(landlordId: string, complaintId: string): Promise<void>;
}

type Image = Parameters<typeof unmarshall>[0];

/**
 * The table's stream, filtered to complaint items: each new image brings that complaint's counters to it
 * (a redelivered or older image is recognised by its version and skipped); a removed complaint takes its
 * counters out. A failure reports that record, so the batch resumes from it (bisect, retries, then the DLQ).
 */
export async function applyStreamRecords(records: readonly DynamoDBRecord[], aggregates: StreamApplier): Promise<DynamoDBBatchResponse> {
  for (const record of records) {
    try {
      const image = record.dynamodb?.NewImage ?? record.dynamodb?.OldImage;
      if (!image) continue;
      const item = unmarshall(image as Image);
      if (item.entity !== 'complaint') continue;
      const complaint = complaintFromItem(item);
      if (record.eventName === 'REMOVE') await aggregates.remove(complaint.landlordId, complaint.id);
      else await aggregates.apply(complaint);
    } catch (error) {
      logger.error('report aggregates failed', { error: error as Error, sequenceNumber: record.dynamodb?.SequenceNumber });
      // Records of one complaint arrive in order on one shard: stopping here keeps the later ones after it.
      return { batchItemFailures: [{ itemIdentifier: record.dynamodb?.SequenceNumber ?? '' }] };
    }
  }
  return { batchItemFailures: [] };
}
