import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { ORGANISATION_CATEGORIES, type OrganisationCategory } from '@piano2030/shared-domain';

const categories = ORGANISATION_CATEGORIES.map((category) => `'${category}'`).join(', ');

/**
 * A stakeholder organisation: registered by the first person asking to represent it, shown in public
 * once an administrator has verified one of its representatives.
 */
@Entity({ name: 'organisations' })
@Unique('UQ_organisations_name_key', ['nameKey'])
@Unique('UQ_organisations_tax_code', ['taxCode'])
@Check('CHK_organisations_category', `"category" IN (${categories})`)
export class OrganisationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** As registered, spaces tidied (shared/domain normaliseOrganisationName). */
  @Column({ type: 'text' })
  name!: string;

  /** The name lower-cased: two organisations never share it (shared/domain organisationNameKey). */
  @Column({ name: 'name_key', type: 'text' })
  nameKey!: string;

  @Column({ type: 'text' })
  category!: OrganisationCategory;

  /** Partita IVA or codice fiscale, in capitals without spaces; checked, never shown in public. */
  @Column({ name: 'tax_code', type: 'text', nullable: true })
  taxCode!: string | null;

  @Column({ type: 'text', nullable: true })
  website!: string | null;

  /** Who registered it, with their first request to represent it. */
  @Column({ name: 'created_by', type: 'uuid' })
  createdBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
