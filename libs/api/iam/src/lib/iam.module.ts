import { Module, type DynamicModule, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { LoaderRegistry, SessionAuthenticator } from '@piano2030/api-core';
import { AccountResolver } from './account.resolver';
import { AccountsService } from './accounts.service';
import { AuthService } from './auth.service';
import { IAM_LOADERS, createIamLoaders } from './iam.loaders';
import { IAM_OPTIONS, type IamOptions } from './iam.options';
import { PasswordHasher } from './password-hasher';
import { SessionCookies } from './session-cookies';
import { SessionsService } from './sessions.service';
import { UserResolver } from './user.resolver';

@Module({})
export class IamModule implements OnModuleInit {
  constructor(
    private readonly loaders: LoaderRegistry,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  static forRoot(options: IamOptions): DynamicModule {
    return {
      module: IamModule,
      global: true,
      providers: [
        { provide: IAM_OPTIONS, useValue: options },
        PasswordHasher,
        SessionsService,
        { provide: SessionAuthenticator, useExisting: SessionsService },
        SessionCookies,
        AccountsService,
        AuthService,
        AccountResolver,
        UserResolver,
      ],
      exports: [AccountsService, SessionAuthenticator],
    };
  }

  onModuleInit(): void {
    this.loaders.register(IAM_LOADERS, () => createIamLoaders(this.dataSource));
  }
}
