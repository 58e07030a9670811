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
import { UserEntity } from '@piano2030/api-iam';
import { OrganisationEntity } from '@piano2030/api-participants';
import { ConsultationEntity } from './consultation.entity';

/** Who may take part in an invitation-only consultation: a person, or an organisation's representatives. */
@Entity({ name: 'consultation_invitations' })
@Index('UQ_consultation_invitations_user', ['consultationId', 'userId'], {
  unique: true,
  where: '"user_id" IS NOT NULL',
})
@Index('UQ_consultation_invitations_organisation', ['consultationId', 'organisationId'], {
  unique: true,
  where: '"organisation_id" IS NOT NULL',
})
@Check('CHK_consultation_invitations_one', `num_nonnulls("user_id", "organisation_id") = 1`)
export class ConsultationInvitationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'consultation_id', type: 'uuid' })
  consultationId!: string;

  @ManyToOne(() => ConsultationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'consultation_id' })
  consultation?: Relation<ConsultationEntity>;

  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<UserEntity>;

  @Column({ name: 'organisation_id', type: 'uuid', nullable: true })
  organisationId!: string | null;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Relation<OrganisationEntity>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
