import { Logger } from '@aws-lambda-powertools/logger';

/** The one logger every entry point uses; its middleware adds the Lambda request id to each line. */
export const logger = new Logger({ serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? 'housing-complaints' });
