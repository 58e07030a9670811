import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '@piano2030/api-audit';
import { ChamberObjectiveEntity } from '../entities/chamber-objective.entity';
import { ChamberProjectEntity } from '../entities/chamber-project.entity';
import { IndicatorAreaEntity } from '../entities/indicator-area.entity';
import { IndicatorObservationEntity } from '../entities/indicator-observation.entity';
import { IndicatorSeriesEntity, type IndicatorSource } from '../entities/indicator-series.entity';
import { flattenRppIndicator, indicatorNotes } from './flatten-rpp-indicator';
import type { Lines, RppFile, RppIndicator, RppObjective } from './rpp-file';

export const RPP_DOCUMENT = 'Relazione previsionale e programmatica 2020, Camera di Commercio di Lucca';
const CROSS_CUTTING = 'cross-cutting';
/** Part of each series' hash: bump it when the flattening changes, so the next start re-imports. */
const FLATTENING_VERSION = 2;

export interface RppImportResult {
  created: number;
  updated: number;
  unchanged: number;
  objectives: number;
  projects: number;
}

const source = (producer: string, lines: Lines | undefined): IndicatorSource => ({
  producer,
  document: RPP_DOCUMENT,
  lines: lines ?? null,
  url: null,
});

/**
 * Loads the chamber's 2020 report (indicators, objectives, projects) in one transaction. Re-runnable:
 * a series whose content did not change is left alone, a changed one is replaced, and the area
 * mapping is only the starting point for new series, so administrators' changes survive.
 */
@Injectable()
export class RppImporter {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  import(file: RppFile): Promise<RppImportResult> {
    return this.dataSource.transaction(async (manager) => {
      const result: RppImportResult = { created: 0, updated: 0, unchanged: 0, objectives: 0, projects: 0 };
      for (const indicator of file.indicators) result[await this.importIndicator(manager, indicator)] += 1;
      for (const [position, objective] of file.strategicAreas
        .flatMap((a) => a.objectives.map((o) => ({ a, o })))
        .entries()) {
        await this.importObjective(manager, objective.a, objective.o, position + 1);
        result.objectives += 1;
        result.projects += objective.o.projects.length;
      }
      if (result.created || result.updated) {
        await this.audit.record(manager, {
          actorId: null,
          action: 'indicators.imported',
          subjectType: 'indicator-series',
          data: { after: { document: RPP_DOCUMENT, ...result } },
        });
      }
      return result;
    });
  }

  private async importIndicator(
    manager: EntityManager,
    indicator: RppIndicator,
  ): Promise<'created' | 'updated' | 'unchanged'> {
    const contentHash = createHash('sha256')
      .update(`${FLATTENING_VERSION}:${JSON.stringify(indicator)}`)
      .digest('hex');
    const existing = await manager.findOneBy(IndicatorSeriesEntity, { code: indicator.id });
    if (existing?.contentHash === contentHash) return 'unchanged';
    const fields = {
      code: indicator.id,
      title: { it: indicator.title, en: indicator.titleEn },
      unit: indicator.unit,
      territory: indicator.territory,
      scope: indicator.scope,
      source: source(indicator.originalSource, indicator.sourceLines),
      notes: indicatorNotes(indicator),
      origin: 'RPP2020' as const,
      contentHash,
    };
    const series = existing
      ? await manager.save(
          manager.merge(IndicatorSeriesEntity, existing, { ...fields, revision: existing.revision + 1 }),
        )
      : await manager.save(
          manager.create(IndicatorSeriesEntity, {
            ...fields,
            crossCutting: indicator.pianoStrategicoAreas.includes(CROSS_CUTTING),
            createdBy: null,
          }),
        );
    await manager.delete(IndicatorObservationEntity, { seriesId: series.id });
    await manager.insert(
      IndicatorObservationEntity,
      flattenRppIndicator(indicator).map((o, position) => ({ ...o, seriesId: series.id, position })),
    );
    if (!existing) {
      const areaCodes = indicator.pianoStrategicoAreas.filter((code) => code !== CROSS_CUTTING);
      if (areaCodes.length) {
        await manager.insert(
          IndicatorAreaEntity,
          areaCodes.map((areaCode) => ({ seriesId: series.id, areaCode })),
        );
      }
    }
    return existing ? 'updated' : 'created';
  }

  private async importObjective(
    manager: EntityManager,
    area: RppFile['strategicAreas'][number],
    objective: RppObjective,
    position: number,
  ): Promise<void> {
    const figures = objective.figures2020;
    await manager.upsert(
      ChamberObjectiveEntity,
      {
        code: objective.code,
        strategicAreaCode: area.code,
        strategicAreaTitle: { it: area.title, en: area.titleEn },
        title: { it: objective.title, en: objective.titleEn },
        status: objective.status,
        budget: figures
          ? {
              externalCosts: figures.costiEsterni_oneri ?? 0,
              revenues: figures.ricavi ?? 0,
              contributions: figures.contributi ?? 0,
              investments: figures.investimenti ?? 0,
            }
          : null,
        targets: objective.targets2020_2021 ?? [],
        primaryAreaCodes: objective.pianoStrategicoAreas.primary,
        secondaryAreaCodes: objective.pianoStrategicoAreas.secondary,
        crossCutting: objective.pianoStrategicoAreas.crossCutting,
        source: source(
          'CCIAA Lucca',
          objective.sourceLines.programming2020 ?? objective.sourceLines.status2015_2019,
        ),
        position,
      },
      ['code'],
    );
    for (const project of objective.projects) {
      await manager.upsert(
        ChamberProjectEntity,
        {
          code: project.code,
          objectiveCode: objective.code,
          title: project.title,
          office: project.ufficioResponsabile ?? null,
          costCentre: project.costCentre ? `${project.costCentre.code} ${project.costCentre.name}` : null,
          summary: project.summaryEn ?? null,
          source: source('CCIAA Lucca', project.sourceLines),
        },
        ['code'],
      );
    }
  }
}
