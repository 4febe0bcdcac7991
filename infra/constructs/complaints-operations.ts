import { Duration, Validations } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, TreatMissingData, type IMetric } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { Alias } from 'aws-cdk-lib/aws-kms';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

/** Dead-letter queues for the asynchronous paths and alarms to a topic the complaints officer can follow. */
export class ComplaintsOperations extends Construct {
  readonly alarms: Topic;

  constructor(scope: Construct, id: string, props: { alarmEmail?: string }) {
    super(scope, id);
    this.alarms = new Topic(this, 'Alarms', {
      displayName: 'Housing complaints alarms',
      masterKey: Alias.fromAliasName(this, 'SnsKey', 'alias/aws/sns'),
      enforceSSL: true,
    });
    if (props.alarmEmail) this.alarms.addSubscription(new EmailSubscription(props.alarmEmail));
  }

  deadLetterQueue(id: string): Queue {
    const queue = new Queue(this, id, { encryption: QueueEncryption.SQS_MANAGED, enforceSSL: true, retentionPeriod: Duration.days(14) });
    Validations.of(queue).acknowledge({ id: 'AwsSolutions-SQS3', reason: 'This queue is itself a dead-letter queue.' });
    this.alarmOn(`${id}Depth`, queue.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5) }), 'Messages waiting in a dead-letter queue');
    return queue;
  }

  watchFunction(id: string, fn: IFunction): void {
    this.alarmOn(`${id}Errors`, fn.metricErrors({ period: Duration.minutes(5) }), `${id}: function errors`);
    this.alarmOn(`${id}Throttles`, fn.metricThrottles({ period: Duration.minutes(5) }), `${id}: function throttled`);
  }

  alarmOn(id: string, metric: IMetric, description: string): Alarm {
    const alarm = new Alarm(this, id, {
      metric,
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: TreatMissingData.NOT_BREACHING,
      alarmDescription: description,
    });
    alarm.addAlarmAction(new SnsAction(this.alarms));
    return alarm;
  }
}
