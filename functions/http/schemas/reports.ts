import { extendZodWithOpenApi } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import { CHANNELS, DECISIONS, OMBUDSMAN_FINDINGS, REFUSAL_GROUNDS, REMEDY_KINDS } from '../../../domain/complaint/complaint.js';
import { OMBUDSMAN_RECORD_KINDS } from '../../../domain/landlord/ombudsman-records.js';
import { CH02_RULES } from '../../../domain/landlord/report-settings.js';
import { LIMITS } from '../limits.js';
import { plainDate, text } from './primitives.js';

extendZodWithOpenApi(z);

/**
 * What each report route answers, field by field, closed like every other response, so the OpenAPI
 * document (and the typed client) describes the reports as domain/reports builds them.
 */

const date = z.string().openapi({ format: 'date', example: '2026-03-31' });
const count = z.number().int();
/** An unrounded figure (round only for display); null where it cannot be calculated. */
const figure = z.number().nullable();
const keyed = <K extends string>(keys: readonly K[], value: z.ZodTypeAny) => z.object(Object.fromEntries(keys.map((key) => [key, value])) as Record<K, z.ZodTypeAny>).strict();

const Period = z.object({ from: date, to: date }).strict().openapi('ReportPeriod');
const FinancialYear = z.object({ year: count, label: z.string().openapi({ example: '2025/26' }), from: date, to: date }).strict().openapi('FinancialYear');
const StageCounts = z.object({ stage1: count, stage2: count }).strict().openapi('StageCounts');
const HomesCount = z.object({ asOf: date, lowCostRental: count, lowCostHomeOwnership: count }).strict().openapi('ReportHomesCount');

const Ch01Figure = z.object({ received: count, homes: count.nullable(), per1000Homes: figure }).strict().openapi('Ch01Figure');
const Ch02Figure = z
  .object({ onTime: count, responded: count, percent: figure, onTimeWithExtensions: count, onTimeStrict: count, onTimeThroughGoodReasonExtension: count })
  .strict()
  .openapi('Ch02Figure');
const TsmTenureFigures = z
  .object({ ch01: z.object({ stage1: Ch01Figure, stage2: Ch01Figure }).strict(), ch02: z.object({ stage1: Ch02Figure, stage2: Ch02Figure }).strict() })
  .strict()
  .openapi('TsmTenureFigures');
const tsmShape = {
    period: Period,
    rule: z.enum(CH02_RULES),
    homes: HomesCount.nullable(),
    byTenure: z.object({ low_cost_rental: TsmTenureFigures, low_cost_home_ownership: TsmTenureFigures }).strict(),
    tenureNotRecorded: z.object({ received: count, responded: count }).strict(),
    notes: z.array(z.string()),
};
const TsmReport = z.object(tsmShape).strict().openapi('TsmFigures');
const TsmDisplayTenure = z.object({ ch01_1: z.string(), ch01_2: z.string(), ch02_1: z.string(), ch02_2: z.string() }).strict();
export const TsmReportResponse = z.object({
  ...tsmShape,
  display: z.object({ low_cost_rental: TsmDisplayTenure, low_cost_home_ownership: TsmDisplayTenure }).strict().openapi({ description: 'As published: CH01 to one decimal place, CH02 as a percentage' }),
})
  .strict()
  .openapi('TsmReport');

const AcknowledgeTimeliness = z.object({ onTime: count, late: count, total: count, percentOnTime: figure }).strict().openapi('AcknowledgeTimeliness');
const RespondTimeliness = z
  .object({ withinTimescale: count, withinExtension: count, withinGoodReasonExtension: count, late: count, total: count, percentOnTime: figure })
  .strict()
  .openapi('RespondTimeliness');
const StageTimeliness = z.object({ acknowledge: AcknowledgeTimeliness, respond: RespondTimeliness }).strict();
const Timeliness = z.object({ stage1: StageTimeliness, stage2: StageTimeliness }).strict();
const ItemProgress = z.object({ created: count, completedOnTime: count, completedLate: count, openAtEnd: count }).strict().openapi('ItemProgress');
const Outcomes = z.object({ stage1: keyed(DECISIONS, count), stage2: keyed(DECISIONS, count) }).strict();
const Findings = keyed(OMBUDSMAN_FINDINGS, count);
const CategoryCounts = z.object({ category: z.string().openapi({ description: 'Empty: not categorised' }), stage1: count, stage2: count }).strict();

