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
import { DecisionEntity } from './decision.entity';

/**
 * An external expert called on by the Cabina (Art. 4) for phases or areas, a theme, and dates,
 * with their declaration of interest. Their rights hold only inside that scope and those dates.
 */
@Entity({ name: 'expert_engagements' })
@Check('CHK_expert_engagements_dates', '"ends_on" >= "starts_on"')
@Check('CHK_expert_engagements_scope', 'cardinality("phase_codes") + cardinality("area_codes") > 0')
export class ExpertEngagementEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('IDX_expert_engagements_user')
  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<UserEntity>;

  /** The Cabina decision that called on the expert. */
  @Column({ name: 'decision_id', type: 'uuid' })
  decisionId!: string;

  @ManyToOne(() => DecisionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'decision_id' })
  decision?: Relation<DecisionEntity>;

  @Column({ name: 'phase_codes', type: 'text', array: true })
  phaseCodes!: string[];

  @Column({ name: 'area_codes', type: 'text', array: true })
  areaCodes!: string[];

  @Column({ type: 'text', nullable: true })
  theme!: string | null;

  @Column({ name: 'starts_on', type: 'date' })
  startsOn!: string;

  @Column({ name: 'ends_on', type: 'date' })
  endsOn!: string;

  @Column({ name: 'declaration_of_interest', type: 'text' })
  declarationOfInterest!: string;

  @Column({ name: 'ended_on', type: 'date', nullable: true })
  endedOn!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
