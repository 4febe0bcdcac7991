/** Raw messages and attachments: S3 on AWS, files under DATA_DIR locally. */
export interface BlobStore {
  put(key: string, body: Buffer, contentType: string): Promise<void>;
  get(key: string): Promise<Buffer>;
}
