import { pastDateInBounds } from '../../../domain/complaint/date-bounds.js';
import { noComplaintCounts, serviceRequestCounts } from '../../../domain/non-complaints/counts.js';
import { z } from 'zod';
import { dateInZone, type PlainDate } from '../../../domain/calendar/plain-date.js';
import type { Complaint } from '../../../domain/complaint/complaint.js';
import { completeImprovement, recordLearning } from '../../../domain/complaint/learning.js';
import type { Transition, TransitionContext } from '../../../domain/complaint/lifecycle.js';
import { completeOrder, recordDetermination, recordOmbudsmanReferral } from '../../../domain/complaint/ombudsman-case.js';
import { recordTenure } from '../../../domain/complaint/tenure.js';
import { DEFAULT_CATEGORIES } from '../../../domain/landlord/report-settings.js';
import { landlordPolicy, type LandlordSettings } from '../../../domain/landlord/settings.js';
import { completeLandlordOrder, ombudsmanLandlordRecord, type OmbudsmanLandlordRecord } from '../../../domain/landlord/ombudsman-records.js';
import { NotFound } from '../../../domain/errors.js';
import { CounterTable, type Aggregate } from '../../../domain/reports/aggregates.js';
import { annualReport } from '../../../domain/reports/annual.js';
import { overdueNow, type OverdueItem } from '../../../domain/reports/details.js';
import { governanceReport, LAST_DAY } from '../../../domain/reports/governance.js';
import { financialYear, period, type Period } from '../../../domain/reports/period.js';
import { landlordEntry, selfAssessment, type LandlordEntry } from '../../../domain/reports/self-assessment.js';
import { displayTsm, tsmReport } from '../../../domain/reports/tsm.js';
import type { ListedItemOf, ListedKind, ListedQuery } from '../../adapters/dynamodb-report-aggregates.adapter.js';
import type { GoverningBodyResponse, ReportEntryAudit } from '../../adapters/dynamodb-report-entries.adapter.js';
import type { Caller, Role } from '../../shared/auth.js';
import { applyTransition } from '../../shared/complaint-commands.js';
import type { ApiDeps } from '../../shared/deps.js';
import { ifMatchVersion } from '../if-match.js';
import { complaintJson, versionHeaders } from '../presenter.js';
import { route, type Reply, type Request } from '../router.js';
import { annualCsv, selfAssessmentCsv, tsmCsv } from '../report-csv.js';
import { annualHtml } from '../report-html.js';
import { governanceHtml } from '../report-governance-html.js';
import {
  AnnualReportResponse,
  CompleteLandlordOrderBody,
  GovernanceReportResponse,
  GoverningBodyResponseResponse,
  OmbudsmanLandlordRecordBody,
  OmbudsmanLandlordRecordResponse,
  OmbudsmanRecordList,
  OmbudsmanRecordParams,
  RebuildResponse,
  SelfAssessmentEntryResponse,
  SelfAssessmentResponse,
  TsmReportResponse,
} from '../schemas/reports.js';
import {
  ComplaintResponse,
  EvidenceBody,
  GoverningBodyResponseBody,
  IdParams,
  ImprovementParams,
  LearningBody,
  OmbudsmanDeterminationBody,
  OmbudsmanReferralBody,
  OrderParams,
  ReportPeriodQuery,
  ReportYearParams,
  ReportYearQuery,
  RequiredEvidenceBody,
  SelfAssessmentEntryBody,
  SelfAssessmentParams,
  TenureBody,
} from '../schemas.js';

