import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { Clock } from '../../domain/ports/clock.port.js';

/**
 * The local stack's one clock: real time plus an offset that POST /_local/clock can move forward.
 * With a `stateFile` (beside the data in DATA_DIR) the offset is written before any work is done at
 * the new time, so after a restart, even from kill -9, local time resumes where the data is, never
 * behind it: a message claimed or a schedule fired "in the future" is still in the past of the clock.
 */
export class LocalClock implements Clock {
  private offsetMs: number;

  /** `startAt` sets where local time begins (demos and tests); real time otherwise, or where it was. */
  constructor(
    startAt?: Date,
    private readonly stateFile?: string,
  ) {
    const fromStart = startAt ? startAt.getTime() - Date.now() : 0;
    const saved = stateFile ? readOffset(stateFile) : undefined;
    this.offsetMs = Math.max(fromStart, saved ?? Number.NEGATIVE_INFINITY);
    if (this.offsetMs !== saved) this.save();
  }

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  advanceTo(target: Date): void {
    const offset = target.getTime() - Date.now();
    if (offset <= this.offsetMs) return;
    this.offsetMs = offset;
    this.save();
  }

  private save(): void {
    if (!this.stateFile) return;
    // Synchronous and atomic (a whole file or the old one): nothing runs at the new time before it is on disk.
    const temporary = `${this.stateFile}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify({ offsetMs: this.offsetMs, savedAt: this.now().toISOString() }));
    renameSync(temporary, this.stateFile);
  }
}

function readOffset(file: string): number | undefined {
  if (!existsSync(file)) return undefined;
  const { offsetMs } = JSON.parse(readFileSync(file, 'utf8')) as { offsetMs?: unknown };
  if (typeof offsetMs !== 'number' || !Number.isFinite(offsetMs)) throw new Error(`${file}: no offsetMs; delete it to start the local clock at real time`);
  return offsetMs;
}
