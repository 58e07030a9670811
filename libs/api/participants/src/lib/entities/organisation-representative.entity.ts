import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { UserEntity } from '@piano2030/api-iam';
import { REPRESENTATION_STATUSES, type RepresentationStatus } from '@piano2030/shared-domain';
import { OrganisationEntity } from './organisation.entity';

const statuses = REPRESENTATION_STATUSES.map((status) => `'${status}'`).join(', ');

/**
 * A person's request to act on an organisation's behalf and its outcome. The decision columns hold
 * the latest decision (verification, rejection or revocation); the audit trail keeps every one.
 */
@Entity({ name: 'organisation_representatives' })
@Index('UQ_organisation_representatives_live', ['organisationId', 'userId'], {
  unique: true,
  where: `"status" IN ('PENDING', 'VERIFIED')`,
})
@Index('IDX_organisation_representatives_user', ['userId'])
@Index('IDX_organisation_representatives_status', ['status', 'requestedAt'])
@Check('CHK_organisation_representatives_status', `"status" IN (${statuses})`)
@Check(
  'CHK_organisation_representatives_decision',
  `("status" = 'PENDING') = ("decided_at" IS NULL) AND ("decided_at" IS NULL) = ("decided_by" IS NULL)`,
)
export class OrganisationRepresentativeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Relation<OrganisationEntity>;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<UserEntity>;

  /** The person's role in the organisation, e.g. "Presidente". */
  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', default: 'PENDING' })
  status!: RepresentationStatus;

  @Column({ name: 'requested_at', type: 'timestamptz', default: () => 'now()' })
  requestedAt!: Date;

  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedBy!: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  /** Why it was rejected or revoked; told to the person. Null for a verification. */
  @Column({ name: 'decision_reason', type: 'text', nullable: true })
  decisionReason!: string | null;
}
