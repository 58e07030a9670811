import { Column, Entity, Index, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import type { DispositionOutcome } from '@piano2030/shared-domain';
import { ContributionEntity } from './contribution.entity';

/**
 * The committee's reasoned answer to a contribution. Prepared (published_at null) and then
 * published with others; the links say which intervention or SWOT version changed because of it.
 */
@Entity({ name: 'dispositions' })
@Index('IDX_dispositions_consultation', ['consultationId'])
@Index('IDX_dispositions_intervention', ['interventionId'], { where: '"intervention_id" IS NOT NULL' })
@Index('IDX_dispositions_swot_item', ['swotItemId'], { where: '"swot_item_id" IS NOT NULL' })
export class DispositionEntity {
  @PrimaryColumn({ name: 'contribution_id', type: 'uuid' })
  contributionId!: string;

  @OneToOne(() => ContributionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contribution_id' })
  contribution?: Relation<ContributionEntity>;

  @Column({ name: 'consultation_id', type: 'uuid' })
  consultationId!: string;

  @Column({ type: 'text' })
  outcome!: DispositionOutcome;

  @Column({ type: 'text' })
  reasons!: string;

  @Column({ name: 'intervention_id', type: 'uuid', nullable: true })
  interventionId!: string | null;

  /** The intervention version that carries the change (null: none yet, or not applicable). */
  @Column({ name: 'intervention_version', type: 'integer', nullable: true })
  interventionVersion!: number | null;

  @Column({ name: 'swot_item_id', type: 'uuid', nullable: true })
  swotItemId!: string | null;

  @Column({ name: 'swot_item_version', type: 'integer', nullable: true })
  swotItemVersion!: number | null;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @Column({ name: 'prepared_by', type: 'uuid' })
  preparedBy!: string;

  @UpdateDateColumn({ name: 'prepared_at', type: 'timestamptz' })
  preparedAt!: Date;

  @Column({ name: 'published_by', type: 'uuid', nullable: true })
  publishedBy!: string | null;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;
}
