import { Module, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { LoaderRegistry, localizedFieldsResolver } from '@piano2030/api-core';
import { GovernanceModule } from '@piano2030/api-governance';
import { CONTEXT_LOADERS, createContextLoaders } from './context.loaders';
import { IndicatorsResolver } from './indicators.resolver';
import { IndicatorsService } from './indicators.service';
import { IndicatorSeriesModel } from './models/indicator.model';
import { ChamberObjectiveModel } from './models/programme.model';
import { ProgrammesResolver } from './programmes.resolver';
import { ProgrammesService } from './programmes.service';
import { RppImporter } from './rpp/rpp-importer.service';
import { StrategyAccess } from './strategy-access';
import { SwotQueries } from './swot-queries.service';
import { SwotResolver } from './swot.resolver';
import { SwotService } from './swot.service';

/** The context analysis (Art. 2): indicators, the chamber's existing programmes, and each area's SWOT. */
@Module({
  imports: [GovernanceModule],
  providers: [
    IndicatorsService,
    IndicatorsResolver,
    ProgrammesService,
    ProgrammesResolver,
    RppImporter,
    StrategyAccess,
    SwotService,
    SwotQueries,
    SwotResolver,
    localizedFieldsResolver(IndicatorSeriesModel, ['title']),
    localizedFieldsResolver(ChamberObjectiveModel, ['title', 'strategicAreaTitle']),
  ],
  exports: [IndicatorsService, ProgrammesService, RppImporter, StrategyAccess],
})
export class ContextModule implements OnModuleInit {
  constructor(
    private readonly loaders: LoaderRegistry,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    this.loaders.register(CONTEXT_LOADERS, () => createContextLoaders(this.dataSource));
  }
}
