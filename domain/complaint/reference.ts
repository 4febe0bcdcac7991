/** Human-readable complaint references, unique per landlord: CMP-<year>-<six-digit sequence>. */
export function formatReference(year: number, sequence: number): string {
  return `CMP-${year}-${String(sequence).padStart(6, '0')}`;
}

const REFERENCE = /\bCMP-(\d{4})-(\d{6,})\b/i;

/** The first complaint reference in a text (e.g. an email subject), normalised to upper case. */
export function findReference(text: string): string | undefined {
  const match = REFERENCE.exec(text);
  return match ? `CMP-${match[1]}-${match[2]}` : undefined;
}
