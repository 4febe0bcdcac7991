import { execFileSync } from 'node:child_process';
import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { build, type BuildOptions } from 'esbuild';
import { BUNDLING } from '../../infra/bundling.js';
import { buildTracingLayerContent } from '../../infra/tracing-layer-content.js';
import { percentile } from './stats.js';

const ROOT = join(import.meta.dirname, '..', '..');
// Inside node_modules so the bundles resolve the AWS SDK the way the Lambda runtime provides it. The
// tracing layer is built into LAYER/nodejs/node_modules and the bundles go in LAYER/nodejs, so they find
// the X-Ray SDK in the layer's file, as a function finds it in /opt/nodejs/node_modules.
const LAYER = join(ROOT, 'node_modules', '.cache', 'bundle-budget');
const OUT = join(LAYER, 'nodejs');
let layerBytes: number | undefined;
const RUNS = Number(process.env.BENCH_INIT_RUNS ?? 25);
// 300 KB until tracing: Powertools Tracer (aws-xray-sdk-core, semver, cls-hooked) adds ~133 KB to each bundle (README, Performance).
const BUDGET_BYTES = 350 * 1024;

/** The SDK clients each entry point creates at cold start: the bare baseline imports and builds just these. */
const CLIENTS: Record<string, string[]> = {
  'http-api': ['client-dynamodb:DynamoDBClient', 'lib-dynamodb:DynamoDBDocumentClient', 'client-lambda:LambdaClient'],
  'inbound-email': ['client-dynamodb:DynamoDBClient', 'lib-dynamodb:DynamoDBDocumentClient', 'client-s3:S3Client'],
  'outbox-dispatcher': ['client-dynamodb:DynamoDBClient', 'lib-dynamodb:DynamoDBDocumentClient', 'client-sesv2:SESv2Client', 'client-scheduler:SchedulerClient'],
  'deadline-check': ['client-dynamodb:DynamoDBClient', 'lib-dynamodb:DynamoDBDocumentClient'],
  'ses-events': ['client-dynamodb:DynamoDBClient', 'lib-dynamodb:DynamoDBDocumentClient'],
  documents: ['client-dynamodb:DynamoDBClient', 'lib-dynamodb:DynamoDBDocumentClient', 'client-s3:S3Client'],
  reports: ['client-dynamodb:DynamoDBClient', 'lib-dynamodb:DynamoDBDocumentClient'],
};

/** Libraries only the documents function may carry (issue 12): named when a bundle has them. */
const RENDERING = ['pdf-lib', 'fflate'];

const ENV = {
  ...process.env,
  AWS_REGION: 'eu-west-2',
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  TABLE_NAME: 'bench',
  MAIL_BUCKET: 'bench',
  DEFAULT_FROM_ADDRESS: 'complaints@bench.example',
  INBOUND_FUNCTION_NAME: 'bench',
  SCHEDULE_GROUP: 'bench',
  DEADLINE_CHECK_ARN: 'arn:aws:lambda:eu-west-2:111122223333:function:bench',
  SCHEDULER_ROLE_ARN: 'arn:aws:iam::111122223333:role/bench',
  SCHEDULE_DLQ_ARN: 'arn:aws:sqs:eu-west-2:111122223333:bench',
  POWERTOOLS_LOG_LEVEL: 'SILENT',
};

/**
 * A handler that only makes the SDK clients the entry point uses. `instrumented` adds what issue 15 puts
 * on every function: the clients made through traced() and the one middy stack (Powertools logger,
 * tracer with the X-Ray SDK from the layer, metrics), so the second ratio is our own code's cost alone.
 */
function bareHandler(clients: string[], instrumented: boolean): string {
  const lines = clients.map((spec, i) => {
    const [pkg, name] = spec.split(':');
    return `import { ${name} as C${i} } from '@aws-sdk/${pkg}';`;
  });
  const wrap = (made: string) => (instrumented ? `traced(${made})` : made);
  const made = clients.map((spec, i) => (spec.startsWith('lib-dynamodb') ? `C${i}.from(${wrap('new C0({})')});` : `${wrap(`new C${i}({})`)};`));
  const handler = instrumented ? 'middy().use(instrumentation()).handler(async () => ({}))' : 'async () => ({})';
  const imports = instrumented
    ? [
        "import middy from '@middy/core';",
        `import { traced } from ${JSON.stringify(join(ROOT, 'functions/shared/tracer.ts'))};`,
        `import { instrumentation } from ${JSON.stringify(join(ROOT, 'functions/shared/instrumentation.ts'))};`,
      ]
    : [];
  return `${[...imports, ...lines].join('\n')}\n${made.join('\n')}\nexport const handler = ${handler};\n`;
}

