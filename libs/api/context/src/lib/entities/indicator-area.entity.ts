import { Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { InterventionAreaEntity } from '@piano2030/api-reference';
import { IndicatorSeriesEntity } from './indicator-series.entity';

/** Which area pages show a series: the import's first reading, then the administrators' mapping. */
@Entity({ name: 'indicator_areas' })
export class IndicatorAreaEntity {
  @PrimaryColumn({ name: 'series_id', type: 'uuid' })
  seriesId!: string;

  @PrimaryColumn({ name: 'area_code', type: 'text' })
  areaCode!: string;

  @ManyToOne(() => IndicatorSeriesEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'series_id' })
  series?: Relation<IndicatorSeriesEntity>;

  @ManyToOne(() => InterventionAreaEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'area_code' })
  area?: Relation<InterventionAreaEntity>;
}
