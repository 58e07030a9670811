import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AUTHENTICATED, type GlobalRole } from '@piano2030/shared-domain';
import { SessionAuthenticator, type Actor } from '@piano2030/api-core';
import { SessionEntity } from './entities/session.entity';
import { IAM_OPTIONS, type IamOptions } from './iam.options';

export interface OpenedSession {
  id: string;
  token: string;
  expiresAt: Date;
}

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

@Injectable()
export class SessionsService extends SessionAuthenticator {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(IAM_OPTIONS) private readonly options: IamOptions,
  ) {
    super();
  }

  async open(manager: EntityManager, userId: string): Promise<OpenedSession> {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + this.options.sessionTtlHours * 3_600_000);
    const inserted = await manager.insert(SessionEntity, { userId, tokenHash: hashToken(token), expiresAt });
    return { id: (inserted.identifiers[0] as { id: string }).id, token, expiresAt };
  }

  /** One statement per request: the live session and the roles of its account. */
  async authenticate(token: string): Promise<Actor | null> {
    if (!token || token.length > 128) return null;
    const rows: { id: string; user_id: string; display_name: string; roles: GlobalRole[] }[] =
      await this.dataSource.query(
        `SELECT s.id, s.user_id, u.display_name, array_remove(array_agg(r.role), NULL) AS roles
           FROM sessions s JOIN users u ON u.id = s.user_id
           LEFT JOIN user_roles r ON r.user_id = s.user_id
          WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now()
          GROUP BY s.id, u.display_name`,
        [hashToken(token)],
      );
    const row = rows[0];
    return row
      ? {
          sessionId: row.id,
          userId: row.user_id,
          displayName: row.display_name,
          roles: [AUTHENTICATED, ...row.roles],
        }
      : null;
  }

  async revoke(manager: EntityManager, sessionId: string): Promise<void> {
    await manager.update(SessionEntity, { id: sessionId }, { revokedAt: new Date() });
  }
}
