import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import { Architecture, Runtime, Tracing } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { BUNDLING } from '../bundling.js';
import { tracingLayer } from './tracing-layer.js';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface ComplaintFunctionProps {
  /** The folder under functions/ holding handler.ts. */
  entry: string;
  description: string;
  environment: Record<string, string>;
  timeout?: Duration;
  memorySize?: number;
  logRetentionDays: number;
  removalPolicy: RemovalPolicy;
}

/**
 * One Lambda entry point with the house policy: Node 22 on arm64, a minified ESM bundle with source
 * maps from the local esbuild (never Docker), Powertools settings, its own log group with retention,
 * active X-Ray tracing (the X-Ray SDK from the stack's one tracing layer), and no permissions beyond
 * the ones its stack grants it by name.
 */
export class ComplaintFunction extends Construct {
  readonly fn: NodejsFunction;
  readonly entry: string;

  constructor(scope: Construct, id: string, props: ComplaintFunctionProps) {
    super(scope, id);
    this.entry = props.entry;
    const logGroup = new LogGroup(this, 'Logs', {
      retention: props.logRetentionDays as RetentionDays,
      removalPolicy: props.removalPolicy,
    });
    this.fn = new NodejsFunction(this, 'Function', {
      entry: join(ROOT, 'functions', props.entry, 'handler.ts'),
      handler: 'handler',
      description: props.description,
      runtime: Runtime.NODEJS_22_X,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize ?? 512,
      timeout: props.timeout ?? Duration.seconds(30),
      logGroup,
      // Powertools Tracer (functions/shared/tracer.ts) adds a subsegment per AWS SDK call to this trace.
      tracing: Tracing.ACTIVE,
      projectRoot: ROOT,
      depsLockFilePath: join(ROOT, 'package-lock.json'),
      environment: {
        POWERTOOLS_SERVICE_NAME: `complaints-${props.entry}`,
        POWERTOOLS_LOG_LEVEL: 'INFO',
        NODE_OPTIONS: '--enable-source-maps',
        ...props.environment,
      },
      layers: [tracingLayer(this)],
      bundling: {
        target: BUNDLING.target,
        minify: BUNDLING.minify,
        sourceMap: BUNDLING.sourceMap,
        banner: BUNDLING.banner,
        mainFields: [...BUNDLING.mainFields],
        externalModules: [...BUNDLING.externalModules, ...BUNDLING.layeredModules],
        format: OutputFormat.ESM,
      },
    });
    Validations.of(this.fn).acknowledge(
      { id: 'AwsSolutions-L1', reason: 'Node.js 22 is pinned on purpose: the code and its tests run on Node 20/22; move with them.' },
      {
        id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
        reason: 'The basic execution role only lets the function write its own logs; everything else is granted by name.',
      },
      {
        id: 'AwsSolutions-IAM5[Resource::*]',
        reason: 'Active tracing: xray:PutTraceSegments and xray:PutTelemetryRecords have no resource-level permissions (stream event sources add dynamodb:ListStreams, likewise).',
      },
    );
  }
}
