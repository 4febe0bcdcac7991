import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { traced } from '../shared/tracer.js';

/** One document client per process (cold start), never per call. */
export function createDocumentClient(endpoint?: string): DynamoDBDocumentClient {
  const client = traced(new DynamoDBClient(
    endpoint
      ? // DynamoDB Local accepts any credentials; fixed ones keep the local stack free of an AWS account.
        { endpoint, region: 'eu-west-2', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } }
      : {},
  ));
  return DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
  });
}