const learningShape = {
    complaintReference: z.string(),
    category: z.string().optional(),
    rootCause: z.string().optional(),
    lessons: z.string().optional(),
    improvement: z
      .object({ id: z.string(), description: z.string(), owner: z.string(), recordedOn: date, dueBy: date, completedOn: date.optional(), evidence: z.string().optional() })
      .strict(),
};
const LearningItem = z.object(learningShape).strict().openapi('LearningItem');
const orderShape = {
    complaintReference: z.string(),
    ombudsmanReference: z.string(),
    determinedOn: date,
    severe: z.boolean(),
    order: z.object({ id: z.string(), description: z.string(), dueBy: date, completedOn: date.optional(), evidence: z.string().optional() }).strict(),
};
const OrderItem = z.object(orderShape).strict().openapi('OrderItem');
const recordShape = {
    id: z.string(),
    kind: z.enum(OMBUDSMAN_RECORD_KINDS),
    date,
    title: z.string(),
    summary: z.string(),
    reference: z.string().optional(),
    response: z.string().optional(),
    dueBy: date.optional(),
    completedOn: date.optional(),
    evidence: z.string().optional(),
};
export const OmbudsmanLandlordRecordResponse = z.object(recordShape).strict().openapi('OmbudsmanLandlordRecord');
const Compliance = z.enum(['yes', 'no', 'not_applicable', 'undetermined']);
const LandlordEntry = z.object({ compliant: z.enum(['yes', 'no', 'not_applicable']), evidence: z.string(), commentary: z.string().optional() }).strict();
const SelfAssessmentRow = z
  .object({
    provision: z.string(),
    section: count,
    sectionTitle: z.string(),
    requirement: z.string(),
    compliance: Compliance,
    evidence: z.array(z.string()),
    commentary: z.string(),
    computed: z.object({ evidence: z.string(), compliance: z.enum(['yes', 'no']).optional(), enforced: z.boolean() }).strict().optional(),
    landlord: LandlordEntry.optional(),
    warning: z.string().optional(),
  })
  .strict()
  .openapi('SelfAssessmentRow');
const GoverningBodyResponseOut = z.object({ text: z.string(), recordedOn: date }).strict();

const extensionCounts = z.object({ total: count, withinLimit: count, goodReason: count }).strict();
/** 1.4, 1.5, FAQ: counted beside the complaints, never as complaints. */
const NotComplaints = z
  .object({
    serviceRequests: z
      .object({
        received: count,
        open: count,
        resolved: count,
        cancelled: count,
        becameComplaints: count.openapi({ description: 'Received in the year and the subject of at least one complaint (1.5)' }),
        complaintsLogged: count.openapi({ description: 'Complaints logged from the year’s service requests' }),
        conversionRate: z.number().nullable().openapi({ description: 'becameComplaints / received, to 4 decimal places; null when none were received' }),
      })
      .strict()
      .openapi({ description: 'Service requests received in the year, with their status now (1.4)' }),
    dissatisfactionWithoutComplaint: z
      .object({ recorded: count, byChannel: z.record(z.string(), count) })
      .strict()
      .openapi({ description: 'Residents who expressed dissatisfaction but asked for no complaint to be logged' }),
  })
  .strict();

export const AnnualReportResponse = z
  .object({
    financialYear: FinancialYear,
    volumes: z
      .object({
        received: StageCounts,
        byMonth: z.array(z.object({ month: z.string().openapi({ example: '2025-04' }), stage1: count, stage2: count }).strict()),
        byChannel: z.array(z.object({ channel: z.enum(CHANNELS), stage1: count, stage2: count }).strict()),
        byCategory: z.array(CategoryCounts),
        byTenure: z.object({ lowCostRental: StageCounts, lowCostHomeOwnership: StageCounts, notRecorded: StageCounts }).strict(),
        withdrawn: z
          .object({
            stage1: z.object({ beforeResponse: count, afterResponse: count }).strict(),
            stage2: z.object({ beforeResponse: count, afterResponse: count }).strict(),
          })
          .strict(),
        flags: z.object({ representative: count, reasonableAdjustments: count, serviceRequest: count }).strict(),
      })
      .strict(),
    outcomes: Outcomes,
    timeliness: Timeliness,
    extensions: z.object({ stage1: extensionCounts, stage2: extensionCounts }).strict(),
    refusals: z.object({ total: count, byGround: z.array(z.object({ ground: z.enum(REFUSAL_GROUNDS), stage1: count, stage2: count }).strict()), summary: z.string() }).strict(),
    remedies: z
      .object({
        byKind: z.array(z.object({ kind: z.enum(REMEDY_KINDS), offered: count, completed: count }).strict()),
        compensation: z.object({ offeredPence: count, paidPence: count }).strict(),
      })
      .strict(),
    outstandingActions: ItemProgress,
    datedRemedies: ItemProgress,
    updates: z.object({ kept: count, keptLate: count, missed: count }).strict(),
    ombudsman: z
      .object({
        referrals: count,
        determinations: count,
        findings: Findings,
        nonComplianceFindings: count,
        orders: ItemProgress,
        severeMaladministrationOrders: ItemProgress,
        landlordRecords: z.array(OmbudsmanLandlordRecordResponse),
      })
      .strict(),
    learning: z
      .object({
        improvements: ItemProgress,
        completedInYear: z.array(LearningItem).openapi({ description: 'At most 100; notListed counts the rest' }),
        notListed: count,
      })
      .strict(),
    tsm: TsmReport,
    selfAssessment: z.object({ rows: count, yes: count, no: count, notApplicable: count, undetermined: count, notCompliant: z.array(z.string()) }).strict().optional(),
    governingBodyResponse: GoverningBodyResponseOut.optional(),
    notComplaints: NotComplaints.optional(),
  })
  .strict()
  .openapi('AnnualReport');

