import { Duration, Stack } from 'aws-cdk-lib';
import {
  Alarm,
  AlarmStatusWidget,
  AlarmWidget,
  ComparisonOperator,
  Dashboard,
  GraphWidget,
  MathExpression,
  Metric,
  TextWidget,
  TreatMissingData,
  type IAlarm,
  type IWidget,
} from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';
import { BUSINESS_METRICS, METRICS_NAMESPACE, METRICS_SERVICE, type BusinessMetric } from '../../functions/shared/metric-names.js';

export interface ComplaintsDashboardProps {
  /** The alarm topic the missed-deadline alarm publishes to (the operations construct's). */
  alarmTopic: ITopic;
  /** From context: the alarm goes off when more than this many deadlines are missed in a day. */
  missedDeadlineAlarmThreshold: number;
}

const PERIOD = Duration.minutes(5);

/** A metric's total: the [service] dimension set every EMF record carries (functions/shared/metrics.ts). */
export function businessMetric(name: BusinessMetric, period: Duration = PERIOD): Metric {
  return new Metric({ namespace: METRICS_NAMESPACE, metricName: name, dimensionsMap: { service: METRICS_SERVICE }, statistic: 'Sum', period });
}

/** One line per value of the metric's dimension, whatever values appear (channels, letter kinds, steps). */
function breakdown(name: BusinessMetric, prefix = ''): MathExpression {
  const { dimension } = BUSINESS_METRICS[name];
  return new MathExpression({
    expression: `SEARCH('{${METRICS_NAMESPACE},service,${dimension}} MetricName="${name}"', 'Sum', ${PERIOD.toSeconds()})`,
    usingMetrics: {},
    // A dynamic label: each line is named by its dimension value (email, receipt, stage1-response).
    label: `${prefix}\${PROP('Dim.${dimension}')}`,
    period: PERIOD,
  });
}

function graph(title: string, name: BusinessMetric): GraphWidget {
  return new GraphWidget({ title, left: [breakdown(name)], width: 12, height: 6, leftYAxis: { min: 0 } });
}

/**
 * The operator's view: the business metrics the functions emit and every alarm of the stack, with an
 * alarm on missed deadlines at the landlord's threshold. Made last in the stack, so it finds every alarm.
 */
export class ComplaintsDashboard extends Construct {
  readonly dashboard: Dashboard;
  readonly missedDeadlines: Alarm;

  constructor(scope: Construct, id: string, props: ComplaintsDashboardProps) {
    super(scope, id);
    const stack = Stack.of(this);
    const existing = stack.node.findAll().filter((construct): construct is Alarm => construct instanceof Alarm);

    this.missedDeadlines = new Alarm(this, 'MissedDeadlines', {
      metric: businessMetric('DeadlinesMissed', Duration.days(1)),
      threshold: props.missedDeadlineAlarmThreshold,
      comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods: 1,
      treatMissingData: TreatMissingData.NOT_BREACHING,
      alarmDescription: `More than ${props.missedDeadlineAlarmThreshold} complaint deadlines missed in a day (context missedDeadlineAlarmThreshold)`,
    });
    this.missedDeadlines.addAlarmAction(new SnsAction(props.alarmTopic));
    const alarms: IAlarm[] = [this.missedDeadlines, ...existing];

    const widgets: IWidget[][] = [
      [new TextWidget({ markdown: `## Housing complaints (${stack.stackName})\nBusiness metrics (namespace \`${METRICS_NAMESPACE}\`, 5-minute sums) and every alarm of the stack.`, width: 24, height: 2 })],
      [graph('Complaints logged, by channel', 'ComplaintsLogged'), graph('Transitions, by kind', 'Transitions')],
      [
        new GraphWidget({
          title: 'Letters: sent, retried, failed',
          left: [businessMetric('LettersSent'), businessMetric('LettersRetried'), businessMetric('LettersFailed')],
          width: 12,
          height: 6,
          leftYAxis: { min: 0 },
        }),
        new GraphWidget({
          title: 'Letters by kind: sent, retried, failed',
          left: [breakdown('LettersSent', 'sent '), breakdown('LettersRetried', 'retried '), breakdown('LettersFailed', 'failed ')],
          width: 12,
          height: 6,
          leftYAxis: { min: 0 },
        }),
      ],
      [graph('Deadlines missed, by step', 'DeadlinesMissed'), new AlarmWidget({ title: 'Deadlines missed per day, against the alarm threshold', alarm: this.missedDeadlines, width: 12, height: 6 })],
      [graph('Mail quarantined, by reason', 'MailQuarantined'), graph('EventBridge Scheduler calls, by operation', 'ScheduleCalls')],
      [new AlarmStatusWidget({ title: 'Alarms', alarms, width: 24, height: Math.max(3, Math.ceil(alarms.length / 4) + 1) })],
    ];
    this.dashboard = new Dashboard(this, 'Dashboard', { dashboardName: `${stack.stackName}-operations`, widgets, defaultInterval: Duration.days(7) });
  }
}
