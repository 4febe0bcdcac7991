import { deliveryFailedLetter } from '../../domain/letters/staff-letters.js';
import type { Clock } from '../../domain/ports/clock.port.js';
import type { LandlordStore } from '../../domain/ports/landlord-store.port.js';
import type { Mailer } from '../../domain/ports/outbox.port.js';
import type { Scheduler } from '../../domain/ports/scheduler.port.js';
import type { ComplaintStore } from '../../domain/ports/complaint-store.port.js';
import type { ClaimedMessage, DynamoDbOutbox, OutboxKey } from '../adapters/dynamodb-outbox.adapter.js';
import { scheduleName } from '../shared/schedule-ops.js';
import { logger } from '../shared/logger.js';
import { toOutboxMessages } from '../shared/outbox-messages.js';

export interface DispatcherOptions {
  maxAttempts: number;
  /** First retry delay; each later one doubles it. */
  backoffMs: number;
  /** How long a claimed message is held before another dispatcher may take it over. */
  leaseMs: number;
  defaultFromAddress: string;
  newId: () => string;
}

export const DEFAULT_DISPATCHER_OPTIONS = { maxAttempts: 5, backoffMs: 30_000, leaseMs: 5 * 60_000 } as const;

export type DispatchResult = 'sent' | 'retry' | 'failed' | 'skipped';

/**
 * Carries out what the outbox holds: emails through the mailer, schedule moves through the scheduler. Each message is claimed with a conditional update before it is sent,
 * so a stream record delivered twice, a sweep overlapping it, or two dispatchers never send it twice.
 */
export class OutboxDispatcher {
  constructor(
    private readonly outbox: DynamoDbOutbox,
    private readonly mailer: Mailer,
    private readonly scheduler: Scheduler,
    private readonly complaints: Pick<ComplaintStore, 'get'>,
    private readonly landlords: LandlordStore,
    private readonly clock: Clock,
    private readonly options: DispatcherOptions,
  ) {}

  async dispatch(key: OutboxKey): Promise<DispatchResult> {
    const now = this.clock.now();
    const message = await this.outbox.claim(key, now, this.options.leaseMs);
    if (!message) return 'skipped';
    try {
      if (message.kind === 'schedule') {
        await this.reconcileSchedule(message);
        await this.outbox.markSent(message, undefined, this.clock.now());
        return 'sent';
      }
      const { messageId } = await this.mailer.send(
        {
          from: message.from,
          to: message.to,
          subject: message.subject,
          text: message.text,
          html: message.html,
          // RFC 3834: every message here is automatic, so auto-responders stay quiet (no mail loops).
          headers: { 'Auto-Submitted': 'auto-generated', 'X-Complaint-Reference': message.reference },
        },
        { outboxId: message.id, complaintId: message.complaintId },
      );
      await this.outbox.markSent(message, messageId, this.clock.now());
      return 'sent';
    } catch (error) {
      const reason = (error as Error).message || String(error);
      if (message.attempts < this.options.maxAttempts) {
        const delay = this.options.backoffMs * 2 ** (message.attempts - 1);
        await this.outbox.markRetry(message, new Date(now.getTime() + delay), reason);
        logger.warn('send failed; will retry', { outboxId: message.id, attempts: message.attempts, error: reason });
        return 'retry';
      }
      const alert = message.kind === 'delivery_failed' ? undefined : await this.failureAlert(message, reason);
      await this.outbox.markFailed(message, reason, alert);
      logger.error('send failed for good', { outboxId: message.id, attempts: message.attempts, error: reason });
      return 'failed';
    }
  }

  /**
   * A schedule message names a schedule; carrying it out makes that schedule match what the complaint
   * wants now, not what it wanted when the message was queued. Messages for one schedule may run in
   * any order (retries, parallel stream batches) and still converge: a deadline never loses its check.
   */
  private async reconcileSchedule(message: Extract<ClaimedMessage, { kind: 'schedule' }>): Promise<void> {
    const complaint = await this.complaints.get(message.landlordId, message.complaintId);
    const wanted = complaint?.schedules?.find((schedule) => scheduleName(message.landlordId, message.complaintId, schedule) === message.schedule.name);
    if (!wanted) {
      await this.scheduler.delete(message.schedule.name);
      return;
    }
    await this.scheduler.upsert(message.schedule.name, new Date(wanted.fireAt), {
      landlordId: message.landlordId,
      complaintId: message.complaintId,
      step: wanted.step,
      kind: wanted.kind,
      dueBy: wanted.dueBy,
    });
  }

  /** Sends everything due; on AWS a schedule runs this every minute, so retries need no stream event. */
  async sweep(limit = 50): Promise<Record<DispatchResult, number>> {
    const counts: Record<DispatchResult, number> = { sent: 0, retry: 0, failed: 0, skipped: 0 };
    for (const key of await this.outbox.due(this.clock.now(), limit)) counts[await this.dispatch(key)] += 1;
    return counts;
  }

  private async failureAlert(message: Parameters<DynamoDbOutbox['markFailed']>[0], reason: string) {
    const { settings } = await this.landlords.getSettings(message.landlordId);
    const officer = settings.complaintsOfficerEmail || this.options.defaultFromAddress;
    const failed =
      message.kind === 'schedule'
        ? { kind: `deadline schedule (${message.schedule.op} ${message.schedule.payload?.step ?? message.schedule.name})`, to: ['the scheduler'], subject: 'deadline reminder or check', error: reason }
        : { kind: message.kind, to: message.to, subject: message.subject, error: reason };
    const letter = deliveryFailedLetter({ id: message.complaintId, reference: message.reference }, officer, failed);
    return toOutboxMessages([letter], {
      landlordId: message.landlordId,
      settings,
      defaultFromAddress: this.options.defaultFromAddress,
      now: this.clock.now(),
      newId: this.options.newId,
    })[0];
  }
}
