import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import type { JsonObject } from '@piano2030/shared-domain';
import { ConsultationEntity } from './consultation.entity';

/**
 * The consultation room's log: each event with its sequence number, written in the transaction of
 * the change it reports, so a client that missed some asks for everything after the last it saw.
 */
@Entity({ name: 'consultation_events' })
// The notifications projector's queue (libs/api/notifications): events not yet turned into notifications.
@Index('IDX_consultation_events_unnotified', ['createdAt', 'seq'], { where: '"notified_at" IS NULL' })
export class ConsultationEventEntity {
  @PrimaryColumn({ name: 'consultation_id', type: 'uuid' })
  consultationId!: string;

  @PrimaryColumn({ type: 'integer' })
  seq!: number;

  @ManyToOne(() => ConsultationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'consultation_id' })
  consultation?: Relation<ConsultationEntity>;

  @Column({ type: 'text' })
  type!: string;

  @Column({ name: 'contribution_id', type: 'uuid', nullable: true })
  contributionId!: string | null;

  @Column({ name: 'thread_id', type: 'uuid', nullable: true })
  threadId!: string | null;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  data!: JsonObject;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  /** When the notifications projector read it, in its own transaction; null until then. */
  @Column({ name: 'notified_at', type: 'timestamptz', nullable: true })
  notifiedAt!: Date | null;
}
