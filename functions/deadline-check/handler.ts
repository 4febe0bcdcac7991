import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import { composeCoreFromEnv } from '../shared/compose.js';
import { logger } from '../shared/logger.js';
import { checkDeadline, type CheckResult } from './deadline-check.js';
import { parseDeadlinePayload } from './payload.js';

// Composition root for AWS: EventBridge Scheduler invokes this with the schedule's JSON payload.
const deps = composeCoreFromEnv();


export async function check(event: unknown): Promise<CheckResult> {
  const payload = parseDeadlinePayload(event);
  const result = await checkDeadline(deps, payload);
  logger.info('deadline check', { ...payload, result });
  return result;
}

export const handler = middy(check).use(injectLambdaContext(logger, { resetKeys: true }));
