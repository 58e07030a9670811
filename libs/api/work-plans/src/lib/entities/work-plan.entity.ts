import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import type { Relation } from 'typeorm';
import type { WorkPlanReportStatus, WorkPlanStatus } from '@piano2030/shared-domain';
import { AgendaItemEntity, DecisionEntity } from '@piano2030/api-governance';
import { UserEntity } from '@piano2030/api-iam';

/** What the quarterly report froze when the committee submitted it (see WorkPlanReportsService). */
export interface ReportSnapshot {
  assembledOn: string;
  activities: {
    title: string;
    phaseCode: string;
    areaCode: string;
    owner: string;
    startOn: string;
    dueOn: string;
    status: string;
    progress: number;
    carriedOver: boolean;
  }[];
  decisions: { reference: string; title: string; result: string; decidedAt: string }[];
}

/**
 * One work plan per quarter. Its versions hold the planned content; the row holds where the plan
 * stands, what adopted it, and its report. `revision` is the optimistic lock of every change to
 * the plan and to the planned content of its activities.
 */
@Entity({ name: 'work_plans' })
@Unique('UQ_work_plans_quarter', ['year', 'quarter'])
@Check('CHK_work_plans_quarter', '"quarter" BETWEEN 1 AND 4')
export class WorkPlanEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'smallint' })
  year!: number;

  @Column({ type: 'smallint' })
  quarter!: number;

  @Column({ type: 'text' })
  status!: WorkPlanStatus;

  @Column({ type: 'integer', default: 1 })
  revision!: number;

  @Column({ name: 'adopted_decision_id', type: 'uuid', nullable: true })
  adoptedDecisionId!: string | null;

  @ManyToOne(() => DecisionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'adopted_decision_id' })
  adoptedDecision?: Relation<DecisionEntity>;

  @Column({ name: 'report_status', type: 'text', default: 'NONE' })
  reportStatus!: WorkPlanReportStatus;

  @Column({ name: 'report_introduction', type: 'text', nullable: true })
  reportIntroduction!: string | null;

  @Column({ name: 'report_next_steps', type: 'text', nullable: true })
  reportNextSteps!: string | null;

  @Column({ name: 'report_snapshot', type: 'jsonb', nullable: true })
  reportSnapshot!: ReportSnapshot | null;

  @Column({ name: 'report_agenda_item_id', type: 'uuid', nullable: true })
  reportAgendaItemId!: string | null;

  @ManyToOne(() => AgendaItemEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'report_agenda_item_id' })
  reportAgendaItem?: Relation<AgendaItemEntity>;

  @Column({ name: 'report_decision_id', type: 'uuid', nullable: true })
  reportDecisionId!: string | null;

  @ManyToOne(() => DecisionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'report_decision_id' })
  reportDecision?: Relation<DecisionEntity>;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by' })
  creator?: Relation<UserEntity>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
