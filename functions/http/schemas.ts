import { extendZodWithOpenApi } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import { DIVISIONS } from '../../domain/calendar/bank-holidays.js';
import { isValidTimeZone } from '../../domain/calendar/plain-date.js';
import { CHANNELS, DECISIONS, OMBUDSMAN_FINDINGS, REFUSAL_GROUNDS, REMEDY_KINDS, STATUSES, TENURES } from '../../domain/complaint/complaint.js';
import { CORRESPONDENCE_KINDS } from '../../domain/complaint/correspondence.js';
import { LIMITS } from './limits.js';
import { complaintAdditionsOut } from './schemas/complaint-additions.js';
import type { ErrorCode } from '../shared/http-error.js';
import { CH02_RULES, DEFAULT_CATEGORIES } from '../../domain/landlord/report-settings.js';
import { GroupOut, RepresentativeAtLogging, RepresentativeOut, ResidentAdjustmentsOut, RestrictionOut } from './schemas/residents.js';

extendZodWithOpenApi(z);

/**
 * Bodies are strict: an unknown field is a 400, so a typo in a portal never silently drops data.
 * Text is limited in bytes of UTF-8, which is what the store counts (see limits.ts); maxLength in the
 * OpenAPI document is the same number, so ASCII text gets that many characters and other text fewer.
 */
export { dateTime, email, plainDate, text, texts } from './schemas/primitives.js';
import { dateTime, email, plainDate, text, texts } from './schemas/primitives.js';

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
    // Posted letters (issue 12): the letterhead's address and telephone.
    postalAddress: text(LIMITS.address).optional(),
    phone: z.string().trim().min(3).max(LIMITS.phone).optional(),
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

export const Resident = z.strictObject({
  name: text(LIMITS.name),
  email: email.optional(),
  phone: z.string().trim().min(3).max(LIMITS.phone).optional(),
  address: text(LIMITS.address).optional(),
  tenancyRef: text(LIMITS.reference).optional(),
  contactPreference: z.enum(['email', 'post']).optional(),
});

