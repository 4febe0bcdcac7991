import type { CaseFile } from '../case-file/case-file.js';
import type { PrintedLetter } from '../letters/pdf-layout.js';

/** Draws documents as PDF (pdf-lib in the documents function; nothing else bundles it). */
export interface DocumentRenderer {
  /** One PDF of the letters given, each starting on a new page (one letter, or a print run). */
  letters(letters: PrintedLetter[], title: string): Promise<Uint8Array>;
  /** The complaint file: its sections, then each posted letter as printed. */
  caseFile(file: CaseFile, printed: PrintedLetter[]): Promise<Uint8Array>;
}
