import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { LocalizedText } from '@piano2030/shared-domain';

/** One of the eight intervention areas of Art. 3, in the protocol's order. */
@Entity({ name: 'intervention_areas' })
export class InterventionAreaEntity {
  @PrimaryColumn({ type: 'text' })
  code!: string;

  @Column({ type: 'smallint', unique: true })
  position!: number;

  @Column({ type: 'jsonb' })
  name!: LocalizedText;

  @Column({ type: 'jsonb' })
  description!: LocalizedText;
}
