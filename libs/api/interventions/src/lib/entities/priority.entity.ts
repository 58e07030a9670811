import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { Relation } from 'typeorm';
import { InterventionAreaEntity } from '@piano2030/api-reference';

/** A strategic priority of an area: what its interventions are grouped under. */
@Entity({ name: 'strategic_priorities' })
@Index('IDX_strategic_priorities_area', ['areaCode', 'position'])
export class PriorityEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'area_code', type: 'text' })
  areaCode!: string;

  @ManyToOne(() => InterventionAreaEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'area_code' })
  area?: Relation<InterventionAreaEntity>;

  @Column({ type: 'smallint' })
  position!: number;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ name: 'guideline_codes', type: 'text', array: true, default: () => "'{}'" })
  guidelineCodes!: string[];

  @Column({ type: 'integer', default: 1 })
  revision!: number;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
