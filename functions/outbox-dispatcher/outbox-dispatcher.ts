import { deliveryFailedLetter } from '../../domain/letters/staff-letters.js';
import type { Clock } from '../../domain/ports/clock.port.js';
import type { LandlordStore } from '../../domain/ports/landlord-store.port.js';
import type { ClaimedMessage, EmailOutboxMessage, Mailer, OutboxKey, OutboxStore } from '../../domain/ports/outbox.port.js';
import type { Scheduler } from '../../domain/ports/scheduler.port.js';
import type { SendLedger, SendRef } from '../../domain/ports/send-ledger.port.js';
import type { ComplaintStore } from '../../domain/ports/complaint-store.port.js';
import { scheduleName } from '../shared/schedule-ops.js';
import { logger } from '../shared/logger.js';
import { metrics } from '../shared/metrics.js';
import { queueLetters } from '../shared/outbox-messages.js';

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

/** How many messages a sweep carries out at once: enough to keep up with intake, few enough not to flood the provider. */
export const SWEEP_IN_FLIGHT = 8;

export type DispatchResult = 'sent' | 'retry' | 'failed' | 'skipped';

/**
 * Carries out what the outbox holds: emails through the mailer, schedule moves through the scheduler.
 * Each message is claimed with a conditional update before it is sent, so a stream record delivered
 * twice, a sweep overlapping it, or two dispatchers never send it twice. A sender that dies between
 * the provider taking a message and marking it sent leaves a claim whose lease lapses; whoever
 * reclaims it asks the provider's own record (the send ledger) first, and sends only if there is none.
 */
export class OutboxDispatcher {
  constructor(
    private readonly outbox: OutboxStore,
    private readonly mailer: Mailer,
    private readonly ledger: SendLedger,
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
        await this.reconcileSchedules(message);
        await this.outbox.markSent(message, undefined, this.clock.now());
        return 'sent';
      }
      const ref = { landlordId: message.landlordId, complaintId: message.complaintId, outboxId: message.id };
      if (message.attempts > 1 && (await this.alreadySent(message, ref))) return 'sent';
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
        ref,
      );
      await this.outbox.markSent(message, messageId, this.clock.now());
      metrics.count('LettersSent', message.kind);
      return 'sent';
    } catch (error) {
      const reason = (error as Error).message || String(error);
      if (message.attempts < this.options.maxAttempts) {
        const delay = this.options.backoffMs * 2 ** (message.attempts - 1);
        await this.outbox.markRetry(message, new Date(now.getTime() + delay), reason);
        logger.warn('send failed; will retry', { outboxId: message.id, attempts: message.attempts, error: reason });
        if (message.kind !== 'schedule') metrics.count('LettersRetried', message.kind);
        return 'retry';
      }
      const alert = message.kind === 'delivery_failed' ? undefined : await this.failureAlert(message, reason);
      await this.outbox.markFailed(message, reason, alert);
      logger.error('send failed for good', { outboxId: message.id, attempts: message.attempts, error: reason });
      if (message.kind !== 'schedule') metrics.count('LettersFailed', message.kind);
      return 'failed';
    }
  }

  /**
   * Every attempt after the first may follow one that reached the provider: a sender killed before
   * it marked the message sent (its lease lapsed), or an error after the provider took it (a
   * timeout). If the provider has a record, the message is marked sent as that send, not sent again.
   */
  private async alreadySent(message: ClaimedMessage & EmailOutboxMessage, ref: SendRef): Promise<boolean> {
    const earlier = await this.ledger.find(ref);
    if (!earlier) return false;
    await this.outbox.markSent(message, earlier.messageId, new Date(earlier.sentAt));
    logger.info('an earlier attempt reached the provider; marked sent without sending again', { outboxId: message.id, attempts: message.attempts });
    return true;
  }

  /**
   * A schedule message names the schedules one change moved; carrying it out makes each match what the
   * complaint wants now, not what it wanted when the message was queued. Messages for one schedule may
   * run in any order (retries, parallel stream batches) and still converge: a deadline never loses its
   * check. Each call is idempotent, so a retry after a partial run just runs them all again.
   */
  private async reconcileSchedules(message: Extract<ClaimedMessage, { kind: 'schedule' }>): Promise<void> {
    const complaint = await this.complaints.get(message.landlordId, message.complaintId);
    const wanted = new Map((complaint?.schedules ?? []).map((schedule) => [scheduleName(message.landlordId, message.complaintId, schedule), schedule]));
    for (const { name } of message.schedules) {
      const schedule = wanted.get(name);
      if (!schedule) {
        await this.scheduler.delete(name);
        continue;
      }
      await this.scheduler.upsert(name, new Date(schedule.fireAt), {
        landlordId: message.landlordId,
        complaintId: message.complaintId,
        step: schedule.step,
        kind: schedule.kind,
        dueBy: schedule.dueBy,
      });
    }
  }

  /**
   * Sends everything due, `inFlight` at a time (as parallel stream batches do on AWS); each message is
   * still claimed by exactly one dispatch. On AWS a schedule runs this every minute, so retries need no
   * stream event; locally it is how everything is sent.
   */
  async sweep(limit = 50, inFlight = SWEEP_IN_FLIGHT): Promise<Record<DispatchResult, number>> {
    const counts: Record<DispatchResult, number> = { sent: 0, retry: 0, failed: 0, skipped: 0 };
    const due = await this.outbox.due(this.clock.now(), limit);
    let next = 0;
    const worker = async () => {
      while (next < due.length) counts[await this.dispatch(due[next++]!)] += 1;
    };
    await Promise.all(Array.from({ length: Math.min(inFlight, due.length) }, worker));
    return counts;
  }

  private async failureAlert(message: ClaimedMessage, reason: string) {
    const { settings } = await this.landlords.getSettings(message.landlordId);
    const officer = settings.complaintsOfficerEmail || this.options.defaultFromAddress;
    const failed =
      message.kind === 'schedule'
        ? { kind: `deadline schedules (${message.schedules.map((schedule) => `${schedule.op} ${schedule.payload?.step ?? schedule.name}`).join(', ')})`, to: ['the scheduler'], subject: 'deadline reminders or checks', error: reason }
        : { kind: message.kind, to: message.to, subject: message.subject, error: reason };
    const letter = deliveryFailedLetter({ id: message.complaintId, reference: message.reference }, officer, failed);
    return queueLetters({ defaultFromAddress: this.options.defaultFromAddress, newId: this.options.newId, clock: this.clock }, message.landlordId, settings, [letter])[0];
  }
}
