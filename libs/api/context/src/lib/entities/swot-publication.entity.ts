import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** The committee published an area's SWOT: its edition number and the item versions it made public. */
@Entity({ name: 'swot_publications' })
export class SwotPublicationEntity {
  @PrimaryColumn({ name: 'area_code', type: 'text' })
  areaCode!: string;

  @PrimaryColumn({ type: 'integer' })
  edition!: number;

  @Column({ name: 'published_by', type: 'uuid' })
  publishedBy!: string;

  /** Every item public after this edition, as item id and version. */
  @Column({ type: 'jsonb' })
  items!: { itemId: string; version: number }[];

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @CreateDateColumn({ name: 'published_at', type: 'timestamptz' })
  publishedAt!: Date;
}
