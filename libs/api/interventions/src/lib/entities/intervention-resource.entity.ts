import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { NUMERIC_AS_NUMBER } from '@piano2030/api-core';
import type { FundingSource } from '@piano2030/shared-domain';
import { InterventionEntity } from './intervention.entity';

/** The amount an intervention needs in one year from one funding source, in euros. */
@Entity({ name: 'intervention_resources' })
@Check('CHK_intervention_resources_year', '"year" BETWEEN 2021 AND 2030')
@Check('CHK_intervention_resources_amount', '"amount" >= 0')
export class InterventionResourceEntity {
  @PrimaryColumn({ name: 'intervention_id', type: 'uuid' })
  interventionId!: string;

  @PrimaryColumn({ type: 'smallint' })
  year!: number;

  @PrimaryColumn({ type: 'text' })
  source!: FundingSource;

  @ManyToOne(() => InterventionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'intervention_id' })
  intervention?: Relation<InterventionEntity>;

  @Column({ type: 'numeric', precision: 14, scale: 2, transformer: NUMERIC_AS_NUMBER })
  amount!: number;
}
