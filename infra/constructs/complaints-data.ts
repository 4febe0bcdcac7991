import { RemovalPolicy } from 'aws-cdk-lib';
import { AttributeType, BillingMode, ProjectionType, StreamViewType, Table, TableEncryption } from 'aws-cdk-lib/aws-dynamodb';
import { Construct } from 'constructs';
import { GSI, INDEX_PROJECTIONS } from '../../functions/adapters/table-design.js';

export interface ComplaintsDataProps {
  /** Outside dev: deletion protection on and the table kept if the stack goes. */
  protect: boolean;
}

/** The one table (see ARCHITECTURE.md), with the same keys and indexes the local stack creates. */
export class ComplaintsData extends Construct {
  readonly table: Table;

  constructor(scope: Construct, id: string, props: ComplaintsDataProps) {
    super(scope, id);
    this.table = new Table(this, 'Table', {
      partitionKey: { name: 'PK', type: AttributeType.STRING },
      sortKey: { name: 'SK', type: AttributeType.STRING },
      billingMode: BillingMode.PAY_PER_REQUEST,
      // The outbox dispatcher reads new outbox items from the stream.
      stream: StreamViewType.NEW_AND_OLD_IMAGES,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      encryption: TableEncryption.AWS_MANAGED,
      deletionProtection: props.protect,
      removalPolicy: props.protect ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });
    // Each index projects only what its query reads (table-design.ts, the same definition the local table uses).
    for (const indexName of Object.values(GSI)) {
      const projection = INDEX_PROJECTIONS[indexName];
      this.table.addGlobalSecondaryIndex({
        indexName,
        partitionKey: { name: `${indexName}PK`, type: AttributeType.STRING },
        sortKey: { name: `${indexName}SK`, type: AttributeType.STRING },
        ...(projection.ProjectionType === 'INCLUDE'
          ? { projectionType: ProjectionType.INCLUDE, nonKeyAttributes: projection.NonKeyAttributes }
          : { projectionType: ProjectionType.KEYS_ONLY }),
      });
    }
  }
}
