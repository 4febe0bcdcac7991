import { z } from 'zod';
import { ADJUSTMENT_KINDS } from '../../../domain/residents/adjustments.js';
import { GROUP_BASES, MAX_GROUP_MEMBERS } from '../../../domain/residents/group.js';
import { CONSENT_METHODS, LETTER_COPIES } from '../../../domain/residents/representation.js';
import { CONTACT_CHANNELS, MAX_RESTRICTIONS, RESTRICTION_REASONS } from '../../../domain/residents/restrictions.js';
import { LIMITS } from '../limits.js';
import { email, plainDate, text } from './primitives.js';

const phone = z.string().trim().min(3).max(LIMITS.phone);
const outDate = z.string().openapi({ format: 'date', example: '2026-12-01' });
const outInstant = z.string().openapi({ format: 'date-time', example: '2026-11-24T10:15:00.000Z' });
const { residents: limits } = LIMITS;

/** A resident's id on a complaint: `resident` for the complaint's own, or a group member's id. */
const residentId = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,40}$/, 'letters, digits, - and _, at most 40')
  .openapi({ example: 'resident', description: '`resident` is the complaint’s own resident (a group’s lead); others are group member ids' });

export const ResidentParams = z.strictObject({ id: z.string().min(1).max(100), residentId });
export const RestrictionParams = z.strictObject({ id: z.string().min(1).max(100), restrictionId: z.string().min(1).max(100) });

// Requests.

const Consent = z.strictObject({
  method: z.enum(CONSENT_METHODS),
  givenOn: plainDate,
  lettersTo: z.enum(LETTER_COPIES).openapi({ description: 'Who the resident agreed letters go to (3.6)' }),
  note: text(limits.consentNote).optional(),
});

const representativeFields = {
  name: text(LIMITS.name),
  relationship: text(LIMITS.reference),
  email: email.optional(),
  address: text(LIMITS.address).optional(),
  phone: phone.optional(),
};
const reachable = { message: 'give an email or a postal address (or both)', path: ['email'] };

export const RepresentativeBody = z
  .strictObject({ ...representativeFields, consent: Consent })
  .refine((body) => body.email !== undefined || body.address !== undefined, reachable)
  .openapi('RepresentativeInput');

/** At logging the resident may not have agreed yet: without `consent`, letters go to the resident, who is asked for it. */
export const RepresentativeAtLogging = z
  .strictObject({ ...representativeFields, consent: Consent.optional() })
  .refine((body) => body.consent === undefined || body.email !== undefined || body.address !== undefined, reachable)
  .openapi('RepresentativeAtLogging', { description: 'Who made the complaint for the resident (3.6). Without `consent` they are recorded as awaiting it: letters go to the resident, and the acknowledgement asks for it.' });

const Member = z.strictObject({
  id: residentId.refine((id) => id !== 'resident', '"resident" is the complaint’s own resident'),
  name: text(LIMITS.name),
  email: email.optional(),
  phone: phone.optional(),
  address: text(LIMITS.address).optional(),
  tenancyRef: text(LIMITS.reference).optional(),
  contactPreference: z.enum(['email', 'post']).optional(),
});

export const GroupBody = z
  .strictObject({
    basis: z.enum(GROUP_BASES).openapi({ description: '`lead`: the complaint’s resident acts for the others (letters to the lead); `each`: every resident is written to' }),
    members: z.array(Member).min(1).max(MAX_GROUP_MEMBERS),
  })
  .openapi('GroupComplaintInput');

const Adjustment = z.strictObject({
  kind: z.enum(ADJUSTMENT_KINDS),
  detail: text(limits.adjustmentDetail).optional().openapi({ description: 'Required for interpreter (the language), named_contact_time (when) and other' }),
  channel: z.enum(['email', 'post']).optional().openapi({ description: 'preferred_channel only' }),
});

export const AdjustmentsBody = z
  .strictObject({
    adjustments: z.array(Adjustment).min(1).max(limits.adjustments),
    disabilityDisclosed: z.boolean(),
    agreedOn: plainDate,
    reviewBy: plainDate,
  })
  .openapi('ReasonableAdjustmentsInput');

