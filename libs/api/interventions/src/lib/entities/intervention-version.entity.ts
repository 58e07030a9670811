import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import type { InterventionSnapshot } from '@piano2030/shared-domain';
import { InterventionEntity } from './intervention.entity';

/** One saved state of an intervention: who, when, why, and all of its content. Never changed. */
@Entity({ name: 'intervention_versions' })
export class InterventionVersionEntity {
  @PrimaryColumn({ name: 'intervention_id', type: 'uuid' })
  interventionId!: string;

  @PrimaryColumn({ type: 'integer' })
  version!: number;

  @ManyToOne(() => InterventionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'intervention_id' })
  intervention?: Relation<InterventionEntity>;

  @Column({ type: 'jsonb' })
  snapshot!: InterventionSnapshot;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId!: string;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
