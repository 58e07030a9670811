import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { AgendaItemEntity } from './agenda-item.entity';
import { ExpertEngagementEntity } from './expert-engagement.entity';

/** An expert's written opinion (parere) on an agenda item inside their engagement. */
@Entity({ name: 'expert_opinions' })
export class ExpertOpinionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'engagement_id', type: 'uuid' })
  engagementId!: string;

  @ManyToOne(() => ExpertEngagementEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'engagement_id' })
  engagement?: Relation<ExpertEngagementEntity>;

  @Column({ name: 'agenda_item_id', type: 'uuid' })
  agendaItemId!: string;

  @ManyToOne(() => AgendaItemEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agenda_item_id' })
  agendaItem?: Relation<AgendaItemEntity>;

  @Column({ type: 'text' })
  text!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
