/** Nearest-rank percentile of a sample of milliseconds. */
export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

export function row(name: string, samples: number[], baseline?: number[]): string {
  const p50 = percentile(samples, 50);
  const p99 = percentile(samples, 99);
  const ratio = baseline ? `  p50 ratio ${(p50 / percentile(baseline, 50)).toFixed(2)}  p99 ratio ${(p99 / percentile(baseline, 99)).toFixed(2)}` : '';
  return `${name.padEnd(48)} p50 ${p50.toFixed(2).padStart(7)} ms  p99 ${p99.toFixed(2).padStart(7)} ms${ratio}`;
}

/**
 * Times operations in turn, round after round, so all see the same store size, JIT state and
 * machine load: a ratio between them then measures the code, not the moment.
 */
export async function timeInterleaved(count: number, ...operations: ((i: number) => Promise<unknown>)[]): Promise<number[][]> {
  const samples = operations.map(() => [] as number[]);
  for (let i = 0; i < count; i += 1) {
    for (const [k, operation] of operations.entries()) {
      const start = process.hrtime.bigint();
      await operation(i);
      samples[k]!.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
  }
  return samples;
}