/** esbuild options as the CDK bundles a function (infra/bundling.ts), writing to `file`. */
const asDeployed = (file: string): BuildOptions => ({
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile: file,
  target: BUNDLING.target,
  minify: BUNDLING.minify,
  mainFields: [...BUNDLING.mainFields],
  external: [...BUNDLING.externalModules, ...BUNDLING.layeredModules],
  banner: { js: BUNDLING.banner },
  logLevel: 'error',
});

/** A bare handler bundled as the entry points are (the instrumented one imports our TypeScript). */
async function buildBare(entry: string, instrumented: boolean): Promise<string> {
  const file = join(OUT, `${entry}.${instrumented ? 'instrumented' : 'bare'}.mjs`);
  await build({
    stdin: { contents: bareHandler(CLIENTS[entry]!, instrumented), resolveDir: ROOT, loader: 'ts' },
    ...asDeployed(file),
  });
  return file;
}

/** Milliseconds to import a module in a fresh Node process (module init, as a Lambda cold start runs it). */
function initTime(file: string): number {
  const script = `const t = performance.now(); await import(${JSON.stringify(file)}); process.stdout.write(String(performance.now() - t));`;
  return Number(execFileSync(process.execPath, ['--input-type=module', '-e', script], { env: ENV }).toString());
}

/** Alternates the files, so all see the same machine load and disk cache: each file's init times. */
function initTimes(files: string[]): number[][] {
  const times = files.map(() => [] as number[]);
  for (const file of files) initTime(file); // warm the file cache before timing
  for (let i = 0; i < RUNS; i += 1) files.forEach((file, j) => times[j]!.push(initTime(file)));
  return times;
}

/** One entry point bundled as the CDK bundles it: its file, size, and which rendering and layered libraries it carries. */
export async function buildBundle(entry: string): Promise<{ file: string; size: number; rendering: string[]; layered: string[] }> {
  mkdirSync(OUT, { recursive: true });
  layerBytes ??= buildTracingLayerContent(LAYER);
  const file = join(OUT, `${entry}.mjs`);
  const result = await build({
    entryPoints: [join(ROOT, 'functions', entry, 'handler.ts')],
    ...asDeployed(file),
    metafile: true,
  });
  const inputs = Object.keys(result.metafile!.inputs);
  const carried = (names: readonly string[]) => names.filter((name) => inputs.some((input) => input.includes(`node_modules/${name}/`)));
  return { file, size: statSync(file).size, rendering: carried(RENDERING), layered: carried(BUNDLING.layeredModules) };
}

/** One function's line: bundle size against the budget, what rendering it carries, init against the bare handlers. */
export async function measureEntry(entry: string): Promise<string> {
  const { file, size, rendering } = await buildBundle(entry);
  const [ours, bare, instrumented] = initTimes([file, await buildBare(entry, false), await buildBare(entry, true)]).map((runs) => percentile(runs, 50));
  return (
    `  ${entry.padEnd(18)} ${(size / 1024).toFixed(1).padStart(6)} KB ${size <= BUDGET_BYTES ? 'within' : 'OVER'} budget   ` +
    `init ${ours!.toFixed(1).padStart(6)} ms, bare ${bare!.toFixed(1).padStart(6)} ms (ratio ${(ours! / bare!).toFixed(2)}), ` +
    `bare + instrumentation ${instrumented!.toFixed(1).padStart(6)} ms (ratio ${(ours! / instrumented!).toFixed(2)})   ${rendering.length ? `carries ${rendering.join(', ')}` : 'no pdf-lib/fflate'}`
  );
}

/** Where the bench builds the tracing layer's content (as the CDK does at synth), and its size. */
export function builtTracingLayer(): { dir: string; bytes: number } {
  layerBytes ??= buildTracingLayerContent(LAYER);
  return { dir: join(LAYER, 'nodejs', 'node_modules'), bytes: layerBytes };
}

export const BUNDLE_BUDGET_HEADER = [
  `Bundle budget: minified ESM bundles as the CDK deploys them (budget ${BUDGET_BYTES / 1024} KB), and module init in a fresh`,
  `Node process, median of ${RUNS} alternated runs, against a bare handler importing only the SDK clients it uses (target ratio <= 1.3),`,
  `and against that handler with the instrumentation every function carries (traced clients, logger, tracer, metrics): our code alone`,
];

export async function bundleBudgetBench(): Promise<string[]> {
  const lines = [...BUNDLE_BUDGET_HEADER];
  for (const entry of Object.keys(CLIENTS)) lines.push(await measureEntry(entry));
  lines.push(`  plus the tracing layer every function shares: ${((layerBytes ?? 0) / 1024).toFixed(1)} KB (aws-xray-sdk-core), loaded in each init above`);
  return lines;
}
