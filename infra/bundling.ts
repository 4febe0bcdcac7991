/**
 * How every function is bundled, shared by the CDK construct and the bundle-budget benchmark so the
 * bytes measured are the bytes deployed.
 */
export const BUNDLING = {
  target: 'node22',
  minify: true,
  sourceMap: true,
  mainFields: ['module', 'main'],
  // The Node 22 runtime ships the AWS SDK v3; bundles leave it out.
  externalModules: ['@aws-sdk/*'],
  /**
   * Taken from the tracing layer every function carries (infra/constructs/tracing-layer.ts), not bundled:
   * the X-Ray SDK under Powertools Tracer is ~104 KB that each of the eight bundles would otherwise copy.
   */
  layeredModules: ['aws-xray-sdk-core'],
  // Some CommonJS dependencies call require(); ESM bundles need it defined.
  banner: "import { createRequire } from 'module'; const require = createRequire(import.meta.url);",
} as const;
