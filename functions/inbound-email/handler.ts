import { S3Client } from '@aws-sdk/client-s3';
import middy from '@middy/core';
import type { SESEvent } from 'aws-lambda';
import { S3BlobStore } from '../adapters/s3-blob-store.adapter.js';
import { composeCoreFromEnv } from '../shared/compose.js';
import { requiredEnv } from '../shared/config.js';
import { instrumentation } from '../shared/instrumentation.js';
import { logger } from '../shared/logger.js';
import { traced } from '../shared/tracer.js';
import { Conflict, InvalidInput, NotFound } from '../../domain/errors.js';
import type { QuarantineAnswer, QuarantineRequest } from '../adapters/lambda-quarantine-releaser.adapter.js';
import { InboundIntake, type IntakeOutcome } from './inbound-intake.js';

// Composition root for AWS: SES's receipt rule stores the raw message in S3, then invokes this.
const prefix = process.env.INBOUND_PREFIX ?? 'inbound/';
const blobs = new S3BlobStore(traced(new S3Client({})), requiredEnv('MAIL_BUCKET'));
const intake = new InboundIntake({ ...composeCoreFromEnv(), blobs });

/** The API acts on a quarantined message: answered, never thrown, so the caller's mistakes map to 4xx. */
export async function actOnQuarantine(request: QuarantineRequest): Promise<QuarantineAnswer> {
  try {
    if ('release' in request) {
      const { landlordId, quarantineId, by } = request.release;
      return { outcome: await intake.release(landlordId, quarantineId, by) };
    }
    if ('attach' in request) {
      const { landlordId, quarantineId, complaintId, by } = request.attach;
      return { outcome: await intake.attach(landlordId, quarantineId, complaintId, by) };
    }
    const { landlordId, quarantineId, part } = request.download;
    const download = await intake.download(landlordId, quarantineId, part);
    if (!('url' in download)) throw new Error('the mail bucket gave no download link');
    return { download: { filename: download.filename, contentType: download.contentType, url: download.url } };
  } catch (error) {
    if (error instanceof NotFound) return { error: { kind: 'not_found', message: error.message } };
    if (error instanceof Conflict) return { error: { kind: 'conflict', message: error.message } };
    if (error instanceof InvalidInput) return { error: { kind: 'invalid', message: error.message, field: error.field } };
    throw error;
  }
}

export async function receive(event: SESEvent): Promise<IntakeOutcome[]> {
  const outcomes: IntakeOutcome[] = [];
  for (const { ses } of event.Records) {
    const rawKey = `${prefix}${ses.mail.messageId}`;
    const delivered = await intake.receive({
      rawKey,
      raw: await blobs.get(rawKey),
      recipients: ses.receipt.recipients,
      receivedAt: new Date(ses.mail.timestamp),
      verdicts: { spam: ses.receipt.spamVerdict.status, virus: ses.receipt.virusVerdict.status },
    });
    logger.info('inbound email', { sesMessageId: ses.mail.messageId, outcomes: delivered });
    outcomes.push(...delivered);
  }
  return outcomes;
}

const dispatch = async (event: SESEvent | QuarantineRequest): Promise<IntakeOutcome[] | QuarantineAnswer> => ('Records' in event ? receive(event) : actOnQuarantine(event));

export const handler = middy(dispatch).use(instrumentation());
