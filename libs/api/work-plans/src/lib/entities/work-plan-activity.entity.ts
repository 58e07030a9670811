import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { Relation } from 'typeorm';
import type { StoredActivityStatus } from '@piano2030/shared-domain';
import { UserEntity } from '@piano2030/api-iam';
import { InterventionAreaEntity, ProcessPhaseEntity } from '@piano2030/api-reference';
import { WorkPlanVersionEntity } from './work-plan-version.entity';

/**
 * An activity of one plan version. Its planned content is frozen with the version; its execution
 * (status, progress) is what the owner reports once the plan is adopted. `revision` is its own
 * optimistic lock, so two people editing different activities never collide.
 */
@Entity({ name: 'work_plan_activities' })
@Index('IDX_work_plan_activities_version', ['versionId', 'position'])
@Index('IDX_work_plan_activities_lineage', ['lineageId'])
@Check('CHK_work_plan_activities_dates', '"due_on" >= "start_on"')
@Check('CHK_work_plan_activities_progress', '"progress" BETWEEN 0 AND 100')
export class WorkPlanActivityEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'version_id', type: 'uuid' })
  versionId!: string;

  @ManyToOne(() => WorkPlanVersionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'version_id' })
  version?: Relation<WorkPlanVersionEntity>;

  /** The same activity across versions and quarters: revisions and carry-overs keep it. */
  @Column({ name: 'lineage_id', type: 'uuid' })
  lineageId!: string;

  /** The unfinished activity of an earlier quarter this one carries over. */
  @Column({ name: 'carried_from_id', type: 'uuid', nullable: true })
  carriedFromId!: string | null;

  @ManyToOne(() => WorkPlanActivityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'carried_from_id' })
  carriedFrom?: Relation<WorkPlanActivityEntity>;

  @Column({ type: 'smallint' })
  position!: number;

  @Column({ name: 'phase_code', type: 'text' })
  phaseCode!: string;

  @ManyToOne(() => ProcessPhaseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'phase_code' })
  phase?: Relation<ProcessPhaseEntity>;

  @Column({ name: 'area_code', type: 'text' })
  areaCode!: string;

  @ManyToOne(() => InterventionAreaEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'area_code' })
  area?: Relation<InterventionAreaEntity>;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ name: 'owner_id', type: 'uuid' })
  ownerId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'owner_id' })
  owner?: Relation<UserEntity>;

  /** External experts working on it, each within their engagement (checked when set). */
  @Column({ name: 'contributor_ids', type: 'uuid', array: true, default: () => "'{}'" })
  contributorIds!: string[];

  @Column({ name: 'start_on', type: 'date' })
  startOn!: string;

  @Column({ name: 'due_on', type: 'date' })
  dueOn!: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  deliverables!: string[];

  @Column({ type: 'text', default: 'PLANNED' })
  status!: StoredActivityStatus;

  @Column({ type: 'smallint', default: 0 })
  progress!: number;

  @Column({ name: 'progress_note', type: 'text', nullable: true })
  progressNote!: string | null;

  @Column({ type: 'integer', default: 1 })
  revision!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