export const SelfAssessmentResponse = z.object({ financialYear: FinancialYear, rows: z.array(SelfAssessmentRow) }).strict().openapi('SelfAssessment');

const PeriodFigures = z
  .object({
    period: Period,
    received: StageCounts,
    byCategory: z.array(CategoryCounts),
    outcomes: Outcomes,
    timeliness: Timeliness,
    respondedOnTimePercent: z.object({ stage1: figure, stage2: figure }).strict(),
    refused: StageCounts,
    ombudsman: z.object({ referrals: count, determinations: count, findings: Findings }).strict(),
    orders: ItemProgress,
    improvements: ItemProgress,
  })
  .strict()
  .openapi('GovernancePeriodFigures');
const Change = z.object({ current: count, previous: count, change: count, percentChange: figure }).strict().openapi('Change');
const status = z.enum(['open', 'overdue', 'completed']);
export const GovernanceReportResponse = z
  .object({
    current: PeriodFigures,
    previous: PeriodFigures,
    trends: z
      .object({
        received: z.object({ stage1: Change, stage2: Change }).strict(),
        byCategory: z.array(z.object({ category: z.string(), stage1: Change, stage2: Change }).strict()),
      })
      .strict(),
    overdueNow: z
      .object({
        asOf: date,
        total: count,
        items: z.array(z.object({ complaintId: z.string(), complaintReference: z.string(), step: z.string(), what: z.string(), dueBy: date }).strict()),
      })
      .strict(),
    ombudsmanOrders: z
      .object({ asOf: date, open: count, overdue: count, severeOpen: count, items: z.array(z.object({ ...orderShape, status }).strict().openapi('GovernanceOrderItem')), notListed: count })
      .strict(),
    landlordRecords: z
      .object({
        asOf: date,
        openOrders: count,
        overdueOrders: count,
        items: z.array(z.object({ ...recordShape, status: status.optional() }).strict().openapi('GovernanceLandlordRecord')).openapi({ description: 'Dated in the period, and every order still open' }),
      })
      .strict(),
    learning: z
      .object({ asOf: date, open: count, overdue: count, completedInPeriod: count, items: z.array(z.object({ ...learningShape, status }).strict().openapi('GovernanceLearningItem')), notListed: count })
      .strict(),
  })
  .strict()
  .openapi('GovernanceReport');

export const SelfAssessmentEntryResponse = z
  .object({ year: count, provision: z.string(), compliant: z.enum(['yes', 'no', 'not_applicable']), evidence: z.string(), commentary: z.string().optional() })
  .strict()
  .openapi('SelfAssessmentEntryRecorded');
export const GoverningBodyResponseResponse = z.object({ year: count, text: z.string(), recordedOn: date }).strict().openapi('GoverningBodyResponseRecorded');
export const RebuildResponse = z.object({ complaints: count, applied: count }).strict().openapi('ReportRebuild');

// Landlord-level Ombudsman records (8.1c, e, f).
const inputDate = plainDate.openapi({ example: '2026-03-31' });
export const OmbudsmanLandlordRecordBody = z
  .object({
    kind: z.enum(OMBUDSMAN_RECORD_KINDS),
    date: inputDate.openapi({ description: 'The date of the order or report; not in the future' }),
    title: text(300),
    summary: text(LIMITS.description),
    reference: text(LIMITS.reference).optional(),
    dueBy: inputDate.optional().openapi({ description: 'Orders only: the date set for compliance' }),
  })
  .strict()
  .openapi('NewOmbudsmanLandlordRecord');
export const CompleteLandlordOrderBody = z
  .object({ evidence: text(LIMITS.description), response: text(LIMITS.description).optional().openapi({ description: 'What the landlord did to comply' }) })
  .strict()
  .openapi('CompleteOmbudsmanLandlordOrder');
export const OmbudsmanRecordParams = z.object({ recordId: z.string().min(1).max(100) }).strict();
export const OmbudsmanRecordList = z.object({ items: z.array(OmbudsmanLandlordRecordResponse) }).strict().openapi('OmbudsmanLandlordRecordList');
