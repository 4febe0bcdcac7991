import type { z } from 'zod';
import type { Role } from '../../shared/auth.js';
import { servedElsewhere } from './served-elsewhere.js';
import { route, type Reply, type Request } from '../router.js';
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
import { GoverningBodyResponseBody, ReportPeriodQuery, ReportYearParams, ReportYearQuery, SelfAssessmentEntryBody, SelfAssessmentParams } from '../schemas.js';

type None = Record<string, never>;

/**
 * What answers the report routes; implemented in functions/reports/report-handlers.ts and composed only
 * into the reports function, so the report builders, their pages and their stores stay out of the API's bundle.
 */
export interface ReportHandlers {
  getTsmReport(request: Request<None, z.infer<typeof ReportPeriodQuery>, undefined>): Promise<Reply>;
  getAnnualReport(request: Request<None, z.infer<typeof ReportYearQuery>, undefined>): Promise<Reply>;
  getSelfAssessment(request: Request<None, z.infer<typeof ReportYearQuery>, undefined>): Promise<Reply>;
  getGovernanceReport(request: Request<None, z.infer<typeof ReportPeriodQuery>, undefined>): Promise<Reply>;
  putSelfAssessmentEntry(request: Request<z.infer<typeof SelfAssessmentParams>, None, z.infer<typeof SelfAssessmentEntryBody>>): Promise<Reply>;
  putGoverningBodyResponse(request: Request<z.infer<typeof ReportYearParams>, None, z.infer<typeof GoverningBodyResponseBody>>): Promise<Reply>;
  rebuildReports(request: Request<None, None, undefined>): Promise<Reply>;
  recordOmbudsmanLandlordRecord(request: Request<None, None, z.infer<typeof OmbudsmanLandlordRecordBody>>): Promise<Reply>;
  listOmbudsmanLandlordRecords(request: Request<None, None, undefined>): Promise<Reply>;
  completeOmbudsmanLandlordOrder(request: Request<z.infer<typeof OmbudsmanRecordParams>, None, z.infer<typeof CompleteLandlordOrderBody>>): Promise<Reply>;
}

const READERS: readonly Role[] = ['officer', 'admin'];

/**
 * The reports, self-assessment and landlord-level Ombudsman records. Their definitions are in the API's
 * OpenAPI document; on AWS API Gateway sends their paths (functions/http/gateway-routes.ts) to the reports
 * function, which alone has the handlers. Reached without them, they answer 404 (functions/http/routes/served-elsewhere.ts).
 */
