/** Raw messages and attachments: S3 on AWS, files under DATA_DIR locally. */
export interface BlobStore {
  /** Writing the same key again replaces the object: keys derived from content never pile up copies. */
  put(key: string, body: Buffer, contentType: string): Promise<void>;
  get(key: string): Promise<Buffer>;
  /**
   * A short-lived link that fetches the object directly (S3 presigned GET), for objects too large to
   * pass through a function's response. Absent where the bytes can be served in-process (locally).
   */
  downloadUrl?(key: string, download: { filename: string; contentType: string }): Promise<string>;
}
