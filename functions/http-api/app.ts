import middy from '@middy/core';
import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import type { ApiDeps } from '../shared/deps.js';
import { createRouter } from '../http/router.js';
import { apiRoutes } from '../http/routes/index.js';
import type { QuarantineDeps } from '../http/routes/quarantine.routes.js';
import type { LetterDeps } from '../http/routes/letter.routes.js';
import type { ReportDeps } from '../http/routes/report.routes.js';
import { toHttpError } from '../shared/http-error.js';
import { instrumentation } from '../shared/instrumentation.js';
import { logger } from '../shared/logger.js';

export type HttpApiHandler = (event: APIGatewayProxyEventV2WithJWTAuthorizer, context: Context) => Promise<APIGatewayProxyStructuredResultV2>;

/** The HTTP API as one Lambda handler; AWS and the local stack compose it with their own adapters. */
export function createHttpApi(deps: ApiDeps & QuarantineDeps & LetterDeps & ReportDeps): HttpApiHandler {
  const dispatch = createRouter(apiRoutes(deps));
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
