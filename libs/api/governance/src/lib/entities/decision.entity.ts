import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  OneToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import type { Relation } from 'typeorm';
import type { OutcomeResult, VoteOutcome } from '@piano2030/shared-domain';
import { BodyEntity } from './body.entity';
import { MeetingEntity } from './meeting.entity';
import { VoteEntity } from './vote.entity';

/**
 * A decision (delibera): what a closed vote settled, numbered per body and calendar year
 * ("n. 3/2026"), with the outcome and the tally that explain it. Rows are never updated.
 */
@Entity({ name: 'decisions' })
@Unique('UQ_decisions_number', ['bodyId', 'year', 'number'])
export class DecisionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'body_id', type: 'uuid' })
  bodyId!: string;

  @ManyToOne(() => BodyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'body_id' })
  body?: Relation<BodyEntity>;

  @Column({ type: 'smallint' })
  year!: number;

  @Column({ type: 'integer' })
  number!: number;

  @Column({ type: 'text' })
  title!: string;

  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId!: string;

  @ManyToOne(() => MeetingEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'meeting_id' })
  meeting?: Relation<MeetingEntity>;

  @Column({ name: 'vote_id', type: 'uuid' })
  voteId!: string;

  @OneToOne(() => VoteEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'vote_id' })
  vote?: Relation<VoteEntity>;

  @Column({ type: 'text' })
  result!: OutcomeResult;

  @Column({ type: 'jsonb' })
  outcome!: VoteOutcome;

  @Column({ name: 'decided_at', type: 'timestamptz' })
  decidedAt!: Date;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
