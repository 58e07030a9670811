import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import { InvalidInputError } from '@piano2030/api-core';
import { requireReferenceCodes } from '@piano2030/api-reference';
import { ChamberObjectiveEntity } from './entities/chamber-objective.entity';
import { ChamberProjectEntity } from './entities/chamber-project.entity';

/** The chamber's existing programmes (objectives and projects of the 2020 report). */
@Injectable()
export class ProgrammesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** An area's objectives, those it mainly serves first; all of them without an area. */
  async objectives(areaCode: string | null): Promise<ChamberObjectiveEntity[]> {
    const query = this.dataSource.getRepository(ChamberObjectiveEntity).createQueryBuilder('o');
    if (areaCode === null) return query.orderBy('o.position').getMany();
    await requireReferenceCodes(this.dataSource.manager, 'area', [{ field: 'areaCode', code: areaCode }]);
    return query
      .where(':areaCode = ANY(o.primary_area_codes) OR :areaCode = ANY(o.secondary_area_codes)', { areaCode })
      .orderBy(`CASE WHEN :areaCode = ANY(o.primary_area_codes) THEN 0 ELSE 1 END`)
      .addOrderBy('o.position')
      .getMany();
  }

  /** Refuses project codes the report does not list, naming each offending entry. */
  async requireProjectCodes(manager: EntityManager, field: string, codes: readonly string[]): Promise<void> {
    if (!codes.length) return;
    const found = await manager.find(ChamberProjectEntity, {
      where: { code: In([...codes]) },
      select: { code: true },
    });
    const errors = codes
      .map((code, i) => [`${field}.${i}`, code] as const)
      .filter(([, code]) => !found.some((row) => row.code === code))
      .map(([path, code]) => [path, [`${code} is not a project of the chamber's programme`]]);
    if (errors.length) throw new InvalidInputError(Object.fromEntries(errors));
  }
}
