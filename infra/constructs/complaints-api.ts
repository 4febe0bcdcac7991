import { Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import { CorsHttpMethod, HttpApi, HttpMethod, HttpStage, LogGroupLogDestination } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpJwtAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import {
  AccountRecovery,
  FeaturePlan,
  Mfa,
  StandardThreatProtectionMode,
  StringAttribute,
  UserPool,
  UserPoolClient,
  ClientAttributes,
} from 'aws-cdk-lib/aws-cognito';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { GATEWAY_ROUTES, type RoutedFunction } from '../../functions/http/gateway-routes.js';

/** Kept as they were first deployed: a changed construct id would replace the integration. */
const INTEGRATION_IDS: Record<RoutedFunction, string> = { documents: 'Documents', reports: 'Reports' };

export interface ComplaintsApiProps {
  handler: IFunction;
  /** The functions that answer their own routes (functions/http/gateway-routes.ts): documents and reports. The rest of /v1 goes to `handler`. */
  routed: Record<RoutedFunction, IFunction>;
  portalOrigins: string[];
  protect: boolean;
  logRetentionDays: number;
}

/**
 * The HTTP API behind a Cognito JWT authorizer. A user's landlord and roles are Cognito custom
 * attributes (`custom:landlord_id`, `custom:roles`) that only administrators can set (the app client
 * cannot write them); they arrive in the ID token, which portals send as the bearer token.
 */
export class ComplaintsApi extends Construct {
  readonly api: HttpApi;
  readonly userPool: UserPool;
  readonly client: UserPoolClient;

  constructor(scope: Construct, id: string, props: ComplaintsApiProps) {
    super(scope, id);
    this.userPool = new UserPool(this, 'Users', {
      selfSignUpEnabled: false,
      signInAliases: { email: true },
      customAttributes: {
        landlord_id: new StringAttribute({ minLen: 1, maxLen: 64, mutable: true }),
        roles: new StringAttribute({ minLen: 1, maxLen: 128, mutable: true }),
      },
      passwordPolicy: { minLength: 12, requireDigits: true, requireLowercase: true, requireUppercase: true, requireSymbols: true },
      mfa: Mfa.REQUIRED,
      mfaSecondFactor: { otp: true, sms: false },
      featurePlan: FeaturePlan.PLUS,
      standardThreatProtectionMode: StandardThreatProtectionMode.FULL_FUNCTION,
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      deletionProtection: props.protect,
      removalPolicy: props.protect ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });
    const standard = new ClientAttributes().withStandardAttributes({ email: true, fullname: true });
    this.client = this.userPool.addClient('Portal', {
      authFlows: { userSrp: true },
      generateSecret: false,
      idTokenValidity: Duration.hours(1),
      // Users may not change their own landlord or roles: those custom attributes are read-only here.
      readAttributes: standard.withCustomAttributes('landlord_id', 'roles'),
      writeAttributes: new ClientAttributes().withStandardAttributes({ fullname: true }),
    });

    const region = Stack.of(this).region;
    const authorizer = new HttpJwtAuthorizer('Cognito', `https://cognito-idp.${region}.amazonaws.com/${this.userPool.userPoolId}`, {
      jwtAudience: [this.client.userPoolClientId],
    });
    this.api = new HttpApi(this, 'Api', {
      description: 'Housing complaints API v1',
      createDefaultStage: false,
      ...(props.portalOrigins.length > 0 && {
        corsPreflight: {
          allowOrigins: props.portalOrigins,
          allowMethods: [CorsHttpMethod.GET, CorsHttpMethod.POST, CorsHttpMethod.PUT, CorsHttpMethod.OPTIONS],
          allowHeaders: ['authorization', 'content-type', 'if-match'],
          exposeHeaders: ['etag', 'location'],
          maxAge: Duration.hours(1),
        },
      }),
    });
    const accessLogs = new LogGroup(this, 'AccessLogs', {
      retention: props.logRetentionDays as RetentionDays,
      removalPolicy: props.protect ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });
    new HttpStage(this, 'DefaultStage', {
      httpApi: this.api,
      stageName: '$default',
      autoDeploy: true,
      throttle: { rateLimit: 50, burstLimit: 100 },
      accessLogSettings: { destination: new LogGroupLogDestination(accessLogs), format: AccessLogFormat.jsonWithStandardFields() },
    });
    const integration = new HttpLambdaIntegration('Handler', props.handler);
    const openapi = this.api.addRoutes({ path: '/v1/openapi.json', methods: [HttpMethod.GET], integration });
    this.api.addRoutes({ path: '/v1/{proxy+}', methods: [HttpMethod.GET, HttpMethod.POST, HttpMethod.PUT], integration, authorizer });
    // More specific than /v1/{proxy+}, so API Gateway prefers them.
    for (const name of Object.keys(GATEWAY_ROUTES) as RoutedFunction[]) {
      const routed = new HttpLambdaIntegration(INTEGRATION_IDS[name], props.routed[name]);
      for (const route of GATEWAY_ROUTES[name]) this.api.addRoutes({ path: route.path, methods: [HttpMethod[route.method]], integration: routed, authorizer });
    }
    for (const route of openapi) {
      Validations.of(route).acknowledge({
        id: 'AwsSolutions-APIG4',
        reason: 'The OpenAPI document is public by design (SPEC); every other /v1 route has the JWT authorizer.',
      });
    }
  }
}
