import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type { Relation } from 'typeorm';
import type { PartyCode } from '@piano2030/shared-domain';
import type { MembershipRole } from '@piano2030/shared-domain';
import { UserEntity } from '@piano2030/api-iam';
import { PartyEntity } from '@piano2030/api-reference';
import { BodyEntity } from './body.entity';
import { DecisionEntity } from './decision.entity';

/**
 * A person's seat on a body, from designation to end. Ending keeps the row, so the composition of
 * any past date can be read back. At most one open membership per person and body, one open chair.
 */
@Entity({ name: 'memberships' })
@Index('UQ_memberships_open_person', ['bodyId', 'userId'], { unique: true, where: '"ended_on" IS NULL' })
@Index('UQ_memberships_open_chair', ['bodyId'], {
  unique: true,
  where: `"ended_on" IS NULL AND "role" = 'CHAIR'`,
})
@Check('CHK_memberships_term', '"term_to" IS NULL OR "term_to" >= "term_from"')
export class MembershipEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'body_id', type: 'uuid' })
  bodyId!: string;

  @ManyToOne(() => BodyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'body_id' })
  body?: Relation<BodyEntity>;

  @Index('IDX_memberships_user')
  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<UserEntity>;

  @Column({ type: 'text' })
  role!: MembershipRole;

  /** The Parte that designated the member; required on bodies whose seats are split between the Parti. */
  @Column({ name: 'party_code', type: 'text', nullable: true })
  partyCode!: PartyCode | null;

  @ManyToOne(() => PartyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'party_code' })
  party?: Relation<PartyEntity>;

  @Column({ name: 'designation_reference', type: 'text' })
  designationReference!: string;

  /** The Cabina decision behind an appointment to the Comitato operativo (Art. 5). */
  @Column({ name: 'decision_id', type: 'uuid', nullable: true })
  decisionId!: string | null;

  @ManyToOne(() => DecisionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'decision_id' })
  decision?: Relation<DecisionEntity>;

  @Column({ name: 'designation_date', type: 'date' })
  designationDate!: string;

  @Column({ name: 'term_from', type: 'date' })
  termFrom!: string;

  @Column({ name: 'term_to', type: 'date', nullable: true })
  termTo!: string | null;

  @Column({ name: 'alternate_user_id', type: 'uuid', nullable: true })
  alternateUserId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'alternate_user_id' })
  alternate?: Relation<UserEntity>;

  @Column({ name: 'ended_on', type: 'date', nullable: true })
  endedOn!: string | null;

  @Column({ name: 'end_reason', type: 'text', nullable: true })
  endReason!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
