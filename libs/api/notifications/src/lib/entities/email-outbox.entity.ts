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
import { UserEntity } from '@piano2030/api-iam';
import { EMAIL_KINDS, type EmailKind } from '@piano2030/shared-domain';

/**
 * Every e-mail the platform sends, written in the transaction of what it tells. The mail sender
 * delivers unsent rows when SMTP_URL is set; otherwise administrators read them here.
 */
@Entity({ name: 'email_outbox' })
@Index('IDX_email_outbox_created', ['createdAt', 'id'])
@Index('IDX_email_outbox_unsent', ['nextAttemptAt'], { where: '"sent_at" IS NULL' })
@Check('CHK_email_outbox_kind', `"kind" IN (${EMAIL_KINDS.map((kind) => `'${kind}'`).join(', ')})`)
export class EmailOutboxEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<UserEntity>;

  /** The address when it was written. */
  @Column({ name: 'to_address', type: 'text' })
  toAddress!: string;

  @Column({ type: 'text' })
  subject!: string;

  /** Plain text: Italian first, then English. */
  @Column({ name: 'text_body', type: 'text' })
  textBody!: string;

  @Column({ type: 'text' })
  kind!: EmailKind;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt!: Date | null;

  /** Delivery attempts so far; the sender gives up after a few and keeps the last error. */
  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError!: string | null;

  /** Not tried again before this time (the back-off after a failure). */
  @Column({ name: 'next_attempt_at', type: 'timestamptz', default: () => 'now()' })
  nextAttemptAt!: Date;
}
