import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { LocalizedText, PartyCode } from '@piano2030/shared-domain';

/** A body that signed the protocol (Parte) and designates half of the Cabina di Regia. */
@Entity({ name: 'parties' })
export class PartyEntity {
  @PrimaryColumn({ type: 'text' })
  code!: PartyCode;

  /** Order of signature in the protocol: the Provincia first, then the Camera. */
  @Column({ type: 'smallint', unique: true })
  position!: number;

  @Column({ type: 'jsonb' })
  name!: LocalizedText;

  @Column({ name: 'short_name', type: 'jsonb' })
  shortName!: LocalizedText;

  @Column({ type: 'text', nullable: true })
  website!: string | null;
}
