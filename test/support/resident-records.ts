import { expect } from 'vitest';
import { addDays } from '../../domain/calendar/plain-date.js';
import { MAX_EACH_MEMBERS } from '../../domain/residents/group.js';
import { MAX_RESTRICTIONS } from '../../domain/residents/restrictions.js';
import { LIMITS } from '../../functions/http/limits.js';
import type { apiHarness, Caller } from './api-harness.js';

const fill = (bytes: number) => '"'.repeat(bytes);
const email = (tag: string) => `${tag}${'a'.repeat(64 - tag.length)}@${`${'b'.repeat(60)}.`.repeat(4)}example`;

/** A group member with every field at its limit. */
export const memberAtLimit = (n: number) => ({
  id: `m${n}`.padEnd(40, 'x'),
  name: fill(LIMITS.name),
  email: email(`member${n}`),
  phone: '0'.repeat(LIMITS.phone),
  address: `${n}${fill(LIMITS.address - 1)}`,
  tenancyRef: fill(LIMITS.reference),
  contactPreference: n % 2 === 0 ? ('post' as const) : ('email' as const),
});

/**
 * Issue 13's records at their limits, through the API: a representative with every field (letters to
 * both), a group of the most residents each written to (half by post; six copies of every letter), the most adjustments for every
 * resident and the most restrictions, one of them ended. Every string at its byte limit, in `"` (1 byte
 * stored, 7 in a letter), so the store-limits test measures the largest complaint, event and letter.
 */
export async function residentRecordsAtLimit(call: ReturnType<typeof apiHarness>['call'], caller: Caller, path: string, today: string): Promise<void> {
  const ok = async (method: string, url: string, body?: unknown) => {
    const answer = await call(method, url, { caller, ...(body !== undefined && { body }) });
    expect(answer.status, `${method} ${url}: ${JSON.stringify(answer.body).slice(0, 300)}`).toBe(200);
    return answer.body;
  };
  const { residents: limits } = LIMITS;
  await ok('PUT', `${path}/representative`, {
    name: fill(LIMITS.name),
    relationship: fill(LIMITS.reference),
    email: email('rep'),
    address: fill(LIMITS.address),
    phone: '0'.repeat(LIMITS.phone),
    consent: { method: 'written', givenOn: today, lettersTo: 'both', note: fill(limits.consentNote) },
  });
  const members = Array.from({ length: MAX_EACH_MEMBERS }, (_, n) => memberAtLimit(n));
  await ok('PUT', `${path}/group`, { basis: 'each', members });
  for (const residentId of ['resident', ...members.map((member) => member.id)]) {
    await ok('PUT', `${path}/reasonable-adjustments/${residentId}`, {
      adjustments: Array.from({ length: limits.adjustments }, () => ({ kind: 'other', detail: fill(limits.adjustmentDetail) })),
      disabilityDisclosed: true,
      agreedOn: today,
      reviewBy: addDays(today, 366),
    });
  }
  const restriction = {
    residentId: 'resident',
    channels: ['phone', 'email', 'letter', 'in_person', 'social_media'],
    restriction: fill(limits.restriction),
    reasons: Array.from({ length: limits.reasons }, () => ({ kind: 'other', detail: fill(limits.reasonDetail) })),
    proportionality: fill(limits.proportionality),
    decidedBy: fill(LIMITS.name),
    startsOn: today,
    reviewBy: addDays(today, 183),
  };
  for (let n = 0; n < MAX_RESTRICTIONS; n += 1) await ok('POST', `${path}/restrictions`, restriction);
  const recorded = await ok('GET', `${path}/restrictions`);
  await ok('POST', `${path}/restrictions/${recorded.items[0].id}/end`, { reason: fill(limits.endReason) });
}
