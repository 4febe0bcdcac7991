import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { BUNDLING } from './bundling.js';

const require = createRequire(import.meta.url);

/**
 * Builds the tracing layer's content in `outputDir`: the X-Ray SDK that Powertools Tracer drives
 * (aws-xray-sdk-core, with cls-hooked and semver), as one minified CommonJS file at the path Lambda
 * resolves packages from in a layer (nodejs/node_modules). One file, as a bundle is, so loading it at
 * cold start costs what loading it from each bundle did. Shared by the CDK construct and the
 * bundle-budget benchmark, so the bytes measured are the bytes deployed. Returns the file's size.
 */
export function buildTracingLayerContent(outputDir: string): number {
  const name = 'aws-xray-sdk-core';
  const dir = join(outputDir, 'nodejs', 'node_modules', name);
  mkdirSync(dir, { recursive: true });
  const { version } = JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string };
  buildSync({
    entryPoints: [require.resolve(name)],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: BUNDLING.target,
    minify: BUNDLING.minify,
    // The Node 22 runtime ships the AWS SDK v3, as for the functions.
    external: [...BUNDLING.externalModules],
    outfile: join(dir, 'index.js'),
    logLevel: 'error',
  });
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name, version, main: 'index.js' })}\n`);
  return statSync(join(dir, 'index.js')).size;
}
