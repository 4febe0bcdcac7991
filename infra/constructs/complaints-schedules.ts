import { Duration, Stack, Validations } from 'aws-cdk-lib';
import { Effect, PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { CfnScheduleGroup } from 'aws-cdk-lib/aws-scheduler';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

/**
 * The schedule group per-complaint deadline schedules live in, the role EventBridge Scheduler assumes
 * (it may invoke the deadline-check function and nothing else), and the queue for firings that fail.
 */
export class ComplaintsSchedules extends Construct {
  readonly groupName: string;
  readonly groupArn: string;
  readonly role: Role;
  readonly deadLetters: Queue;

  constructor(scope: Construct, id: string, props: { deadlineCheck: IFunction }) {
    super(scope, id);
    const stack = Stack.of(this);
    this.groupName = `${stack.stackName}-deadlines`;
    const group = new CfnScheduleGroup(this, 'Group', { name: this.groupName });
    this.groupArn = group.attrArn;
    this.deadLetters = new Queue(this, 'DeadLetters', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    Validations.of(this.deadLetters).acknowledge({ id: 'AwsSolutions-SQS3', reason: 'This queue is itself the dead-letter queue for deadline firings.' });

    this.role = new Role(this, 'InvokeRole', {
      description: 'Assumed by EventBridge Scheduler to run deadline checks',
      assumedBy: new ServicePrincipal('scheduler.amazonaws.com', {
        conditions: {
          StringEquals: { 'aws:SourceAccount': stack.account },
          ArnLike: { 'aws:SourceArn': `arn:${stack.partition}:scheduler:${stack.region}:${stack.account}:schedule/${this.groupName}/*` },
        },
      }),
    });
    this.role.addToPolicy(new PolicyStatement({ effect: Effect.ALLOW, actions: ['lambda:InvokeFunction'], resources: [props.deadlineCheck.functionArn] }));
    this.role.addToPolicy(new PolicyStatement({ effect: Effect.ALLOW, actions: ['sqs:SendMessage'], resources: [this.deadLetters.queueArn] }));
  }

  /** What the outbox dispatcher may do: manage schedules in this group only, and pass only this role. */
  grantManage(grantee: IFunction): void {
    const stack = Stack.of(this);
    grantee.addToRolePolicy(
      new PolicyStatement({
        actions: ['scheduler:CreateSchedule', 'scheduler:UpdateSchedule', 'scheduler:DeleteSchedule'],
        resources: [`arn:${stack.partition}:scheduler:${stack.region}:${stack.account}:schedule/${this.groupName}/*`],
      }),
    );
    grantee.addToRolePolicy(
      new PolicyStatement({
        actions: ['iam:PassRole'],
        resources: [this.role.roleArn],
        conditions: { StringEquals: { 'iam:PassedToService': 'scheduler.amazonaws.com' } },
      }),
    );
  }
}
