import type { PlainDate } from '../calendar/plain-date.js';
import type { NoComplaintRecord } from './no-complaint-record.js';
import type { ServiceRequest } from './service-request.js';

export interface Period {
  from: PlainDate;
  to: PlainDate;
}

const within = (date: PlainDate, period: Period) => date >= period.from && date <= period.to;

/**
 * 1.4, 1.5: service requests received in the period (by the landlord's date of receipt), where they stand
 * now, and how many led to a stage 1 complaint. These are not complaints: no complaint measure counts them.
 */
export interface ServiceRequestCounts {
  received: number;
  open: number;
  resolved: number;
  cancelled: number;
  /** Received in the period and the subject of at least one complaint (1.5). */
  becameComplaints: number;
  /** Complaints logged from the period's service requests (one request can lead to several). */
  complaintsLogged: number;
  /** becameComplaints / received, to 4 decimal places; null when none were received. */
  conversionRate: number | null;
}

export function serviceRequestCounts(records: readonly Pick<ServiceRequest, 'receivedOn' | 'status' | 'complaints'>[], period: Period): ServiceRequestCounts {
  const received = records.filter((record) => within(record.receivedOn, period));
  const byStatus = (status: ServiceRequest['status']) => received.filter((record) => record.status === status).length;
  const becameComplaints = received.filter((record) => record.complaints.length > 0).length;
  return {
    received: received.length,
    open: byStatus('open'),
    resolved: byStatus('resolved'),
    cancelled: byStatus('cancelled'),
    becameComplaints,
    complaintsLogged: received.reduce((sum, record) => sum + record.complaints.length, 0),
    conversionRate: received.length === 0 ? null : Math.round((becameComplaints / received.length) * 10_000) / 10_000,
  };
}

/** FAQ: residents who expressed dissatisfaction but asked for no complaint: counted, never as complaints. */
export interface NoComplaintCounts {
  recorded: number;
  /** By how the dissatisfaction was expressed. */
  byChannel: Record<string, number>;
}

export function noComplaintCounts(records: readonly Pick<NoComplaintRecord, 'raisedOn' | 'channel'>[], period: Period): NoComplaintCounts {
  const inPeriod = records.filter((record) => within(record.raisedOn, period));
  const byChannel: Record<string, number> = {};
  for (const record of inPeriod) byChannel[record.channel] = (byChannel[record.channel] ?? 0) + 1;
  return { recorded: inPeriod.length, byChannel };
}
