import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import type { CaseFile, CaseFileSection } from '../../domain/case-file/case-file.js';
import type { PrintedLetter } from '../../domain/letters/pdf-layout.js';
import { A4, MM, drawLetter, printable, wrap } from './pdf-letter-renderer.js';

const MARGIN = 15 * MM;
const WIDTH = A4[0] - 2 * MARGIN;
const TOP = A4[1] - 20 * MM;
const GREY = rgb(0.35, 0.35, 0.35);

interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
  mono: PDFFont;
}

/** A flowing page writer: every page carries the file's title and its page number, so a loose sheet is placed. */
class Flow {
  private page!: PDFPage;
  private y = 0;
  private pages = 0;

  constructor(
    private readonly doc: PDFDocument,
    private readonly fonts: Fonts,
    private readonly title: string,
  ) {}

  newPage(): void {
    this.page = this.doc.addPage(A4);
    this.pages += 1;
    this.page.drawText(printable(`${this.title} - page ${this.pages}`), { x: MARGIN, y: A4[1] - 10 * MM, size: 8, font: this.fonts.regular, color: GREY });
    this.y = TOP;
  }

  private room(height: number): void {
    if (this.y - height < MARGIN) this.newPage();
  }

  gap(points: number): void {
    this.y -= points;
  }

  lines(lines: string[], options: { font?: PDFFont; size?: number; indent?: number; color?: ReturnType<typeof rgb> } = {}): void {
    const size = options.size ?? 9.5;
    const font = options.font ?? this.fonts.regular;
    for (const line of lines) {
      this.room(size * 1.3);
      this.y -= size * 1.3;
      this.page.drawText(line, { x: MARGIN + (options.indent ?? 0), y: this.y, size, font, ...(options.color && { color: options.color }) });
    }
  }

  text(text: string, options: { font?: PDFFont; size?: number; indent?: number } = {}): void {
    const size = options.size ?? 9.5;
    const font = options.font ?? this.fonts.regular;
    this.lines(wrap(text, font, size, WIDTH - (options.indent ?? 0)), options);
  }

  heading(text: string): void {
    this.room(40);
    this.gap(6);
    this.text(text, { font: this.fonts.bold, size: 12.5 });
    this.gap(3);
  }

  /** Label on the left, value wrapped beside it. */
  facts(facts: { label: string; value: string }[]): void {
    const labelWidth = 48 * MM;
    const size = 9.5;
    for (const { label, value } of facts) {
      const labels = wrap(label, this.fonts.bold, size, labelWidth - 3 * MM);
      const values = wrap(value || '-', this.fonts.regular, size, WIDTH - labelWidth);
      for (let i = 0; i < Math.max(labels.length, values.length); i += 1) {
        this.room(size * 1.3);
        this.y -= size * 1.3;
        if (labels[i]) this.page.drawText(labels[i]!, { x: MARGIN, y: this.y, size, font: this.fonts.bold });
        if (values[i]) this.page.drawText(values[i]!, { x: MARGIN + labelWidth, y: this.y, size, font: this.fonts.regular });
      }
      this.gap(2);
    }
  }

  /** Columns sized to their content (within bounds); a header row repeated on each new page. */
  table(columns: string[], rows: string[][]): void {
    const size = 8;
    const lead = size * 1.25;
    const widths = columnWidths(columns, rows, this.fonts, size);
    const draw = (cells: string[], font: PDFFont) => {
      const wrapped = cells.map((cell, i) => wrap(cell, font, size, widths[i]! - 2 * MM));
      const height = Math.max(...wrapped.map((lines) => lines.length)) * lead + 2;
      return { wrapped, height };
    };
    const header = draw(columns, this.fonts.bold);
    const put = ({ wrapped, height }: { wrapped: string[][]; height: number }, font: PDFFont) => {
      let x = MARGIN;
      wrapped.forEach((lines, i) => {
        lines.forEach((line, j) => this.page.drawText(line, { x, y: this.y - (j + 1) * lead, size, font }));
        x += widths[i]!;
      });
      this.y -= height;
      this.page.drawLine({ start: { x: MARGIN, y: this.y + 1 }, end: { x: MARGIN + WIDTH, y: this.y + 1 }, thickness: 0.3, color: rgb(0.75, 0.75, 0.75) });
    };
    this.room(header.height + lead * 2);
    put(header, this.fonts.bold);
    for (const row of rows) {
      const laid = draw(row, this.fonts.regular);
      if (this.y - laid.height < MARGIN) {
        this.newPage();
        put(header, this.fonts.bold);
      }
      put(laid, this.fonts.regular);
    }
  }
}

/**
 * Each column gets at least its longest word (so a header or a date never breaks) and shares the rest of
 * the width in proportion to how much more its widest cell would like.
 */
function columnWidths(columns: string[], rows: string[][], fonts: Fonts, size: number): number[] {
  const pad = 2.5 * MM;
  const measure = (font: PDFFont, text: string) => font.widthOfTextAtSize(printable(text), size);
  const cells = (i: number) => [{ font: fonts.bold, text: columns[i]! }, ...rows.map((row) => ({ font: fonts.regular, text: row[i] ?? '' }))];
  const natural = columns.map((_, i) => Math.min(Math.max(...cells(i).flatMap(({ font, text }) => text.split('\n').map((line) => measure(font, line)))), WIDTH * 0.6) + pad);
  const least = columns.map((_, i) => Math.min(Math.max(...cells(i).flatMap(({ font, text }) => text.split(/\s+/).map((word) => measure(font, word)))), WIDTH * 0.2) + pad);
  const wanted = natural.reduce((sum, w) => sum + w, 0);
  if (wanted <= WIDTH) return natural.map((w) => (w / wanted) * WIDTH);
  const spare = Math.max(WIDTH - least.reduce((sum, w) => sum + w, 0), 0);
  const more = natural.map((w, i) => Math.max(w - least[i]!, 0));
  const moreTotal = more.reduce((sum, w) => sum + w, 0) || 1;
  return least.map((w, i) => w + (spare * more[i]!) / moreTotal);
}

function drawSection(flow: Flow, fonts: Fonts, section: CaseFileSection): void {
  if (section.newPage) flow.newPage();
  flow.heading(section.heading);
  if (section.facts) flow.facts(section.facts);
  if (section.table) flow.table(section.table.columns, section.table.rows);
  for (const paragraph of section.paragraphs ?? []) {
    flow.gap(2);
    flow.text(paragraph);
  }
  if (section.verbatim !== undefined) {
    flow.gap(4);
    flow.text(section.verbatim, { font: fonts.mono, size: 8 });
  }
  flow.gap(6);
}

/** The complaint file as one PDF: a cover, the sections in order, then each posted letter exactly as printed. */
export async function renderCaseFilePdf(file: CaseFile, printed: PrintedLetter[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(file.title);
  doc.setCreator('Complaints');
  doc.setProducer('Complaints');
  const fonts: Fonts = {
    regular: await doc.embedFont(StandardFonts.Helvetica),
    bold: await doc.embedFont(StandardFonts.HelveticaBold),
    mono: await doc.embedFont(StandardFonts.Courier),
  };
  const flow = new Flow(doc, fonts, file.title);
  flow.newPage();
  flow.text(file.title, { font: fonts.bold, size: 16 });
  flow.lines([printable(`Prepared on ${file.generatedOn} from the complaint's record, for the Housing Ombudsman.`)], { size: 9, color: GREY });
  for (const section of file.sections) drawSection(flow, fonts, section);
  for (const letter of printed) await drawLetter(doc, fonts.regular, fonts.bold, letter);
  return doc.save();
}
