import type { Letter } from '../../domain/letters/letter.js';
import { renderLetter } from '../../domain/letters/render.js';
import type { LandlordSettings } from '../../domain/landlord/settings.js';
import type { Clock } from '../../domain/ports/clock.port.js';
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

/** What every entry point that queues letters has: the sender of last resort, ids and the clock. */
export interface LetterQueueDeps {
  defaultFromAddress: string;
  newId: () => string;
  clock: Clock;
}

/**
 * The one way letters become outbox messages, for the application layer and the dispatcher alike: the
 * landlord's sender, the time and ids are set here, never assembled again at a call site.
 */
export function queueLetters(deps: LetterQueueDeps, landlordId: string, settings: LandlordSettings, letters: Letter[]): EmailOutboxMessage[] {
  return toOutboxMessages(letters, { landlordId, settings, defaultFromAddress: deps.defaultFromAddress, now: deps.clock.now(), newId: deps.newId });
}
