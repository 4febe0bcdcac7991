import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { Queue } from 'aws-cdk-lib/aws-sqs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../infra/app.js';
import { settingsFromContext } from '../../infra/deployment-settings.js';
import { BUSINESS_METRICS } from '../../functions/shared/metric-names.js';
import { GATEWAY_ROUTES } from '../../functions/http/gateway-routes.js';
import { buildBundle } from '../bench/bundle-budget.bench.js';
import type { ComplaintsStack } from '../../infra/stacks/complaints-stack.js';

const PROD = {
  // Bundling is not under test here (npm run bench measures the bundles); skip it for speed.
  'aws:cdk:bundling-stacks': [],
  stage: 'prod',
  sendingDomain: 'complaints.riverside.example.org',
  inboundAddresses: 'complaints@riverside.example.org,repairs@riverside.example.org',
  portalOrigins: 'https://portal.riverside.example.org',
  alarmEmail: 'officer@riverside.example.org',
  // As a -c flag gives it: a string.
  missedDeadlineAlarmThreshold: '5',
};

function synthesize(context: Record<string, unknown>, extra?: (stack: ComplaintsStack) => void) {
  const app = new App({ context, outdir: mkdtempSync(join(tmpdir(), 'cdk-test-')) });
  const { stack } = buildApp(app);
  extra?.(stack);
  return { app, stack };
}

/** The IAM statements attached to one function's role. */
function statementsOf(template: Template, functionPath: string): { Action: string | string[]; Resource: unknown; Condition?: unknown }[] {
  const policies = template.findResources('AWS::IAM::Policy');
  const entry = Object.entries(policies).find(([logicalId]) => logicalId.startsWith(`${functionPath}FunctionServiceRoleDefaultPolicy`));
  if (!entry) throw new Error(`no policy for ${functionPath}`);
  return (entry[1] as { Properties: { PolicyDocument: { Statement: [] } } }).Properties.PolicyDocument.Statement;
}
/** The statement active tracing adds to every function's role (X-Ray has no resource-level permissions). */
const TRACING = { Action: ['xray:PutTraceSegments', 'xray:PutTelemetryRecords'], Effect: 'Allow', Resource: '*' };
/** A function's own grants: its statements less the tracing one, asserted on its own below. */
const withoutTracing = <T,>(statements: T[]): T[] => statements.filter((s) => JSON.stringify(s) !== JSON.stringify(TRACING));
const actionsOf = (statements: { Action: string | string[] }[]) => statements.flatMap((s) => (Array.isArray(s.Action) ? s.Action : [s.Action])).sort();

