import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import type { VoteStatus } from '@piano2030/shared-domain';
import { UserEntity } from '@piano2030/api-iam';
import { AgendaItemEntity } from './agenda-item.entity';
import { BodyEntity } from './body.entity';
import { MeetingEntity } from './meeting.entity';

/**
 * A vote on an agenda item: open during the meeting, or until a deadline (then members vote
 * without attending). At most one open vote per item.
 */
@Entity({ name: 'votes' })
@Index('UQ_votes_open_item', ['agendaItemId'], { unique: true, where: `"status" = 'OPEN'` })
@Index('IDX_votes_open_deadline', ['deadline'], { where: `"status" = 'OPEN' AND "deadline" IS NOT NULL` })
export class VoteEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'body_id', type: 'uuid' })
  bodyId!: string;

  @ManyToOne(() => BodyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'body_id' })
  body?: Relation<BodyEntity>;

  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId!: string;

  @ManyToOne(() => MeetingEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'meeting_id' })
  meeting?: Relation<MeetingEntity>;

  @Column({ name: 'agenda_item_id', type: 'uuid' })
  agendaItemId!: string;

  @ManyToOne(() => AgendaItemEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agenda_item_id' })
  agendaItem?: Relation<AgendaItemEntity>;

  /** The motion put to the vote. */
  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  status!: VoteStatus;

  @Column({ type: 'timestamptz', nullable: true })
  deadline!: Date | null;

  @Column({ name: 'opened_by', type: 'uuid' })
  openedBy!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'opened_by' })
  opener?: Relation<UserEntity>;

  @Column({ name: 'opened_at', type: 'timestamptz' })
  openedAt!: Date;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt!: Date | null;
}
