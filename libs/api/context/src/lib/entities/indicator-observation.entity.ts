import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { NUMERIC_AS_NUMBER } from '@piano2030/api-core';
import { IndicatorSeriesEntity } from './indicator-series.entity';

/** One number of a series (see IndicatorObservation in the shared domain), in the source's order. */
@Entity({ name: 'indicator_observations' })
@Index('UQ_indicator_observations_cell', ['seriesId', 'dimension', 'measure', 'label'], { unique: true })
export class IndicatorObservationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'series_id', type: 'uuid' })
  seriesId!: string;

  @ManyToOne(() => IndicatorSeriesEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'series_id' })
  series?: Relation<IndicatorSeriesEntity>;

  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'text' })
  dimension!: string;

  @Column({ type: 'text' })
  measure!: string;

  @Column({ type: 'text' })
  label!: string;

  @Column({ type: 'numeric', transformer: NUMERIC_AS_NUMBER })
  value!: number;
}
