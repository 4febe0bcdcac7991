import { resolve } from 'node:path';
import { DEFAULT_LOCAL_JWT_SECRET } from './local-jwt.js';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
// Business metrics are CloudWatch EMF lines on AWS; locally they would only fill the terminal.
process.env.POWERTOOLS_METRICS_DISABLED ??= 'true';
// Imported after the line above: the metrics instance reads it when its module loads.
const { startLocalStack } = await import('./local-stack.js');

const port = Number(process.env.PORT ?? 3000);
const dataDir = resolve(process.env.DATA_DIR ?? '.data');
const jwtSecret = process.env.LOCAL_JWT_SECRET ?? DEFAULT_LOCAL_JWT_SECRET;

const smtpPort = Number(process.env.SMTP_PORT ?? 2525);

// Crash-safety tests only (test/e2e/crash-safety.test.ts): kill -9 after the n-th send, before it is marked sent.
const crashAfterSends = Number(process.env.LOCAL_CRASH_AFTER_SENDS ?? 0);

const stack = await startLocalStack({ port, smtpPort, dataDir, jwtSecret, ...(crashAfterSends > 0 && { crashAfterSends }) });

process.stdout.write(
  [
    '',
    'Housing complaints: local stack running',
    `  HTTP API          ${stack.apiUrl}/v1   (OpenAPI: ${stack.apiUrl}/v1/openapi.json)`,
    `  SMTP intake       127.0.0.1:${stack.smtpPort}   mail to a landlord's inboundAddresses becomes a complaint`,
    `  Local outbox      ${stack.apiUrl}/_local/outbox.html   (JSON: ${stack.apiUrl}/_local/outbox)`,
    `  Local scheduler   ${stack.apiUrl}/_local/schedules   (move time: POST /_local/clock {"advanceDays": n}; now ${stack.clock.now().toISOString()})`,
    `  DynamoDB Local    ${stack.dynamoEndpoint}   table "${stack.tableName}", data in ${dataDir}`,
    `  Token             npm run token -- --landlord L --user U --roles handler,officer`,
    '  Ctrl-C stops everything (DynamoDB Local included).',
    '',
  ].join('\n'),
);

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  process.stdout.write(`\n${signal}: stopping...\n`);
  await stack.stop();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
