import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { BlobStore } from '../../domain/ports/blob-store.port.js';
import { DynamoDbCaseRecordStore } from '../adapters/dynamodb-case-record.adapter.js';
import { pdfDocumentRenderer } from '../adapters/pdf-document-renderer.js';
import { zipArchive } from '../adapters/zip-archive.js';
import type { DocumentParts } from './document-handlers.js';

/** The documents function's own parts: the PDF renderer, the record reader, stored mail, the zip. */
export function composeDocuments(parts: { db: DynamoDBDocumentClient; tableName: string; blobs: BlobStore }): DocumentParts {
  return { renderer: pdfDocumentRenderer, caseRecords: new DynamoDbCaseRecordStore(parts.db, parts.tableName), blobs: parts.blobs, zip: zipArchive };
}
