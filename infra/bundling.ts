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
  // Some CommonJS dependencies call require(); ESM bundles need it defined.
  banner: "import { createRequire } from 'module'; const require = createRequire(import.meta.url);",
} as const;
