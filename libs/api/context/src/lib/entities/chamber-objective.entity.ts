import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { LocalizedText } from '@piano2030/shared-domain';
import type { IndicatorSource } from './indicator-series.entity';

/** The 2020 budget of an objective as the report prints it, in euros (external costs only). */
export interface ObjectiveBudget {
  externalCosts: number;
  revenues: number;
  contributions: number;
  investments: number;
}

/**
 * A strategic objective of the Camera di Commercio's 2020 programme (RPP 2020), e.g. 2A, with its
 * budget and the areas of the Piano it concerns (the import's interpretation, primary or secondary).
 */
@Entity({ name: 'chamber_objectives' })
export class ChamberObjectiveEntity {
  @PrimaryColumn({ type: 'text' })
  code!: string;

  @Column({ name: 'strategic_area_code', type: 'text' })
  strategicAreaCode!: string;

  @Column({ name: 'strategic_area_title', type: 'jsonb' })
  strategicAreaTitle!: LocalizedText;

  @Column({ type: 'jsonb' })
  title!: LocalizedText;

  /** active, active-no-targets, discontinued... as the report states it. */
  @Column({ type: 'text' })
  status!: string;

  @Column({ type: 'jsonb', nullable: true })
  budget!: ObjectiveBudget | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  targets!: string[];

  @Column({ name: 'primary_area_codes', type: 'text', array: true, default: () => "'{}'" })
  primaryAreaCodes!: string[];

  @Column({ name: 'secondary_area_codes', type: 'text', array: true, default: () => "'{}'" })
  secondaryAreaCodes!: string[];

  @Column({ name: 'cross_cutting', type: 'boolean', default: false })
  crossCutting!: boolean;

  @Column({ type: 'jsonb' })
  source!: IndicatorSource;

  @Column({ type: 'smallint' })
  position!: number;
}
