import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type { Relation } from 'typeorm';
import type { ContributionStatus, ModerationDecision } from '@piano2030/shared-domain';
import { ContributionEntity } from './contribution.entity';

/**
 * The moderation log: every change of a contribution's visibility, by a moderator or by the
 * reports threshold (moderator null), with the reason the author is told.
 */
@Entity({ name: 'moderation_actions' })
@Index('IDX_moderation_actions_contribution', ['contributionId', 'createdAt'])
@Index('IDX_moderation_actions_consultation', ['consultationId', 'createdAt'])
export class ModerationActionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'contribution_id', type: 'uuid' })
  contributionId!: string;

  @ManyToOne(() => ContributionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contribution_id' })
  contribution?: Relation<ContributionEntity>;

  @Column({ name: 'consultation_id', type: 'uuid' })
  consultationId!: string;

  /** Null when the reports threshold hid it automatically. */
  @Column({ name: 'moderator_id', type: 'uuid', nullable: true })
  moderatorId!: string | null;

  /** AUTO_HIDE when the threshold acted. */
  @Column({ type: 'text' })
  decision!: ModerationDecision | 'AUTO_HIDE';

  @Column({ name: 'from_status', type: 'text' })
  fromStatus!: ContributionStatus;

  @Column({ name: 'to_status', type: 'text' })
  toStatus!: ContributionStatus;

  @Column({ type: 'text' })
  reason!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
