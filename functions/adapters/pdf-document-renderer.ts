import type { DocumentRenderer } from '../../domain/ports/document-renderer.port.js';
import { renderCaseFilePdf } from './pdf-case-file-renderer.js';
import { renderLettersPdf } from './pdf-letter-renderer.js';

/** pdf-lib behind the renderer port: composed only into the documents function. */
export const pdfDocumentRenderer: DocumentRenderer = {
  letters: renderLettersPdf,
  caseFile: renderCaseFilePdf,
};
