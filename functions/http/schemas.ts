import { extendZodWithOpenApi } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import { DIVISIONS } from '../../domain/calendar/bank-holidays.js';
import { isPlainDate, isValidTimeZone } from '../../domain/calendar/plain-date.js';
import { CHANNELS, DECISIONS, OMBUDSMAN_FINDINGS, REFUSAL_GROUNDS, REMEDY_KINDS, STATUSES, TENURES } from '../../domain/complaint/complaint.js';
import { CORRESPONDENCE_KINDS } from '../../domain/complaint/correspondence.js';
import { LIMITS } from './limits.js';
import { CH02_RULES, DEFAULT_CATEGORIES } from '../../domain/landlord/report-settings.js';

extendZodWithOpenApi(z);

/**
 * Bodies are strict: an unknown field is a 400, so a typo in a portal never silently drops data.
 * Text is limited in bytes of UTF-8, which is what the store counts (see limits.ts); maxLength in the
 * OpenAPI document is the same number, so ASCII text gets that many characters and other text fewer.
 */
const text = (maxBytes: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(maxBytes)
    .refine((value) => Buffer.byteLength(value, 'utf8') <= maxBytes, `must be at most ${maxBytes} bytes in UTF-8`);
const texts = (limit: { items: number; bytes: number }) => z.array(text(limit.bytes)).max(limit.items);
const plainDate = z.string().refine(isPlainDate, 'must be a calendar date YYYY-MM-DD').openapi({ format: 'date', example: '2026-12-01' });
const dateTime = z.string().datetime({ offset: true }).openapi({ example: '2026-11-24T10:15:00Z' });
const email = z.string().email().max(LIMITS.email);

/**
 * Addresses route mail case-insensitively (the registry key is lower case), so they are saved in lower
 * case, and two spellings of one address are refused rather than registered twice.
 */
const inboundAddresses = z
  .array(email.transform((address) => address.toLowerCase()))
  .max(LIMITS.settings.inboundAddresses)
  .superRefine((addresses, context) => {
    addresses.forEach((address, index) => {
      const first = addresses.indexOf(address);
      if (first !== index) {
        context.addIssue({ code: z.ZodIssueCode.custom, path: [index], message: `the same address as inboundAddresses.${first} (addresses ignore case)` });
      }
    });
  });

export const LandlordSettingsBody = z
  .strictObject({
    name: text(LIMITS.name),
    // The store keeps numbers to 38 digits and JSON readers to 2^53: a count of homes is far below both.
    homes: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
    division: z.enum(DIVISIONS),
    timeZone: z.string().max(100).refine(isValidTimeZone, 'must be an IANA time zone such as Europe/London').openapi({ example: 'Europe/London' }),
    complaintsOfficerEmail: email,
    inboundAddresses: inboundAddresses,
    closureDays: z.array(plainDate).max(LIMITS.settings.closureDays).default([]),
    fromAddress: email.optional(),
    escalationWindowWorkingDays: z.number().int().min(1).max(260).optional(),
    reminderLeadWorkingDays: z.number().int().min(0).max(20).default(2),
    financialYearStartMonth: z.number().int().min(1).max(12).default(4),
    // Reports (issue 11): TSM homes per tenure (dated; the count at a period's end is used), categories, CH02 rule.
    homesByTenure: z
      .array(z.strictObject({ asOf: plainDate, lowCostRental: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER), lowCostHomeOwnership: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER) }))
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
    name: text(LIMITS.name),
    email,
    active: z.boolean().default(true),
    userId: text(LIMITS.name).optional().openapi({ description: "The staff member's login (the token's sub): 6.13 compares people, not staff ids" }),
  })
  .openapi('StaffMemberInput');

const Resident = z.strictObject({
  name: text(LIMITS.name),
  email: email.optional(),
  phone: z.string().trim().min(3).max(LIMITS.phone).optional(),
  address: text(LIMITS.address).optional(),
  tenancyRef: text(LIMITS.reference).optional(),
});

export const NewComplaintBody = z
  .strictObject({
    channel: z.enum(CHANNELS),
    resident: Resident,
    description: text(LIMITS.description),
    receivedAt: dateTime.optional(),
    category: text(LIMITS.category).optional(),
    representative: z.strictObject({ name: text(LIMITS.name), relationship: text(LIMITS.reference), email: email.optional() }).optional(),
    serviceRequestId: text(LIMITS.reference).optional(),
    reasonableAdjustments: texts(LIMITS.reasonableAdjustments).optional(),
    tenure: z.enum(TENURES).optional(),
  })
  .openapi('NewComplaint');

