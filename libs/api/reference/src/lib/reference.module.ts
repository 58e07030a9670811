import { Module } from '@nestjs/common';
import { localizedFieldsResolver } from '@piano2030/api-core';
import {
  GuidelineModel,
  InterventionAreaModel,
  PartyModel,
  ProcessPhaseModel,
} from './models/reference.models';
import { ReferenceResolver } from './reference.resolver';
import { ReferenceService } from './reference.service';

@Module({
  providers: [
    ReferenceService,
    ReferenceResolver,
    localizedFieldsResolver(PartyModel, ['name', 'shortName']),
    localizedFieldsResolver(InterventionAreaModel, ['name', 'description']),
    localizedFieldsResolver(GuidelineModel, ['title', 'description']),
    localizedFieldsResolver(ProcessPhaseModel, ['name', 'description']),
  ],
  exports: [ReferenceService],
})
export class ReferenceModule {}
