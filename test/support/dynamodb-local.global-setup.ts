import type { TestProject } from 'vitest/node';
import { rmSync } from 'node:fs';
import { ensureTable, startDynamoDbLocal } from '../../infra/local/dynamodb-local.js';
import { FIELDS_DIR } from '../contract/field-coverage.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** One DynamoDB Local per vitest worker; a test reaches its own through `dynamoEndpoint()`. */
    dynamoEndpoints: string[];
    tableName: string;
  }
}

/**
 * One in-memory DynamoDB Local per worker, each on a free port; tests isolate by landlord id within it.
 * One JVM shared by both workers was the whole run's bottleneck: DynamoDB Local serves its store one call
 * at a time, so a test making hundreds of small calls in order (a year of local time) waited behind the
 * other worker's bulk, and ran 5-10 times slower than alone.
 */
export default async function setup(project: TestProject) {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
  // A fresh record of the response fields this run's answers carry (test/contract/field-coverage-check.ts).
  rmSync(FIELDS_DIR, { recursive: true, force: true });
  const workers = Math.max(1, Number(project.config.maxWorkers) || 1);
  const tableName = 'complaints-test';
  const started = await Promise.allSettled(Array.from({ length: workers }, () => startDynamoDbLocal()));
  const running = started.flatMap((outcome) => (outcome.status === 'fulfilled' ? [outcome.value] : []));
  const stopAll = () => Promise.all(running.map((dynamo) => dynamo.stop()));
  const failed = started.find((outcome) => outcome.status === 'rejected');
  if (failed) {
    await stopAll();
    throw failed.reason;
  }
  await Promise.all(running.map((dynamo) => ensureTable(dynamo.endpoint, tableName)));
  project.provide('dynamoEndpoints', running.map((dynamo) => dynamo.endpoint));
  project.provide('tableName', tableName);
  return async () => {
    await stopAll();
  };
}
