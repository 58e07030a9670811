import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import type { AttendanceStatus } from '@piano2030/shared-domain';
import { UserEntity } from '@piano2030/api-iam';
import { MeetingEntity } from './meeting.entity';
import { MembershipEntity } from './membership.entity';

/** Whether a member attended a meeting, was absent, or delegated it to their alternate. */
@Entity({ name: 'attendances' })
export class AttendanceEntity {
  @PrimaryColumn({ name: 'meeting_id', type: 'uuid' })
  meetingId!: string;

  @ManyToOne(() => MeetingEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'meeting_id' })
  meeting?: Relation<MeetingEntity>;

  @PrimaryColumn({ name: 'membership_id', type: 'uuid' })
  membershipId!: string;

  @ManyToOne(() => MembershipEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'membership_id' })
  membership?: Relation<MembershipEntity>;

  @Column({ type: 'text' })
  status!: AttendanceStatus;

  @Column({ name: 'recorded_by', type: 'uuid' })
  recordedBy!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'recorded_by' })
  recorder?: Relation<UserEntity>;

  @UpdateDateColumn({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;
}
