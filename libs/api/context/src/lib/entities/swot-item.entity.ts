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
import type { SwotEvidence, SwotItemStatus, SwotQuadrant } from '@piano2030/shared-domain';
import { InterventionAreaEntity } from '@piano2030/api-reference';

/**
 * An item of an area's SWOT analysis in its current state; every state it went through is a row
 * of swot_item_versions. `version` is the optimistic lock and the number of the latest version.
 */
@Entity({ name: 'swot_items' })
@Index('IDX_swot_items_area', ['areaCode', 'quadrant'])
// Search's full-text and trigram expression indexes: made by their migration, left alone by TypeORM.
@Index('IDX_swot_items_fts', { synchronize: false })
@Index('IDX_swot_items_trgm', { synchronize: false })
@Check('CHK_swot_items_weight', '"weight" BETWEEN 1 AND 5')
export class SwotItemEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'area_code', type: 'text' })
  areaCode!: string;

  @ManyToOne(() => InterventionAreaEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'area_code' })
  area?: Relation<InterventionAreaEntity>;

  @Column({ type: 'text' })
  quadrant!: SwotQuadrant;

  @Column({ type: 'text' })
  text!: string;

  @Column({ type: 'smallint' })
  weight!: number;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  evidence!: SwotEvidence[];

  @Column({ type: 'text' })
  status!: SwotItemStatus;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy!: string;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
