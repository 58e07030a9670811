import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { UserEntity } from '@piano2030/api-iam';
import type { ReportReason } from '@piano2030/shared-domain';
import { ContributionEntity } from './contribution.entity';

/** A report of a contribution against the netiquette; one per person, so N reports are N people. */
@Entity({ name: 'contribution_reports' })
export class ContributionReportEntity {
  @PrimaryColumn({ name: 'contribution_id', type: 'uuid' })
  contributionId!: string;

  @PrimaryColumn({ name: 'reporter_id', type: 'uuid' })
  reporterId!: string;

  @ManyToOne(() => ContributionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contribution_id' })
  contribution?: Relation<ContributionEntity>;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'reporter_id' })
  reporter?: Relation<UserEntity>;

  @Column({ type: 'text' })
  reason!: ReportReason;

  @Column({ type: 'text', default: '' })
  note!: string;

  /** Cleared when a moderator reviews the contribution: later reports count afresh. */
  @Column({ type: 'boolean', default: true })
  open!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