describe('the CDK app', () => {
  let template: Template;
  let stack: ComplaintsStack;

  beforeAll(() => {
    const built = synthesize(PROD);
    built.app.synth(); // runs cdk-nag's AwsSolutions checks: throws on any unacknowledged finding
    stack = built.stack;
    template = Template.fromStack(stack);
  }, 180_000); // synth with cdk-nag takes 40 s alone on a loaded 2-core machine

  it('synthesises clean under cdk-nag AwsSolutions, and a finding would fail it', () => {
    const { app } = synthesize(PROD, (s) => new Queue(s, 'UnencryptedQueue', { enforceSSL: false }));
    let failure: unknown;
    try {
      app.synth();
    } catch (error) {
      failure = error;
    }
    expect(String(failure)).toMatch(/^ValidationFailed/);
    expect(String(failure)).toContain("Acknowledge with 'AwsSolutions::AwsSolutions-SQS4'");
  });

  it('deploys every entry point under functions/, on Node 22 arm64', () => {
    const entries = readdirSync(join(import.meta.dirname, '../../functions'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && existsSync(join(import.meta.dirname, '../../functions', entry.name, 'handler.ts')))
      .map((entry) => entry.name)
      .sort();
    expect(entries).toEqual(['deadline-check', 'documents', 'http-api', 'inbound-email', 'outbox-dispatcher', 'report-aggregates', 'reports', 'ses-events']);
    expect([...stack.functionEntries].sort()).toEqual(entries);
    const functions = template.findResources('AWS::Lambda::Function', { Properties: { Runtime: 'nodejs22.x' } });
    expect(Object.keys(functions).filter((id) => !id.includes('AutoDeleteObjects') && !id.includes('CustomResource'))).toHaveLength(8);
    template.allResourcesProperties('AWS::Lambda::Function', Match.objectLike({}));
    for (const fn of Object.values(functions)) {
      expect((fn as { Properties: { Architectures: string[] } }).Properties.Architectures).toEqual(['arm64']);
    }
    template.hasResourceProperties('AWS::Logs::LogGroup', { RetentionInDays: 90 });
  });

  it('starts every function, as deployed, with exactly the environment the stack gives it (no required variable missing)', async () => {
    const functions = Object.values(template.findResources('AWS::Lambda::Function', { Properties: { Runtime: 'nodejs22.x' } })) as { Properties: { Environment?: { Variables: Record<string, unknown> } } }[];
    const byEntry = new Map(functions.flatMap((fn) => {
      const variables = fn.Properties.Environment?.Variables ?? {};
      const service = variables.POWERTOOLS_SERVICE_NAME;
      return typeof service === 'string' && service.startsWith('complaints-') ? [[service.slice('complaints-'.length), variables] as const] : [];
    }));
    expect([...byEntry.keys()].sort()).toEqual([...stack.functionEntries].sort());
    for (const [entry, variables] of byEntry) {
      const { file } = await buildBundle(entry);
      // What Lambda adds, and the stack's variables with each CloudFormation reference as some string.
      const env = {
        PATH: process.env.PATH,
        AWS_REGION: 'eu-west-2',
        AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
        POWERTOOLS_LOG_LEVEL: 'SILENT',
        ...Object.fromEntries(Object.entries(variables).map(([name, value]) => [name, typeof value === 'string' ? value : `resolved-${name}`])),
      };
      const script = `const { handler } = await import(${JSON.stringify(file)}); process.stdout.write(typeof handler);`;
      let started: string;
      try {
        started = execFileSync(process.execPath, ['--input-type=module', '-e', script], { env, stdio: ['ignore', 'pipe', 'pipe'] }).toString();
      } catch (error) {
        // The thrown error's own line (e.g. "Error: missing required environment variable X"), not the source around it.
        started = String((error as { stderr?: Buffer }).stderr ?? error).split('\n').find((line) => /^\w*Error\b/.test(line)) ?? String(error);
      }
      expect(started, entry).toBe('function');
    }
  }, 180_000);

  it('keeps the table safe: PITR, stream for the outbox, encryption, deletion protection, retained, all five indexes', () => {
    template.hasResource('AWS::DynamoDB::Table', {
      DeletionPolicy: 'Retain',
      Properties: Match.objectLike({
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
        StreamSpecification: { StreamViewType: 'NEW_AND_OLD_IMAGES' },
        SSESpecification: { SSEEnabled: true },
        DeletionProtectionEnabled: true,
        BillingMode: 'PAY_PER_REQUEST',
        GlobalSecondaryIndexes: ['GSI1', 'GSI2', 'GSI3', 'GSI4', 'GSI5'].map((name) => Match.objectLike({ IndexName: name })),
      }),
    });
  });

  it('a dev stack can be torn down', () => {
    const dev = Template.fromStack(synthesize({ 'aws:cdk:bundling-stacks': [], stage: 'dev' }).stack);
    dev.hasResource('AWS::DynamoDB::Table', { DeletionPolicy: 'Delete', Properties: Match.objectLike({ DeletionProtectionEnabled: false }) });
  });

  it('puts the JWT authorizer on every /v1 route but the OpenAPI document', () => {
    const routes = template.findResources('AWS::ApiGatewayV2::Route');
    const byKey = Object.fromEntries(Object.values(routes).map((r) => [(r as { Properties: { RouteKey: string } }).Properties.RouteKey, (r as { Properties: Record<string, unknown> }).Properties]));
    const routed = Object.values(GATEWAY_ROUTES).flatMap((list) => list.map((route) => `${route.method} ${route.path}`));
    expect(Object.keys(byKey).sort()).toEqual(['GET /v1/openapi.json', 'GET /v1/{proxy+}', 'POST /v1/{proxy+}', 'PUT /v1/{proxy+}', ...routed].sort());
    expect(routed).toContain('GET /v1/reports/annual');
    expect(byKey['GET /v1/openapi.json']!.AuthorizationType).toBe('NONE');
    for (const key of Object.keys(byKey).filter((key) => key !== 'GET /v1/openapi.json')) {
      expect(byKey[key], key).toMatchObject({ AuthorizationType: 'JWT', AuthorizerId: expect.anything() });
    }
    template.hasResourceProperties('AWS::ApiGatewayV2::Authorizer', {
      AuthorizerType: 'JWT',
      IdentitySource: ['$request.header.Authorization'],
      JwtConfiguration: { Audience: [Match.anyValue()], Issuer: Match.anyValue() },
    });
    template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      DefaultRouteSettings: { ThrottlingBurstLimit: 100, ThrottlingRateLimit: 50 },
      AccessLogSettings: { DestinationArn: Match.anyValue(), Format: Match.stringLikeRegexp('requestId') },
    });
    template.hasResourceProperties('AWS::ApiGatewayV2::Api', { CorsConfiguration: Match.objectLike({ AllowOrigins: ['https://portal.riverside.example.org'] }) });
  });

  it('sends the PDF routes to the documents function, which alone bundles the renderer, and the report routes to the reports function; and lets it read but never write the table', () => {
    const routes = Object.values(template.findResources('AWS::ApiGatewayV2::Route')) as { Properties: { RouteKey: string; Target: { 'Fn::Join': [string, unknown[]] } } }[];
    const integrations = template.findResources('AWS::ApiGatewayV2::Integration') as Record<string, { Properties: { IntegrationUri: { 'Fn::GetAtt': [string, string] } } }>;
    const functionOf = (routeKey: string) => {
      const target = JSON.stringify(routes.find((route) => route.Properties.RouteKey === routeKey)!.Properties.Target);
      const integration = Object.entries(integrations).find(([logicalId]) => target.includes(logicalId))!;
      return integration[1].Properties.IntegrationUri['Fn::GetAtt'][0];
    };
    for (const key of ['GET /v1/letters/{file}', 'POST /v1/letters/print-batch', 'GET /v1/complaints/{id}/case-file']) expect(functionOf(key)).toMatch(/^DocumentsFunction/);
    for (const key of ['GET /v1/{proxy+}', 'POST /v1/{proxy+}']) expect(functionOf(key)).toMatch(/^HttpApiFunction/);
    for (const route of GATEWAY_ROUTES.reports) expect(functionOf(`${route.method} ${route.path}`), route.path).toMatch(/^ReportsFunction/);
    template.hasResourceProperties('AWS::Lambda::Function', { Description: Match.stringLikeRegexp('complaint files as PDF'), MemorySize: 1024, Environment: { Variables: Match.objectLike({ MAIL_BUCKET: Match.anyValue() }) } });

    const documents = statementsOf(template, 'Documents');
    const tableActions = actionsOf(documents).filter((a) => a.startsWith('dynamodb:'));
    expect(tableActions).toContain('dynamodb:Query');
    expect(tableActions.filter((a) => /Put|Update|Delete|Write/.test(a))).toEqual([]);
    expect(documents.filter((s) => JSON.stringify(s.Action).includes('s3:')).map((s) => [s.Action, JSON.stringify(s.Resource).match(/\/(\w[\w-]*)\/\*/g)])).toEqual([
      ['s3:GetObject', ['/inbound/*', '/attachments/*']],
      [['s3:GetObject', 's3:PutObject'], ['/case-files/*']],
    ]);
    expect(actionsOf(documents).some((a) => a.startsWith('ses:') || a.startsWith('scheduler:') || a.startsWith('lambda:'))).toBe(false);
  });

  it('keeps landlord and roles in admin-only Cognito attributes, with MFA', () => {
    template.hasResourceProperties('AWS::Cognito::UserPool', {
      MfaConfiguration: 'ON',
      AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
      Schema: Match.arrayWith([Match.objectLike({ Name: 'landlord_id' }), Match.objectLike({ Name: 'roles' })]),
    });
    const client = Object.values(template.findResources('AWS::Cognito::UserPoolClient'))[0] as { Properties: { WriteAttributes: string[]; ReadAttributes: string[] } };
    expect(client.Properties.WriteAttributes).not.toContain('custom:landlord_id');
    expect(client.Properties.WriteAttributes).not.toContain('custom:roles');
    expect(client.Properties.ReadAttributes).toEqual(expect.arrayContaining(['custom:landlord_id', 'custom:roles']));
  });

  it('lets EventBridge Scheduler assume its role from this account, to invoke only the deadline check', () => {
    const roles = template.findResources('AWS::IAM::Role', {
      Properties: { AssumeRolePolicyDocument: { Statement: [Match.objectLike({ Principal: { Service: 'scheduler.amazonaws.com' } })] } },
    });
    expect(Object.keys(roles)).toHaveLength(1);
    const [roleId, role] = Object.entries(roles)[0]!;
    expect((role as { Properties: { AssumeRolePolicyDocument: { Statement: { Condition: unknown }[] } } }).Properties.AssumeRolePolicyDocument.Statement[0]!.Condition).toEqual({
      StringEquals: { 'aws:SourceAccount': { Ref: 'AWS::AccountId' } },
      ArnLike: { 'aws:SourceArn': { 'Fn::Join': ['', expect.arrayContaining([':schedule/HousingComplaints-prod-deadlines/*']) ] } },
    });
    const policy = Object.values(template.findResources('AWS::IAM::Policy', { Properties: { Roles: [{ Ref: roleId }] } }))[0] as {
      Properties: { PolicyDocument: { Statement: { Action: string; Resource: unknown }[] } };
    };
    const statements = policy.Properties.PolicyDocument.Statement;
    expect(statements.map((s) => s.Action)).toEqual(['lambda:InvokeFunction', 'sqs:SendMessage']);
    expect(statements[0]!.Resource).toEqual({ 'Fn::GetAtt': [expect.stringMatching(/^DeadlineCheckFunction/), 'Arn'] });
    template.hasResourceProperties('AWS::Scheduler::ScheduleGroup', { Name: 'HousingComplaints-prod-deadlines' });
  });

  it('lets only SES, from this account, write inbound mail to the bucket; rules scan for spam and viruses', () => {
    const policy = Object.values(template.findResources('AWS::S3::BucketPolicy')).find((p) =>
      JSON.stringify(p).includes('ses.amazonaws.com'),
    ) as { Properties: { PolicyDocument: { Statement: { Effect: string; Principal?: { Service?: string }; Condition?: unknown; Action: unknown }[] } } };
    const allows = policy.Properties.PolicyDocument.Statement.filter((s) => s.Effect === 'Allow');
    expect(allows).toEqual([
      expect.objectContaining({ Principal: { Service: 'ses.amazonaws.com' }, Action: 's3:PutObject', Condition: { StringEquals: { 'aws:SourceAccount': { Ref: 'AWS::AccountId' } } } }),
    ]);
    expect(policy.Properties.PolicyDocument.Statement.some((s) => s.Effect === 'Deny' && JSON.stringify(s.Condition).includes('aws:SecureTransport'))).toBe(true);
    for (const address of PROD.inboundAddresses.split(',')) {
      template.hasResourceProperties('AWS::SES::ReceiptRule', {
        Rule: Match.objectLike({
          Recipients: [address],
          ScanEnabled: true,
          TlsPolicy: 'Require',
          Actions: [Match.objectLike({ S3Action: Match.objectLike({ ObjectKeyPrefix: 'inbound/' }) }), Match.objectLike({ LambdaAction: Match.objectLike({ InvocationType: 'Event' }) })],
        }),
      });
    }
    template.hasResourceProperties('AWS::S3::Bucket', { VersioningConfiguration: { Status: 'Enabled' }, LifecycleConfiguration: Match.objectLike({ Rules: Match.anyValue() }) });
  });

  it('grants each function only what it uses', () => {
    expect(actionsOf(withoutTracing(statementsOf(template, 'DeadlineCheck'))).every((action) => action.startsWith('dynamodb:'))).toBe(true);

    const inbound = withoutTracing(statementsOf(template, 'InboundEmail'));
    expect(inbound.filter((s) => JSON.stringify(s.Action).includes('s3:'))).toEqual([
      { Action: 's3:GetObject', Effect: 'Allow', Resource: { 'Fn::Join': ['', [{ 'Fn::GetAtt': [expect.stringMatching(/^EmailMail/), 'Arn'] }, '/inbound/*']] } },
      { Action: ['s3:GetObject', 's3:PutObject'], Effect: 'Allow', Resource: { 'Fn::Join': ['', [{ 'Fn::GetAtt': [expect.stringMatching(/^EmailMail/), 'Arn'] }, '/attachments/*']] } },
    ]);
    // Beyond the table and those two prefixes: only its own failure queue (async invoke destination).
    const others = inbound.filter((s) => !actionsOf([s]).every((a) => a.startsWith('dynamodb:') || a.startsWith('s3:')));
    expect(actionsOf(others)).toEqual(['sqs:GetQueueAttributes', 'sqs:GetQueueUrl', 'sqs:SendMessage']);
    expect(JSON.stringify(others.map((s) => s.Resource))).toMatch(/OperationsInboundDeadLetters/);

    const dispatcher = statementsOf(template, 'OutboxDispatcher');
    const ses = dispatcher.find((s) => s.Action === 'ses:SendEmail')!;
    expect(JSON.stringify(ses.Resource)).toContain(':identity/complaints.riverside.example.org');
    expect(JSON.stringify(ses.Resource)).toContain(':configuration-set/');
    const scheduler = dispatcher.find((s) => Array.isArray(s.Action) && s.Action.includes('scheduler:CreateSchedule'))!;
    expect(JSON.stringify(scheduler.Resource)).toContain(':schedule/HousingComplaints-prod-deadlines/*');
    expect(dispatcher.find((s) => s.Action === 'iam:PassRole')!.Condition).toEqual({ StringEquals: { 'iam:PassedToService': 'scheduler.amazonaws.com' } });

    const api = withoutTracing(statementsOf(template, 'HttpApi'));
    expect(actionsOf(api).filter((a) => !a.startsWith('dynamodb:'))).toEqual(['lambda:InvokeFunction']);
    // The reports function reads the table and writes only in the landlord's own partition (entries) and its counters (a rebuild).
    const reports = withoutTracing(statementsOf(template, 'Reports'));
    expect(actionsOf(reports).every((action) => action.startsWith('dynamodb:'))).toBe(true);
    const writes = reports.filter((s) => actionsOf([s]).some((a) => /Put|Update|Delete|Write/.test(a)));
    const table = { 'Fn::GetAtt': [expect.stringMatching(/^DataTable/), 'Arn'] };
    const actions = ['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem'];
    expect(writes).toEqual([
      {
        Action: actions,
        Condition: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['LANDLORD#*'] }, 'ForAllValues:StringNotLike': { 'dynamodb:LeadingKeys': ['LANDLORD#*#*'] } },
        Effect: 'Allow',
        Resource: table,
      },
      { Action: actions, Condition: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['LANDLORD#*#AGG'] } }, Effect: 'Allow', Resource: table },
    ]);
    for (const name of ['DeadlineCheck', 'InboundEmail', 'HttpApi', 'Reports']) {
      expect(actionsOf(statementsOf(template, name)).some((a) => a.startsWith('ses:') || a.startsWith('scheduler:'))).toBe(false);
    }
  });

  it('carries outbox items from the stream (filtered), sweeps every minute, and alarms to a topic', () => {
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      BisectBatchOnFunctionError: true,
      FilterCriteria: { Filters: [{ Pattern: Match.stringLikeRegexp('outbox') }] },
      DestinationConfig: { OnFailure: { Destination: Match.anyValue() } },
    });
    template.hasResourceProperties('AWS::Events::Rule', { ScheduleExpression: 'rate(1 minute)' });
    template.hasResourceProperties('AWS::SNS::Subscription', { Protocol: 'email', Endpoint: 'officer@riverside.example.org' });
    const alarms = template.findResources('AWS::CloudWatch::Alarm');
    expect(Object.keys(alarms).length).toBeGreaterThanOrEqual(5 * 2 + 4); // errors and throttles per function, 4 DLQ depths
    for (const alarm of Object.values(alarms)) expect((alarm as { Properties: { AlarmActions: unknown[] } }).Properties.AlarmActions).toHaveLength(1);
  });

  it('publishes SES Send and Delivery events to the default bus, and a rule hands outbox mail of this configuration set to the send ledger', () => {
    const configurationSet = Object.keys(template.findResources('AWS::SES::ConfigurationSet'))[0]!;
    template.hasResourceProperties('AWS::SES::ConfigurationSetEventDestination', {
      ConfigurationSetName: { Ref: configurationSet },
      EventDestination: {
        Enabled: true,
        MatchingEventTypes: ['send', 'delivery'],
        EventBridgeDestination: { EventBusArn: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':events:', { Ref: 'AWS::Region' }, ':', { Ref: 'AWS::AccountId' }, ':event-bus/default']] } },
      },
    });
    const rules = template.findResources('AWS::Events::Rule', { Properties: { EventPattern: { source: ['aws.ses'] } } });
    expect(Object.keys(rules)).toHaveLength(1);
    const rule = Object.values(rules)[0] as { Properties: { EventPattern: unknown; Targets: Record<string, unknown>[]; EventBusName?: string } };
    expect(rule.Properties.EventBusName).toBeUndefined(); // the default bus
    expect(rule.Properties.EventPattern).toEqual({
      source: ['aws.ses'],
      'detail-type': ['Email Sent', 'Email Delivered'],
      detail: { mail: { tags: { 'ses:configuration-set': [{ Ref: configurationSet }], 'outbox-id': [{ exists: true }] } } },
    });
    expect(rule.Properties.Targets).toEqual([
      expect.objectContaining({
        Arn: { 'Fn::GetAtt': [expect.stringMatching(/^SesEventsFunction/), 'Arn'] },
        RetryPolicy: { MaximumRetryAttempts: 185, MaximumEventAgeInSeconds: 86_400 },
        DeadLetterConfig: { Arn: { 'Fn::GetAtt': [expect.stringMatching(/^OperationsSesEventDeadLetters/), 'Arn'] } },
      }),
    ]);
    const invokers = Object.values(template.findResources('AWS::Lambda::Permission', { Properties: { Principal: 'events.amazonaws.com' } })).map(
      (permission) => (permission as { Properties: Record<string, unknown> }).Properties,
    );
    expect(invokers).toContainEqual(
      expect.objectContaining({
        Action: 'lambda:InvokeFunction',
        FunctionName: { 'Fn::GetAtt': [expect.stringMatching(/^SesEventsFunction/), 'Arn'] },
        SourceArn: { 'Fn::GetAtt': [expect.stringMatching(/^EmailSendEventsToLedger/), 'Arn'] },
      }),
    );
  });

  it('lets only that rule put failed SES events in their dead-letter queue', () => {
    const policy = Object.entries(template.findResources('AWS::SQS::QueuePolicy')).find(([id]) => id.startsWith('OperationsSesEventDeadLetters'))![1] as {
      Properties: { PolicyDocument: { Statement: { Effect: string }[] } };
    };
    expect(policy.Properties.PolicyDocument.Statement.filter((s) => s.Effect === 'Allow')).toEqual([
      expect.objectContaining({
        Action: 'sqs:SendMessage',
        Principal: { Service: 'events.amazonaws.com' },
        Condition: { ArnEquals: { 'aws:SourceArn': { 'Fn::GetAtt': [expect.stringMatching(/^EmailSendEventsToLedger/), 'Arn'] } } },
      }),
    ]);
  });

  it('reports: the aggregate consumer takes complaint items from the stream and writes only aggregate partitions', () => {
    const statements = statementsOf(template, 'ReportAggregates').filter((s) => actionsOf([s]).some((a) => a.startsWith('dynamodb:') && !a.startsWith('dynamodb:DescribeStream') && !a.startsWith('dynamodb:GetRecords') && !a.startsWith('dynamodb:GetShardIterator') && a !== 'dynamodb:ListStreams'));
    const table = { 'Fn::GetAtt': [expect.stringMatching(/^DataTable/), 'Arn'] };
    expect(statements).toEqual([
      {
        Action: ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:ConditionCheckItem'],
        Effect: 'Allow',
        Resource: table,
        Condition: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['LANDLORD#*#AGG'] } },
      },
      { Action: 'dynamodb:GetItem', Effect: 'Allow', Resource: table, Condition: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['LANDLORD#*'] } } },
    ]);
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      FunctionName: { Ref: Match.stringLikeRegexp('^ReportAggregatesFunction') },
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      ParallelizationFactor: 1,
      FilterCriteria: { Filters: [{ Pattern: Match.stringLikeRegexp('complaint') }, { Pattern: Match.stringLikeRegexp('REMOVE') }] },
    });
  });

  it('lets the SES event consumer update items in complaint partitions of the table, nothing else', () => {
    const statements = withoutTracing(statementsOf(template, 'SesEvents'));
    expect(statements).toEqual([
      {
        Action: 'dynamodb:UpdateItem',
        Effect: 'Allow',
        Resource: { 'Fn::GetAtt': [expect.stringMatching(/^DataTable/), 'Arn'] },
        Condition: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['LANDLORD#*#COMPLAINT#*'] } },
      },
    ]);
    const fn = Object.values(template.findResources('AWS::Lambda::Function', { Properties: { Description: Match.stringLikeRegexp('SES send and delivery') } }))[0] as {
      Properties: { Environment: { Variables: Record<string, unknown> } };
    };
    expect(Object.keys(fn.Properties.Environment.Variables).sort()).toEqual(['NODE_OPTIONS', 'POWERTOOLS_LOG_LEVEL', 'POWERTOOLS_SERVICE_NAME', 'TABLE_NAME']);
    // The dispatcher tags each send and reads the record with the table access it already had.
    expect(actionsOf(statementsOf(template, 'OutboxDispatcher'))).toContain('dynamodb:GetItem');
  });

  it('traces every function (the documents and reports functions too) actively with the X-Ray SDK from one layer, each role may write only its trace segments, and EMF metrics need no permission', () => {
    const functions = Object.entries(template.findResources('AWS::Lambda::Function', { Properties: { Runtime: 'nodejs22.x' } })).filter(
      ([id]) => !id.includes('AutoDeleteObjects') && !id.includes('CustomResource'),
    );
    expect(functions).toHaveLength(8);
    for (const [, fn] of functions) expect((fn as { Properties: { TracingConfig?: unknown } }).Properties.TracingConfig).toEqual({ Mode: 'Active' });
    // Each takes the X-Ray SDK from the one tracing layer (its bundle leaves it out), built for its runtime and architecture.
    const layers = template.findResources('AWS::Lambda::LayerVersion');
    expect(Object.keys(layers)).toHaveLength(1);
    const [layerId, layer] = Object.entries(layers)[0]!;
    expect(layer).toMatchObject({ Properties: { CompatibleRuntimes: ['nodejs22.x'], CompatibleArchitectures: ['arm64'] } });
    for (const [id, fn] of functions) expect((fn as { Properties: { Layers?: unknown } }).Properties.Layers, id).toEqual([{ Ref: layerId }]);
    for (const name of ['DeadlineCheck', 'InboundEmail', 'OutboxDispatcher', 'SesEvents', 'ReportAggregates', 'HttpApi', 'Documents', 'Reports']) {
      const statements = statementsOf(template, name);
      expect(statements.filter((s) => JSON.stringify(s) === JSON.stringify(TRACING)), name).toHaveLength(1);
      // Only the tracing statement may touch X-Ray; metrics leave as log lines (EMF), never PutMetricData.
      expect(actionsOf(withoutTracing(statements)).filter((a) => a.startsWith('xray:') || a.startsWith('cloudwatch:')), name).toEqual([]);
      // ComplaintFunction acknowledges nag's Resource::* finding for tracing: nothing else may use '*'
      // but the stream event source's ListStreams (which has no resource-level permissions either).
      for (const action of actionsOf(withoutTracing(statements).filter((s) => s.Resource === '*'))) expect(action, name).toBe('dynamodb:ListStreams');
    }
  });

  it('alarms on missed deadlines above the threshold set in context, to the alarm topic', () => {
    const topic = Object.keys(template.findResources('AWS::SNS::Topic'))[0]!;
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'HousingComplaints',
      MetricName: 'DeadlinesMissed',
      Dimensions: [{ Name: 'service', Value: 'housing-complaints' }],
      Statistic: 'Sum',
      Period: 86_400,
      Threshold: 5,
      ComparisonOperator: 'GreaterThanThreshold',
      AlarmActions: [{ Ref: topic }],
    });
    const settings = (context: Record<string, unknown>) => settingsFromContext(new App({ context }).node);
    expect(settings({}).missedDeadlineAlarmThreshold).toBe(0);
    expect(settings({ missedDeadlineAlarmThreshold: 12 }).missedDeadlineAlarmThreshold).toBe(12);
    for (const bad of ['-1', '2.5', 'many', -3, '']) {
      expect(() => settings({ missedDeadlineAlarmThreshold: bad }), String(bad)).toThrow(/missedDeadlineAlarmThreshold must be a whole number/);
    }
  });

  it('a dashboard shows every business metric the functions emit, and every alarm of the stack', () => {
    const dashboards = Object.values(template.findResources('AWS::CloudWatch::Dashboard'));
    expect(dashboards).toHaveLength(1);
    // The body is a JSON string joined around tokens (region, alarm ARNs): put a name in each token and read it.
    const parts = (dashboards[0] as { Properties: { DashboardBody: { 'Fn::Join': [string, unknown[]] } } }).Properties.DashboardBody['Fn::Join'][1];
    const text = parts.map((part) => (typeof part === 'string' ? part : `<${(part as { 'Fn::GetAtt'?: string[] })['Fn::GetAtt']?.[0] ?? 'ref'}>`)).join('');
    const widgets = (JSON.parse(text) as { widgets: { type: string; properties: { metrics?: unknown[][]; alarms?: string[] } }[] }).widgets;
    const series = widgets.flatMap((widget) => widget.properties.metrics ?? []);
    for (const [name, { dimension }] of Object.entries(BUSINESS_METRICS)) {
      expect(series, name).toContainEqual([expect.objectContaining({ expression: `SEARCH('{HousingComplaints,service,${dimension}} MetricName="${name}"', 'Sum', 300)` })]);
    }
    for (const name of ['LettersSent', 'LettersRetried', 'LettersFailed']) expect(series).toContainEqual(['HousingComplaints', name, 'service', 'housing-complaints', { stat: 'Sum' }]);
    const alarms = Object.keys(template.findResources('AWS::CloudWatch::Alarm'));
    expect(alarms.length).toBeGreaterThanOrEqual(6 * 2 + 5 + 1);
    const shown = widgets.filter((widget) => widget.type === 'alarm').flatMap((widget) => widget.properties.alarms ?? []);
    expect([...shown].sort()).toEqual(alarms.map((id) => `<${id}>`).sort());
  });
});
