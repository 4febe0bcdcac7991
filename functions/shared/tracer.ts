import { Tracer } from '@aws-lambda-powertools/tracer';

/**
 * The one tracer every entry point uses. Outside Lambda (tests, the local stack) Powertools turns it
 * off by itself, and a captured client is returned untouched.
 */
export const tracer = new Tracer({ serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? 'housing-complaints' });

/** Every AWS SDK client is made through this, so each call is a subsegment of the invocation's trace. */
export function traced<T>(client: T): T {
  return tracer.captureAWSv3Client(client);
}
