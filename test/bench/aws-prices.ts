/**
 * AWS list prices in eu-west-1 (Ireland), USD, as published on each service's pricing page and read on
 * the date below. Free tiers are left out: the cost bench prices what a landlord at scale pays per
 * lifecycle. Change the numbers here (and the date) when AWS changes them; nothing else holds a price.
 */
export const PRICES_AS_OF = '2026-11-25';
export const PRICE_REGION = 'eu-west-1';

export const PRICES = {
  /** DynamoDB on-demand, Standard table class (the 1 Nov 2024 price, half the earlier $1.4135 / $0.283). */
  dynamoDbWriteRequestUnit: 0.7063 / 1e6,
  dynamoDbReadRequestUnit: 0.1413 / 1e6,
  /** SES: outbound email, per message (attachments' data extra; letters carry none). */
  /** The on-demand prices before that cut, for comparing with measurements taken at them. */
  dynamoDbWriteRequestUnitBefore2024Cut: 1.4135 / 1e6,
  dynamoDbReadRequestUnitBefore2024Cut: 0.283 / 1e6,
  sesOutboundMessage: 0.1 / 1000,
  /** SES receiving: per message, plus per 256 KB chunk of it. */
  sesInboundMessage: 0.1 / 1000,
  sesInboundChunk: 0.09 / 1000,
  /** S3 Standard: SES's PUT of the raw message, the inbound function's GET of it. */
  s3Put: 0.005 / 1000,
  s3Get: 0.0004 / 1000,
  /** EventBridge Scheduler: per scheduled invocation; creating, updating and deleting schedules is not charged. */
  schedulerInvocation: 1.0 / 1e6,
  /** Lambda, arm64: per request and per GB-second of billed duration. */
  lambdaRequest: 0.2 / 1e6,
  lambdaArmGbSecond: 0.0000133334,
} as const;

/**
 * What the bench cannot measure on DynamoDB Local, stated rather than hidden: each function's memory
 * (infra/constructs/complaint-function.ts) and an assumed average billed duration of a warm invocation.
 */
export const LAMBDA_ASSUMPTIONS = { memoryGb: 0.5, billedMsPerInvocation: 60 } as const;
