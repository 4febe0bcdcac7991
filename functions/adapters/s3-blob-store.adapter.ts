import { GetObjectCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { BlobStore } from '../../domain/ports/blob-store.port.js';
import { contentDisposition } from '../shared/content-disposition.js';

/** Long enough to start a download, short enough that a leaked link is soon useless. */
const DOWNLOAD_LINK_SECONDS = 300;

/** Raw inbound mail (written by SES's S3 action) and the attachments taken out of it. */
export class S3BlobStore implements BlobStore {
  constructor(
    private readonly s3: S3Client,
    private readonly bucket: string,
  ) {}

  async put(key: string, body: Buffer, contentType: string): Promise<void> {
    await this.s3.send(new PutObjectCommand({ Bucket: this.bucket, Key: key, Body: body, ContentType: contentType, ServerSideEncryption: 'aws:kms' }));
  }

  async get(key: string): Promise<Buffer> {
    const { Body } = await this.s3.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
    if (!Body) throw new Error(`s3://${this.bucket}/${key} is empty`);
    return Buffer.from(await Body.transformToByteArray());
  }

  /** A held message can be 40 MB; a Lambda response carries 6 MB, so the officer fetches it from S3. */
  async downloadUrl(key: string, download: { filename: string; contentType: string }): Promise<string> {
    // Loaded on an officer's first download, not at every cold start of the mail intake.
    const { getSignedUrl } = await import('@aws-sdk/s3-request-presigner');
    const command = new GetObjectCommand({
      Bucket: this.bucket,
      Key: key,
      ResponseContentType: download.contentType,
      ResponseContentDisposition: contentDisposition(download.filename),
    });
    return getSignedUrl(this.s3, command, { expiresIn: DOWNLOAD_LINK_SECONDS });
  }
}