export const RestrictionBody = z
  .strictObject({
    residentId,
    channels: z.array(z.enum(CONTACT_CHANNELS)).min(1).max(CONTACT_CHANNELS.length),
    restriction: text(limits.restriction).openapi({ description: 'What the resident may still do, e.g. "one call a week, to the named officer"' }),
    reasons: z.array(z.strictObject({ kind: z.enum(RESTRICTION_REASONS), detail: text(limits.reasonDetail) })).min(1).max(limits.reasons),
    proportionality: text(limits.proportionality).openapi({ description: 'What was considered to make it proportionate, with regard to the Equality Act 2010 (5.15)' }),
    decidedBy: text(LIMITS.name),
    startsOn: plainDate,
    reviewBy: plainDate,
  })
  .openapi('RestrictionInput');

export const EndRestrictionBody = z.strictObject({ reason: text(limits.endReason), endedOn: plainDate.optional() }).openapi('EndRestriction');

// Answers (closed, like every answer).

export const RepresentativeOut = z
  .object({
    name: z.string(),
    relationship: z.string(),
    email: z.string().optional(),
    address: z.string().optional(),
    phone: z.string().optional(),
    consent: z.object({ method: z.enum(CONSENT_METHODS), givenOn: outDate, lettersTo: z.enum(LETTER_COPIES), note: z.string().optional() }).strict().optional(),
    awaitingConsent: z.literal(true).optional().openapi({ description: 'Named before the resident agreed: letters go to the resident until a nomination records consent (3.6)' }),
  })
  .strict();

export const GroupOut = z
  .object({
    basis: z.enum(GROUP_BASES),
    members: z.array(
      z
        .object({
          id: z.string(),
          name: z.string(),
          email: z.string().optional(),
          phone: z.string().optional(),
          address: z.string().optional(),
          tenancyRef: z.string().optional(),
          contactPreference: z.enum(['email', 'post']).optional(),
        })
        .strict(),
    ),
  })
  .strict();

const AdjustmentOut = z.object({ kind: z.enum(ADJUSTMENT_KINDS), detail: z.string().optional(), channel: z.enum(['email', 'post']).optional() }).strict();

export const ResidentAdjustmentsOut = z
  .object({
    residentId: z.string(),
    adjustments: z.array(AdjustmentOut),
    disabilityDisclosed: z.boolean(),
    agreedOn: outDate,
    reviewBy: outDate,
    recordedBy: z.string(),
    recordedAt: outInstant,
  })
  .strict();

export const AdjustmentsListResponse = z
  .object({
    items: z.array(
      z
        .object({
          residentId: z.string(),
          residentName: z.string(),
          source: z.enum(['recorded', 'free_text']).openapi({ description: '`free_text`: logged before 5.10 was recorded properly; not yet reviewed' }),
          adjustments: z.array(AdjustmentOut),
          disabilityDisclosed: z.boolean().optional(),
          agreedOn: outDate,
          reviewBy: outDate.optional(),
          recordedBy: z.string().optional(),
          recordedAt: outInstant.optional(),
        })
        .strict(),
    ),
  })
  .strict()
  .openapi('ReasonableAdjustmentsList');

export const RestrictionOut = z
  .object({
    id: z.string(),
    residentId: z.string(),
    channels: z.array(z.enum(CONTACT_CHANNELS)),
    restriction: z.string(),
    reasons: z.array(z.object({ kind: z.enum(RESTRICTION_REASONS), detail: z.string() }).strict()),
    proportionality: z.string(),
    decidedBy: z.string(),
    startsOn: outDate,
    reviewBy: outDate,
    recordedBy: z.string(),
    recordedAt: outInstant,
    reviewedAt: outInstant.optional(),
    ended: z.object({ on: outDate, reason: z.string(), by: z.string() }).strict().optional(),
  })
  .strict()
  .openapi('Restriction');

export const RestrictionListResponse = z.object({ items: z.array(RestrictionOut).max(MAX_RESTRICTIONS) }).strict().openapi('RestrictionList');
