import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { Relation } from 'typeorm';
import type { AgendaSubject } from '@piano2030/shared-domain';
import { InterventionAreaEntity, ProcessPhaseEntity } from '@piano2030/api-reference';
import { MeetingEntity } from './meeting.entity';

/**
 * One point of a meeting's agenda (ordine del giorno). Its area and phase place it in an expert's
 * scope; the subject says what it is about until work plans and interventions have their records.
 */
@Entity({ name: 'agenda_items' })
@Unique('UQ_agenda_items_position', ['meetingId', 'position'])
export class AgendaItemEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId!: string;

  @ManyToOne(() => MeetingEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'meeting_id' })
  meeting?: Relation<MeetingEntity>;

  @Column({ type: 'smallint' })
  position!: number;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ name: 'subject_kind', type: 'text' })
  subjectKind!: AgendaSubject;

  /** The act, document or record the item is about: a number, a title or a link. */
  @Column({ name: 'subject_reference', type: 'text', nullable: true })
  subjectReference!: string | null;

  @Column({ name: 'area_code', type: 'text', nullable: true })
  areaCode!: string | null;

  @ManyToOne(() => InterventionAreaEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'area_code' })
  area?: Relation<InterventionAreaEntity>;

  @Column({ name: 'phase_code', type: 'text', nullable: true })
  phaseCode!: string | null;

  @ManyToOne(() => ProcessPhaseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'phase_code' })
  phase?: Relation<ProcessPhaseEntity>;
}
