import { Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import { EventBus, Rule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { BlockPublicAccess, Bucket, BucketEncryption, StorageClass } from 'aws-cdk-lib/aws-s3';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { ConfigurationSet, EmailIdentity, EmailSendingEvent, EventDestination, Identity, ReceiptRuleSet, TlsPolicy } from 'aws-cdk-lib/aws-ses';
import { Lambda as LambdaAction, LambdaInvocationType, S3 as S3Action } from 'aws-cdk-lib/aws-ses-actions';
import { Construct } from 'constructs';
import { SEND_TAGS } from '../../functions/adapters/ses-send-tags.js';

export const INBOUND_PREFIX = 'inbound/';

export interface ComplaintsEmailProps {
  sendingDomain: string;
  protect: boolean;
}

/**
 * Sending: the SES domain identity and a configuration set. Receiving: a receipt rule set with a
 * rule per inbound address (spam and virus scanning on, TLS required) that stores the raw message in
 * an encrypted bucket and then invokes the inbound function.
 */
export class ComplaintsEmail extends Construct {
  readonly bucket: Bucket;
  readonly identity: EmailIdentity;
  readonly configurationSet: ConfigurationSet;
  readonly ruleSet: ReceiptRuleSet;

  constructor(scope: Construct, id: string, props: ComplaintsEmailProps) {
    super(scope, id);
    const removalPolicy = props.protect ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY;
    this.configurationSet = new ConfigurationSet(this, 'Sending', { reputationMetrics: true, sendingEnabled: true });
    this.identity = new EmailIdentity(this, 'Domain', { identity: Identity.domain(props.sendingDomain), configurationSet: this.configurationSet });

    const accessLogs = new Bucket(this, 'AccessLogs', {
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      lifecycleRules: [{ expiration: Duration.days(365) }],
      removalPolicy,
      autoDeleteObjects: !props.protect,
    });
    Validations.of(accessLogs).acknowledge({ id: 'AwsSolutions-S1', reason: 'This is the access-log bucket; logging it to itself would loop.' });

    // Raw mail and attachments are part of the complaint record (5.12): kept, moved to cheaper storage.
    this.bucket = new Bucket(this, 'Mail', {
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      versioned: true,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      serverAccessLogsBucket: accessLogs,
      serverAccessLogsPrefix: 'mail/',
      lifecycleRules: [
        {
          transitions: [
            { storageClass: StorageClass.INFREQUENT_ACCESS, transitionAfter: Duration.days(90) },
            { storageClass: StorageClass.GLACIER_INSTANT_RETRIEVAL, transitionAfter: Duration.days(365) },
          ],
          noncurrentVersionExpiration: Duration.days(30),
          abortIncompleteMultipartUploadAfter: Duration.days(7),
        },
      ],
      removalPolicy,
      autoDeleteObjects: !props.protect,
    });
    this.ruleSet = new ReceiptRuleSet(this, 'Receiving', { receiptRuleSetName: `${Stack.of(this).stackName}-inbound` });
  }

  /**
   * SES's own word on each outbox send: the configuration set publishes Send and Delivery events to
   * the default event bus (the only bus SES can publish to), and a rule hands those of outbox mail
   * (tagged with an outbox id) from this configuration set to the consumer, which files them under the
   * outbox id. EventBridge retries a failing consumer for up to a day, then parks the event in the
   * dead-letter queue; a record that arrives after a lease has lapsed can no longer stop a resend.
   */
  recordSendsWith(consumer: IFunction, deadLetters: IQueue): Rule {
    this.configurationSet.addEventDestination('SendEvents', {
      destination: EventDestination.eventBus(EventBus.fromEventBusName(this, 'DefaultBus', 'default')),
      events: [EmailSendingEvent.SEND, EmailSendingEvent.DELIVERY],
    });
    return new Rule(this, 'SendEventsToLedger', {
      description: 'SES Send and Delivery events of outbox mail, to the send ledger',
      eventPattern: {
        source: ['aws.ses'],
        detailType: ['Email Sent', 'Email Delivered'],
        detail: {
          mail: {
            tags: {
              'ses:configuration-set': [this.configurationSet.configurationSetName],
              [SEND_TAGS.outbox]: [{ exists: true }],
            },
          },
        },
      },
      targets: [new LambdaFunction(consumer, { deadLetterQueue: deadLetters, retryAttempts: 185, maxEventAge: Duration.hours(24) })],
    });
  }

  /** A rule per address: store the raw message, then hand it to the inbound function. */
  receiveWith(inbound: IFunction, addresses: string[]): void {
    addresses.forEach((address, index) => {
      this.ruleSet.addRule(`Inbound${index}`, {
        recipients: [address],
        scanEnabled: true,
        tlsPolicy: TlsPolicy.REQUIRE,
        actions: [
          new S3Action({ bucket: this.bucket, objectKeyPrefix: INBOUND_PREFIX }),
          new LambdaAction({ function: inbound, invocationType: LambdaInvocationType.EVENT }),
        ],
      });
    });
  }
}
