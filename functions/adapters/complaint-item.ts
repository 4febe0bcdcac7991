import type { Complaint } from '../../domain/complaint/complaint.js';
import type { Correspondence } from '../../domain/complaint/correspondence.js';
import type { OutboxMessage } from '../../domain/ports/outbox.port.js';
import { nextDeadline } from '../../domain/complaint/deadlines.js';
import { currentHandler } from '../../domain/complaint/current-handler.js';
import { GSI, keys } from './table-design.js';

const KEY_ATTRIBUTES = new Set(['PK', 'SK', 'entity', 'currentHandlerId', ...Object.values(GSI).flatMap((name) => [`${name}PK`, `${name}SK`])]);

export function stripKeys<T extends Record<string, unknown>>(item: T): Record<string, unknown> {
  return Object.fromEntries(Object.entries(item).filter(([name]) => !KEY_ATTRIBUTES.has(name)));
}

export function complaintFromItem(item: Record<string, unknown>): Complaint {
  return stripKeys(item) as unknown as Complaint;
}

/** The stored item: the complaint plus the index keys that serve each list (see ARCHITECTURE.md). */
export function complaintItem(complaint: Complaint): Record<string, unknown> {
  const { landlordId: lid, id } = complaint;
  const newestFirst = `${complaint.receivedAt}#${id}`;
  const handlerId = currentHandler(complaint);
  const next = nextDeadline(complaint);
  const missed = (complaint.overdue ?? [])
    .filter((entry) => !entry.resolvedAt)
    .map((entry) => entry.dueBy)
    .sort()[0];
  return {
    ...complaint,
    PK: keys.complaint(lid, id),
    SK: keys.complaintSk,
    entity: 'complaint',
    [`${GSI.byReceived}PK`]: keys.byReceivedPk(lid),
    [`${GSI.byReceived}SK`]: newestFirst,
    [`${GSI.byStatus}PK`]: keys.byStatusPk(lid, complaint.status),
    [`${GSI.byStatus}SK`]: newestFirst,
    ...(handlerId && {
      currentHandlerId: handlerId,
      [`${GSI.byHandler}PK`]: keys.byHandlerPk(lid, handlerId),
      [`${GSI.byHandler}SK`]: newestFirst,
    }),
    // Sparse: only complaints with a step owed appear in the due-date index.
    ...(next && { [`${GSI.byDue}PK`]: keys.byDuePk(lid), [`${GSI.byDue}SK`]: `${next.dueBy}#${id}` }),
    // Sparse: only complaints with a missed step not yet done appear in the overdue view.
    ...(missed && { [`${GSI.byOverdue}PK`]: keys.byOverduePk(lid), [`${GSI.byOverdue}SK`]: `${missed}#${id}` }),
  };
}

export function correspondenceItem(landlordId: string, record: Correspondence): Record<string, unknown> {
  return { PK: keys.complaint(landlordId, record.complaintId), SK: keys.correspondenceSk(record.occurredAt, record.id), entity: 'correspondence', ...record };
}

/** A pending outbox message sits in the sparse due index until it is sent or given up. */
export function outboxItem(message: OutboxMessage): Record<string, unknown> {
  return {
    ...message,
    PK: keys.complaint(message.landlordId, message.complaintId),
    SK: keys.outboxSk(message.id),
    entity: 'outbox',
    status: 'pending',
    attempts: 0,
    nextAttemptAt: message.createdAt,
    // Sharded by the message id: no one partition holds every landlord's pending mail.
    [`${GSI.byDue}PK`]: keys.outboxDuePk(message.id),
    [`${GSI.byDue}SK`]: `${message.createdAt}#${message.id}`,
  };
}
