import type { Clock } from '../../domain/ports/clock.port.js';

/** The local stack's one clock: real time plus an offset that POST /_local/clock can move forward. */
export class LocalClock implements Clock {
  private offsetMs: number;

  /** `startAt` sets where local time begins (demos and tests); real time otherwise. */
  constructor(startAt?: Date) {
    this.offsetMs = startAt ? startAt.getTime() - Date.now() : 0;
  }

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  advanceTo(target: Date): void {
    this.offsetMs = Math.max(this.offsetMs, target.getTime() - Date.now());
  }
}
