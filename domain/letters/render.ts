import { assertComplete, type Letter } from './letter.js';

export interface RenderedLetter {
  to: string[];
  subject: string;
  text: string;
  html: string;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Everything a resident wrote reaches HTML only through here. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]!);
}

/** Header lines carry no line breaks: a resident's text cannot inject headers into a subject. */
export function singleLine(value: string): string {
  return value.replace(/[\r\n\t]+/g, ' ').trim();
}

/** Plain text and HTML of a complete letter; an incomplete one throws (see assertComplete). */
export function renderLetter(letter: Letter): RenderedLetter {
  assertComplete(letter);
  // 5.10: large print as agreed with the resident (RNIB's clear print guidance: 16 pt and up, so 24px).
  const type = letter.largePrint ? { body: 24, heading: 28, width: 860 } : { body: 16, heading: 18, width: 640 };
  const text: string[] = [letter.greeting, ''];
  const html: string[] = [
    `<!doctype html><html><body style="font-family:Arial,Helvetica,sans-serif;font-size:${type.body}px;line-height:1.5;color:#1b1b1b;max-width:${type.width}px">`,
    `<p>${escapeHtml(letter.greeting)}</p>`,
  ];
  for (const section of letter.sections) {
    if (section.heading) {
      text.push(section.heading.toUpperCase());
      html.push(`<h2 style="font-size:${type.heading}px">${escapeHtml(section.heading)}</h2>`);
    }
    for (const paragraph of section.paragraphs) {
      text.push(paragraph, '');
      html.push(`<p>${escapeHtml(paragraph).replace(/\n/g, '<br>')}</p>`);
    }
    if (section.items?.length) {
      text.push(...section.items.map((item) => `  - ${item}`), '');
      html.push(`<ul>${section.items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`);
    }
  }
  text.push(letter.signOff);
  html.push(`<p>${escapeHtml(letter.signOff).replace(/\n/g, '<br>')}</p></body></html>`);
  return { to: letter.to, subject: singleLine(letter.subject), text: text.join('\n'), html: html.join('\n') };
}