const { definition: definitionLimits } = LIMITS;
const Definition = z.strictObject({
  understanding: text(definitionLimits.understanding),
  outcomesSought: texts(definitionLimits.outcomesSought).min(1),
  notResponsibleFor: texts(definitionLimits.notResponsibleFor).default([]),
  excludedParts: z
    .array(
      z.strictObject({
        description: text(definitionLimits.excludedParts.description),
        ground: text(definitionLimits.excludedParts.ground),
        explanation: text(definitionLimits.excludedParts.explanation),
      }),
    )
    .max(definitionLimits.excludedParts.items)
    .default([]),
});

export const AcknowledgeBody = z.strictObject({ handlerId: text(LIMITS.reference), definition: Definition }).openapi('Acknowledge');

export const ExtendBody = z
  .strictObject({
    workingDays: z.number().int().min(1).max(LIMITS.extension.workingDays),
    reason: text(LIMITS.extension.reason),
    goodReason: text(LIMITS.extension.goodReason).optional(),
    updateEveryWorkingDays: z.number().int().min(1).max(60).optional(),
  })
  .openapi('Extend');

export const RespondBody = z
  .strictObject({
    decision: z.enum(DECISIONS),
    reasons: text(LIMITS.response.reasons),
    remedies: z
      .array(
        z.strictObject({
          kind: z.enum(REMEDY_KINDS),
          description: text(LIMITS.response.itemDescription),
          amount: z.number().positive().max(1_000_000).multipleOf(0.01).optional().openapi({ description: 'GBP' }),
          dueBy: plainDate.optional().openapi({ description: '7.3: by when it will be done; required unless done' }),
          done: z.boolean().optional().openapi({ description: 'given in the response itself (e.g. the apology): done now, no dueBy' }),
        }),
      )
      .max(LIMITS.response.remedies)
      .default([]),
    outstandingActions: z
      .array(z.strictObject({ description: text(LIMITS.response.itemDescription), dueBy: plainDate }))
      .max(LIMITS.response.outstandingActions)
      .default([]),
  })
  .openapi('Respond');

export const EscalateBody = z
  .strictObject({ reason: text(LIMITS.escalation.reason).optional(), parts: texts(LIMITS.escalation.parts).optional(), requestedAt: dateTime.optional() })
  .openapi('Escalate');

export const RefuseBody = z
  .strictObject({
    ground: z.enum(REFUSAL_GROUNDS),
    explanation: text(LIMITS.refusal.explanation),
    requestedAt: dateTime.optional().openapi({ description: 'a late escalation request refused after closing or withdrawal (5.11): when the resident asked' }),
  })
  .openapi('Refuse');

export const ReasonBody = z.strictObject({ reason: text(LIMITS.reason).optional() }).openapi('Reason');

export const CorrespondenceBody = z
  .strictObject({
    direction: z.enum(['inbound', 'outbound']),
    kind: z.enum(CORRESPONDENCE_KINDS),
    summary: text(LIMITS.correspondence.summary),
    counterparty: text(LIMITS.correspondence.counterparty).optional(),
    occurredAt: dateTime.optional(),
  })
  .openapi('CorrespondenceInput');

export const ComplaintListQuery = z.strictObject({
  // Nothing produces `merged` yet, so it is not offered as a filter.
  status: z.enum(STATUSES).exclude(['merged']).optional(),
  stage: z.enum(['1', '2']).transform(Number).optional(),
  handler: text(LIMITS.reference).optional(),
  dueBefore: plainDate.optional(),
  overdue: z.enum(['true', 'false']).transform((value) => value === 'true').optional(),
  // Plain decimal digits only: Number() would also read "0x10", "1e1" and " 16".
  limit: z
    .string()
    .regex(/^[0-9]{1,3}$/, 'must be a whole number in decimal digits')
    .transform(Number)
    .pipe(z.number().int().min(1).max(100))
    .optional()
    .transform((limit) => limit ?? 25)
    .openapi({ type: 'integer', minimum: 1, maximum: 100, description: 'page size, 25 when absent' }),
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
      code: z.enum([
        'invalid_request',
        'unauthorized',
        'forbidden',
        'not_found',
        'conflict',
        'payload_too_large',
        'unsupported_media_type',
        'rule_violation',
        'internal',
      ]),
      message: z.string(),
      details: z
        .union([z.array(z.object({ field: z.string(), message: z.string() })), z.record(z.unknown())])
        .openapi({
          description:
            'Always present. invalid_request: the fields at fault, [{ field, message }]. Otherwise an object: rule_violation { provision }, ' +
            'payload_too_large { limitBytes, receivedBytes }, unsupported_media_type { contentType }, unauthorized { reason }, internal { requestId }; {} when there is nothing more to say.',
        }),
    }),
  })
  .openapi('Error');

