import { Module, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { LoaderRegistry } from '@piano2030/api-core';
import { OrganisationsResolver } from './organisations.resolver';
import { OrganisationsService } from './organisations.service';
import { PARTICIPANTS_LOADERS, createParticipantsLoaders } from './participants.loaders';
import { ParticipantsService } from './participants.service';
import { RepresentationResolver } from './representation.resolver';
import { RepresentationsResolver } from './representations.resolver';
import { RepresentationsService } from './representations.service';

/** Stakeholder organisations and their representatives, verified by administrators (issue 6). */
@Module({
  providers: [
    OrganisationsResolver,
    OrganisationsService,
    ParticipantsService,
    RepresentationResolver,
    RepresentationsResolver,
    RepresentationsService,
  ],
  exports: [ParticipantsService, OrganisationsService, RepresentationsService],
})
export class ParticipantsModule implements OnModuleInit {
  constructor(
    private readonly loaders: LoaderRegistry,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    this.loaders.register(PARTICIPANTS_LOADERS, () => createParticipantsLoaders(this.dataSource));
  }
}
