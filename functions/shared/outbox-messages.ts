import type { Letter } from '../../domain/letters/letter.js';
import { renderLetter } from '../../domain/letters/render.js';
import type { LandlordSettings } from '../../domain/landlord/settings.js';
import type { EmailOutboxMessage } from '../../domain/ports/outbox.port.js';

export interface OutboxContext {
  landlordId: string;
  settings: LandlordSettings;
  defaultFromAddress: string;
  now: Date;
  newId: () => string;
}

/** Renders each letter (which refuses an incomplete one) into a message for the outbox. */
export function toOutboxMessages(letters: Letter[], ctx: OutboxContext): EmailOutboxMessage[] {
  const from = ctx.settings.fromAddress || ctx.settings.complaintsOfficerEmail || ctx.defaultFromAddress;
  return letters.map((letter) => {
    const rendered = renderLetter(letter);
    return {
      id: ctx.newId(),
      landlordId: ctx.landlordId,
      complaintId: letter.complaintId,
      reference: letter.reference,
      kind: letter.kind,
      audience: letter.audience,
      from,
      to: rendered.to,
      subject: rendered.subject,
      text: rendered.text,
      html: rendered.html,
      createdAt: ctx.now.toISOString(),
    };
  });
}
