import type { ChamberObjectiveEntity } from '../entities/chamber-objective.entity';
import type { ChamberProjectEntity } from '../entities/chamber-project.entity';
import type { IndicatorSeriesEntity, IndicatorSource } from '../entities/indicator-series.entity';
import type { SwotItemEntity } from '../entities/swot-item.entity';
import type { SourceReferenceModel, IndicatorSeriesModel } from './indicator.model';
import type { ChamberObjectiveModel, ChamberProjectModel } from './programme.model';
import type { SwotItemModel } from './swot.model';

export const toSourceModel = (source: IndicatorSource): SourceReferenceModel => ({
  producer: source.producer,
  document: source.document,
  lineFrom: source.lines?.[0] ?? null,
  lineTo: source.lines?.[1] ?? null,
  url: source.url,
});

export const toSeriesModel = (series: IndicatorSeriesEntity): IndicatorSeriesModel => ({
  id: series.id,
  code: series.code,
  unit: series.unit,
  territory: series.territory,
  scope: series.scope,
  origin: series.origin,
  crossCutting: series.crossCutting,
  source: toSourceModel(series.source),
  notes: series.notes,
  revision: series.revision,
  texts: { title: series.title },
});

export const toObjectiveModel = (objective: ChamberObjectiveEntity): ChamberObjectiveModel => ({
  code: objective.code,
  strategicAreaCode: objective.strategicAreaCode,
  status: objective.status,
  budget: objective.budget,
  targets: objective.targets,
  primaryAreaCodes: objective.primaryAreaCodes,
  secondaryAreaCodes: objective.secondaryAreaCodes,
  crossCutting: objective.crossCutting,
  source: toSourceModel(objective.source),
  texts: { title: objective.title, strategicAreaTitle: objective.strategicAreaTitle },
});

export const toProjectModel = (project: ChamberProjectEntity): ChamberProjectModel => ({
  ...project,
  source: toSourceModel(project.source),
});

export const toSwotItemModel = (item: SwotItemEntity): SwotItemModel => ({
  id: item.id,
  areaCode: item.areaCode,
  quadrant: item.quadrant,
  text: item.text,
  weight: item.weight,
  evidence: item.evidence,
  status: item.status,
  version: item.version,
  publishedAt: item.publishedAt,
  updatedAt: item.updatedAt,
  createdBy: item.createdBy,
});
