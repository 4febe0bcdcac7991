import middy from '@middy/core';
import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { toHttpError } from '../shared/http-error.js';
import { instrumentation } from '../shared/instrumentation.js';
import { logger } from '../shared/logger.js';
import { createRouter, type Route } from './router.js';

export type HttpApiHandler = (event: APIGatewayProxyEventV2WithJWTAuthorizer, context: Context) => Promise<APIGatewayProxyStructuredResultV2>;

/** Routes as one Lambda handler behind API Gateway: the one instrumentation stack (logger, tracer, metrics) and the one error mapper. */
export function routesHandler(routes: Route[]): HttpApiHandler {
  const dispatch = createRouter(routes);
  return middy<APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2>()
    .use(instrumentation())
    .use({
      onError: async (request) => {
        const { statusCode, body } = toHttpError(request.error, request.context.awsRequestId, logger);
        request.response = { statusCode, headers: { 'content-type': 'application/json; charset=utf-8' }, body: JSON.stringify(body) };
      },
    })
    .handler((event) => dispatch(event)) as unknown as HttpApiHandler;
}
