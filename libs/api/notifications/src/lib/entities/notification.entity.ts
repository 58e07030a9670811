import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type { Relation } from 'typeorm';
import { ConsultationEntity, ContributionEntity } from '@piano2030/api-consultations';
import { UserEntity } from '@piano2030/api-iam';
import {
  EMAIL_MODES,
  NOTIFICATION_KINDS,
  type EmailMode,
  type NotificationKind,
} from '@piano2030/shared-domain';

const quoted = (values: readonly string[]) => values.map((value) => `'${value}'`).join(', ');

/** What the list shows, fixed when written: only public texts and public names, never an e-mail. */
export interface NotificationData {
  consultationTitle: string;
  /** Up to 200 characters of the contribution's text. */
  excerpt: string;
  /** Who acted, by their public name (REPLY, MENTION). */
  actorName?: string;
  /** The organisation they spoke for, if any. */
  organisationName?: string;
  /** The name the mention used: the person's own, or their organisation's (MENTION). */
  mentioned?: string;
  /** The committee's answer (DISPOSITION). */
  outcome?: string;
  /** The answer's reasons (DISPOSITION) or the moderator's reason (MODERATION), shortened. */
  reason?: string;
}

/**
 * One thing a person is told, written by the projector from one event of a consultation's log
 * (`consultation_id`, `event_seq`): at most one per person per event, whatever the retries.
 */
@Entity({ name: 'notifications' })
@Index('UQ_notifications_event_user', ['consultationId', 'eventSeq', 'userId'], { unique: true })
@Index('IDX_notifications_user', ['userId', 'createdAt', 'id'])
@Index('IDX_notifications_unread', ['userId'], { where: '"read_at" IS NULL' })
@Index('IDX_notifications_digest', ['userId'], { where: `"email_mode" = 'DAILY' AND "emailed_at" IS NULL` })
@Check('CHK_notifications_kind', `"kind" IN (${quoted(NOTIFICATION_KINDS)})`)
@Check('CHK_notifications_email_mode', `"email_mode" IN (${quoted(EMAIL_MODES)})`)
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<UserEntity>;

  @Column({ type: 'text' })
  kind!: NotificationKind;

  @Column({ name: 'consultation_id', type: 'uuid' })
  consultationId!: string;

  @ManyToOne(() => ConsultationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'consultation_id' })
  consultation?: Relation<ConsultationEntity>;

  /** The event of the consultation's log it comes from. */
  @Column({ name: 'event_seq', type: 'integer' })
  eventSeq!: number;

  @Column({ name: 'contribution_id', type: 'uuid' })
  contributionId!: string;

  @ManyToOne(() => ContributionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contribution_id' })
  contribution?: Relation<ContributionEntity>;

  @Column({ type: 'jsonb' })
  data!: NotificationData;

  /** The person's e-mail choice for this kind when it was written. */
  @Column({ name: 'email_mode', type: 'text' })
  emailMode!: EmailMode;

  /** When an e-mail about it went to the outbox: at once, or with the digest. */
  @Column({ name: 'emailed_at', type: 'timestamptz', nullable: true })
  emailedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt!: Date | null;
}