/** What the report routes read and write besides complaints and settings (DynamoDB adapters on AWS and locally). */
export interface ReportDeps {
  aggregates: {
    read(landlordId: string, days: { from?: PlainDate; to: PlainDate }): Promise<Aggregate>;
    listed<K extends ListedKind>(landlordId: string, kind: K, query: ListedQuery): Promise<ListedItemOf<K>[]>;
    rebuild(landlordId: string): Promise<{ complaints: number; applied: number }>;
  };
  reportEntries: {
    selfAssessmentEntries(landlordId: string, year: number): Promise<Record<string, LandlordEntry>>;
    putSelfAssessmentEntry(landlordId: string, year: number, provision: string, entry: LandlordEntry, audit: ReportEntryAudit): Promise<void>;
    governingBodyResponse(landlordId: string, year: number): Promise<GoverningBodyResponse | undefined>;
    putGoverningBodyResponse(landlordId: string, year: number, response: GoverningBodyResponse, audit: ReportEntryAudit): Promise<void>;
    ombudsmanRecords(landlordId: string): Promise<OmbudsmanLandlordRecord[]>;
    ombudsmanRecord(landlordId: string, id: string): Promise<OmbudsmanLandlordRecord | undefined>;
    putOmbudsmanRecord(landlordId: string, record: OmbudsmanLandlordRecord, audit: ReportEntryAudit, type: 'ombudsman_record_recorded' | 'ombudsman_order_completed'): Promise<void>;
  };
}

const READERS: readonly Role[] = ['officer', 'admin'];
const RECORDERS: readonly Role[] = ['handler', 'officer'];
const OVERDUE_PAGE = 100;

/** `text/csv` (or `text/html`) when the client asks for it by Accept; JSON otherwise. */
const accepts = (headers: Record<string, string | undefined>, type: string): boolean =>
  (headers.accept ?? headers.Accept ?? '')
    .split(',')
    .map((part) => part.split(';')[0]!.trim().toLowerCase())
    .includes(type);

