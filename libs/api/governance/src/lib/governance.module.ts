import { Module, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { LoaderRegistry, localizedFieldsResolver } from '@piano2030/api-core';
import { BodiesService } from './bodies.service';
import { BodyResolver } from './body.resolver';
import { GOVERNANCE_LOADERS, createGovernanceLoaders } from './governance.loaders';
import { GovernanceResolver } from './governance.resolver';
import { MembershipResolver } from './membership.resolver';
import { MembershipsService } from './memberships.service';
import { BodyModel } from './models/body.model';

@Module({
  providers: [
    BodiesService,
    MembershipsService,
    GovernanceResolver,
    BodyResolver,
    MembershipResolver,
    localizedFieldsResolver(BodyModel, ['name', 'description']),
  ],
})
export class GovernanceModule implements OnModuleInit {
  constructor(
    private readonly loaders: LoaderRegistry,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    this.loaders.register(GOVERNANCE_LOADERS, () => createGovernanceLoaders(this.dataSource));
  }
}
