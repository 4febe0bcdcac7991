import { AssetHashType, DockerImage, Stack } from 'aws-cdk-lib';
import { Architecture, Code, LayerVersion, Runtime, type ILayerVersion } from 'aws-cdk-lib/aws-lambda';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { Construct } from 'constructs';
import { buildTracingLayerContent } from '../tracing-layer-content.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const ID = 'TracingLayer';

/**
 * The X-Ray SDK that Powertools Tracer drives, in one layer every function of the stack shares
 * (BUNDLING.layeredModules leaves it out of each bundle). Lambda resolves a layer's
 * nodejs/node_modules for ES module imports on Node 18 and later, as Powertools' own layer relies on.
 * Built by the local esbuild at synth, never Docker; its hash is the built file's, so a new SDK
 * version is a new layer version.
 */
export function tracingLayer(scope: Construct): ILayerVersion {
  const stack = Stack.of(scope);
  const existing = stack.node.tryFindChild(ID) as ILayerVersion | undefined;
  if (existing) return existing;
  return new LayerVersion(stack, ID, {
    description: 'aws-xray-sdk-core for Powertools Tracer, bundled into one file',
    compatibleRuntimes: [Runtime.NODEJS_22_X],
    compatibleArchitectures: [Architecture.ARM_64],
    code: Code.fromAsset(join(ROOT, 'node_modules', 'aws-xray-sdk-core'), {
      assetHashType: AssetHashType.OUTPUT,
      bundling: {
        // Never used: local bundling always succeeds where synth runs (esbuild is a dev dependency).
        image: DockerImage.fromRegistry('public.ecr.aws/docker/library/node:22'),
        local: {
          tryBundle(outputDir: string): boolean {
            buildTracingLayerContent(outputDir);
            return true;
          },
        },
      },
    }),
  });
}
