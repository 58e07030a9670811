import { Logger } from '@nestjs/common';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { GRAPHQL_LIMITS } from '@piano2030/shared-domain';
import {
  createGraphQLErrorFormatter,
  maxAliasesRule,
  maxDepthRule,
  type AuthenticatedRequest,
  type LoaderRegistry,
  type RequestContext,
} from '@piano2030/api-core';
import type { Response } from 'express';
import type { AppConfig } from '../config/app-config';

export function graphqlOptions(config: AppConfig, loaders: LoaderRegistry): ApolloDriverConfig {
  return {
    path: '/graphql',
    autoSchemaFile: config.schemaFile ?? true,
    sortSchema: true,
    playground: false,
    // No landing page: the default one loads its assets from a CDN, and the app must work offline.
    plugins: [ApolloServerPluginLandingPageDisabled()],
    introspection: !config.production,
    hideSchemaDetailsFromClientErrors: config.production,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    validationRules: [maxDepthRule(GRAPHQL_LIMITS.maxDepth), maxAliasesRule(GRAPHQL_LIMITS.maxAliases)],
    formatError: createGraphQLErrorFormatter({
      production: config.production,
      logger: new Logger('GraphQL'),
    }),
    context: ({ req, res }: { req: AuthenticatedRequest; res: Response }): RequestContext => ({
      req,
      res,
      loaders: loaders.createForRequest(),
    }),
  };
}
