import { Module, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { LoaderRegistry, ScopedRooms, isUuid } from '@piano2030/api-core';
import { ContextModule, StrategyAccess } from '@piano2030/api-context';
import { InterventionEvents } from './intervention-events';
import { InterventionQueries } from './intervention-queries.service';
import { InterventionReferences } from './intervention-references';
import { InterventionResolver } from './intervention.resolver';
import { INTERVENTION_LOADERS, createInterventionLoaders } from './interventions.loaders';
import { InterventionsResolver } from './interventions.resolver';
import { InterventionsService } from './interventions.service';
import { PrioritiesResolver } from './priorities.resolver';
import { PrioritiesService } from './priorities.service';
import { ResourcesExportController } from './resources-export.controller';

/** Strategic priorities and the register of interventions to 2030 (Art. 2), with versions and roll-ups. */
@Module({
  imports: [ContextModule],
  controllers: [ResourcesExportController],
  providers: [
    InterventionEvents,
    InterventionQueries,
    InterventionReferences,
    InterventionResolver,
    InterventionsResolver,
    InterventionsService,
    PrioritiesResolver,
    PrioritiesService,
  ],
  exports: [InterventionsService, PrioritiesService],
})
export class InterventionsModule implements OnModuleInit {
  constructor(
    private readonly loaders: LoaderRegistry,
    private readonly rooms: ScopedRooms,
    private readonly access: StrategyAccess,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    this.loaders.register(INTERVENTION_LOADERS, () => createInterventionLoaders(this.dataSource));
    // The editing room of an intervention: those who see drafts, who also see each other there.
    this.rooms.register(
      'intervention',
      async (actor, id) => isUuid(id) && this.access.seesDrafts(this.dataSource.manager, actor),
      { presence: true },
    );
  }
}
