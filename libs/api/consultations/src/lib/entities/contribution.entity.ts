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
} from 'typeorm';
import type { Relation } from 'typeorm';
import { UserEntity } from '@piano2030/api-iam';
import { OrganisationEntity } from '@piano2030/api-participants';
import type {
  AnchorKind,
  ContributionKind,
  ContributionStatus,
  StakeholderCategory,
} from '@piano2030/shared-domain';
import { ConsultationEntity } from './consultation.entity';

/**
 * A request, observation, proposal or comment. `thread_id` is the root contribution of its thread
 * (itself for a root), so a thread reads with one index; the counters are kept in the transactions
 * that change them. The idempotency key makes a retried post return the first one.
 */
@Entity({ name: 'contributions' })
@Unique('UQ_contributions_idempotency', ['authorId', 'idempotencyKey'])
@Index('IDX_contributions_roots', ['consultationId', 'createdAt', 'id'], { where: '"parent_id" IS NULL' })
@Index('IDX_contributions_replies', ['parentId', 'createdAt', 'id'])
@Index('IDX_contributions_thread', ['threadId'])
@Index('IDX_contributions_author', ['authorId', 'createdAt'])
@Index('IDX_contributions_status', ['consultationId', 'status'])
// Search's full-text and trigram expression indexes: made by their migration, left alone by TypeORM.
@Index('IDX_contributions_fts', { synchronize: false })
@Index('IDX_contributions_trgm', { synchronize: false })
@Check('CHK_contributions_depth', `"depth" BETWEEN 1 AND 3`)
@Check('CHK_contributions_root', `("parent_id" IS NULL) = ("depth" = 1)`)
@Check('CHK_contributions_counts', `"reply_count" >= 0 AND "support_count" >= 0 AND "report_count" >= 0`)
export class ContributionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'consultation_id', type: 'uuid' })
  consultationId!: string;

  @ManyToOne(() => ConsultationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'consultation_id' })
  consultation?: Relation<ConsultationEntity>;

  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId!: string | null;

  @ManyToOne(() => ContributionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_id' })
  parent?: Relation<ContributionEntity>;

  @Column({ name: 'thread_id', type: 'uuid' })
  threadId!: string;

  @Column({ type: 'integer' })
  depth!: number;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id' })
  author?: Relation<UserEntity>;

  /** Set when the author spoke as a verified representative of an organisation. */
  @Column({ name: 'organisation_id', type: 'uuid', nullable: true })
  organisationId!: string | null;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Relation<OrganisationEntity>;

  /** The speaker's stakeholder category when posting (CITIZEN for a person speaking for themselves). */
  @Column({ type: 'text' })
  category!: StakeholderCategory;

  @Column({ type: 'text' })
  kind!: ContributionKind;

  @Column({ type: 'text' })
  body!: string;

  @Column({ name: 'anchor_kind', type: 'text', nullable: true })
  anchorKind!: AnchorKind | null;

  /** An intervention or SWOT item id, or a paragraph reference of the consultation document. */
  @Column({ name: 'anchor_ref', type: 'text', nullable: true })
  anchorRef!: string | null;

  @Column({ type: 'text' })
  status!: ContributionStatus;

  /** Why a moderator hid or rejected it, told to the author. */
  @Column({ name: 'moderation_reason', type: 'text', nullable: true })
  moderationReason!: string | null;

  @Column({ name: 'idempotency_key', type: 'text' })
  idempotencyKey!: string;

  @Column({ name: 'reply_count', type: 'integer', default: 0 })
  replyCount!: number;

  @Column({ name: 'support_count', type: 'integer', default: 0 })
  supportCount!: number;

  @Column({ name: 'report_count', type: 'integer', default: 0 })
  reportCount!: number;

  @Column({ name: 'edit_count', type: 'integer', default: 0 })
  editCount!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'edited_at', type: 'timestamptz', nullable: true })
  editedAt!: Date | null;
}
