import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { LocalizedText } from '@piano2030/shared-domain';

/** One of the six guidelines of Art. 3 that every priority and intervention refers to. */
@Entity({ name: 'guidelines' })
export class GuidelineEntity {
  @PrimaryColumn({ type: 'text' })
  code!: string;

  @Column({ type: 'smallint', unique: true })
  position!: number;

  @Column({ type: 'jsonb' })
  title!: LocalizedText;

  @Column({ type: 'jsonb' })
  description!: LocalizedText;
}
