import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/dynamodb-local.global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // The embedded DynamoDB Local is one JVM; two workers keep a 2-core machine responsive.
    maxWorkers: 2,
    // Error logs of deliberately broken requests would drown the report; the logger is asserted elsewhere.
    env: {
      POWERTOOLS_LOG_LEVEL: process.env.POWERTOOLS_LOG_LEVEL ?? 'SILENT',
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      // Metrics are asserted from what the port counted (test/integration/business-metrics.test.ts), not printed.
      POWERTOOLS_METRICS_DISABLED: 'true',
    },
  },
});
