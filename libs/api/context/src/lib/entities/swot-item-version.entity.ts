import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import type { SwotItemSnapshot } from '@piano2030/shared-domain';
import { SwotItemEntity } from './swot-item.entity';

/** One state of a SWOT item: who made it, when, why, and the content it had. Never changed. */
@Entity({ name: 'swot_item_versions' })
export class SwotItemVersionEntity {
  @PrimaryColumn({ name: 'item_id', type: 'uuid' })
  itemId!: string;

  @PrimaryColumn({ type: 'integer' })
  version!: number;

  @ManyToOne(() => SwotItemEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'item_id' })
  item?: Relation<SwotItemEntity>;

  @Column({ type: 'jsonb' })
  snapshot!: SwotItemSnapshot;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId!: string;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
