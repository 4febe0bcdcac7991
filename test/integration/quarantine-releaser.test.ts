import { InvokeCommand, LambdaClient } from '@aws-sdk/client-lambda';
import { S3Client } from '@aws-sdk/client-s3';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { Conflict, InvalidInput, NotFound } from '../../domain/errors.js';
import { LambdaQuarantineReleaser } from '../../functions/adapters/lambda-quarantine-releaser.adapter.js';
import { S3BlobStore } from '../../functions/adapters/s3-blob-store.adapter.js';

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

describe('attaching and downloading held mail through the inbound function (AWS)', () => {
  it('sends the attach and download requests and answers their outcome and link', async () => {
    lambda
      .on(InvokeCommand)
      .resolvesOnce(answer({ outcome: { landlordId: 'L1', outcome: 'attached', complaintId: 'c9', reference: 'CMP-2026-000009' } }))
      .resolvesOnce(answer({ download: { filename: 'q1.eml', contentType: 'message/rfc822', url: 'https://bucket.s3.example/inbound/x?X-Amz-Signature=s' } }))
      .resolvesOnce(answer({ error: { kind: 'invalid', message: 'the message cannot be parsed', field: 'message' } }));
    await expect(releaser().attach('L1', 'q1', 'c9', 'officer-1')).resolves.toMatchObject({ outcome: 'attached', complaintId: 'c9' });
    await expect(releaser().download('L1', 'q1', 2)).resolves.toEqual({ filename: 'q1.eml', contentType: 'message/rfc822', url: 'https://bucket.s3.example/inbound/x?X-Amz-Signature=s' });
    await expect(releaser().download('L1', 'q1', 'raw')).rejects.toBeInstanceOf(InvalidInput);
    expect(lambda.commandCalls(InvokeCommand).map((call) => JSON.parse(call.args[0].input.Payload as string))).toEqual([
      { attach: { landlordId: 'L1', quarantineId: 'q1', complaintId: 'c9', by: 'officer-1' } },
      { download: { landlordId: 'L1', quarantineId: 'q1', part: 2 } },
      { download: { landlordId: 'L1', quarantineId: 'q1', part: 'raw' } },
    ]);
  });

  it('a held message is fetched from S3 by a five-minute link that saves it under its name', async () => {
    const s3 = new S3Client({ region: 'eu-west-2', credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' } });
    const url = new URL(await new S3BlobStore(s3, 'mail-bucket').downloadUrl('inbound/abc', { filename: 'repair log.pdf', contentType: 'application/pdf' }));
    expect(url.hostname).toBe('mail-bucket.s3.eu-west-2.amazonaws.com');
    expect(url.pathname).toBe('/inbound/abc');
    expect(url.searchParams.get('X-Amz-Expires')).toBe('300');
    expect(url.searchParams.get('X-Amz-Signature')).toMatch(/^[0-9a-f]{64}$/);
    expect(url.searchParams.get('response-content-type')).toBe('application/pdf');
    expect(url.searchParams.get('response-content-disposition')).toBe(`attachment; filename="repair log.pdf"; filename*=UTF-8''repair%20log.pdf`);
  });
});
