import { pastDateInBounds } from '../../domain/complaint/date-bounds.js';
import { noComplaintCounts, serviceRequestCounts } from '../../domain/non-complaints/counts.js';
import { dateInZone, type PlainDate } from '../../domain/calendar/plain-date.js';
import type { Complaint } from '../../domain/complaint/complaint.js';
import { categoriesOf } from '../../domain/landlord/report-settings.js';
import { landlordPolicy, type LandlordSettings } from '../../domain/landlord/settings.js';
import { completeLandlordOrder, ombudsmanLandlordRecord, type OmbudsmanLandlordRecord } from '../../domain/landlord/ombudsman-records.js';
import { NotFound } from '../../domain/errors.js';
import { CounterTable, type Aggregate } from '../../domain/reports/aggregates.js';
import { annualReport } from '../../domain/reports/annual.js';
import { overdueNow, type OverdueItem } from '../../domain/reports/details.js';
import { governanceReport, LAST_DAY } from '../../domain/reports/governance.js';
import { financialYear, period, type Period } from '../../domain/reports/period.js';
import { landlordEntry, selfAssessment, type LandlordEntry } from '../../domain/reports/self-assessment.js';
import { displayTsm, tsmReport } from '../../domain/reports/tsm.js';
import type { ListedItemOf, ListedKind, ListedQuery } from '../adapters/dynamodb-report-aggregates.adapter.js';
import type { GoverningBodyResponse, ReportEntryAudit } from '../adapters/dynamodb-report-entries.adapter.js';
import type { Caller } from '../shared/auth.js';
import type { ApiDeps } from '../shared/deps.js';
import type { Reply } from '../http/router.js';
import type { ReportHandlers } from '../http/routes/report.routes.js';
import { annualCsv, selfAssessmentCsv, tsmCsv } from './report-csv.js';
import { annualHtml } from './report-html.js';
import { governanceHtml } from './report-governance-html.js';

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

/** The report routes' handlers (functions/http/routes/report.routes.ts declares them), for the reports function alone. */
export function reportHandlers(deps: ApiDeps & ReportDeps): ReportHandlers {
  return {
    getTsmReport: async ({ caller, query, headers }) => {
      const days = period(query.from, query.to);
      const settings = await settingsOf(deps, caller);
      const report = tsmReport(await countersTo(deps, caller, days.to, days.from), { period: days, homesByTenure: settings.homesByTenure ?? [], rule: settings.ch02Rule ?? 'with_extensions' });
      if (accepts(headers, 'text/csv')) return csvReply(tsmCsv(report), `tsm-${days.from}-${days.to}`);
      return { body: { ...report, display: displayTsm(report) } };
    },
    getAnnualReport: async ({ caller, query, headers }) => {
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
    getSelfAssessment: async ({ caller, query, headers }) => {
      const settings = await settingsOf(deps, caller);
      const year = financialYear(query.year, settings.financialYearStartMonth);
      const rows = await selfAssessmentRows(deps, caller, await countersTo(deps, caller, year.to), year);
      if (accepts(headers, 'text/csv')) return csvReply(selfAssessmentCsv(rows), `self-assessment-${year.label.replace('/', '-')}`);
      return { body: { financialYear: year, rows } };
    },
    getGovernanceReport: async ({ caller, query, headers }) => {
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
    putSelfAssessmentEntry: async ({ caller, params, body }) => {
      const entry = landlordEntry(params.provision, { compliant: body.compliant, evidence: body.evidence, ...(body.commentary !== undefined && { commentary: body.commentary }) });
      await deps.reportEntries.putSelfAssessmentEntry(caller.landlordId, params.year, params.provision, entry, audit(deps, caller));
      return { body: { year: params.year, provision: params.provision, ...entry } };
    },
    putGoverningBodyResponse: async ({ caller, params, body }) => {
      const settings = await settingsOf(deps, caller);
      const today = dateInZone(deps.clock.now(), settings.timeZone);
      // Recorded like every other past date: not in the future, not before what the record can hold.
      const recordedOn = body.recordedOn === undefined ? today : pastDateInBounds(body.recordedOn, today, 'recordedOn');
      const response: GoverningBodyResponse = { text: body.text, recordedOn };
      await deps.reportEntries.putGoverningBodyResponse(caller.landlordId, params.year, response, audit(deps, caller));
      return { body: { year: params.year, ...response } };
    },
    rebuildReports: async ({ caller }) => ({ body: await deps.aggregates.rebuild(caller.landlordId) }),
    recordOmbudsmanLandlordRecord: async ({ caller, body }) => {
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
    listOmbudsmanLandlordRecords: async ({ caller }) => ({ body: { items: await deps.reportEntries.ombudsmanRecords(caller.landlordId) } }),
    completeOmbudsmanLandlordOrder: async ({ caller, params, body }) => {
      const settings = await settingsOf(deps, caller);
      const current = await deps.reportEntries.ombudsmanRecord(caller.landlordId, params.recordId);
      if (!current) throw new NotFound('Ombudsman record');
      const record = completeLandlordOrder(current, { evidence: body.evidence, ...(body.response !== undefined && { response: body.response }) }, dateInZone(deps.clock.now(), settings.timeZone));
      await deps.reportEntries.putOmbudsmanRecord(caller.landlordId, record, audit(deps, caller), 'ombudsman_order_completed');
      return { body: record };
    },
  };
}
