import type { SendRef } from '../../domain/ports/send-ledger.port.js';

/**
 * How an outbox reference rides on an SES send and comes back in its events: as email tags, whose
 * values SES limits to letters, digits, `_` and `-`, at most 256 characters. Outbox and complaint ids
 * are UUIDs and go as they are; a landlord id is free text, so it goes base64url-encoded.
 */
export const SEND_TAGS = { outbox: 'outbox-id', complaint: 'complaint-id', landlord: 'landlord-id-b64' } as const;

const TAG_VALUE = /^[A-Za-z0-9_-]{1,256}$/;

/** The tags for one send, or undefined when a value cannot be a tag (the send then goes untagged). */
export function sendTags(ref: SendRef): { Name: string; Value: string }[] | undefined {
  const tags = [
    { Name: SEND_TAGS.outbox, Value: ref.outboxId },
    { Name: SEND_TAGS.complaint, Value: ref.complaintId },
    { Name: SEND_TAGS.landlord, Value: Buffer.from(ref.landlordId, 'utf8').toString('base64url') },
  ];
  return tags.every((tag) => TAG_VALUE.test(tag.Value)) ? tags : undefined;
}

/** The outbox reference from an SES event's `mail.tags` (each tag a list of values), if it carries one. */
export function sendRefFromTags(tags: Record<string, string[] | undefined> | undefined): SendRef | undefined {
  const one = (name: string) => {
    const values = tags?.[name];
    return values?.length === 1 && TAG_VALUE.test(values[0]!) ? values[0] : undefined;
  };
  const outboxId = one(SEND_TAGS.outbox);
  const complaintId = one(SEND_TAGS.complaint);
  const landlord = one(SEND_TAGS.landlord);
  if (!outboxId || !complaintId || !landlord) return undefined;
  const landlordId = Buffer.from(landlord, 'base64url').toString('utf8');
  return landlordId ? { landlordId, complaintId, outboxId } : undefined;
}

/** The Message-ID header SES gives a message: its id at the region's amazonses.com domain. */
export const sesMessageId = (providerId: string, region: string): string => `<${providerId}@${region}.amazonses.com>`;
