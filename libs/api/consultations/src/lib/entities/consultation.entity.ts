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
import { UserEntity } from '@piano2030/api-iam';
import type { ConsultationStatus, ParticipationMode } from '@piano2030/shared-domain';

/**
 * A public consultation: its document (the fields of the 2017 national guidelines), its window,
 * its settings and its counters. `version` is the optimistic lock of the document; `last_event_seq`
 * numbers the events of its room, allocated in the transaction that writes each change.
 */
@Entity({ name: 'consultations' })
@Index('IDX_consultations_status', ['status'])
@Check('CHK_consultations_window', `"closes_at" IS NULL OR "opens_at" IS NULL OR "closes_at" > "opens_at"`)
@Check('CHK_consultations_hide_after', `"hide_after_reports" BETWEEN 1 AND 50`)
export class ConsultationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  status!: ConsultationStatus;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @Column({ type: 'text' })
  title!: string;

  @Column({ name: 'area_codes', type: 'text', array: true, default: () => "'{}'" })
  areaCodes!: string[];

  @Column({ name: 'intervention_ids', type: 'uuid', array: true, default: () => "'{}'" })
  interventionIds!: string[];

  @Column({ name: 'swot_item_ids', type: 'uuid', array: true, default: () => "'{}'" })
  swotItemIds!: string[];

  /** A section of the plan document under consultation, by its heading. */
  @Column({ name: 'plan_section', type: 'text', nullable: true })
  planSection!: string | null;

  @Column({ type: 'text', default: '' })
  objectives!: string;

  @Column({ type: 'text', default: '' })
  context!: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  questions!: string[];

  @Column({ name: 'use_of_contributions', type: 'text', default: '' })
  useOfContributions!: string;

  @Column({ type: 'text', default: '' })
  timeline!: string;

  @Column({ name: 'results_report_due', type: 'date', nullable: true })
  resultsReportDue!: string | null;

  @Column({ name: 'opens_at', type: 'timestamptz', nullable: true })
  opensAt!: Date | null;

  @Column({ name: 'closes_at', type: 'timestamptz', nullable: true })
  closesAt!: Date | null;

  /** Shown publicly when the window is shorter than four weeks. */
  @Column({ name: 'short_window_reason', type: 'text', nullable: true })
  shortWindowReason!: string | null;

  @Column({ name: 'pre_moderation', type: 'boolean', default: false })
  preModeration!: boolean;

  @Column({ type: 'text', default: 'REGISTERED' })
  participation!: ParticipationMode;

  @Column({ name: 'hide_after_reports', type: 'integer', default: 3 })
  hideAfterReports!: number;

  @Column({ name: 'last_event_seq', type: 'integer', default: 0 })
  lastEventSeq!: number;

  /** Published contributions, kept with each change of status (dashboards read it, not count(*)). */
  @Column({ name: 'contribution_count', type: 'integer', default: 0 })
  contributionCount!: number;

  @Column({ name: 'opened_at', type: 'timestamptz', nullable: true })
  openedAt!: Date | null;

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
