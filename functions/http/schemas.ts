import { extendZodWithOpenApi } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import { DIVISIONS } from '../../domain/calendar/bank-holidays.js';
import { isPlainDate, isValidTimeZone } from '../../domain/calendar/plain-date.js';
import { CHANNELS, DECISIONS, REFUSAL_GROUNDS, REMEDY_KINDS, STATUSES } from '../../domain/complaint/complaint.js';
import { CORRESPONDENCE_KINDS } from '../../domain/complaint/correspondence.js';
import { CH02_RULES, DEFAULT_CATEGORIES } from '../../domain/landlord/report-settings.js';

extendZodWithOpenApi(z);

/** Bodies are strict: an unknown field is a 400, so a typo in a portal never silently drops data. */
const text = (max = 20_000) => z.string().trim().min(1).max(max);
const plainDate = z.string().refine(isPlainDate, 'must be a calendar date YYYY-MM-DD').openapi({ format: 'date', example: '2026-12-01' });
const dateTime = z.string().datetime({ offset: true }).openapi({ example: '2026-11-24T10:15:00Z' });
const email = z.string().email().max(320);

export const LandlordSettingsBody = z
  .strictObject({
    name: text(200),
    homes: z.number().int().min(0),
    division: z.enum(DIVISIONS),
    timeZone: z.string().refine(isValidTimeZone, 'must be an IANA time zone such as Europe/London'),
    complaintsOfficerEmail: email,
    inboundAddresses: z.array(email).max(20),
    closureDays: z.array(plainDate).max(366).default([]),
    fromAddress: email.optional(),
    escalationWindowWorkingDays: z.number().int().min(1).max(260).optional(),
    reminderLeadWorkingDays: z.number().int().min(0).max(20).default(2),
    financialYearStartMonth: z.number().int().min(1).max(12).default(4),
    // Reports (issue 11): TSM homes per tenure (dated; the count at a period's end is used), categories, CH02 rule.
    homesByTenure: z
      .array(z.strictObject({ asOf: plainDate, lowCostRental: z.number().int().min(0), lowCostHomeOwnership: z.number().int().min(0) }))
      .max(200)
      .default([]),
    categories: z
      .array(text(100))
      .min(1)
      .max(100)
      .refine((list) => new Set(list).size === list.length, 'categories must be distinct')
      .default([...DEFAULT_CATEGORIES]),
    ch02Rule: z.enum(CH02_RULES).default('with_extensions'),
  })
  .openapi('LandlordSettings');

export const StaffBody = z
  .strictObject({
    name: text(200),
    email,
    active: z.boolean().default(true),
    userId: text(200).optional().openapi({ description: "The staff member's login (the token's sub): 6.13 compares people, not staff ids" }),
  })
  .openapi('StaffMemberInput');

const Resident = z.strictObject({
  name: text(200),
  email: email.optional(),
  phone: z.string().trim().min(3).max(40).optional(),
  address: text(500).optional(),
  tenancyRef: text(100).optional(),
});

export const NewComplaintBody = z
  .strictObject({
    channel: z.enum(CHANNELS),
    resident: Resident,
    description: text(),
    receivedAt: dateTime.optional(),
    category: text(100).optional(),
    representative: z.strictObject({ name: text(200), relationship: text(100), email: email.optional() }).optional(),
    serviceRequestId: text(100).optional(),
    reasonableAdjustments: z.array(text(500)).max(50).optional(),
  })
  .openapi('NewComplaint');

const Definition = z.strictObject({
  understanding: text(),
  outcomesSought: z.array(text(2000)).min(1),
  notResponsibleFor: z.array(text(2000)).default([]),
  excludedParts: z.array(z.strictObject({ description: text(2000), ground: text(200), explanation: text(5000) })).default([]),
});

export const AcknowledgeBody = z.strictObject({ handlerId: text(100), definition: Definition }).openapi('Acknowledge');

export const ExtendBody = z
  .strictObject({
    workingDays: z.number().int().min(1).max(260),
    reason: text(5000),
    goodReason: text(5000).optional(),
    updateEveryWorkingDays: z.number().int().min(1).max(60).optional(),
  })
  .openapi('Extend');

