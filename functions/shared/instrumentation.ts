import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { captureLambdaHandler } from '@aws-lambda-powertools/tracer/middleware';
import type { MiddlewareObj } from '@middy/core';
import { logger } from './logger.js';
import { flushMetrics, metrics } from './metrics.js';
import { tracer } from './tracer.js';

/**
 * The middy stack every entry point uses, in one place: the logger with the request id, a trace
 * segment for the handler, and the business metrics flushed per invocation. Responses are not put
 * on the trace: they carry residents' personal data.
 */
export function instrumentation(): MiddlewareObj[] {
  return [injectLambdaContext(logger, { resetKeys: true }), captureLambdaHandler(tracer, { captureResponse: false }), flushMetrics(metrics)];
}
