import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, LessThan, type EntityManager } from 'typeorm';
import { GRAPHQL_LIMITS, type JsonObject } from '@piano2030/shared-domain';
import { AuditEntryEntity } from './entities/audit-entry.entity';

export interface AuditRecord {
  actorId: string | null;
  action: string;
  subjectType: string;
  subjectId?: string | null;
  data?: JsonObject;
}

@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Writes the entry with the caller's transaction manager, so it commits or rolls back with the change. */
  async record(manager: EntityManager, entry: AuditRecord): Promise<void> {
    // Plain SQL: TypeORM's insert typing cannot follow a recursive JSON type.
    await manager.query(
      'INSERT INTO audit_entries (actor_id, action, subject_type, subject_id, data) VALUES ($1, $2, $3, $4, $5)',
      [
        entry.actorId,
        entry.action,
        entry.subjectType,
        entry.subjectId ?? null,
        JSON.stringify(entry.data ?? {}),
      ],
    );
  }

  /** Newest first; `after` is the id of the last entry of the previous page. */
  async page(first: number, after?: string): Promise<{ items: AuditEntryEntity[]; hasMore: boolean }> {
    const take = Math.min(Math.max(first, 1), GRAPHQL_LIMITS.maxPageSize);
    const rows = await this.dataSource.getRepository(AuditEntryEntity).find({
      where: after ? { id: LessThan(after) } : {},
      order: { id: 'DESC' },
      take: take + 1,
    });
    return { items: rows.slice(0, take), hasMore: rows.length > take };
  }
}
