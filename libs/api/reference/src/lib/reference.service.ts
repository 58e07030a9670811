import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { PUBLIC_ROOM } from '@piano2030/shared-realtime-contracts';
import { DomainEventBus, InvalidInputError, NotFoundError, type Actor } from '@piano2030/api-core';
import { AuditService } from '@piano2030/api-audit';
import { GuidelineEntity } from './entities/guideline.entity';
import { InterventionAreaEntity } from './entities/intervention-area.entity';
import { PartyEntity } from './entities/party.entity';
import { ProcessPhaseEntity } from './entities/process-phase.entity';
import type { UpdateProcessPhaseInput } from './dto/update-process-phase.input';

/** The protocol's fixed frame: the two Parti, eight areas, six guidelines and the process phases. */
@Injectable()
export class ReferenceService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly events: DomainEventBus,
  ) {}

  parties(): Promise<PartyEntity[]> {
    return this.dataSource.getRepository(PartyEntity).find({ order: { position: 'ASC' } });
  }

  areas(): Promise<InterventionAreaEntity[]> {
    return this.dataSource.getRepository(InterventionAreaEntity).find({ order: { position: 'ASC' } });
  }

  async area(code: string): Promise<InterventionAreaEntity> {
    const area = await this.dataSource.getRepository(InterventionAreaEntity).findOneBy({ code });
    if (!area) throw new NotFoundError('Intervention area', code);
    return area;
  }

  guidelines(): Promise<GuidelineEntity[]> {
    return this.dataSource.getRepository(GuidelineEntity).find({ order: { position: 'ASC' } });
  }

  phases(): Promise<ProcessPhaseEntity[]> {
    return this.dataSource.getRepository(ProcessPhaseEntity).find({ order: { position: 'ASC' } });
  }

  async updatePhase(actor: Actor, input: UpdateProcessPhaseInput): Promise<ProcessPhaseEntity> {
    if (input.endsOn < input.startsOn) {
      throw InvalidInputError.field('endsOn', 'endsOn must be on or after startsOn');
    }
    const updated = await this.dataSource.transaction(async (manager) => {
      const phase = await manager.findOne(ProcessPhaseEntity, {
        where: { code: input.code },
        lock: { mode: 'pessimistic_write' },
      });
      if (!phase) throw new NotFoundError('Process phase', input.code);
      const before = { startsOn: phase.startsOn, endsOn: phase.endsOn };
      Object.assign(phase, { startsOn: input.startsOn, endsOn: input.endsOn });
      await manager.save(phase);
      await this.audit.record(manager, {
        actorId: actor.userId,
        action: 'process-phase.dates-changed',
        subjectType: 'process-phase',
        subjectId: phase.code,
        data: { before, after: { startsOn: input.startsOn, endsOn: input.endsOn } },
      });
      return phase;
    });
    this.events.publish({
      type: 'process-phase.updated',
      rooms: [PUBLIC_ROOM],
      payload: { code: updated.code, startsOn: updated.startsOn, endsOn: updated.endsOn },
      occurredAt: new Date(),
    });
    return updated;
  }
}
