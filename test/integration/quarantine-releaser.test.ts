import { InvokeCommand, LambdaClient } from '@aws-sdk/client-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { Conflict, NotFound } from '../../domain/errors.js';
import { LambdaQuarantineReleaser } from '../../functions/adapters/lambda-quarantine-releaser.adapter.js';

const lambda = mockClient(LambdaClient);
afterEach(() => lambda.reset());
const answer = (value: unknown) => ({ Payload: new TextEncoder().encode(JSON.stringify(value)) as never, StatusCode: 200 });
const releaser = () => new LambdaQuarantineReleaser(new LambdaClient({ region: 'eu-west-2' }), 'inbound-fn');

describe('releasing quarantined mail through the inbound function (AWS)', () => {
  it('invokes it synchronously with the release request and answers its outcome', async () => {
    lambda.on(InvokeCommand).resolves(answer({ outcome: { landlordId: 'L1', outcome: 'logged', complaintId: 'c1', reference: 'CMP-2026-000001' } }));
    await expect(releaser().release('L1', 'q1', 'officer-1')).resolves.toEqual({ landlordId: 'L1', outcome: 'logged', complaintId: 'c1', reference: 'CMP-2026-000001' });
    expect(lambda.commandCalls(InvokeCommand)[0]!.args[0].input).toEqual({
      FunctionName: 'inbound-fn',
      Payload: JSON.stringify({ release: { landlordId: 'L1', quarantineId: 'q1', by: 'officer-1' } }),
    });
  });

  it('maps the function’s answers to the API’s errors, and a crash to a 500', async () => {
    lambda.on(InvokeCommand).resolvesOnce(answer({ error: { kind: 'not_found', message: 'x' } })).resolvesOnce(answer({ error: { kind: 'conflict', message: 'released already' } }));
    await expect(releaser().release('L1', 'q1', 'o')).rejects.toBeInstanceOf(NotFound);
    await expect(releaser().release('L1', 'q1', 'o')).rejects.toBeInstanceOf(Conflict);
    lambda.on(InvokeCommand).resolves({ FunctionError: 'Unhandled', Payload: new TextEncoder().encode('{}') as never });
    await expect(releaser().release('L1', 'q1', 'o')).rejects.toThrow(/Unhandled/);
  });
});