export const NewComplaintBody = z
  .strictObject({
    channel: z.enum(CHANNELS),
    resident: Resident,
    description: text(LIMITS.description),
    receivedAt: dateTime.optional(),
    category: text(LIMITS.category).optional(),
    representative: RepresentativeAtLogging.optional(),
    serviceRequestId: text(LIMITS.reference).optional(),
    reasonableAdjustments: texts(LIMITS.reasonableAdjustments).optional(),
    tenure: z.enum(TENURES).optional(),
    // 2.3: when the matter arose; discretion says why one over 12 months old is accepted.
    matter: z.strictObject({ arose: plainDate, basis: z.enum(['occurred', 'became_aware']), discretion: text(LIMITS.reason).optional() }).optional(),
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
  // `merged` is produced by POST /v1/complaints/{id}/merge (issue 13).
  status: z.enum(STATUSES).optional(),
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

/*
 * Responses. The presenter builds answers rather than parsing them, so these schemas are the contract:
 * they are strict (additionalProperties: false), and test/contract validates every answer the
 * integration and e2e suites receive against the generated document, so a field the API returns and
 * the document lacks (or the reverse) fails the tests.
 */
export const outDate = z.string().openapi({ format: 'date', example: '2026-12-01' });
export const outInstant = z.string().openapi({ format: 'date-time', example: '2026-11-24T10:15:00.000Z' });
export const StageNumber = z.union([z.literal(1), z.literal(2)]).openapi({ type: 'integer', enum: [1, 2], example: 1 });
export const Actor = z.object({ userId: z.string(), roles: z.array(z.string()) }).strict();

const Deadlines = z.object({ acknowledgeBy: outDate.optional(), respondBy: outDate.optional(), extendedTo: outDate.optional() }).strict();

const DefinitionOut = z
  .object({
    understanding: z.string(),
    outcomesSought: z.array(z.string()),
    notResponsibleFor: z.array(z.string()),
    excludedParts: z.array(z.object({ description: z.string(), ground: z.string(), explanation: z.string() }).strict()),
  })
  .strict()
  .openapi('Definition');

const StageRecordOut = z
  .object({
    receivedOn: outDate,
    acknowledgedOn: outDate.optional(),
    respondedOn: outDate.optional(),
    handlerId: z.string().optional(),
    handlerUserId: z.string().optional().openapi({ description: "The handler's login when acknowledged (6.13 compares people)" }),
    definition: DefinitionOut.optional(),
    extensions: z.array(
      z
        .object({
          workingDays: z.number().int(),
          reason: z.string(),
          goodReason: z.string().optional(),
          updateEveryWorkingDays: z.number().int().optional(),
          from: outDate,
          to: outDate,
          decidedOn: outDate,
        })
        .strict(),
    ),
    decision: z.enum(DECISIONS).optional(),
    reasons: z.string().optional(),
  })
  .strict()
  .openapi('StageRecord');

const ResidentOut = z
  .object({
    name: z.string(),
    email: z.string().optional(),
    phone: z.string().optional(),
    address: z.string().optional(),
    tenancyRef: z.string().optional(),
    contactPreference: z.enum(['email', 'post']).optional(),
  })
  .strict();

const ImprovementOut = z
  .object({ id: z.string(), description: z.string(), owner: z.string(), recordedOn: outDate, dueBy: outDate, completedAt: outInstant.optional(), evidence: z.string().optional() })
  .strict();

const OmbudsmanOut = z
  .object({
    referredOn: outDate,
    reference: z.string(),
    determination: z
      .object({
        determinedOn: outDate,
        findings: z.array(z.object({ element: z.string(), finding: z.enum(OMBUDSMAN_FINDINGS) }).strict()),
        orders: z.array(
          z.object({ id: z.string(), description: z.string(), dueBy: outDate, completedAt: outInstant.optional(), evidence: z.string().optional() }).strict(),
        ),
      })
      .strict()
      .optional(),
  })
  .strict();

/** What the presenter (complaintJson) answers: the record without the system's bookkeeping, plus per-stage views. */
export const ComplaintResponse = z
  .object({
    id: z.string().openapi({ example: '0b7f6a52-5d1e-4a53-9a43-2f7d3c1e9b10' }),
    reference: z.string().openapi({ example: 'CMP-2026-000123' }),
    status: z.enum(STATUSES),
    stage: StageNumber,
    channel: z.enum(CHANNELS),
    receivedAt: outInstant,
    resident: ResidentOut,
    description: z.string(),
    category: z.string().optional(),
    representative: RepresentativeOut.optional(),
    serviceRequestId: z.string().optional(),
    reasonableAdjustments: z.array(z.string()),
    // Issue 13: who the complaint covers, the adjustments agreed with each (5.10) and contact restrictions (5.14).
    group: GroupOut.optional(),
    adjustments: z.array(ResidentAdjustmentsOut).optional(),
    restrictions: z.array(RestrictionOut).optional(),
    stages: z.object({ stage1: StageRecordOut, stage2: StageRecordOut.optional() }).strict(),
    deadlines: z.object({ stage1: Deadlines, stage2: Deadlines.optional() }).strict(),
    nextDeadline: z.object({ stage: StageNumber, step: z.enum(['acknowledge', 'respond']), dueBy: outDate }).strict().optional(),
    handlers: z.object({ stage1: z.string().optional(), stage2: z.string().optional() }).strict(),
    definition: z.object({ stage1: DefinitionOut.optional(), stage2: DefinitionOut.optional() }).strict(),
    decision: z.object({ stage1: z.enum(DECISIONS).optional(), stage2: z.enum(DECISIONS).optional() }).strict(),
    remedies: z.array(
      z
        .object({
          id: z.string(),
          stage: StageNumber,
          kind: z.enum(REMEDY_KINDS),
          description: z.string(),
          amount: z.number().optional().openapi({ description: 'GBP' }),
          dueBy: outDate.optional().openapi({ description: '7.3: by when; absent when given in the response itself' }),
          completedAt: outInstant.optional(),
        })
        .strict(),
    ),
    outstandingActions: z.array(z.object({ id: z.string(), stage: StageNumber, description: z.string(), dueBy: outDate, completedAt: outInstant.optional() }).strict()),
    escalation: z
      .object({
        requestedAt: outInstant,
        reason: z.string().optional(),
        parts: z.array(z.string()),
        afterWindow: z.boolean(),
        late: z
          .object({ after: z.enum(['closed', 'withdrawn']), on: outDate, decision: z.enum(['accepted', 'refused']), decidedBy: z.string() })
          .strict()
          .optional()
          .openapi({ description: '6.10: asked after closing or withdrawal; accepted (reopened at stage 2) or refused (5.11)' }),
      })
      .strict()
      .optional(),
    refusal: z.object({ stage: StageNumber, ground: z.enum(REFUSAL_GROUNDS), explanation: z.string(), refusedOn: outDate }).strict().optional(),
    withdrawal: z.object({ reason: z.string().optional(), withdrawnOn: outDate }).strict().optional(),
    closure: z.object({ reason: z.string().optional(), closedOn: outDate }).strict().optional(),
    overdue: z.array(z.object({ step: z.string(), dueBy: outDate, markedAt: outInstant, resolvedAt: outInstant.optional() }).strict()),
    updateChecks: z
      .array(z.object({ step: z.string(), dueBy: outDate, kept: z.boolean(), checkedAt: outInstant }).strict())
      .optional()
      .openapi({ description: '5.9: agreed updates already judged against the contact the resident had' }),
    createdAt: outInstant,
    updatedAt: outInstant,
    version: z.number().int().openapi({ description: 'Also the ETag; send it back as If-Match', example: 3 }),
    tenure: z.enum(TENURES).optional(),
    learning: z.object({ rootCause: z.string().optional(), lessons: z.string().optional(), improvements: z.array(ImprovementOut) }).strict().optional(),
    ombudsman: OmbudsmanOut.optional(),
    ...complaintAdditionsOut,
  })
  .strict()
  .openapi('Complaint');

export const ComplaintPageResponse = z
  .object({
    items: z.array(ComplaintResponse),
    nextCursor: z.string().optional().openapi({ description: 'Absent on the last page; pass it back as the cursor parameter' }),
  })
  .strict()
  .openapi('ComplaintPage');

/** One entry of the audit trail (5.12): before and after hold only the fields that changed. */
export const AuditEventResponse = z
  .object({
    complaintId: z.string(),
    seq: z.number().int().openapi({ description: 'The complaint version this event produced' }),
    type: z.string().openapi({ description: 'What happened: logged, acknowledged, extended, responded, escalated, refused, withdrawn, closed, ...', example: 'acknowledged' }),
    actor: Actor,
    at: outInstant,
    before: z.record(z.string(), z.unknown()).openapi({ type: 'object', additionalProperties: true }),
    after: z.record(z.string(), z.unknown()).openapi({ type: 'object', additionalProperties: true }),
    detail: z.record(z.string(), z.string()).optional().openapi({ description: 'What the change was about where no field of the complaint moved (letter_posted: letterId, letterKind, postedOn)' }),
  })
  .strict()
  .openapi('AuditEvent');

export const CorrespondenceResponse = z
  .object({
    id: z.string(),
    complaintId: z.string(),
    direction: z.enum(['inbound', 'outbound']),
    kind: z.enum(CORRESPONDENCE_KINDS),
    summary: z.string(),
    counterparty: z.string().optional(),
    occurredAt: outInstant,
    recordedBy: z.string(),
    recordedAt: outInstant,
    audience: z.enum(['resident', 'staff']).optional().openapi({ description: 'For letters the system sent' }),
    letterKind: z.string().optional().openapi({ description: 'For letters the system sent: receipt, response, reminder ...' }),
    delivery: z.enum(['email', 'post', 'undeliverable']).optional().openapi({ description: 'For resident letters: how it goes (post: see the print queue)' }),
    letterId: z.string().optional().openapi({ description: 'For posted or held letters: its id in the print queue (GET /v1/letters/{id}.pdf)' }),
    providerMessageId: z.string().optional(),
    body: z.string().optional(),
    rawKey: z.string().optional(),
    attachments: z.array(z.object({ filename: z.string(), contentType: z.string(), size: z.number().int(), key: z.string() }).strict()).optional(),
  })
  .strict()
  .openapi('Correspondence');

const HomesCountOut = z.object({ asOf: outDate, lowCostRental: z.number().int(), lowCostHomeOwnership: z.number().int() }).strict();

/** The settings as saved (or the defaults), with the landlord's id: PUT takes LandlordSettings without it. */
export const LandlordSettingsResponse = z
  .object({
    id: z.string().openapi({ description: "The landlord's id (from the token)" }),
    name: z.string().openapi({ example: 'Riverside Homes' }),
    homes: z.number().int(),
    division: z.enum(DIVISIONS),
    timeZone: z.string().openapi({ example: 'Europe/London' }),
    complaintsOfficerEmail: z.string(),
    inboundAddresses: z.array(z.string()),
    closureDays: z.array(outDate),
    fromAddress: z.string().optional(),
    escalationWindowWorkingDays: z.number().int().optional(),
    reminderLeadWorkingDays: z.number().int(),
    financialYearStartMonth: z.number().int(),
    homesByTenure: z.array(HomesCountOut).optional(),
    categories: z.array(z.string()).optional(),
    ch02Rule: z.enum(CH02_RULES).optional(),
    postalAddress: z.string().optional().openapi({ description: 'printed on posted letters' }),
    phone: z.string().optional().openapi({ description: 'printed on posted letters' }),
  })
  .strict()
  .openapi('LandlordSettingsView');

export const SettingsEventResponse = z
  .object({
    version: z.number().int().openapi({ description: 'The settings version this change produced' }),
    actor: Actor,
    at: outInstant,
    before: z.record(z.string(), z.unknown()).openapi({ type: 'object', additionalProperties: true }),
    after: z.record(z.string(), z.unknown()).openapi({ type: 'object', additionalProperties: true }),
  })
  .strict()
  .openapi('SettingsEvent');

export const StaffMemberResponse = z
  .object({ id: z.string().openapi({ example: 'h1' }), name: z.string(), email: z.string(), active: z.boolean(), userId: z.string().optional() })
  .strict()
  .openapi('StaffMember');

/** What a released or attached held message became. */
export const IntakeOutcomeResponse = z
  .object({
    // A released or attached message is never held again: what cannot be logged is a 400 instead.
    outcome: z.enum(['logged', 'attached', 'duplicate']),
    complaintId: z.string().optional(),
    reference: z.string().optional(),
  })
  .strict()
  .openapi('IntakeOutcome');

/** `{ items: [...] }`, the shape of every list that is not paged. */
export const itemsOf = (item: z.ZodTypeAny, name: string) => z.object({ items: z.array(item) }).strict().openapi(name);

const ERROR_CODES = [
  'invalid_request',
  'unauthorized',
  'forbidden',
  'not_found',
  'conflict',
  'payload_too_large',
  'unsupported_media_type',
  'rule_violation',
  'internal',
] as const satisfies readonly ErrorCode[];
// Every code the edge can answer is documented: this fails to compile when http-error.ts gains one.
const _allCodes: readonly (typeof ERROR_CODES)[number][] = [] as ErrorCode[];

/** The one error shape (functions/shared/http-error.ts): details is always present. */
export const ErrorResponse = z
  .object({
    error: z
      .object({
        code: z.enum(ERROR_CODES),
        message: z.string().openapi({ example: 'the request does not match the schema' }),
        details: z
          .union([
            z.array(z.object({ field: z.string(), message: z.string() }).strict()),
            z.record(z.string(), z.unknown()).openapi({ type: 'object', additionalProperties: true }),
          ])
          .openapi({
            description:
              'Always present. invalid_request: the fields at fault, [{ field, message }]. Otherwise an object: rule_violation { provision }, ' +
              'payload_too_large { limitBytes, receivedBytes }, unsupported_media_type { contentType }, unauthorized { reason }, internal { requestId }; {} when there is nothing more to say.',
            example: [{ field: 'resident.name', message: 'Required' }],
          }),
      })
      .strict(),
  })
  .strict()
  .openapi('Error');

export const ERROR_CODE_BY_STATUS = {
  400: 'invalid_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  422: 'rule_violation',
  500: 'internal',
} as const;

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
    attachments: z.array(z.object({ n: z.number().int(), filename: z.string(), contentType: z.string(), size: z.number().int() }).strict()).optional(),
    status: z.enum(QUARANTINE_STATUSES),
    handledBy: z.string().optional().openapi({ description: 'The officer who released, attached or dismissed it' }),
    handledAt: dateTime.optional(),
    note: z.string().optional().openapi({ description: 'The reason given for a dismissal' }),
    outcome: z.enum(['logged', 'attached', 'duplicate', 'quarantined']).optional().openapi({ description: 'What a release became' }),
    complaintId: z.string().optional(),
    reference: z.string().optional(),
  })
  .strict()
  .openapi('QuarantineEntry');

