import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import type { Relation } from 'typeorm';
import type { InterventionKpi, InterventionMilestone, InterventionStatus } from '@piano2030/shared-domain';
import { PriorityEntity } from './priority.entity';

/**
 * An intervention to carry out by 2030, in its current state; its resources are rows of
 * intervention_resources (so totals are summed by the database), every saved state a row of
 * intervention_versions. `version` is both the optimistic lock and the latest version's number.
 */
@Entity({ name: 'interventions' })
@Unique('UQ_interventions_number', ['areaCode', 'number'])
@Index('IDX_interventions_priority', ['priorityId'])
// Search's full-text and trigram expression indexes: made by their migration, left alone by TypeORM.
@Index('IDX_interventions_fts', { synchronize: false })
@Index('IDX_interventions_trgm', { synchronize: false })
@Check('CHK_interventions_dates', `"ends_on" >= "starts_on" AND "ends_on" <= '2030-12-31'`)
export class InterventionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'priority_id', type: 'uuid' })
  priorityId!: string;

  @ManyToOne(() => PriorityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'priority_id' })
  priority?: Relation<PriorityEntity>;

  /** The priority's area, kept here for filters and the reference. */
  @Column({ name: 'area_code', type: 'text' })
  areaCode!: string;

  /** Numbered within the area: PS6.3 is the third intervention of area PS6. */
  @Column({ type: 'integer' })
  number!: number;

  @Column({ type: 'text' })
  status!: InterventionStatus;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ type: 'text', default: '' })
  objectives!: string;

  @Column({ name: 'expected_results', type: 'text', default: '' })
  expectedResults!: string;

  @Column({ name: 'guideline_codes', type: 'text', array: true })
  guidelineCodes!: string[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  kpis!: InterventionKpi[];

  @Column({ name: 'starts_on', type: 'date' })
  startsOn!: string;

  @Column({ name: 'ends_on', type: 'date' })
  endsOn!: string;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  milestones!: InterventionMilestone[];

  @Column({ name: 'lead_actor', type: 'text', default: '' })
  leadActor!: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  partners!: string[];

  /** Projects of the chamber's programme it builds on (e.g. 2A0101). */
  @Column({ name: 'project_codes', type: 'text', array: true, default: () => "'{}'" })
  projectCodes!: string[];

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
