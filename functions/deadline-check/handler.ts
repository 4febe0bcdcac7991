import middy from '@middy/core';
import { composeCoreFromEnv } from '../shared/compose.js';
import { instrumentation } from '../shared/instrumentation.js';
import { runDeadlineCheck, type CheckResult } from './deadline-check.js';

// Composition root for AWS: EventBridge Scheduler invokes this with the schedule's JSON payload.
const deps = composeCoreFromEnv();

export const check = (event: unknown): Promise<CheckResult> => runDeadlineCheck(deps, event);

export const handler = middy(check).use(instrumentation());
