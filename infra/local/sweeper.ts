/** Runs a job every interval, never two at once; stop() waits for a running one to finish. */
export class Sweeper {
  private running: Promise<unknown> | undefined;
  private readonly timer: NodeJS.Timeout;

  constructor(job: () => Promise<unknown>, intervalMs: number) {
    this.timer = setInterval(() => {
      if (this.running) return;
      this.running = job()
        .catch((error: unknown) => process.stderr.write(`local sweep: ${(error as Error).stack}\n`))
        .finally(() => (this.running = undefined));
    }, intervalMs);
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }
}
