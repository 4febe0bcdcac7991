// Imported first by run.ts: imports are evaluated before a module's own code, so these must be set in a
// module of their own for the logger and metrics (made as the benches are imported) to see them.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
process.env.POWERTOOLS_LOG_LEVEL ??= 'SILENT';
// The business metrics are asserted in test/integration/business-metrics.test.ts; here they would bury the figures.
process.env.POWERTOOLS_METRICS_DISABLED ??= 'true';
