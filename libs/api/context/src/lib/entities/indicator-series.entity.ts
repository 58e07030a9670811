import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { LocalizedText } from '@piano2030/shared-domain';

export type IndicatorOrigin = 'RPP2020' | 'UPLOAD';

/** Where a figure was printed: a document and its 1-based line range, or a web page. */
export interface IndicatorSource {
  /** Who produced the data (Istat, Infocamere, Prometeia...). */
  producer: string;
  document: string | null;
  lines: [number, number] | null;
  url: string | null;
}

/**
 * One indicator series: its metadata, whether it concerns every area (cross-cutting), and a hash
 * of what was imported so re-running the import changes nothing unless the file did.
 */
@Entity({ name: 'indicator_series' })
export class IndicatorSeriesEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text', unique: true })
  code!: string;

  @Column({ type: 'jsonb' })
  title!: LocalizedText;

  @Column({ type: 'text' })
  unit!: string;

  @Column({ type: 'text' })
  territory!: string;

  /** province, region, nation, chamber-activity... */
  @Column({ type: 'text' })
  scope!: string;

  @Column({ type: 'jsonb' })
  source!: IndicatorSource;

  /** Remarks that come with the figures: comparisons, doubts, missing chart data. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  notes!: string[];

  @Column({ type: 'text' })
  origin!: IndicatorOrigin;

  @Column({ name: 'cross_cutting', type: 'boolean', default: false })
  crossCutting!: boolean;

  @Column({ name: 'content_hash', type: 'text' })
  contentHash!: string;

  @Column({ type: 'integer', default: 1 })
  revision!: number;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
