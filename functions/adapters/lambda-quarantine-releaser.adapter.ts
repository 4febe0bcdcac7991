import { InvokeCommand, type LambdaClient } from '@aws-sdk/client-lambda';
import { Conflict, InvalidInput, NotFound } from '../../domain/errors.js';
import type { QuarantineReleaser } from '../http/routes/quarantine.routes.js';
import type { IntakeOutcome } from '../inbound-email/inbound-intake.js';

/** What the inbound function answers to a release request. */
export type ReleaseAnswer = { outcome: IntakeOutcome } | { error: { kind: 'not_found' | 'conflict' | 'invalid'; message: string; field?: string } };

/**
 * Releases quarantined mail by invoking the inbound function (which owns MIME parsing), so the API's
 * bundle carries no parser. Synchronous: the officer sees what became of the message.
 */
export class LambdaQuarantineReleaser implements QuarantineReleaser {
  constructor(
    private readonly lambda: LambdaClient,
    private readonly functionName: string,
  ) {}

  async release(landlordId: string, quarantineId: string, by: string): Promise<IntakeOutcome> {
    const { Payload, FunctionError } = await this.lambda.send(
      new InvokeCommand({ FunctionName: this.functionName, Payload: JSON.stringify({ release: { landlordId, quarantineId, by } }) }),
    );
    const text = Payload ? Buffer.from(Payload).toString('utf8') : '';
    if (FunctionError) throw new Error(`inbound function failed to release ${quarantineId}: ${FunctionError}`);
    const answer = JSON.parse(text) as ReleaseAnswer;
    if ('outcome' in answer) return answer.outcome;
    if (answer.error.kind === 'not_found') throw new NotFound('quarantined message');
    if (answer.error.kind === 'conflict') throw new Conflict(answer.error.message);
    throw new InvalidInput(answer.error.field ?? 'message', answer.error.message);
  }
}
