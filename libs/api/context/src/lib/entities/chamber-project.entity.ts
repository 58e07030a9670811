import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import type { IndicatorSource } from './indicator-series.entity';
import { ChamberObjectiveEntity } from './chamber-objective.entity';

/** A project of the chamber under an objective (code like 3C0104): what interventions may build on. */
@Entity({ name: 'chamber_projects' })
@Index('IDX_chamber_projects_objective', ['objectiveCode'])
export class ChamberProjectEntity {
  @PrimaryColumn({ type: 'text' })
  code!: string;

  @Column({ name: 'objective_code', type: 'text' })
  objectiveCode!: string;

  @ManyToOne(() => ChamberObjectiveEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'objective_code' })
  objective?: Relation<ChamberObjectiveEntity>;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', nullable: true })
  office!: string | null;

  @Column({ name: 'cost_centre', type: 'text', nullable: true })
  costCentre!: string | null;

  /** The report's content in a few English lines (the report itself is Italian). */
  @Column({ type: 'text', nullable: true })
  summary!: string | null;

  @Column({ type: 'jsonb' })
  source!: IndicatorSource;
}
