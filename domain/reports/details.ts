import { dateInZone, type PlainDate } from '../calendar/plain-date.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import type { Complaint } from '../complaint/complaint.js';
import { openSteps } from '../schedules/open-steps.js';
import type { LearningItem } from './annual.js';

/**
 * The few things reports list by name rather than count: service improvements (8.1d, 9.7), Ombudsman orders
 * (9.7c) and what is overdue now. They come from the complaints that have them (a sparse index keeps those
 * few, later work), never from a scan.
 */

export function learningItems(complaint: Complaint, timeZone: string): LearningItem[] {
  const learning = complaint.learning;
  if (!learning) return [];
  return learning.improvements.map((improvement) => ({
    complaintReference: complaint.reference,
    ...(complaint.category !== undefined && { category: complaint.category }),
    ...(learning.rootCause !== undefined && { rootCause: learning.rootCause }),
    ...(learning.lessons !== undefined && { lessons: learning.lessons }),
    improvement: {
      id: improvement.id,
      description: improvement.description,
      owner: improvement.owner,
      recordedOn: improvement.recordedOn,
      dueBy: improvement.dueBy,
      ...(improvement.completedAt !== undefined && { completedOn: dateInZone(new Date(improvement.completedAt), timeZone) }),
      ...(improvement.evidence !== undefined && { evidence: improvement.evidence }),
    },
  }));
}

export interface OrderItem {
  complaintReference: string;
  ombudsmanReference: string;
  determinedOn: PlainDate;
  /** The determination found severe maladministration (9.7c asks for progress on these orders in particular). */
  severe: boolean;
  order: { id: string; description: string; dueBy: PlainDate; completedOn?: PlainDate; evidence?: string };
}

export function ombudsmanOrders(complaint: Complaint, timeZone: string): OrderItem[] {
  const ombudsman = complaint.ombudsman;
  const determination = ombudsman?.determination;
  if (!ombudsman || !determination) return [];
  const severe = determination.findings.some((item) => item.finding === 'severe_maladministration');
  return determination.orders.map((order) => ({
    complaintReference: complaint.reference,
    ombudsmanReference: ombudsman.reference,
    determinedOn: determination.determinedOn,
    severe,
    order: {
      id: order.id,
      description: order.description,
      dueBy: order.dueBy,
      ...(order.completedAt !== undefined && { completedOn: dateInZone(new Date(order.completedAt), timeZone) }),
      ...(order.evidence !== undefined && { evidence: order.evidence }),
    },
  }));
}

export interface OverdueItem {
  complaintId: string;
  complaintReference: string;
  step: string;
  what: string;
  dueBy: PlainDate;
}

/**
 * What the landlord owes on this complaint and has not done by its date, as of `today` (9.7a): open steps
 * due before today, and agreed updates (5.9) marked missed and not yet made up.
 */
export function overdueNow(complaint: Complaint, calendar: WorkingCalendar, today: PlainDate): OverdueItem[] {
  const items = new Map<string, OverdueItem>();
  const add = (step: string, dueBy: PlainDate, what: string): void => {
    items.set(`${step}@${dueBy}`, { complaintId: complaint.id, complaintReference: complaint.reference, step, what, dueBy });
  };
  for (const open of openSteps(complaint, calendar, today)) if (open.dueBy < today) add(open.step, open.dueBy, open.what);
  for (const entry of complaint.overdue ?? []) {
    if (!entry.resolvedAt && entry.step.endsWith('-update')) add(entry.step, entry.dueBy, 'update the resident on the delayed response (5.9)');
  }
  return [...items.values()].sort((a, b) => (a.dueBy === b.dueBy ? a.complaintReference.localeCompare(b.complaintReference) : a.dueBy < b.dueBy ? -1 : 1));
}

/**
 * At most this many improvements or orders are listed by name in one report section; the counts beside
 * each list come from counters and cover every item, so a long list never makes a report slower to build.
 */
export const LISTED_ITEMS = 100;

/**
 * One improvement or order as reports list it, placed where a bounded read finds it: open ones by due
 * date (orders after severe maladministration first, 9.7c), completed ones by the date completed.
 */
export type ListedEntry =
  | { kind: 'improvement'; open: boolean; severe: false; on: PlainDate; id: string; item: LearningItem }
  | { kind: 'order'; open: boolean; severe: boolean; on: PlainDate; id: string; item: OrderItem };

export function listedEntries(complaint: Complaint, timeZone: string): ListedEntry[] {
  const improvements = learningItems(complaint, timeZone).map((item): ListedEntry => {
    const done = item.improvement.completedOn;
    return { kind: 'improvement', open: done === undefined, severe: false, on: done ?? item.improvement.dueBy, id: `${complaint.id}#${item.improvement.id}`, item };
  });
  const orders = ombudsmanOrders(complaint, timeZone).map((item): ListedEntry => {
    const done = item.order.completedOn;
    return { kind: 'order', open: done === undefined, severe: item.severe, on: done ?? item.order.dueBy, id: `${complaint.id}#${item.order.id}`, item };
  });
  return [...improvements, ...orders];
}