export const RespondBody = z
  .strictObject({
    decision: z.enum(DECISIONS),
    reasons: text(50_000),
    remedies: z
      .array(
        z.strictObject({
          kind: z.enum(REMEDY_KINDS),
          description: text(5000),
          amount: z.number().positive().max(1_000_000).multipleOf(0.01).optional().openapi({ description: 'GBP' }),
          dueBy: plainDate.optional().openapi({ description: '7.3: by when it will be done; required unless done' }),
          done: z.boolean().optional().openapi({ description: 'given in the response itself (e.g. the apology): done now, no dueBy' }),
        }),
      )
      .max(50)
      .default([]),
    outstandingActions: z.array(z.strictObject({ description: text(5000), dueBy: plainDate })).max(50).default([]),
  })
  .openapi('Respond');

export const EscalateBody = z
  .strictObject({ reason: text(5000).optional(), parts: z.array(text(2000)).max(50).optional(), requestedAt: dateTime.optional() })
  .openapi('Escalate');

export const RefuseBody = z
  .strictObject({
    ground: z.enum(REFUSAL_GROUNDS),
    explanation: text(5000),
    requestedAt: dateTime.optional().openapi({ description: 'a late escalation request refused after closing or withdrawal (5.11): when the resident asked' }),
  })
  .openapi('Refuse');

export const ReasonBody = z.strictObject({ reason: text(5000).optional() }).openapi('Reason');

export const CorrespondenceBody = z
  .strictObject({
    direction: z.enum(['inbound', 'outbound']),
    kind: z.enum(CORRESPONDENCE_KINDS),
    summary: text(),
    counterparty: text(200).optional(),
    occurredAt: dateTime.optional(),
  })
  .openapi('CorrespondenceInput');

export const ComplaintListQuery = z.strictObject({
  // Nothing produces `merged` yet, so it is not offered as a filter.
  status: z.enum(STATUSES).exclude(['merged']).optional(),
  stage: z.enum(['1', '2']).transform(Number).optional(),
  handler: text(100).optional(),
  dueBefore: plainDate.optional(),
  overdue: z.enum(['true', 'false']).transform((value) => value === 'true').optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
  cursor: z.string().max(2000).optional(),
});

export const IdParams = z.strictObject({ id: z.string().min(1).max(100) });
export const ActionParams = z.strictObject({ id: z.string().min(1).max(100), actionId: z.string().min(1).max(100) });

const Deadlines = z.object({ acknowledgeBy: plainDate.optional(), respondBy: plainDate.optional(), extendedTo: plainDate.optional() });

/** Documentation of what the API answers (responses are built by the presenter, not parsed). */
export const ComplaintResponse = z
  .object({
    id: z.string(),
    reference: z.string().openapi({ example: 'CMP-2026-000123' }),
    status: z.enum(STATUSES),
    stage: z.union([z.literal(1), z.literal(2)]),
    channel: z.enum(CHANNELS),
    receivedAt: dateTime,
    resident: Resident,
    description: z.string(),
    deadlines: z.object({ stage1: Deadlines, stage2: Deadlines.optional() }),
    nextDeadline: z.object({ stage: z.number(), step: z.enum(['acknowledge', 'respond']), dueBy: plainDate }).optional(),
    handlers: z.object({ stage1: z.string().optional(), stage2: z.string().optional() }),
    definition: z.object({ stage1: Definition.optional(), stage2: Definition.optional() }),
    decision: z.object({ stage1: z.enum(DECISIONS).optional(), stage2: z.enum(DECISIONS).optional() }),
    remedies: z.array(z.object({ id: z.string(), stage: z.number(), kind: z.enum(REMEDY_KINDS), description: z.string() })),
    outstandingActions: z.array(z.object({ id: z.string(), stage: z.number(), description: z.string(), dueBy: plainDate })),
    refusal: z.object({ stage: z.number(), ground: z.enum(REFUSAL_GROUNDS), explanation: z.string(), refusedOn: plainDate }).optional(),
    overdue: z.array(z.object({ step: z.string(), dueBy: plainDate, markedAt: dateTime, resolvedAt: dateTime.optional() })),
    version: z.number().int(),
  })
  .openapi('Complaint');

export const ErrorResponse = z
  .object({
    error: z.object({
      code: z.enum(['invalid_request', 'unauthorized', 'forbidden', 'not_found', 'conflict', 'payload_too_large', 'rule_violation', 'internal']),
      message: z.string(),
      details: z.unknown().optional(),
    }),
  })
  .openapi('Error');