/** Quarantine: what an officer can do with held mail. */
export const QUARANTINE_STATUSES = ['held', 'released', 'attached', 'dismissed'] as const;

export const QuarantineDismissBody = z.strictObject({ reason: text(2000).optional() }).openapi('QuarantineDismiss');

export const QuarantineAttachBody = z.strictObject({ complaintId: z.string().min(1).max(100) }).openapi('QuarantineAttach');

export const QuarantineAttachmentParams = z.strictObject({
  id: z.string().min(1).max(100),
  n: z
    .string()
    .regex(/^[1-9]\d{0,2}$/, 'must be an attachment number from 1')
    .transform(Number)
    .openapi({ type: 'integer', minimum: 1, maximum: 999 }),
});

export const QuarantineEntryResponse = z
  .object({
    id: z.string(),
    reason: z.enum(['spam', 'virus', 'oversize', 'unparseable', 'automatic', 'message_id_reused', 'unprocessable']),
    detail: z.string(),
    receivedAt: dateTime,
    from: z.string().optional(),
    subject: z.string().optional(),
    messageId: z.string().optional(),
    size: z.number().int(),
    attachments: z.array(z.object({ n: z.number().int(), filename: z.string(), contentType: z.string(), size: z.number().int() })).optional(),
    status: z.enum(QUARANTINE_STATUSES),
    handledBy: z.string().optional().openapi({ description: 'The officer who released, attached or dismissed it' }),
    handledAt: dateTime.optional(),
    note: z.string().optional().openapi({ description: 'The reason given for a dismissal' }),
    outcome: z.enum(['logged', 'attached', 'duplicate']).optional(),
    complaintId: z.string().optional(),
    reference: z.string().optional(),
  })
  .openapi('QuarantineEntry');

// Reports (issue 11): periods, years, the landlord's own entries, and the records under them.
const reportYear = z.coerce.number().int().min(1900).max(9998);
export const ReportPeriodQuery = z.strictObject({ from: plainDate, to: plainDate });
export const ReportYearQuery = z.strictObject({ year: reportYear });
export const ReportYearParams = z.strictObject({ year: reportYear });
export const SelfAssessmentParams = z.strictObject({ year: reportYear, provision: z.string().min(1).max(20) });
export const SelfAssessmentEntryBody = z
  .strictObject({ compliant: z.enum(['yes', 'no', 'not_applicable']), evidence: text(LIMITS.description), commentary: text(LIMITS.description).optional() })
  .openapi('SelfAssessmentEntry');
export const GoverningBodyResponseBody = z.strictObject({ text: text(LIMITS.description), recordedOn: plainDate.optional() }).openapi('GoverningBodyResponse');
export const TenureBody = z.strictObject({ tenure: z.enum(TENURES) }).openapi('Tenure');
export const LearningBody = z
  .strictObject({
    category: text(LIMITS.category).optional(),
    rootCause: text(LIMITS.description).optional(),
    lessons: text(LIMITS.description).optional(),
    improvements: z
      .array(z.strictObject({ id: z.string().min(1).max(100).optional(), description: text(LIMITS.description), owner: text(LIMITS.name), dueBy: plainDate }))
      .max(50)
      .optional(),
  })
  .openapi('Learning');
export const ImprovementParams = z.strictObject({ id: z.string().min(1).max(100), improvementId: z.string().min(1).max(100) });
export const OrderParams = z.strictObject({ id: z.string().min(1).max(100), orderId: z.string().min(1).max(100) });
export const EvidenceBody = z.strictObject({ evidence: text(LIMITS.description).optional() });
export const RequiredEvidenceBody = z.strictObject({ evidence: text(LIMITS.description) });
export const OmbudsmanReferralBody = z.strictObject({ referredOn: plainDate, reference: text(LIMITS.reference) }).openapi('OmbudsmanReferral');
export const OmbudsmanDeterminationBody = z
  .strictObject({
    determinedOn: plainDate,
    findings: z.array(z.strictObject({ element: text(LIMITS.reference), finding: z.enum(OMBUDSMAN_FINDINGS) })).min(1).max(50),
    orders: z.array(z.strictObject({ description: text(LIMITS.description), dueBy: plainDate })).max(50).default([]),
  })
  .openapi('OmbudsmanDetermination');
