import type { Mailer } from '../../domain/ports/outbox.port.js';

/**
 * Fault injection for the crash-safety test: kills this process with SIGKILL right after the n-th
 * email reaches the provider and before the dispatcher can mark it sent, the one moment a crash
 * could make a letter go twice. The kill is the real thing (no exit handlers run), only its timing is chosen.
 */
export function crashAfterSends(mailer: Mailer, n: number): Mailer {
  let sends = 0;
  return {
    async send(email, ref) {
      const sent = await mailer.send(email, ref);
      sends += 1;
      if (sends >= n) process.kill(process.pid, 'SIGKILL');
      return sent;
    },
  };
}
