import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import type { Relation } from 'typeorm';
import type { WorkPlanVersionStatus } from '@piano2030/shared-domain';
import { AgendaItemEntity, DecisionEntity } from '@piano2030/api-governance';
import { UserEntity } from '@piano2030/api-iam';
import { WorkPlanEntity } from './work-plan.entity';

/**
 * A version of a plan's content. Proposing freezes it and puts it on a Cabina agenda; the Cabina
 * adopts it by vote or returns it with remarks, and the committee revises it into the next version.
 */
@Entity({ name: 'work_plan_versions' })
@Unique('UQ_work_plan_versions_number', ['workPlanId', 'number'])
@Index('UQ_work_plan_versions_adopted', ['workPlanId'], { unique: true, where: `"status" = 'ADOPTED'` })
export class WorkPlanVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'work_plan_id', type: 'uuid' })
  workPlanId!: string;

  @ManyToOne(() => WorkPlanEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'work_plan_id' })
  workPlan?: Relation<WorkPlanEntity>;

  @Column({ type: 'smallint' })
  number!: number;

  @Column({ type: 'text' })
  status!: WorkPlanVersionStatus;

  /** The committee's summary of the version: its aims, and for a revision what answers the remarks. */
  @Column({ type: 'text' })
  summary!: string;

  @Column({ name: 'agenda_item_id', type: 'uuid', nullable: true, unique: true })
  agendaItemId!: string | null;

  @ManyToOne(() => AgendaItemEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agenda_item_id' })
  agendaItem?: Relation<AgendaItemEntity>;

  @Column({ name: 'proposed_by', type: 'uuid', nullable: true })
  proposedBy!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'proposed_by' })
  proposer?: Relation<UserEntity>;

  @Column({ name: 'proposed_at', type: 'timestamptz', nullable: true })
  proposedAt!: Date | null;

  /** The Cabina's remarks when it returned the version. */
  @Column({ type: 'text', nullable: true })
  remarks!: string | null;

  @Column({ name: 'returned_at', type: 'timestamptz', nullable: true })
  returnedAt!: Date | null;

  /** The decision that adopted the version, or the rejected vote's decision that preceded its return. */
  @Column({ name: 'decision_id', type: 'uuid', nullable: true })
  decisionId!: string | null;

  @ManyToOne(() => DecisionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'decision_id' })
  decision?: Relation<DecisionEntity>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
