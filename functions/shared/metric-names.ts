/**
 * The business metrics, their one dimension and what they count. Plain data with no Powertools import,
 * so the CDK dashboard and alarms name exactly what the functions emit.
 */
export const METRICS_NAMESPACE = 'HousingComplaints';

/**
 * The `service` dimension Powertools adds to every metric. One value for every function, so a complaint
 * logged by the API and one logged from email land in the same series.
 */
export const METRICS_SERVICE = 'housing-complaints';

export const BUSINESS_METRICS = {
  ComplaintsLogged: { dimension: 'channel', counts: 'complaints logged, by the channel the resident used (email for mail SES received)' },
  Transitions: { dimension: 'kind', counts: 'changes committed to a complaint, by audit event type (acknowledged, escalated, overdue, ...)' },
  LettersSent: { dimension: 'kind', counts: 'emails the provider accepted, by letter kind' },
  LettersRetried: { dimension: 'kind', counts: 'email sends that failed and were put back for a later attempt, by letter kind' },
  LettersFailed: { dimension: 'kind', counts: 'emails given up after the last attempt (the officer is alerted), by letter kind' },
  DeadlinesMissed: { dimension: 'step', counts: 'deadline checks that found a step overdue, by kind of step (stage1-response, action, ...)' },
  MailQuarantined: { dimension: 'reason', counts: 'inbound messages held for a person, by reason (spam, virus, automatic, ...)' },
  ScheduleCalls: { dimension: 'operation', counts: 'EventBridge Scheduler API calls made (create, update, delete)' },
} as const;

export type BusinessMetric = keyof typeof BUSINESS_METRICS;
