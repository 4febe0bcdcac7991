import { CfnOutput, Duration, RemovalPolicy, Stack, Validations, type CfnElement, type StackProps } from 'aws-cdk-lib';
import { Rule, RuleTargetInput, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { FilterCriteria, FilterRule, StartingPosition, type IFunction } from 'aws-cdk-lib/aws-lambda';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import { DynamoEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import type { Construct, IConstruct } from 'constructs';
import type { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { ComplaintFunction, type ComplaintFunctionProps } from '../constructs/complaint-function.js';
import { ComplaintsApi } from '../constructs/complaints-api.js';
import { ComplaintsDashboard } from '../constructs/complaints-dashboard.js';
import { ComplaintsData } from '../constructs/complaints-data.js';
import { ComplaintsEmail, INBOUND_PREFIX } from '../constructs/complaints-email.js';
import { ComplaintsOperations } from '../constructs/complaints-operations.js';
import { ComplaintsSchedules } from '../constructs/complaints-schedules.js';
import type { DeploymentSettings } from '../deployment-settings.js';

/** Everything the product runs on in one AWS account and region. */
export class ComplaintsStack extends Stack {
  /** The functions/ entry points this stack deploys (a test checks none is left out). */
  readonly functionEntries: string[] = [];
  readonly data: ComplaintsData;
  readonly api: ComplaintsApi;
  readonly email: ComplaintsEmail;
  readonly schedules: ComplaintsSchedules;
  readonly operations: ComplaintsOperations;
  readonly dashboard: ComplaintsDashboard;

  constructor(scope: Construct, id: string, settings: DeploymentSettings, props?: StackProps) {
    super(scope, id, props);
    const protect = settings.stage !== 'dev';
    this.data = new ComplaintsData(this, 'Data', { protect });
    this.email = new ComplaintsEmail(this, 'Email', { sendingDomain: settings.sendingDomain, protect });
    this.operations = new ComplaintsOperations(this, 'Operations', settings.alarmEmail ? { alarmEmail: settings.alarmEmail } : {});

    const common = {
      TABLE_NAME: this.data.table.tableName,
      MAIL_BUCKET: this.email.bucket.bucketName,
      DEFAULT_FROM_ADDRESS: settings.fromAddress,
    };
    const lambda = (name: string, entry: string, description: string, environment: Record<string, string> = {}, timeout?: Duration) => {
      const fn = this.deployFunction(name, { entry, description, environment: { ...common, ...environment }, ...(timeout && { timeout }) }, settings, protect);
      this.data.table.grantReadWriteData(fn);
      return fn;
    };

    const deadlineCheck = lambda('DeadlineCheck', 'deadline-check', 'Runs a deadline reminder or check fired by EventBridge Scheduler');
    this.schedules = new ComplaintsSchedules(this, 'Schedules', { deadlineCheck });

    const inbound = lambda('InboundEmail', 'inbound-email', 'Logs emails SES receives as complaints or correspondence', { INBOUND_PREFIX }, Duration.minutes(2));
    // Exactly the objects it touches: reads raw mail SES stored, writes the attachments it takes out,
    // and signs officers' short-lived download links to both (a link carries this role's access).
    inbound.addToRolePolicy(new PolicyStatement({ actions: ['s3:GetObject'], resources: [this.email.bucket.arnForObjects(`${INBOUND_PREFIX}*`)] }));
    inbound.addToRolePolicy(new PolicyStatement({ actions: ['s3:GetObject', 's3:PutObject'], resources: [this.email.bucket.arnForObjects('attachments/*')] }));
    inbound.configureAsyncInvoke({ retryAttempts: 2, onFailure: new SqsDestination(this.operations.deadLetterQueue('InboundDeadLetters')) });
    this.email.receiveWith(inbound, settings.inboundAddresses);

    const dispatcher = lambda('OutboxDispatcher', 'outbox-dispatcher', 'Sends outbox letters with SES and moves deadline schedules', {
      SES_CONFIGURATION_SET: this.email.configurationSet.configurationSetName,
      SCHEDULE_GROUP: this.schedules.groupName,
      DEADLINE_CHECK_ARN: deadlineCheck.functionArn,
      SCHEDULER_ROLE_ARN: this.schedules.role.roleArn,
      SCHEDULE_DLQ_ARN: this.schedules.deadLetters.queueArn,
    });
    dispatcher.addToRolePolicy(
      new PolicyStatement({
        actions: ['ses:SendEmail'],
        resources: [
          `arn:${this.partition}:ses:${this.region}:${this.account}:identity/${settings.sendingDomain}`,
          `arn:${this.partition}:ses:${this.region}:${this.account}:configuration-set/${this.email.configurationSet.configurationSetName}`,
        ],
      }),
    );
    this.schedules.grantManage(dispatcher);

    // SES's Send and Delivery events, filed under the outbox id: what a reclaimed letter checks first.
    const sesEvents = this.deployFunction(
      'SesEvents',
      { entry: 'ses-events', description: 'Records SES send and delivery events of outbox mail (the send ledger)', environment: { TABLE_NAME: this.data.table.tableName } },
      settings,
      protect,
    );
    // One action, and only on items in a complaint's partition (where the record sits beside its message).
    sesEvents.addToRolePolicy(
      new PolicyStatement({
        actions: ['dynamodb:UpdateItem'],
        resources: [this.data.table.tableArn],
        conditions: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['LANDLORD#*#COMPLAINT#*'] } },
      }),
    );
    this.email.recordSendsWith(sesEvents, this.operations.deadLetterQueue('SesEventDeadLetters'));
    // New outbox items are carried out at once from the stream; a sweep every minute retries.
    dispatcher.addEventSource(
      new DynamoEventSource(this.data.table, {
        startingPosition: StartingPosition.LATEST,
        batchSize: 25,
        bisectBatchOnError: true,
        retryAttempts: 3,
        reportBatchItemFailures: true,
        onFailure: new SqsDlq(this.operations.deadLetterQueue('DispatcherDeadLetters')),
        filters: [FilterCriteria.filter({ dynamodb: { NewImage: { entity: { S: FilterRule.isEqual('outbox') }, status: { S: FilterRule.isEqual('pending') } } } })],
      }),
    );
    this.reportAggregates(settings, protect);
    new Rule(this, 'OutboxSweep', {
      description: 'Retries outbox messages whose backoff has passed',
      schedule: Schedule.rate(Duration.minutes(1)),
      targets: [new LambdaFunction(dispatcher, { event: RuleTargetInput.fromObject({ sweep: true }) })],
    });
    this.operations.alarmOn('ScheduleDeadLetterDepth', this.schedules.deadLetters.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5) }), 'Deadline firings that failed');

    const httpApi = lambda('HttpApi', 'http-api', 'The complaints HTTP API v1', { INBOUND_FUNCTION_NAME: inbound.functionName });
    // Releasing quarantined mail runs the inbound intake: this function, no version or alias.
    httpApi.addToRolePolicy(new PolicyStatement({ actions: ['lambda:InvokeFunction'], resources: [inbound.functionArn] }));
    const documents = this.documentsFunction(settings, protect);
    const reports = this.reportsFunction(settings, protect);
    this.api = new ComplaintsApi(this, 'Api', { handler: httpApi, routed: { documents, reports }, portalOrigins: settings.portalOrigins, protect, logRetentionDays: settings.logRetentionDays });
    this.acknowledgeScopedWildcards({ httpApi, inbound, dispatcher, deadlineCheck, documents, reports });
    // Last of the resources: the dashboard shows every alarm made before it.
    this.dashboard = new ComplaintsDashboard(this, 'Dashboard', { alarmTopic: this.operations.alarms, missedDeadlineAlarmThreshold: settings.missedDeadlineAlarmThreshold });

    const output = (name: string, value: string, description: string) => new CfnOutput(this, name, { value, description });
    output('ApiUrl', this.api.api.apiEndpoint, 'Base URL of the HTTP API (routes under /v1)');
    output('UserPoolId', this.api.userPool.userPoolId, 'Cognito user pool for landlord staff');
    output('UserPoolClientId', this.api.client.userPoolClientId, 'App client portals sign in with (its ID tokens are the bearer tokens)');
    output('ReceiptRuleSetName', this.email.ruleSet.receiptRuleSetName, 'Activate with: aws ses set-active-receipt-rule-set --rule-set-name <this>');
    output('MailBucket', this.email.bucket.bucketName, 'Raw inbound mail (inbound/) and attachments (attachments/)');
    output('AlarmTopicArn', this.operations.alarms.topicArn, 'Alarms: function errors and throttles, dead-letter queue depth');
    output('TableName', this.data.table.tableName, 'The complaints table');
    output('DashboardName', this.dashboard.dashboard.dashboardName, 'CloudWatch dashboard: business metrics and every alarm');
  }

  /**
   * One entry point with the stack's log retention and removal policy, listed among the deployed entries and
   * watched by the operations alarms. What it may touch is granted by name where it is made.
   */
  private deployFunction(name: string, props: Omit<ComplaintFunctionProps, 'logRetentionDays' | 'removalPolicy'>, settings: DeploymentSettings, protect: boolean): NodejsFunction {
    const fn = new ComplaintFunction(this, name, { ...props, logRetentionDays: settings.logRetentionDays, removalPolicy: protect ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY }).fn;
    this.functionEntries.push(props.entry);
    this.operations.watchFunction(name, fn);
    return fn;
  }

  /**
   * Report counters kept from the same stream, filtered to complaint items: reads and writes only the
   * landlords' aggregate partitions (LANDLORD#<id>#AGG) and reads the landlord's settings (its zone).
   */
  private reportAggregates(settings: DeploymentSettings, protect: boolean): void {
    const fn = this.deployFunction(
      'ReportAggregates',
      { entry: 'report-aggregates', description: 'Keeps report counters per landlord and day from complaint changes (idempotent by version)', environment: { TABLE_NAME: this.data.table.tableName } },
      settings,
      protect,
    );
    fn.addToRolePolicy(
      new PolicyStatement({
        actions: ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:ConditionCheckItem'],
        resources: [this.data.table.tableArn],
        conditions: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['LANDLORD#*#AGG'] } },
      }),
    );
    fn.addToRolePolicy(
      new PolicyStatement({
        actions: ['dynamodb:GetItem'],
        resources: [this.data.table.tableArn],
        conditions: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['LANDLORD#*'] } },
      }),
    );
    const complaint = { entity: { S: FilterRule.isEqual('complaint') } };
    fn.addEventSource(
      new DynamoEventSource(this.data.table, {
        startingPosition: StartingPosition.TRIM_HORIZON,
        batchSize: 50,
        bisectBatchOnError: true,
        retryAttempts: 5,
        reportBatchItemFailures: true,
        // One complaint's records are in order on one shard: no parallel batches per shard, so versions arrive in order.
        parallelizationFactor: 1,
        onFailure: new SqsDlq(this.operations.deadLetterQueue('ReportAggregatesDeadLetters')),
        filters: [FilterCriteria.filter({ dynamodb: { NewImage: complaint } }), FilterCriteria.filter({ eventName: FilterRule.isEqual('REMOVE'), dynamodb: { OldImage: complaint } })],
      }),
    );
    Validations.of(fn).acknowledge({ id: 'AwsSolutions-IAM5[Resource::*]', reason: 'dynamodb:ListStreams has no resource-level permissions; the stream event source needs it.' });
  }

  /**
   * The reports, the self-assessment and the landlord's Ombudsman records run in a function of their own:
   * their builders, pages and stores stay out of the API's bundle and cold start, and a report that reads
   * a year of counters gets more memory without the API paying for it. It reads the table and writes
   * only in two kinds of partition: the landlord's own (LANDLORD#<id>: report entries and their audit,
   * beside the settings and staff) and its counters (LANDLORD#<id>#AGG, on a rebuild). Landlord ids hold
   * no '#', so `LANDLORD#*` without a further '#' is exactly the first: no complaint, service request or
   * index partition.
   */
  private reportsFunction(settings: DeploymentSettings, protect: boolean): IFunction {
    const fn = this.deployFunction(
      'Reports',
      {
        entry: 'reports',
        description: 'The annual, governance and TSM reports, the self-assessment and Ombudsman records about the landlord',
        // The core composition reads DEFAULT_FROM_ADDRESS at cold start, though reports send no mail.
        environment: { TABLE_NAME: this.data.table.tableName, DEFAULT_FROM_ADDRESS: settings.fromAddress },
        memorySize: 1024,
      },
      settings,
      protect,
    );
    this.data.table.grantReadData(fn);
    const writes = ['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem'];
    fn.addToRolePolicy(
      new PolicyStatement({
        actions: writes,
        resources: [this.data.table.tableArn],
        conditions: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['LANDLORD#*'] }, 'ForAllValues:StringNotLike': { 'dynamodb:LeadingKeys': ['LANDLORD#*#*'] } },
      }),
    );
    fn.addToRolePolicy(
      new PolicyStatement({ actions: writes, resources: [this.data.table.tableArn], conditions: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['LANDLORD#*#AGG'] } } }),
    );
    return fn;
  }

  /**
   * The PDF routes (a letter, a print run, the complaint file) run in a function of their own, so pdf-lib
   * and the zip library stay out of the API's bundle. It reads the table (never writes it) and stored
   * mail, and writes only oversized case files it then links to.
   */
  private documentsFunction(settings: DeploymentSettings, protect: boolean): IFunction {
    const fn = this.deployFunction(
      'Documents',
      {
        entry: 'documents',
        description: 'Renders posted letters, print runs and complaint files as PDF (and zip)',
        environment: { TABLE_NAME: this.data.table.tableName, MAIL_BUCKET: this.email.bucket.bucketName, DEFAULT_FROM_ADDRESS: settings.fromAddress },
        memorySize: 1024,
      },
      settings,
      protect,
    );
    this.data.table.grantReadData(fn);
    fn.addToRolePolicy(new PolicyStatement({ actions: ['s3:GetObject'], resources: [this.email.bucket.arnForObjects(`${INBOUND_PREFIX}*`), this.email.bucket.arnForObjects('attachments/*')] }));
    fn.addToRolePolicy(new PolicyStatement({ actions: ['s3:GetObject', 's3:PutObject'], resources: [this.email.bucket.arnForObjects('case-files/*')] }));
    const id = (construct: IConstruct) => this.getLogicalId(construct.node.defaultChild as CfnElement);
    const bucket = id(this.email.bucket);
    Validations.of(fn).acknowledge(
      { id: `AwsSolutions-IAM5[Resource::<${bucket}.Arn>/${INBOUND_PREFIX}*]`, reason: 'Reads the raw messages of a complaint for its case file, one object per message.' },
      { id: `AwsSolutions-IAM5[Resource::<${bucket}.Arn>/attachments/*]`, reason: 'Reads the attachments of a complaint for its case file.' },
      { id: `AwsSolutions-IAM5[Resource::<${bucket}.Arn>/case-files/*]`, reason: 'Writes a case file too large for a Lambda answer, and signs the short-lived link to it.' },
    );
    return fn;
  }

  /** Each wildcard nag finds is scoped to this stack's own resources; acknowledged one by one, with why. */
  private acknowledgeScopedWildcards(fns: Record<'httpApi' | 'inbound' | 'dispatcher' | 'deadlineCheck' | 'documents' | 'reports', IFunction>): void {
    const id = (construct: IConstruct) => this.getLogicalId(construct.node.defaultChild as CfnElement);
    const indexes = {
      id: `AwsSolutions-IAM5[Resource::<${id(this.data.table)}.Arn>/index/*]`,
      reason: 'Queries use the table’s own indexes (index/*), never another table.',
    };
    for (const fn of Object.values(fns)) Validations.of(fn).acknowledge(indexes);
    const bucket = id(this.email.bucket);
    Validations.of(fns.inbound).acknowledge(
      { id: `AwsSolutions-IAM5[Resource::<${bucket}.Arn>/${INBOUND_PREFIX}*]`, reason: 'Reads the raw messages SES stores under inbound/, one object per message.' },
      { id: `AwsSolutions-IAM5[Resource::<${bucket}.Arn>/attachments/*]`, reason: 'Writes attachments under attachments/, one object each.' },
    );
    Validations.of(fns.dispatcher).acknowledge(
      {
        id: `AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:scheduler:<AWS::Region>:<AWS::AccountId>:schedule/${this.schedules.groupName}/*]`,
        reason: 'Creates, moves and deletes one-time schedules in this stack’s group only; names are per complaint.',
      },
      { id: 'AwsSolutions-IAM5[Resource::*]', reason: 'dynamodb:ListStreams has no resource-level permissions; the stream event source needs it.' },
    );

  }
}
