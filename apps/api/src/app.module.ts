import { Module, type DynamicModule, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CoreModule, LoaderRegistry, SessionMiddleware } from '@piano2030/api-core';
import { AuditModule } from '@piano2030/api-audit';
import { ConsultationsModule } from '@piano2030/api-consultations';
import { SearchModule } from '@piano2030/api-search';
import { ContextModule } from '@piano2030/api-context';
import { GovernanceModule } from '@piano2030/api-governance';
import { IamModule } from '@piano2030/api-iam';
import { InterventionsModule } from '@piano2030/api-interventions';
import { NotificationsModule } from '@piano2030/api-notifications';
import { ParticipantsModule } from '@piano2030/api-participants';
import { ReferenceModule } from '@piano2030/api-reference';
import { RealtimeModule } from '@piano2030/api-realtime';
import { WorkPlansModule } from '@piano2030/api-work-plans';
import type { AppConfig } from './config/app-config';
import { dataSourceOptions } from './database/data-source';
import { StatementCounter } from './database/statement-counter';
import { statementsController } from './database/statements.controller';
import { graphqlOptions } from './graphql/graphql-options';
import { HealthController } from './health/health.controller';

@Module({})
export class AppModule implements NestModule {
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    const counter = config.countSqlStatements ? new StatementCounter() : undefined;
    return {
      module: AppModule,
      imports: [
        CoreModule,
        TypeOrmModule.forRoot(dataSourceOptions(databaseUrl, counter)),
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
        ParticipantsModule,
        ConsultationsModule,
        NotificationsModule.forRoot(config.notifications),
        SearchModule,
        RealtimeModule,
      ],
      controllers: [HealthController, ...(counter ? [statementsController(counter)] : [])],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(SessionMiddleware).forRoutes('*');
  }
}
