import { Check, Column, Entity, PrimaryColumn } from 'typeorm';
import type { LocalizedText, ProcessPhaseCode } from '@piano2030/shared-domain';

@Entity({ name: 'process_phases' })
@Check('CHK_process_phases_dates', '"ends_on" >= "starts_on"')
export class ProcessPhaseEntity {
  @PrimaryColumn({ type: 'text' })
  code!: ProcessPhaseCode;

  @Column({ type: 'smallint', unique: true })
  position!: number;

  @Column({ type: 'jsonb' })
  name!: LocalizedText;

  @Column({ type: 'jsonb' })
  description!: LocalizedText;

  /** Calendar days (YYYY-MM-DD), inclusive. */
  @Column({ name: 'starts_on', type: 'date' })
  startsOn!: string;

  @Column({ name: 'ends_on', type: 'date' })
  endsOn!: string;
}