export const reportRoutes = (handlers?: ReportHandlers) => {
  const need = servedElsewhere('reports', handlers);
  return [
    route<None, z.infer<typeof ReportPeriodQuery>>({
      method: 'GET',
      path: '/v1/reports/tsm',
      operationId: 'getTsmReport',
      response: TsmReportResponse,
      alsoAnswers: ['text/csv'],
      summary: 'TSM CH01 and CH02 per tenure for a period, with numerators and denominators; text/csv by Accept',
      roles: READERS,
      query: ReportPeriodQuery,
      handle: (request) => need().getTsmReport(request),
    }),
    route<None, z.infer<typeof ReportYearQuery>>({
      method: 'GET',
      path: '/v1/reports/annual',
      operationId: 'getAnnualReport',
      response: AnnualReportResponse,
      alsoAnswers: ['text/csv', 'text/html'],
      summary: 'The annual complaints report for the landlord’s financial year starting in `year` (8.1, 8.2); text/csv or a printable text/html page by Accept',
      roles: READERS,
      query: ReportYearQuery,
      handle: (request) => need().getAnnualReport(request),
    }),
    route<None, z.infer<typeof ReportYearQuery>>({
      method: 'GET',
      path: '/v1/reports/self-assessment',
      operationId: 'getSelfAssessment',
      response: SelfAssessmentResponse,
      alsoAnswers: ['text/csv'],
      summary: 'The self-assessment against the Code for a financial year, one row per provision on the form (8.1a, 8.3); text/csv by Accept',
      roles: READERS,
      query: ReportYearQuery,
      handle: (request) => need().getSelfAssessment(request),
    }),
    route<None, z.infer<typeof ReportPeriodQuery>>({
      method: 'GET',
      path: '/v1/reports/governance',
      operationId: 'getGovernanceReport',
      response: GovernanceReportResponse,
      alsoAnswers: ['text/html'],
      summary: 'The report to the Member Responsible for Complaints and the governing body for a period, against the period before (9.6, 9.7); a printable text/html page by Accept',
      roles: READERS,
      query: ReportPeriodQuery,
      handle: (request) => need().getGovernanceReport(request),
    }),
    route<z.infer<typeof SelfAssessmentParams>, None, z.infer<typeof SelfAssessmentEntryBody>>({
      method: 'PUT',
      path: '/v1/self-assessment/{year}/{provision}',
      operationId: 'putSelfAssessmentEntry',
      response: SelfAssessmentEntryResponse,
      errors: [422],
      summary: 'The landlord’s own answer, evidence and commentary for one provision of the self-assessment (8.3), audited',
      roles: READERS,
      params: SelfAssessmentParams,
      body: SelfAssessmentEntryBody,
      handle: (request) => need().putSelfAssessmentEntry(request),
    }),
    route<z.infer<typeof ReportYearParams>, None, z.infer<typeof GoverningBodyResponseBody>>({
      method: 'PUT',
      path: '/v1/reports/annual/{year}/governing-body-response',
      operationId: 'putGoverningBodyResponse',
      response: GoverningBodyResponseResponse,
      summary: 'The governing body’s response to the annual report, published with it (8.2), audited',
      roles: READERS,
      params: ReportYearParams,
      body: GoverningBodyResponseBody,
      handle: (request) => need().putGoverningBodyResponse(request),
    }),
    route({
      method: 'POST',
      path: '/v1/reports/rebuild',
      operationId: 'rebuildReports',
      response: RebuildResponse,
      summary: 'Recompute this landlord’s report counters from its complaint records (safe while changes continue)',
      roles: ['admin'],
      handle: (request) => need().rebuildReports(request),
    }),
    route<None, None, z.infer<typeof OmbudsmanLandlordRecordBody>>({
      method: 'POST',
      path: '/v1/ombudsman-records',
      operationId: 'recordOmbudsmanLandlordRecord',
      response: OmbudsmanLandlordRecordResponse,
      successStatus: 201,
      summary: 'Record a complaint handling failure order or an Ombudsman report about the landlord (8.1c, e, f), audited; the annual and governance reports list it',
      roles: READERS,
      body: OmbudsmanLandlordRecordBody,
      handle: (request) => need().recordOmbudsmanLandlordRecord(request),
    }),
    route({
      method: 'GET',
      path: '/v1/ombudsman-records',
      operationId: 'listOmbudsmanLandlordRecords',
      response: OmbudsmanRecordList,
      summary: 'The Ombudsman’s orders and reports about the landlord, by date (8.1c, e, f)',
      roles: READERS,
      handle: (request) => need().listOmbudsmanLandlordRecords(request),
    }),
    route<z.infer<typeof OmbudsmanRecordParams>, None, z.infer<typeof CompleteLandlordOrderBody>>({
      method: 'POST',
      path: '/v1/ombudsman-records/{recordId}/complete',
      operationId: 'completeOmbudsmanLandlordOrder',
      response: OmbudsmanLandlordRecordResponse,
      errors: [404, 409],
      summary: 'Record that the landlord complied with a complaint handling failure order, with evidence (8.1c), audited',
      roles: READERS,
      params: OmbudsmanRecordParams,
      body: CompleteLandlordOrderBody,
      handle: (request) => need().completeOmbudsmanLandlordOrder(request),
    }),
  ];
};
