import { S3Client } from '@aws-sdk/client-s3';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { SESEvent } from 'aws-lambda';
import { S3BlobStore } from '../adapters/s3-blob-store.adapter.js';
import { composeCoreFromEnv } from '../shared/compose.js';
import { requiredEnv } from '../shared/config.js';
import { logger } from '../shared/logger.js';
import { Conflict, InvalidInput, NotFound } from '../../domain/errors.js';
import type { ReleaseAnswer } from '../adapters/lambda-quarantine-releaser.adapter.js';
import { InboundIntake, type IntakeOutcome } from './inbound-intake.js';

// Composition root for AWS: SES's receipt rule stores the raw message in S3, then invokes this.
const prefix = process.env.INBOUND_PREFIX ?? 'inbound/';
const blobs = new S3BlobStore(new S3Client({}), requiredEnv('MAIL_BUCKET'));
const intake = new InboundIntake({ ...composeCoreFromEnv(), blobs });

export interface ReleaseEvent {
  release: { landlordId: string; quarantineId: string; by: string };
}

/** The API asks for a quarantined message to be released: answered, never thrown, so it maps to 4xx. */
export async function release({ release: request }: ReleaseEvent): Promise<ReleaseAnswer> {
  try {
    return { outcome: await intake.release(request.landlordId, request.quarantineId, request.by) };
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

const dispatch = async (event: SESEvent | ReleaseEvent): Promise<IntakeOutcome[] | ReleaseAnswer> => ('release' in event ? release(event) : receive(event));

export const handler = middy(dispatch).use(injectLambdaContext(logger, { resetKeys: true }));