// Posted letters and the print queue (issue 12).
export const LetterListQuery = z.strictObject({
  delivery: z.enum(['post']).default('post'),
  status: z.enum(['to_print', 'posted', 'undeliverable']).default('to_print'),
  limit: ComplaintListQuery.shape.limit,
  cursor: z.string().max(2000).optional(),
});

export const LetterFileParams = z.strictObject({
  file: z
    .string()
    .regex(/^[A-Za-z0-9-]{1,100}\.pdf$/, 'must be a letter id followed by .pdf')
    .transform((file) => file.slice(0, -'.pdf'.length)),
});

export const LetterPostedBody = z.strictObject({
  postedOn: plainDate.optional().openapi({ description: 'the day it went in the post; today (landlord time) when absent' }),
});

export const LetterResponse = z
  .object({
    id: z.string(),
    complaintId: z.string(),
    reference: z.string(),
    kind: z.string(),
    stage: z.number().optional(),
    status: z.enum(['to_print', 'posted', 'undeliverable']),
    recipientName: z.string(),
    postalAddress: z.string().optional(),
    reason: z.string().optional(),
    createdAt: z.string(),
    postedOn: z.string().optional(),
    postedBy: z.string().optional(),
    postedRecordedAt: z.string().optional(),
    printAlertedAt: z.string().optional().openapi({ description: 'when the complaints officer was alerted that it waited too long to print' }),
    overdue: z.boolean().openapi({ description: 'waiting to print for more than one working day' }),
  })
  .strict()
  .openapi('PostedLetter');

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
