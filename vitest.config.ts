import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/dynamodb-local.global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // The embedded DynamoDB Local is one JVM; two workers keep a 2-core machine responsive.
    maxWorkers: 2,
  },
});
