import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { LocalizedText, VotingRules } from '@piano2030/shared-domain';

/** A collegial body of the process: the Cabina di Regia (Art. 4) or the Comitato operativo (Art. 5). */
@Entity({ name: 'bodies' })
export class BodyEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text', unique: true })
  code!: string;

  @Column({ type: 'text' })
  kind!: 'STEERING_BOARD' | 'OPERATIONAL_COMMITTEE';

  @Column({ type: 'smallint', unique: true })
  position!: number;

  @Column({ type: 'jsonb' })
  name!: LocalizedText;

  @Column({ type: 'jsonb' })
  description!: LocalizedText;

  /** Voting seats, or null when the body has no fixed size. */
  @Column({ type: 'smallint', nullable: true })
  seats!: number | null;

  /** Seats each Parte designates (the Cabina: 3 + 3), or null when designation is not split. */
  @Column({ name: 'seats_per_party', type: 'smallint', nullable: true })
  seatsPerParty!: number | null;

  @Column({ name: 'voting_rules', type: 'jsonb' })
  votingRules!: VotingRules;

  /** Show only the turnout while a vote is open. */
  @Column({ name: 'results_hidden_until_close', type: 'boolean' })
  resultsHiddenUntilClose!: boolean;
}
