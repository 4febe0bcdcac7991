import type { z } from 'zod';
import type { Caller } from '../../shared/auth.js';
import { servedElsewhere } from './served-elsewhere.js';
import { route, type Reply } from '../router.js';
import { IdParams, LetterFileParams } from '../schemas.js';

/**
 * What answers the document routes; implemented in functions/documents/document-handlers.ts and composed
 * only into the documents function, so pdf-lib, fflate and the case file's layout stay out of the API's bundle.
 */
export interface DocumentHandlers {
  letterPdf(caller: Caller, letterId: string): Promise<Reply>;
  printBatch(caller: Caller): Promise<Reply>;
  caseFile(caller: Caller, complaintId: string, accept: string): Promise<Reply>;
}

/**
 * The routes that answer PDFs (and the case file's zip). Their definitions are in the API's OpenAPI
 * document; on AWS API Gateway sends their paths to the documents function, which alone has the
 * handlers. Reached without them, they answer 404 rather than render nothing.
 */
export const documentRoutes = (handlers?: DocumentHandlers) => {
  const need = servedElsewhere('documents', handlers);
  return [
    route<z.infer<typeof LetterFileParams>>({
      method: 'GET',
      path: '/v1/letters/{file}',
      operationId: 'downloadLetterPdf',
      summary: 'One posted letter as an A4 PDF, for a DL window envelope: GET /v1/letters/{id}.pdf',
      roles: ['officer', 'handler'],
      params: LetterFileParams,
      download: { description: 'The letter as an A4 PDF (application/pdf)' },
      errors: [404],
      handle: ({ caller, params }) => need().letterPdf(caller, params.file),
    }),
    route({
      method: 'POST',
      path: '/v1/letters/print-batch',
      operationId: 'printWaitingLetters',
      summary: 'One PDF of every letter waiting to print, oldest first, each starting on a new page',
      roles: ['officer', 'handler'],
      download: { description: 'Every letter waiting to print, as one A4 PDF (application/pdf)' },
      errors: [404],
      handle: ({ caller }) => need().printBatch(caller),
    }),
    route<z.infer<typeof IdParams>>({
      method: 'GET',
      path: '/v1/complaints/{id}/case-file',
      operationId: 'downloadCaseFile',
      summary:
        'The complaint file for the Housing Ombudsman as one PDF: summary with every date and deadline (met or missed), extensions, refusal, remedies and actions, the audit timeline, every letter as sent and all correspondence. With Accept: application/zip, a zip of that PDF and the raw emails and attachments as stored. Reading it changes nothing.',
      roles: ['officer'],
      params: IdParams,
      download: { description: 'application/pdf, or application/zip when asked for by Accept' },
      errors: [404],
      handle: ({ caller, params, headers }) => need().caseFile(caller, params.id, headers.accept ?? headers.Accept ?? ''),
    }),
  ];
};
