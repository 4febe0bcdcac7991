import { InvokeCommand, type LambdaClient } from '@aws-sdk/client-lambda';
import { Conflict, InvalidInput, NotFound } from '../../domain/errors.js';
import type { QuarantineReleaser } from '../http/routes/quarantine.routes.js';
import type { Download, HeldPart, IntakeOutcome } from '../inbound-email/inbound-intake.js';

/** What the API asks the inbound function to do with a held message. */
export type QuarantineRequest =
  | { release: { landlordId: string; quarantineId: string; by: string } }
  | { attach: { landlordId: string; quarantineId: string; complaintId: string; by: string } }
  | { download: { landlordId: string; quarantineId: string; part: HeldPart } };

/** What the inbound function answers: never a thrown error for the caller's mistakes, so they map to 4xx. */
export type QuarantineAnswer =
  | { outcome: IntakeOutcome }
  | { download: { filename: string; contentType: string; url: string } }
  | { error: { kind: 'not_found' | 'conflict' | 'invalid'; message: string; field?: string } };

/**
 * Acts on quarantined mail by invoking the inbound function (which owns MIME parsing and reads the
 * mail bucket), so the API's bundle carries no parser. Synchronous: the officer sees what became of
 * the message. Downloads come back as short-lived S3 links: a held message can be larger than a
 * Lambda response.
 */
export class LambdaQuarantineReleaser implements QuarantineReleaser {
  constructor(
    private readonly lambda: LambdaClient,
    private readonly functionName: string,
  ) {}

  async release(landlordId: string, quarantineId: string, by: string): Promise<IntakeOutcome> {
    return this.outcome(await this.invoke({ release: { landlordId, quarantineId, by } }), quarantineId);
  }

  async attach(landlordId: string, quarantineId: string, complaintId: string, by: string): Promise<IntakeOutcome> {
    return this.outcome(await this.invoke({ attach: { landlordId, quarantineId, complaintId, by } }), quarantineId);
  }

  async download(landlordId: string, quarantineId: string, part: HeldPart): Promise<Download> {
    const answer = await this.invoke({ download: { landlordId, quarantineId, part } });
    if ('download' in answer) return answer.download;
    throw this.failure(answer, quarantineId);
  }

  private async invoke(request: QuarantineRequest): Promise<QuarantineAnswer> {
    const { Payload, FunctionError } = await this.lambda.send(new InvokeCommand({ FunctionName: this.functionName, Payload: JSON.stringify(request) }));
    const text = Payload ? Buffer.from(Payload).toString('utf8') : '';
    if (FunctionError) throw new Error(`inbound function failed on ${Object.keys(request)[0]}: ${FunctionError}`);
    return JSON.parse(text) as QuarantineAnswer;
  }

  private outcome(answer: QuarantineAnswer, quarantineId: string): IntakeOutcome {
    if ('outcome' in answer) return answer.outcome;
    throw this.failure(answer, quarantineId);
  }

  private failure(answer: QuarantineAnswer, quarantineId: string): Error {
    if (!('error' in answer)) return new Error(`unexpected answer for ${quarantineId}`);
    if (answer.error.kind === 'not_found') return new NotFound(answer.error.message.replace(/ not found$/, ''));
    if (answer.error.kind === 'conflict') return new Conflict(answer.error.message);
    return new InvalidInput(answer.error.field ?? 'message', answer.error.message);
  }
}
