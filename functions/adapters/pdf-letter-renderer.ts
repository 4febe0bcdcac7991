import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import type { PrintedLetter } from '../../domain/letters/pdf-layout.js';

export const MM = 72 / 25.4;
export const A4: [number, number] = [210 * MM, 297 * MM];
const MARGIN = 20 * MM;
const WIDTH = A4[0] - 2 * MARGIN;
/** A DL window envelope's window: 20 mm from the left, 45 mm from the top, 90 x 35 mm. */
export const WINDOW_MM = { left: 20, top: 45, width: 90, height: 35 } as const;
const BODY = 10.5;
/** 5.10 large print: RNIB's clear print guidance asks for 16 pt or more. */
const LARGE_BODY = 16;
const LEADING = 1.35;

// Helvetica's WinAnsi encoding: anything outside it (emoji, most non-Latin scripts) cannot be drawn.
const WIN_ANSI_EXTRAS = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';
export function printable(text: string): string {
  // Line breaks survive (wrap() splits on them); other control characters cannot be drawn.
  return Array.from(text.replace(/\t/g, ' ').replace(/\r\n?/g, '\n'))
    .map((ch) => {
      const code = ch.codePointAt(0)!;
      return ch === '\n' || (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRAS.includes(ch) ? ch : '?';
    })
    .join('');
}

/** Words onto lines no wider than `width`; a word longer than a line is broken. */
export function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const out: string[] = [];
  for (const paragraph of printable(text).split('\n')) {
    let line = '';
    for (let word of paragraph.split(/ +/)) {
      while (font.widthOfTextAtSize(word, size) > width) {
        let cut = word.length - 1;
        while (cut > 1 && font.widthOfTextAtSize(word.slice(0, cut), size) > width) cut -= 1;
        if (line) out.push(line);
        out.push(word.slice(0, cut));
        line = '';
        word = word.slice(cut);
      }
      const candidate = line ? `${line} ${word}` : word;
      if (font.widthOfTextAtSize(candidate, size) <= width) line = candidate;
      else {
        out.push(line);
        line = word;
      }
    }
    out.push(line);
  }
  return out;
}

class Writer {
  private page!: PDFPage;
  private y = 0;
  private pageNo = 0;

  constructor(
    private readonly doc: PDFDocument,
    private readonly regular: PDFFont,
    private readonly bold: PDFFont,
    private readonly reference: string,
    private readonly body = BODY,
  ) {}

  firstPage(): PDFPage {
    this.page = this.doc.addPage(A4);
    this.pageNo = 1;
    return this.page;
  }

  at(y: number): void {
    this.y = y;
  }

  /** Later pages carry the reference and page number, so a loose sheet is still placed. */
  private nextPage(): void {
    this.page = this.doc.addPage(A4);
    this.pageNo += 1;
    this.page.drawText(printable(`${this.reference} - page ${this.pageNo}`), { x: MARGIN, y: A4[1] - 12 * MM, size: 8, font: this.regular, color: rgb(0.3, 0.3, 0.3) });
    this.y = A4[1] - 22 * MM;
  }

  text(text: string, options: { size?: number; bold?: boolean; indent?: number; after?: number } = {}): void {
    const size = options.size ?? this.body;
    const font = options.bold ? this.bold : this.regular;
    const indent = options.indent ?? 0;
    for (const line of wrap(text, font, size, WIDTH - indent)) {
      if (this.y - size < MARGIN) this.nextPage();
      this.y -= size * LEADING;
      this.page.drawText(line, { x: MARGIN + indent, y: this.y, size, font });
    }
    this.y -= options.after ?? 0;
  }
}

export async function drawLetter(doc: PDFDocument, regular: PDFFont, bold: PDFFont, letter: PrintedLetter): Promise<void> {
  const writer = new Writer(doc, regular, bold, letter.reference, letter.largePrint ? LARGE_BODY : BODY);
  const page = writer.firstPage();
  const top = A4[1];
  // Letterhead, top right, clear of the window.
  letter.letterhead.forEach((line, i) => {
    const size = i === 0 ? 13 : 9;
    const font = i === 0 ? bold : regular;
    const text = printable(line);
    page.drawText(text, { x: A4[0] - MARGIN - font.widthOfTextAtSize(text, size), y: top - 15 * MM - i * 12, size, font });
  });
  // The address block inside the window, 3 mm in from its edges.
  const x = (WINDOW_MM.left + 3) * MM;
  let y = top - (WINDOW_MM.top + 3) * MM;
  for (const line of letter.recipient) {
    y -= 10 * 1.25;
    page.drawText(printable(line).slice(0, 60), { x, y, size: 10, font: regular });
  }
  writer.at(top - 95 * MM);
  writer.text(letter.date);
  writer.text(letter.reference, { after: 8 });
  writer.text(letter.title, { bold: true, size: letter.largePrint ? LARGE_BODY + 4 : 12, after: 6 });
  writer.text(letter.greeting, { after: 4 });
  for (const section of letter.sections) {
    if (section.heading) writer.text(section.heading, { bold: true, after: 2 });
    for (const paragraph of section.paragraphs) writer.text(paragraph, { after: 4 });
    for (const item of section.items ?? []) writer.text(`- ${item}`, { indent: 4 * MM, after: 2 });
    writer.text('', { after: 2 });
  }
  for (const line of letter.signOff) writer.text(line);
}

/** One PDF of the letters given, each starting on a new page (one letter, or a print run). */
export async function renderLettersPdf(letters: PrintedLetter[], title = 'Letter'): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(title);
  doc.setCreator('Complaints');
  doc.setProducer('Complaints');
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  for (const letter of letters) await drawLetter(doc, regular, bold, letter);
  return doc.save();
}
