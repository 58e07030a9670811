export { ContextModule } from './lib/context.module';
export { CONTEXT_ENTITIES } from './lib/context.entities';
/** For the interventions: who may draft, and what KPIs and project links may point at. */
export { IndicatorsService } from './lib/indicators.service';
export { ProgrammesService } from './lib/programmes.service';
export { StrategyAccess } from './lib/strategy-access';
export { DiffSegmentModel, FieldChangeModel } from './lib/models/diff.model';
/** For start-up data: the chamber's 2020 report, and the demo's SWOT. */
export { SwotService } from './lib/swot.service';
export { RppImporter, type RppImportResult } from './lib/rpp/rpp-importer.service';
export type { RppFile } from './lib/rpp/rpp-file';
/** For the consultations: which SWOT items a consultation's scope may name. */
export { SwotItemEntity } from './lib/entities/swot-item.entity';
