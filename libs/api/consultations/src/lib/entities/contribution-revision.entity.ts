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
import { ContributionEntity } from './contribution.entity';

/** The text a contribution had before each edit: edits are allowed for 15 minutes, and all of them show. */
@Entity({ name: 'contribution_revisions' })
@Index('IDX_contribution_revisions_contribution', ['contributionId', 'createdAt'])
export class ContributionRevisionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'contribution_id', type: 'uuid' })
  contributionId!: string;

  @ManyToOne(() => ContributionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contribution_id' })
  contribution?: Relation<ContributionEntity>;

  @Column({ type: 'text' })
  body!: string;

  /** When this text was replaced. */
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
