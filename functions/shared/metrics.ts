import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import type { MiddlewareObj } from '@middy/core';
import { BUSINESS_METRICS, METRICS_NAMESPACE, METRICS_SERVICE, type BusinessMetric } from './metric-names.js';

/** The port the application layer counts through. Tests read what `flush` returns (output off: POWERTOOLS_METRICS_DISABLED). */
export interface BusinessMetrics {
  /** Adds n under one value of the metric's dimension; nothing leaves the process before `flush`. */
  count(metric: BusinessMetric, dimensionValue: string, n?: number): void;
  /** Emits what was counted since the last flush, and returns it. */
  flush(): Counted[];
}

export interface Counted {
  metric: BusinessMetric;
  dimensions: Record<string, string>;
  value: number;
}

/**
 * Business metrics as CloudWatch EMF through Powertools. Counts are summed per metric and dimension
 * value during an invocation and flushed at its end (`flushMetrics`), one EMF record each: EMF puts one
 * dimension set on every metric of a record, and these metrics are broken down by different dimensions.
 * Each record is published under two dimension sets, [service, <dimension>] for the breakdown and
 * [service] for the total an alarm can watch without metric math.
 * Powertools decides whether anything is printed: POWERTOOLS_METRICS_DISABLED (set in tests and by
 * the local stack), or POWERTOOLS_DEV, turns output off.
 */
export class EmfMetrics implements BusinessMetrics {
  readonly #pending = new Map<string, Counted>();

  constructor(private readonly emf: Metrics) {}

  count(metric: BusinessMetric, dimensionValue: string, n = 1): void {
    const key = `${metric}\u0000${dimensionValue}`;
    const counted = this.#pending.get(key) ?? { metric, dimensions: { [BUSINESS_METRICS[metric].dimension]: dimensionValue }, value: 0 };
    counted.value += n;
    this.#pending.set(key, counted);
  }

  flush(): Counted[] {
    const counted = [...this.#pending.values()];
    this.#pending.clear();
    for (const { metric, dimensions, value } of counted) {
      this.emf.addDimensions(dimensions);
      this.emf.addDimensions({});
      this.emf.addMetric(metric, MetricUnit.Count, value);
      this.emf.publishStoredMetrics();
    }
    return counted;
  }
}

/** The one instance every entry point counts through (like the logger, made once per cold start). */
export const metrics: BusinessMetrics = new EmfMetrics(new Metrics({ namespace: METRICS_NAMESPACE, serviceName: METRICS_SERVICE }));

/**
 * Flushes at the end of every invocation, returned or thrown. Never flushes an empty buffer, so a
 * request that counted nothing prints nothing (Powertools' own `logMetrics` warns on every empty flush).
 */
export function flushMetrics(port: BusinessMetrics = metrics): MiddlewareObj {
  const flush = async (): Promise<void> => {
    port.flush();
  };
  return { after: flush, onError: flush };
}
