import { Module, type DynamicModule, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CoreModule, LoaderRegistry, SessionMiddleware } from '@piano2030/api-core';
import { AuditModule } from '@piano2030/api-audit';
import { ContextModule } from '@piano2030/api-context';
import { GovernanceModule } from '@piano2030/api-governance';
import { IamModule } from '@piano2030/api-iam';
import { InterventionsModule } from '@piano2030/api-interventions';
import { ReferenceModule } from '@piano2030/api-reference';
import { RealtimeModule } from '@piano2030/api-realtime';
import { WorkPlansModule } from '@piano2030/api-work-plans';
import type { AppConfig } from './config/app-config';
import { dataSourceOptions } from './database/data-source';
import { graphqlOptions } from './graphql/graphql-options';
import { HealthController } from './health/health.controller';

@Module({})
export class AppModule implements NestModule {
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule,
        TypeOrmModule.forRoot(dataSourceOptions(databaseUrl)),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [LoaderRegistry],
          useFactory: (loaders: LoaderRegistry) => graphqlOptions(config, loaders),
        }),
        AuditModule,
        IamModule.forRoot({ sessionTtlHours: config.sessionTtlHours, secureCookies: config.secureCookies }),
        ReferenceModule,
        GovernanceModule,
        WorkPlansModule,
        ContextModule,
        InterventionsModule,
        RealtimeModule,
      ],
      controllers: [HealthController],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(SessionMiddleware).forRoutes('*');
  }
}
