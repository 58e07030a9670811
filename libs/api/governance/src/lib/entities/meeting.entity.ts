import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type { Relation } from 'typeorm';
import type { MeetingStatus, MinutesStatus } from '@piano2030/shared-domain';
import { UserEntity } from '@piano2030/api-iam';
import { BodyEntity } from './body.entity';

/** A meeting (seduta) of a body: convened by the chair, opened, closed; its minutes approved later. */
@Entity({ name: 'meetings' })
@Index('IDX_meetings_body_starts', ['bodyId', 'startsAt'])
export class MeetingEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'body_id', type: 'uuid' })
  bodyId!: string;

  @ManyToOne(() => BodyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'body_id' })
  body?: Relation<BodyEntity>;

  @Column({ type: 'text' })
  title!: string;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt!: Date;

  @Column({ type: 'text', nullable: true })
  place!: string | null;

  /** The video call for remote participants. */
  @Column({ type: 'text', nullable: true })
  link!: string | null;

  @Column({ type: 'text' })
  status!: MeetingStatus;

  @Column({ name: 'convened_by', type: 'uuid' })
  convenedBy!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'convened_by' })
  convener?: Relation<UserEntity>;

  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt!: Date | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  minutes!: string | null;

  @Column({ name: 'minutes_status', type: 'text' })
  minutesStatus!: MinutesStatus;

  /** The later meeting at which the minutes were approved. */
  @Column({ name: 'minutes_approved_at_meeting_id', type: 'uuid', nullable: true })
  minutesApprovedAtMeetingId!: string | null;

  @ManyToOne(() => MeetingEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'minutes_approved_at_meeting_id' })
  minutesApprovedAtMeeting?: Relation<MeetingEntity>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
