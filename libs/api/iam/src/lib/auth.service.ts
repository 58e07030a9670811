import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { SIGN_IN_LIMITS } from '@piano2030/shared-domain';
import { RateLimiter, UnauthenticatedError, type Actor } from '@piano2030/api-core';
import { AuditService } from '@piano2030/api-audit';
import { UserEntity } from './entities/user.entity';
import { PasswordHasher } from './password-hasher';
import { SessionsService, type OpenedSession } from './sessions.service';
import { normaliseEmail } from './normalise';
import type { LoginInput } from './dto/login.input';

const WRONG_CREDENTIALS = 'Wrong e-mail or password.';

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionsService,
    private readonly audit: AuditService,
    private readonly limiter: RateLimiter,
  ) {}

  /**
   * Unknown e-mail and wrong password fail alike, in message and in time. Every attempt counts
   * against the client address; failures also count against the e-mail address.
   */
  async login(input: LoginInput, clientIp: string): Promise<{ user: UserEntity; session: OpenedSession }> {
    const email = normaliseEmail(input.email);
    const emailLimit = {
      key: `sign-in:email:${email}`,
      limit: SIGN_IN_LIMITS.failuresPerEmail,
      windowSeconds: SIGN_IN_LIMITS.windowSeconds,
      message: 'Too many failed sign-in attempts for this account. Try again later.',
    };
    this.limiter.hit({
      key: `sign-in:ip:${clientIp}`,
      limit: SIGN_IN_LIMITS.attemptsPerIp,
      windowSeconds: SIGN_IN_LIMITS.windowSeconds,
      message: 'Too many sign-in attempts from this network. Try again later.',
    });
    this.limiter.check(emailLimit);
    const user = await this.dataSource.getRepository(UserEntity).findOneBy({ email });
    if (!(await this.hasher.verify(user?.passwordHash ?? null, input.password)) || !user) {
      this.limiter.hit(emailLimit);
      throw new UnauthenticatedError(WRONG_CREDENTIALS);
    }
    this.limiter.reset(emailLimit.key);
    const session = await this.dataSource.transaction(async (manager) => {
      const opened = await this.sessions.open(manager, user.id);
      await this.audit.record(manager, {
        actorId: user.id,
        action: 'session.opened',
        subjectType: 'session',
        subjectId: opened.id,
      });
      return opened;
    });
    return { user, session };
  }

  async logout(actor: Actor): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await this.sessions.revoke(manager, actor.sessionId);
      await this.audit.record(manager, {
        actorId: actor.userId,
        action: 'session.closed',
        subjectType: 'session',
        subjectId: actor.sessionId,
      });
    });
  }
}
