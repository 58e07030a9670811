import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, type FindOptionsWhere } from 'typeorm';
import { InvalidInputError, NotFoundError, isUuid } from '@piano2030/api-core';
import { todayInItaly, type VoteOutcome } from '@piano2030/shared-domain';
import { BodyEntity } from './entities/body.entity';
import { DecisionEntity } from './entities/decision.entity';
import type { VoteEntity } from './entities/vote.entity';

export const CABINA_CODE = 'CABINA_DI_REGIA';
export const COMMITTEE_CODE = 'COMITATO_OPERATIVO';

/** The decisions register: numbering per body and year, and the checks other acts make on it. */
@Injectable()
export class DecisionsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Numbers and stores a closed vote's decision; the body row lock keeps numbers gapless and unique. */
  async record(manager: EntityManager, vote: VoteEntity, outcome: VoteOutcome, decidedAt: Date) {
    await manager.findOne(BodyEntity, { where: { id: vote.bodyId }, lock: { mode: 'pessimistic_write' } });
    const year = Number(todayInItaly(decidedAt).slice(0, 4));
    const [{ last }] = await manager.query<{ last: number | null }[]>(
      'SELECT max(number) AS last FROM decisions WHERE body_id = $1 AND year = $2',
      [vote.bodyId, year],
    );
    return manager.save(
      manager.create(DecisionEntity, {
        bodyId: vote.bodyId,
        year,
        number: (last ?? 0) + 1,
        title: vote.title,
        meetingId: vote.meetingId,
        voteId: vote.id,
        result: outcome.result,
        outcome,
        decidedAt,
      }),
    );
  }

  /** Appointments to the Comitato and experts' engagements rest on an approved Cabina decision. */
  async requireApprovedCabinaDecision(manager: EntityManager, decisionId: string, field: string) {
    const decision = await manager.findOne(DecisionEntity, {
      where: { id: decisionId },
      relations: { body: true },
    });
    if (!decision) throw new NotFoundError('Decision', decisionId);
    if (decision.body?.code !== CABINA_CODE) {
      throw InvalidInputError.field(field, `${field} must be a decision of the Cabina di Regia`);
    }
    if (decision.result !== 'APPROVED') {
      throw InvalidInputError.field(
        field,
        `${field} must be an approved decision (n. ${decision.number}/${decision.year} was not approved)`,
      );
    }
    return decision;
  }

  /** A body's decisions taken between two calendar days (inclusive, Rome time), in order. */
  async decidedBetween(manager: EntityManager, bodyCode: string, from: string, to: string) {
    return manager
      .createQueryBuilder(DecisionEntity, 'd')
      .innerJoin('d.body', 'b', 'b.code = :bodyCode', { bodyCode })
      .where("(d.decided_at AT TIME ZONE 'Europe/Rome')::date BETWEEN :from AND :to", { from, to })
      .orderBy('d.year')
      .addOrderBy('d.number')
      .getMany();
  }

  list(filter: { bodyId?: string | null; year?: number | null }): Promise<DecisionEntity[]> {
    const where: FindOptionsWhere<DecisionEntity> = {};
    if (filter.bodyId) where.bodyId = filter.bodyId;
    if (filter.year) where.year = filter.year;
    return this.dataSource.getRepository(DecisionEntity).find({
      where,
      order: { year: 'DESC', number: 'DESC' },
      take: 500,
    });
  }

  async get(id: string): Promise<DecisionEntity> {
    const decision = isUuid(id)
      ? await this.dataSource.getRepository(DecisionEntity).findOneBy({ id })
      : null;
    if (!decision) throw new NotFoundError('Decision', id);
    return decision;
  }
}
