import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { PublicNameMode } from '@piano2030/shared-domain';

@Entity({ name: 'users' })
@Check('CHK_users_public_name_mode', `"public_name_mode" IN ('INITIALS', 'FULL_NAME')`)
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Stored trimmed and lower-cased, so uniqueness ignores case. */
  @Column({ type: 'text', unique: true })
  email!: string;

  @Column({ name: 'password_hash', type: 'text' })
  passwordHash!: string;

  @Column({ name: 'display_name', type: 'text' })
  displayName!: string;

  /** How others see the person in public: initials by default (shared/domain publicNameOf). */
  @Column({ name: 'public_name_mode', type: 'text', default: 'INITIALS' })
  publicNameMode!: PublicNameMode;

  /** When the person accepted the privacy notice; null only for accounts older than the notice. */
  @Column({ name: 'privacy_consent_at', type: 'timestamptz', nullable: true })
  privacyConsentAt!: Date | null;

  /** Which version of the notice was accepted (PRIVACY_NOTICE_VERSION at the time). */
  @Column({ name: 'privacy_notice_version', type: 'text', nullable: true })
  privacyNoticeVersion!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
