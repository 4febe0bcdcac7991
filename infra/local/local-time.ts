import type { OutboxDispatcher } from '../../functions/outbox-dispatcher/outbox-dispatcher.js';
import type { LocalClock } from './local-clock.js';
import type { LocalSchedule, LocalScheduler } from './local-scheduler.js';

/**
 * Local time moves forward only through here, so schedules fire in due order with the clock at each
 * one's time, and the outbox (letters, schedule moves) is worked off between firings, as it would be
 * between two real moments.
 */
export class LocalTime {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly clock: LocalClock,
    private readonly scheduler: LocalScheduler,
    private readonly dispatcher: OutboxDispatcher,
  ) {}

  now(): Date {
    return this.clock.now();
  }

  /** What is due now: the outbox, then any schedule whose time has come. */
  tick(): Promise<LocalSchedule[]> {
    return this.serial(() => this.runUntil(this.clock.now()));
  }

  /** Moves the clock to `target`, firing everything due on the way, in due order. */
  advanceTo(target: Date): Promise<LocalSchedule[]> {
    return this.serial(async () => {
      if (target.getTime() < this.clock.now().getTime()) throw new RangeError('local time only moves forward');
      const fired = await this.runUntil(target);
      this.clock.advanceTo(target);
      await this.drainOutbox();
      return fired;
    });
  }

  private async runUntil(target: Date): Promise<LocalSchedule[]> {
    const fired: LocalSchedule[] = [];
    await this.drainOutbox();
    for (;;) {
      const [next] = await this.scheduler.pending(target);
      if (!next) break;
      this.clock.advanceTo(new Date(next.fireAt));
      const done = await this.scheduler.fireNext(this.clock.now());
      if (done) fired.push(done);
      await this.drainOutbox();
    }
    return fired;
  }

  private async drainOutbox(): Promise<void> {
    // A sweep can queue more (an alert after a failure, a schedule after a check): repeat until quiet.
    for (let rounds = 0; rounds < 20; rounds += 1) {
      const counts = await this.dispatcher.sweep(100);
      if (counts.sent + counts.failed + counts.retry === 0) return;
    }
  }

  private serial<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work, work);
    this.queue = run.catch(() => undefined);
    return run;
  }
}
