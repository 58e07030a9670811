import { Check, Column, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { UserEntity } from '@piano2030/api-iam';
import { EMAIL_MODES, type EmailMode } from '@piano2030/shared-domain';

const modes = EMAIL_MODES.map((mode) => `'${mode}'`).join(', ');

/**
 * How a person wants to hear of each kind by e-mail (in-app notifications are always written), and
 * the last day (Europe/Rome) their digest was written. No row: every kind at once.
 */
@Entity({ name: 'notification_preferences' })
@Check(
  'CHK_notification_preferences_modes',
  `"reply_email" IN (${modes}) AND "disposition_email" IN (${modes}) AND "mention_email" IN (${modes}) AND "moderation_email" IN (${modes})`,
)
export class NotificationPreferencesEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @OneToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<UserEntity>;

  @Column({ name: 'reply_email', type: 'text', default: 'IMMEDIATE' })
  replyEmail!: EmailMode;

  @Column({ name: 'disposition_email', type: 'text', default: 'IMMEDIATE' })
  dispositionEmail!: EmailMode;

  @Column({ name: 'mention_email', type: 'text', default: 'IMMEDIATE' })
  mentionEmail!: EmailMode;

  @Column({ name: 'moderation_email', type: 'text', default: 'IMMEDIATE' })
  moderationEmail!: EmailMode;

  /** The day (Europe/Rome) of the last digest written: never two the same day. */
  @Column({ name: 'last_digest_on', type: 'date', nullable: true })
  lastDigestOn!: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
