import { Column, JoinColumn, ManyToOne, Entity, PrimaryColumn } from 'typeorm';
import { UserEntity } from './user.entity';
import type { Relation } from 'typeorm';
import type { GlobalRole } from '@piano2030/shared-domain';

/** A platform-wide role held by an account, with who granted it and when. */
@Entity({ name: 'user_roles' })
export class UserRoleEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<UserEntity>;

  @PrimaryColumn({ type: 'text' })
  role!: GlobalRole;

  @Column({ name: 'granted_at', type: 'timestamptz', default: () => 'now()' })
  grantedAt!: Date;

  /** Null when granted by the system (start-up configuration, demo seed). */
  @Column({ name: 'granted_by', type: 'uuid', nullable: true })
  grantedBy!: string | null;
}
