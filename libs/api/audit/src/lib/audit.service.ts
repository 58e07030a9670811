import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { GRAPHQL_LIMITS, type JsonObject } from '@piano2030/shared-domain';
import { AuditEntryEntity } from './entities/audit-entry.entity';
import type { AuditLogArgs } from './dto/audit-log.args';

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

  /** Newest first, filtered; `after` is the id of the last entry of the previous page. */
  async page(args: AuditLogArgs): Promise<{ items: AuditEntryEntity[]; hasMore: boolean }> {
    const take = Math.min(Math.max(args.first, 1), GRAPHQL_LIMITS.maxPageSize);
    const query = this.dataSource.getRepository(AuditEntryEntity).createQueryBuilder('e');
    if (args.after) query.andWhere('e.id < :after', { after: args.after });
    if (args.action?.endsWith('.')) query.andWhere('starts_with(e.action, :action)', { action: args.action });
    else if (args.action) query.andWhere('e.action = :action', { action: args.action });
    if (args.actorId) query.andWhere('e.actor_id = :actorId', { actorId: args.actorId });
    if (args.subjectType) query.andWhere('e.subject_type = :subjectType', { subjectType: args.subjectType });
    if (args.subjectId) query.andWhere('e.subject_id = :subjectId', { subjectId: args.subjectId });
    if (args.from) query.andWhere('e.occurred_at >= :from', { from: args.from });
    if (args.to) query.andWhere('e.occurred_at < :to', { to: args.to });
    const rows = await query
      .orderBy('e.id', 'DESC')
      .take(take + 1)
      .getMany();
    return { items: rows.slice(0, take), hasMore: rows.length > take };
  }
}
