import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import { ConflictError, InvalidInputError, NotFoundError, type Actor } from '@piano2030/api-core';
import { AuditService } from '@piano2030/api-audit';
import { requireReferenceCodes } from '@piano2030/api-reference';
import { HEADLINE_DIMENSION, parseIndicatorCsv, type IndicatorCsvRejection } from '@piano2030/shared-domain';
import type {
  IndicatorAreasFields,
  SetIndicatorAreasInput,
  UploadIndicatorSeriesInput,
} from './dto/indicator.inputs';
import { IndicatorAreaEntity } from './entities/indicator-area.entity';
import { IndicatorObservationEntity } from './entities/indicator-observation.entity';
import { IndicatorSeriesEntity } from './entities/indicator-series.entity';

export interface UploadResult {
  series: IndicatorSeriesEntity;
  importedRows: number;
  skippedRows: IndicatorCsvRejection[];
}

/** Indicator series: reading them per area, and what administrators add and map. */
@Injectable()
export class IndicatorsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** The series of an area (its own first, then the cross-cutting ones), or all of them. */
  async list(areaCode: string | null, includeCrossCutting: boolean): Promise<IndicatorSeriesEntity[]> {
    const query = this.dataSource.getRepository(IndicatorSeriesEntity).createQueryBuilder('s');
    if (areaCode !== null) {
      await requireReferenceCodes(this.dataSource.manager, 'area', [{ field: 'areaCode', code: areaCode }]);
      const mapped = 's.id IN (SELECT series_id FROM indicator_areas WHERE area_code = :areaCode)';
      query
        .where(includeCrossCutting ? `(${mapped} OR s.cross_cutting)` : mapped, { areaCode })
        .orderBy(`CASE WHEN ${mapped} THEN 0 ELSE 1 END`);
    }
    return query.addOrderBy('s.created_at', 'ASC').addOrderBy('s.code', 'ASC').getMany();
  }

  async get(code: string): Promise<IndicatorSeriesEntity> {
    const series = await this.dataSource.getRepository(IndicatorSeriesEntity).findOneBy({ code });
    if (!series) throw new NotFoundError('Indicator series', code);
    return series;
  }

  /**
   * A new series from a CSV file. All or nothing by default: one bad row refuses the file and the
   * error lists every bad row. With skipInvalidRows, the good rows go in and the others are reported.
   */
  async upload(actor: Actor, input: UploadIndicatorSeriesInput): Promise<UploadResult> {
    const parsed = parseIndicatorCsv(input.csv);
    if (parsed.fileError) throw InvalidInputError.field('csv', parsed.fileError);
    if (parsed.rejected.length && !input.skipInvalidRows) {
      throw new InvalidInputError(
        Object.fromEntries(
          parsed.rejected.map((r) => [`csv.line${r.line}`, [`line ${r.line}: ${r.reason}`]]),
        ),
      );
    }
    if (!parsed.rows.length) throw InvalidInputError.field('csv', 'no row of the file could be read');
    return this.dataSource.transaction(async (manager) => {
      await this.requireAreas(manager, input);
      if (await manager.existsBy(IndicatorSeriesEntity, { code: input.code })) {
        throw new ConflictError(`An indicator series with code ${input.code} already exists.`);
      }
      const series = await manager.save(
        manager.create(IndicatorSeriesEntity, {
          code: input.code,
          title: { it: input.titleIt, en: input.titleEn || null },
          unit: input.unit,
          territory: input.territory,
          scope: 'upload',
          source: { producer: input.producer, document: null, lines: null, url: input.sourceUrl ?? null },
          notes: [],
          origin: 'UPLOAD',
          crossCutting: input.crossCutting,
          contentHash: createHash('sha256').update(input.csv).digest('hex'),
          createdBy: actor.userId,
        }),
      );
      await manager.insert(
        IndicatorObservationEntity,
        parsed.rows.map((row, position) => ({
          seriesId: series.id,
          position,
          dimension: HEADLINE_DIMENSION,
          measure: row.measure,
          label: row.label,
          value: row.value,
        })),
      );
      await this.replaceAreas(manager, series.id, input.areaCodes);
      await this.audit.record(manager, {
        actorId: actor.userId,
        action: 'indicators.uploaded',
        subjectType: 'indicator-series',
        subjectId: series.id,
        data: {
          after: {
            code: series.code,
            rows: parsed.rows.length,
            skipped: parsed.rejected.length,
            areaCodes: input.areaCodes,
          },
        },
      });
      return { series, importedRows: parsed.rows.length, skippedRows: parsed.rejected };
    });
  }

  /** Which area pages show a series: the administrators' reading replaces the import's. */
  async setAreas(actor: Actor, input: SetIndicatorAreasInput): Promise<IndicatorSeriesEntity> {
    return this.dataSource.transaction(async (manager) => {
      const series = await manager.findOne(IndicatorSeriesEntity, {
        where: { code: input.code },
        lock: { mode: 'pessimistic_write' },
      });
      if (!series) throw new NotFoundError('Indicator series', input.code);
      const areas = await manager.find(IndicatorAreaEntity, {
        where: { seriesId: series.id },
        order: { areaCode: 'ASC' },
      });
      const before = areas.map((a) => a.areaCode);
      if (series.revision !== input.expectedRevision) {
        throw new ConflictError(
          `The series was changed by someone else (it is at revision ${series.revision}, your change was made against ${input.expectedRevision}). Reload it and apply your change again.`,
          { current: { revision: series.revision, areaCodes: before, crossCutting: series.crossCutting } },
        );
      }
      await this.requireAreas(manager, input);
      await this.replaceAreas(manager, series.id, input.areaCodes);
      const saved = await manager.save(
        manager.merge(IndicatorSeriesEntity, series, {
          crossCutting: input.crossCutting,
          revision: series.revision + 1,
        }),
      );
      await this.audit.record(manager, {
        actorId: actor.userId,
        action: 'indicators.mapped',
        subjectType: 'indicator-series',
        subjectId: series.id,
        data: {
          before: { areaCodes: before, crossCutting: series.crossCutting },
          after: { areaCodes: [...new Set(input.areaCodes)].sort(), crossCutting: input.crossCutting },
        },
      });
      return saved;
    });
  }

  /** Codes of existing series among these, for links from SWOT items and KPIs. */
  async unknownCodes(manager: EntityManager, codes: readonly string[]): Promise<string[]> {
    if (!codes.length) return [];
    const found = await manager.find(IndicatorSeriesEntity, {
      where: { code: In([...codes]) },
      select: { code: true },
    });
    return codes.filter((code) => !found.some((row) => row.code === code));
  }

  private requireAreas(manager: EntityManager, input: IndicatorAreasFields): Promise<void> {
    return requireReferenceCodes(
      manager,
      'area',
      input.areaCodes.map((code, i) => ({ field: `areaCodes.${i}`, code })),
    );
  }

  private async replaceAreas(
    manager: EntityManager,
    seriesId: string,
    areaCodes: readonly string[],
  ): Promise<void> {
    await manager.delete(IndicatorAreaEntity, { seriesId });
    const unique = [...new Set(areaCodes)];
    if (unique.length)
      await manager.insert(
        IndicatorAreaEntity,
        unique.map((areaCode) => ({ seriesId, areaCode })),
      );
  }
}
