import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import type { BallotChoice } from '@piano2030/shared-domain';
import { UserEntity } from '@piano2030/api-iam';
import { MembershipEntity } from './membership.entity';
import { VoteEntity } from './vote.entity';

/**
 * One seat's vote: the key (vote, membership) makes a second cast an update, so a seat never holds
 * two ballots. `castBy` is the member, or their alternate when the meeting was delegated.
 */
@Entity({ name: 'ballots' })
export class BallotEntity {
  @PrimaryColumn({ name: 'vote_id', type: 'uuid' })
  voteId!: string;

  @ManyToOne(() => VoteEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'vote_id' })
  vote?: Relation<VoteEntity>;

  @PrimaryColumn({ name: 'membership_id', type: 'uuid' })
  membershipId!: string;

  @ManyToOne(() => MembershipEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'membership_id' })
  membership?: Relation<MembershipEntity>;

  @Column({ type: 'text' })
  choice!: BallotChoice;

  @Column({ name: 'cast_by', type: 'uuid' })
  castBy!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'cast_by' })
  caster?: Relation<UserEntity>;

  @UpdateDateColumn({ name: 'cast_at', type: 'timestamptz' })
  castAt!: Date;
}
