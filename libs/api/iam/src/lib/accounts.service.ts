import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, QueryFailedError, type EntityManager } from 'typeorm';
import {
  PRIVACY_NOTICE_VERSION,
  SIGN_IN_LIMITS,
  type GlobalRole,
  type PublicNameMode,
} from '@piano2030/shared-domain';
import {
  ConflictError,
  InvalidInputError,
  NotFoundError,
  RateLimiter,
  type Actor,
} from '@piano2030/api-core';
import { AuditService } from '@piano2030/api-audit';
import { UserRoleEntity } from './entities/user-role.entity';
import { UserEntity } from './entities/user.entity';
import { PasswordHasher } from './password-hasher';
import { publicNames } from './public-names';
import { SessionsService, type OpenedSession } from './sessions.service';
import { normaliseDisplayName, normaliseEmail } from './normalise';
import type { RegisterInput } from './dto/register.input';

export interface AccountSpec {
  email: string;
  password: string;
  displayName: string;
  roles: GlobalRole[];
}

const UNIQUE_VIOLATION = '23505';

@Injectable()
export class AccountsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionsService,
    private readonly audit: AuditService,
    private readonly limiter: RateLimiter,
  ) {}

  /**
   * Creates the account and signs it in, recording when the privacy notice was accepted and which
   * version; without that consent, or with a taken e-mail, it writes nothing.
   */
  async register(
    input: RegisterInput,
    clientIp: string,
  ): Promise<{ user: UserEntity; session: OpenedSession }> {
    this.limiter.hit({
      key: `register:ip:${clientIp}`,
      limit: SIGN_IN_LIMITS.registrationsPerIp,
      windowSeconds: SIGN_IN_LIMITS.windowSeconds,
      message: 'Too many registrations from this network. Try again later.',
    });
    if (input.privacyConsent !== true) {
      throw InvalidInputError.field('privacyConsent', 'accept the privacy notice to register');
    }
    const email = normaliseEmail(input.email);
    const displayName = normaliseDisplayName(input.displayName);
    if (displayName.length < 2) throw InvalidInputError.field('displayName', 'displayName must not be blank');
    const passwordHash = await this.hasher.hash(input.password);
    try {
      return await this.dataSource.transaction(async (manager) => {
        const user = await this.insertUser(manager, email, passwordHash, displayName);
        await this.audit.record(manager, {
          actorId: user.id,
          action: 'account.registered',
          subjectType: 'user',
          subjectId: user.id,
          data: { privacyNoticeVersion: PRIVACY_NOTICE_VERSION },
        });
        const session = await this.sessions.open(manager, user.id);
        return { user, session };
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw new ConflictError('An account with this e-mail already exists.');
      throw error;
    }
  }

  /**
   * Makes sure an account exists with at least these roles (start-up administrator, demo
   * accounts). An existing account keeps its password: configuration never resets one. A new
   * account's privacy consent is recorded as given at provisioning, by whoever provisions it.
   */
  async ensureAccount(spec: AccountSpec): Promise<{ user: UserEntity; created: boolean }> {
    const email = normaliseEmail(spec.email);
    const existing = await this.dataSource.getRepository(UserEntity).findOneBy({ email });
    const passwordHash = existing ? null : await this.hasher.hash(spec.password);
    return this.dataSource.transaction(async (manager) => {
      const user = existing ?? (await this.insertUser(manager, email, passwordHash!, spec.displayName));
      if (!existing) {
        await this.audit.record(manager, {
          actorId: null,
          action: 'account.provisioned',
          subjectType: 'user',
          subjectId: user.id,
          data: { privacyNoticeVersion: PRIVACY_NOTICE_VERSION },
        });
      }
      for (const role of spec.roles) await this.grantRole(manager, user.id, role, null);
      return { user, created: !existing };
    });
  }

  findByEmail(email: string): Promise<UserEntity | null> {
    return this.dataSource.getRepository(UserEntity).findOneBy({ email: normaliseEmail(email) });
  }

  findById(id: string): Promise<UserEntity | null> {
    return this.dataSource.getRepository(UserEntity).findOneBy({ id });
  }

  /** Chooses how the actor appears in public; choosing the current mode changes (and audits) nothing. */
  setPublicNameMode(actor: Actor, mode: PublicNameMode): Promise<UserEntity> {
    return this.dataSource.transaction(async (manager) => {
      const user = await manager.findOne(UserEntity, {
        where: { id: actor.userId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!user) throw new NotFoundError('Account', actor.userId);
      if (user.publicNameMode === mode) return user;
      const before = user.publicNameMode;
      user.publicNameMode = mode;
      const saved = await manager.save(user);
      await this.audit.record(manager, {
        actorId: actor.userId,
        action: 'account.public-name-changed',
        subjectType: 'user',
        subjectId: user.id,
        data: { before: { publicNameMode: before }, after: { publicNameMode: mode } },
      });
      return saved;
    });
  }

  /**
   * How each person appears in public (initials unless they chose their full name), by account id,
   * for documents that name participants (consultation reports, exports).
   */
  publicNames(manager: EntityManager, ids: readonly string[]): Promise<Map<string, string>> {
    return publicNames(manager, ids);
  }

  /** Display names by account id, for documents that name people (reports, exports). */
  async displayNames(manager: EntityManager, ids: readonly string[]): Promise<Map<string, string>> {
    const rows = ids.length
      ? await manager.find(UserEntity, {
          where: { id: In([...ids]) },
          select: { id: true, displayName: true },
        })
      : [];
    return new Map(rows.map((row) => [row.id, row.displayName]));
  }

  /** Every new account has accepted the current privacy notice, now. */
  private async insertUser(manager: EntityManager, email: string, passwordHash: string, displayName: string) {
    return manager.save(
      manager.create(UserEntity, {
        email,
        passwordHash,
        displayName,
        privacyConsentAt: new Date(),
        privacyNoticeVersion: PRIVACY_NOTICE_VERSION,
      }),
    );
  }

  private async grantRole(
    manager: EntityManager,
    userId: string,
    role: GlobalRole,
    grantedBy: string | null,
  ) {
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(UserRoleEntity)
      .values({ userId, role, grantedBy })
      .orIgnore()
      .execute();
    // ON CONFLICT DO NOTHING returns no row when the account already held the role.
    if ((result.raw as unknown[]).length > 0) {
      await this.audit.record(manager, {
        actorId: grantedBy,
        action: 'role.granted',
        subjectType: 'user',
        subjectId: userId,
        data: { role },
      });
    }
  }
}

function isUniqueViolation(error: unknown): boolean {
  return (
    error instanceof QueryFailedError && (error.driverError as { code?: string }).code === UNIQUE_VIOLATION
  );
}