const csvReply = (body: string, name: string): Reply => ({
  body,
  headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="${name}.csv"` },
});

const settingsOf = async (deps: ApiDeps, caller: Caller): Promise<LandlordSettings> => (await deps.landlords.getSettings(caller.landlordId)).settings;
const categoriesOf = (settings: LandlordSettings): readonly string[] => settings.categories ?? DEFAULT_CATEGORIES;

/**
 * Everything open or still owed is an item created by the report's end less those completed by then
 * (CUMULATIVE_COUNTERS), so annual and governance read every day up to the period's end; TSM reads its days.
 */
async function countersTo(deps: ReportDeps, caller: Caller, to: PlainDate, from?: PlainDate): Promise<CounterTable> {
  return new CounterTable(await deps.aggregates.read(caller.landlordId, { ...(from && { from }), to }));
}

async function selfAssessmentRows(deps: ReportDeps, caller: Caller, counters: CounterTable, year: Period & { year: number }) {
  const entries = await deps.reportEntries.selfAssessmentEntries(caller.landlordId, year.year);
  return selfAssessment(counters, { period: { from: year.from, to: year.to }, entries });
}

/** 9.7a: what is overdue now, from the two sparse indexes (missed steps; next step due before today), never a scan. */
async function overdueItems(deps: ApiDeps, caller: Caller, settings: LandlordSettings, today: PlainDate): Promise<OverdueItem[]> {
  const seen = new Map<string, Complaint>();
  for (const query of [{ overdue: true as const }, { dueBefore: today }]) {
    let cursor: string | undefined;
    do {
      const page = await deps.complaints.list(caller.landlordId, { limit: OVERDUE_PAGE, ...query, ...(cursor && { cursor }) });
      for (const complaint of page.items) seen.set(complaint.id, complaint);
      cursor = page.nextCursor;
    } while (cursor);
  }
  const calendar = landlordPolicy(settings, deps.holidays).calendar;
  return [...seen.values()]
    .flatMap((complaint) => overdueNow(complaint, calendar, today))
    .sort((a, b) => (a.dueBy === b.dueBy ? a.complaintReference.localeCompare(b.complaintReference) : a.dueBy < b.dueBy ? -1 : 1));
}

const audit = (deps: ApiDeps, caller: Caller): ReportEntryAudit => ({ at: deps.clock.now().toISOString(), id: deps.newId(), userId: caller.userId });

const htmlReply = (body: string): Reply => ({
  body,
  // One printable page: its own styles, charts as inline SVG, nothing fetched and no script to run.
  headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; img-src data:" },
});

export const reportRoutes = (deps: ApiDeps & ReportDeps) => [
  route<Record<string, never>, z.infer<typeof ReportPeriodQuery>>({
    method: 'GET',
    path: '/v1/reports/tsm',
    operationId: 'getTsmReport',
    response: TsmReportResponse,
    alsoAnswers: ['text/csv'],
    summary: 'TSM CH01 and CH02 per tenure for a period, with numerators and denominators; text/csv by Accept',
    roles: READERS,
    query: ReportPeriodQuery,
    handle: async ({ caller, query, headers }) => {
      const days = period(query.from, query.to);
      const settings = await settingsOf(deps, caller);
      const report = tsmReport(await countersTo(deps, caller, days.to, days.from), { period: days, homesByTenure: settings.homesByTenure ?? [], rule: settings.ch02Rule ?? 'with_extensions' });
      if (accepts(headers, 'text/csv')) return csvReply(tsmCsv(report), `tsm-${days.from}-${days.to}`);
      return { body: { ...report, display: displayTsm(report) } };
    },
  }),
  route<Record<string, never>, z.infer<typeof ReportYearQuery>>({
    method: 'GET',
    path: '/v1/reports/annual',
    operationId: 'getAnnualReport',
    response: AnnualReportResponse,
    alsoAnswers: ['text/csv', 'text/html'],
    summary: 'The annual complaints report for the landlord’s financial year starting in `year` (8.1, 8.2); text/csv or a printable text/html page by Accept',
    roles: READERS,
    query: ReportYearQuery,
    handle: async ({ caller, query, headers }) => {
      const settings = await settingsOf(deps, caller);
      const year = financialYear(query.year, settings.financialYearStartMonth);
      const [counters, completed, response, records, serviceRequests, noComplaints] = await Promise.all([
        countersTo(deps, caller, year.to),
        deps.aggregates.listed(caller.landlordId, 'improvement', { completed: year }),
        deps.reportEntries.governingBodyResponse(caller.landlordId, query.year),
        deps.reportEntries.ombudsmanRecords(caller.landlordId),
        deps.serviceRequests.receivedBetween(caller.landlordId, year.from, year.to),
        deps.noComplaints.raisedBetween(caller.landlordId, year.from, year.to),
      ]);
      const report = annualReport(counters, {
        year: query.year,
        financialYearStartMonth: settings.financialYearStartMonth,
        homesByTenure: settings.homesByTenure ?? [],
        ch02Rule: settings.ch02Rule ?? 'with_extensions',
        categories: categoriesOf(settings),
        learning: completed,
        ombudsmanRecords: records,
        selfAssessment: await selfAssessmentRows(deps, caller, counters, year),
        ...(response && { governingBodyResponse: response }),
        notComplaints: {
          serviceRequests: serviceRequestCounts(serviceRequests, year),
          dissatisfactionWithoutComplaint: noComplaintCounts(noComplaints, year),
        },
      });
      if (accepts(headers, 'text/csv')) return csvReply(annualCsv(report), `annual-report-${year.label.replace('/', '-')}`);
      if (accepts(headers, 'text/html')) return htmlReply(annualHtml(report, settings.name || 'Your landlord'));
      return { body: report };
    },
  }),
  route<Record<string, never>, z.infer<typeof ReportYearQuery>>({
    method: 'GET',
    path: '/v1/reports/self-assessment',
    operationId: 'getSelfAssessment',
    response: SelfAssessmentResponse,
    alsoAnswers: ['text/csv'],
    summary: 'The self-assessment against the Code for a financial year, one row per provision on the form (8.1a, 8.3); text/csv by Accept',
    roles: READERS,
    query: ReportYearQuery,
    handle: async ({ caller, query, headers }) => {
      const settings = await settingsOf(deps, caller);
      const year = financialYear(query.year, settings.financialYearStartMonth);
      const rows = await selfAssessmentRows(deps, caller, await countersTo(deps, caller, year.to), year);
      if (accepts(headers, 'text/csv')) return csvReply(selfAssessmentCsv(rows), `self-assessment-${year.label.replace('/', '-')}`);
      return { body: { financialYear: year, rows } };
    },
  }),
  route<Record<string, never>, z.infer<typeof ReportPeriodQuery>>({
    method: 'GET',
    path: '/v1/reports/governance',
    operationId: 'getGovernanceReport',
    response: GovernanceReportResponse,
    alsoAnswers: ['text/html'],
    summary: 'The report to the Member Responsible for Complaints and the governing body for a period, against the period before (9.6, 9.7); a printable text/html page by Accept',
    roles: READERS,
    query: ReportPeriodQuery,
    handle: async ({ caller, query, headers }) => {
      const days = period(query.from, query.to);
      const settings = await settingsOf(deps, caller);
      const today = dateInZone(deps.clock.now(), settings.timeZone);
      // Open and overdue orders and improvements are counted as the records stand, whatever their dates.
      const [counters, openOrders, doneOrders, openLearning, doneLearning, overdue, records] = await Promise.all([
        countersTo(deps, caller, LAST_DAY),
        deps.aggregates.listed(caller.landlordId, 'order', { open: true }),
        deps.aggregates.listed(caller.landlordId, 'order', { completed: days }),
        deps.aggregates.listed(caller.landlordId, 'improvement', { open: true }),
        deps.aggregates.listed(caller.landlordId, 'improvement', { completed: days }),
        overdueItems(deps, caller, settings, today),
        deps.reportEntries.ombudsmanRecords(caller.landlordId),
      ]);
      const report = governanceReport(counters, {
          period: days,
          today,
          ch02Rule: settings.ch02Rule ?? 'with_extensions',
          categories: categoriesOf(settings),
          overdueNow: overdue,
          orders: [...openOrders, ...doneOrders],
          learning: [...openLearning, ...doneLearning],
          landlordRecords: records,
      });
      if (accepts(headers, 'text/html')) return htmlReply(governanceHtml(report, settings.name || 'Your landlord'));
      return { body: report };
    },
  }),
  route<z.infer<typeof SelfAssessmentParams>, Record<string, never>, z.infer<typeof SelfAssessmentEntryBody>>({
    method: 'PUT',
    path: '/v1/self-assessment/{year}/{provision}',
    operationId: 'putSelfAssessmentEntry',
    response: SelfAssessmentEntryResponse,
    errors: [422],
    summary: 'The landlord’s own answer, evidence and commentary for one provision of the self-assessment (8.3), audited',
    roles: READERS,
    params: SelfAssessmentParams,
    body: SelfAssessmentEntryBody,
    handle: async ({ caller, params, body }) => {
      const entry = landlordEntry(params.provision, { compliant: body.compliant, evidence: body.evidence, ...(body.commentary !== undefined && { commentary: body.commentary }) });
      await deps.reportEntries.putSelfAssessmentEntry(caller.landlordId, params.year, params.provision, entry, audit(deps, caller));
      return { body: { year: params.year, provision: params.provision, ...entry } };
    },
  }),
  route<z.infer<typeof ReportYearParams>, Record<string, never>, z.infer<typeof GoverningBodyResponseBody>>({
    method: 'PUT',
    path: '/v1/reports/annual/{year}/governing-body-response',
    operationId: 'putGoverningBodyResponse',
    response: GoverningBodyResponseResponse,
    summary: 'The governing body’s response to the annual report, published with it (8.2), audited',
    roles: READERS,
    params: ReportYearParams,
    body: GoverningBodyResponseBody,
    handle: async ({ caller, params, body }) => {
      const settings = await settingsOf(deps, caller);
      const today = dateInZone(deps.clock.now(), settings.timeZone);
      // Recorded like every other past date: not in the future, not before what the record can hold.
      const recordedOn = body.recordedOn === undefined ? today : pastDateInBounds(body.recordedOn, today, 'recordedOn');
      const response: GoverningBodyResponse = { text: body.text, recordedOn };
      await deps.reportEntries.putGoverningBodyResponse(caller.landlordId, params.year, response, audit(deps, caller));
      return { body: { year: params.year, ...response } };
    },
  }),
  route({
    method: 'POST',
    path: '/v1/reports/rebuild',
    operationId: 'rebuildReports',
    response: RebuildResponse,
    summary: 'Recompute this landlord’s report counters from its complaint records (safe while changes continue)',
    roles: ['admin'],
    handle: async ({ caller }) => ({ body: await deps.aggregates.rebuild(caller.landlordId) }),
  }),
  route<Record<string, never>, Record<string, never>, z.infer<typeof OmbudsmanLandlordRecordBody>>({
    method: 'POST',
    path: '/v1/ombudsman-records',
    operationId: 'recordOmbudsmanLandlordRecord',
    response: OmbudsmanLandlordRecordResponse,
    successStatus: 201,
    summary: 'Record a complaint handling failure order or an Ombudsman report about the landlord (8.1c, e, f), audited; the annual and governance reports list it',
    roles: READERS,
    body: OmbudsmanLandlordRecordBody,
    handle: async ({ caller, body }) => {
      const settings = await settingsOf(deps, caller);
      const record = ombudsmanLandlordRecord(
        {
          kind: body.kind,
          date: body.date,
          title: body.title,
          summary: body.summary,
          ...(body.reference !== undefined && { reference: body.reference }),
          ...(body.dueBy !== undefined && { dueBy: body.dueBy }),
        },
        deps.newId(),
        dateInZone(deps.clock.now(), settings.timeZone),
      );
      await deps.reportEntries.putOmbudsmanRecord(caller.landlordId, record, audit(deps, caller), 'ombudsman_record_recorded');
      return { statusCode: 201, body: record };
    },
  }),
  route({
    method: 'GET',
    path: '/v1/ombudsman-records',
    operationId: 'listOmbudsmanLandlordRecords',
    response: OmbudsmanRecordList,
    summary: 'The Ombudsman’s orders and reports about the landlord, by date (8.1c, e, f)',
    roles: READERS,
    handle: async ({ caller }) => ({ body: { items: await deps.reportEntries.ombudsmanRecords(caller.landlordId) } }),
  }),
  route<z.infer<typeof OmbudsmanRecordParams>, Record<string, never>, z.infer<typeof CompleteLandlordOrderBody>>({
    method: 'POST',
    path: '/v1/ombudsman-records/{recordId}/complete',
    operationId: 'completeOmbudsmanLandlordOrder',
    response: OmbudsmanLandlordRecordResponse,
    errors: [404, 409],
    summary: 'Record that the landlord complied with a complaint handling failure order, with evidence (8.1c), audited',
    roles: READERS,
    params: OmbudsmanRecordParams,
    body: CompleteLandlordOrderBody,
    handle: async ({ caller, params, body }) => {
      const settings = await settingsOf(deps, caller);
      const current = await deps.reportEntries.ombudsmanRecord(caller.landlordId, params.recordId);
      if (!current) throw new NotFound('Ombudsman record');
      const record = completeLandlordOrder(current, { evidence: body.evidence, ...(body.response !== undefined && { response: body.response }) }, dateInZone(deps.clock.now(), settings.timeZone));
      await deps.reportEntries.putOmbudsmanRecord(caller.landlordId, record, audit(deps, caller), 'ombudsman_order_completed');
      return { body: record };
    },
  }),
];

/** Records on a complaint that reports count (tenure, learning 9.1-9.3, Ombudsman cases 8.1c, 9.7c), through the same transition path. */
function recordRoute<P extends { id: string }, B>(
  deps: ApiDeps,
  path: string,
  summary: string,
  params: z.ZodType<P, z.ZodTypeDef, unknown>,
  body: z.ZodType<B, z.ZodTypeDef, unknown>,
  apply: (complaint: Complaint, input: B, ctx: TransitionContext, params: P, settings: LandlordSettings) => Transition,
) {
  // A stable id from the path: /v1/complaints/{id}/learning/improvements/{iid}/complete -> recordLearningImprovementsComplete.
  const words = path.split('/').slice(4).filter((part) => part && !part.startsWith('{'));
  const operationId = `record${words.map((word) => word.replace(/(^|-)(\w)/g, (_m, _d, c: string) => c.toUpperCase())).join('')}`;
  return route<P, Record<string, never>, B>({
    method: 'POST',
    path,
    operationId,
    errors: [404, 409, 422],
    summary,
    roles: RECORDERS,
    params,
    body,
    response: ComplaintResponse,
    handle: async ({ caller, params: p, body: input, headers }: Request<P, Record<string, never>, B>) => {
      const ifMatch = ifMatchVersion(headers);
      const settings = await settingsOf(deps, caller);
      const complaint = await applyTransition(deps, caller, p.id, (current, ctx) => apply(current, input, ctx, p, settings), ifMatch !== undefined ? { ifMatch } : {});
      return { body: complaintJson(complaint), headers: versionHeaders(complaint) };
    },
  });
}

export const complaintRecordRoutes = (deps: ApiDeps) => [
  recordRoute(deps, '/v1/complaints/{id}/tenure', 'Record the resident’s tenure (TSM CH01, CH02 are per tenure)', IdParams, TenureBody, (c, input, ctx) => recordTenure(c, input.tenure, ctx)),
  recordRoute(deps, '/v1/complaints/{id}/learning', 'Record category, root cause, lessons and service improvements (9.1-9.3)', IdParams, LearningBody, (c, input, ctx, _p, settings) =>
    recordLearning(
      c,
      {
        ...(input.category !== undefined && { category: input.category }),
        ...(input.rootCause !== undefined && { rootCause: input.rootCause }),
        ...(input.lessons !== undefined && { lessons: input.lessons }),
        ...(input.improvements && { improvements: input.improvements.map((item) => ({ ...(item.id !== undefined && { id: item.id }), description: item.description, owner: item.owner, dueBy: item.dueBy })) }),
      },
      ctx,
      { categories: categoriesOf(settings), newId: deps.newId },
    ),
  ),
  recordRoute(deps, '/v1/complaints/{id}/learning/improvements/{improvementId}/complete', 'Complete a service improvement, with evidence of what changed (9.1)', ImprovementParams, EvidenceBody, (c, input, ctx, p) =>
    completeImprovement(c, p.improvementId, input.evidence !== undefined ? { evidence: input.evidence } : {}, ctx),
  ),
  recordRoute(deps, '/v1/complaints/{id}/ombudsman-referral', 'Record that the resident went to the Housing Ombudsman (8.1c, 9.7c)', IdParams, OmbudsmanReferralBody, (c, input, ctx) =>
    recordOmbudsmanReferral(c, input, ctx),
  ),
  recordRoute(deps, '/v1/complaints/{id}/ombudsman-determination', 'Record the Ombudsman’s determination: a finding per element and any orders (9.7c)', IdParams, OmbudsmanDeterminationBody, (c, input, ctx) =>
    recordDetermination(c, input, ctx, deps.newId),
  ),
  recordRoute(deps, '/v1/complaints/{id}/ombudsman-orders/{orderId}/complete', 'Complete an Ombudsman order, with evidence (9.7c)', OrderParams, RequiredEvidenceBody, (c, input, ctx, p) =>
    completeOrder(c, p.orderId, input, ctx),
  ),
];
