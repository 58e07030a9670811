import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import {
  ConflictError,
  InvalidInputError,
  NotFoundError,
  enforceVerdict,
  isUuid,
  type Actor,
} from '@piano2030/api-core';
import { AuditService } from '@piano2030/api-audit';
import {
  decideConsultationAction,
  dispositionProblems,
  isDisposable,
  type ConsultationStanding,
  type JsonObject,
} from '@piano2030/shared-domain';
import { CONTRIBUTION_EVENTS } from '@piano2030/shared-realtime-contracts';
import { ConsultationAccess } from './consultation-access';
import { ConsultationEventLog, type LoggedEvent } from './consultation-event-log';
import { dispositionRowsByContributions, type DispositionRow } from './disposition-rows';
import type { PublishDispositionsInput, SetDispositionInput } from './dto/disposition.inputs';
import { ConsultationEntity } from './entities/consultation.entity';
import { ContributionEntity } from './entities/contribution.entity';
import { DispositionEntity } from './entities/disposition.entity';

type Content = Pick<
  DispositionEntity,
  'outcome' | 'reasons' | 'interventionId' | 'interventionVersion' | 'swotItemId' | 'swotItemVersion'
>;

const CONTENT_KEYS: readonly (keyof Content)[] = [
  'outcome',
  'reasons',
  'interventionId',
  'interventionVersion',
  'swotItemId',
  'swotItemVersion',
];

/**
 * The committee's answers to contributions. An answer is prepared (seen by the committee only),
 * then published with others in one go and becomes official; changing a published answer
 * publishes the new version at once, and the audit keeps both. Writes lock the consultation row
 * first (the order of every consultation write), then the answer.
 */
@Injectable()
export class DispositionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ConsultationAccess,
    private readonly eventLog: ConsultationEventLog,
    private readonly audit: AuditService,
  ) {}

  async set(actor: Actor, input: SetDispositionInput): Promise<DispositionRow> {
    const events: LoggedEvent[] = [];
    await this.dataSource.transaction(async (manager) => {
      // Standing first: an outsider learns nothing about the contribution.
      const standing = await this.requireCommittee(manager, actor);
      const problems = dispositionProblems(input);
      if (Object.keys(problems).length) throw new InvalidInputError(problems);
      const contribution = await manager.findOneBy(ContributionEntity, { id: input.contributionId });
      if (!contribution) throw new NotFoundError('Contribution', input.contributionId);
      const consultation = await this.lockConsultation(manager, contribution.consultationId);
      enforceVerdict(decideConsultationAction(standing, 'DISPOSE_CONTRIBUTIONS', consultation.status));
      if (!isDisposable(contribution.status)) {
        throw new ConflictError(
          `The contribution is ${contribution.status}: only published or hidden contributions get an answer.`,
          { status: contribution.status },
        );
      }
      await this.requireLinks(manager, input);
      const content: Content = {
        outcome: input.outcome,
        reasons: input.reasons.trim(),
        interventionId: input.interventionId ?? null,
        interventionVersion: input.interventionVersion ?? null,
        swotItemId: input.swotItemId ?? null,
        swotItemVersion: input.swotItemVersion ?? null,
      };
      const existing = await manager.findOne(DispositionEntity, {
        where: { contributionId: contribution.id },
        lock: { mode: 'pessimistic_write' },
      });
      requireExpectedVersion(existing, input.expectedVersion ?? null);
      if (existing && CONTENT_KEYS.every((key) => existing[key] === content[key])) {
        throw InvalidInputError.field('contributionId', 'the answer is unchanged');
      }
      const republish = !!existing?.publishedAt;
      const version = (existing?.version ?? 0) + 1;
      const publication = republish ? { publishedAt: new Date(), publishedBy: actor.userId } : {};
      if (existing) {
        await manager.update(DispositionEntity, existing.contributionId, {
          ...content,
          version,
          preparedBy: actor.userId,
          ...publication,
        });
      } else {
        await manager.insert(DispositionEntity, {
          ...content,
          contributionId: contribution.id,
          consultationId: contribution.consultationId,
          version,
          preparedBy: actor.userId,
        });
      }
      await this.audit.record(manager, {
        actorId: actor.userId,
        action: republish ? 'disposition.revised' : 'disposition.prepared',
        subjectType: 'contribution',
        subjectId: contribution.id,
        data: {
          ...(existing ? { before: { ...contentData(existing), version: existing.version } } : {}),
          after: { ...contentData(content), version, published: republish },
        },
      });
      if (republish) {
        events.push(
          await this.eventLog.record(manager, contribution.consultationId, CONTRIBUTION_EVENTS.ANSWERED, {
            contribution,
          }),
        );
      }
    });
    this.eventLog.publish(events);
    const [row] = await dispositionRowsByContributions(this.dataSource.manager, [input.contributionId]);
    return row;
  }

  /** Publishes the prepared answers of a consultation (all, or those listed) together; returns how many. */
  async publish(actor: Actor, input: PublishDispositionsInput): Promise<number> {
    const events: LoggedEvent[] = [];
    const listed = input.contributionIds ? [...new Set(input.contributionIds)] : null;
    const count = await this.dataSource.transaction(async (manager) => {
      const standing = await this.requireCommittee(manager, actor);
      const consultation = await this.lockConsultation(manager, input.consultationId);
      enforceVerdict(decideConsultationAction(standing, 'DISPOSE_CONTRIBUTIONS', consultation.status));
      const [published] = (await manager.query(
        `UPDATE dispositions SET published_at = now(), published_by = $2
         WHERE consultation_id = $1 AND published_at IS NULL AND ($3::uuid[] IS NULL OR contribution_id = ANY($3::uuid[]))
         RETURNING contribution_id, outcome, reasons, version, intervention_id, intervention_version,
                   swot_item_id, swot_item_version`,
        [consultation.id, actor.userId, listed],
      )) as [Record<string, unknown>[], number];
      const ids = published.map((row) => row.contribution_id as string);
      const missing = (listed ?? []).filter((id) => !ids.includes(id));
      if (missing.length) {
        throw InvalidInputError.field(
          'contributionIds',
          `these contributions have no prepared answer in this consultation: ${missing.join(', ')}`,
        );
      }
      if (!ids.length)
        throw new ConflictError('There are no prepared answers to publish in this consultation.');
      for (const row of published) {
        await this.audit.record(manager, {
          actorId: actor.userId,
          action: 'disposition.published',
          subjectType: 'contribution',
          subjectId: row.contribution_id as string,
          data: {
            after: {
              consultationId: consultation.id,
              outcome: row.outcome as string,
              version: row.version as number,
              interventionId: row.intervention_id as string | null,
              interventionVersion: row.intervention_version as number | null,
              swotItemId: row.swot_item_id as string | null,
              swotItemVersion: row.swot_item_version as number | null,
            },
          },
        });
      }
      const contributions = await manager.find(ContributionEntity, {
        where: { id: In(ids) },
        order: { createdAt: 'ASC', id: 'ASC' },
      });
      for (const contribution of contributions) {
        events.push(
          await this.eventLog.record(manager, consultation.id, CONTRIBUTION_EVENTS.ANSWERED, {
            contribution,
          }),
        );
      }
      return ids.length;
    });
    this.eventLog.publish(events);
    return count;
  }

  async requireCommittee(manager: EntityManager, actor: Actor): Promise<ConsultationStanding> {
    const standing = await this.access.standing(manager, actor);
    enforceVerdict(decideConsultationAction(standing, 'DISPOSE_CONTRIBUTIONS'));
    return standing;
  }

  private async lockConsultation(manager: EntityManager, id: string): Promise<ConsultationEntity> {
    const consultation = isUuid(id)
      ? await manager.findOne(ConsultationEntity, { where: { id }, lock: { mode: 'pessimistic_write' } })
      : null;
    if (!consultation) throw new NotFoundError('Consultation', id);
    return consultation;
  }

  /** A linked intervention or SWOT item must exist, and so must a version named of it. */
  private async requireLinks(manager: EntityManager, input: SetDispositionInput): Promise<void> {
    const links = [
      {
        id: input.interventionId,
        version: input.interventionVersion,
        field: 'intervention',
        what: 'an intervention',
        items: 'interventions',
        versions: 'intervention_versions',
        key: 'intervention_id',
      },
      {
        id: input.swotItemId,
        version: input.swotItemVersion,
        field: 'swotItem',
        what: 'a SWOT item',
        items: 'swot_items',
        versions: 'swot_item_versions',
        key: 'item_id',
      },
    ];
    for (const link of links) {
      if (!link.id) continue;
      const [found] = (await manager.query(
        `SELECT ($2::integer IS NULL OR EXISTS (
           SELECT 1 FROM ${link.versions} v WHERE v.${link.key} = t.id AND v.version = $2::integer
         )) AS has_version
         FROM ${link.items} t WHERE t.id = $1`,
        [link.id, link.version ?? null],
      )) as { has_version: boolean }[];
      if (!found) throw InvalidInputError.field(`${link.field}Id`, `${link.id} is not ${link.what}`);
      if (!found.has_version) {
        throw InvalidInputError.field(
          `${link.field}Version`,
          `${link.what} ${link.id} has no version ${link.version}`,
        );
      }
    }
  }
}

function requireExpectedVersion(existing: DispositionEntity | null, expected: number | null): void {
  if (!existing) {
    if (expected !== null) {
      throw new ConflictError(
        'The contribution has no answer yet: leave expectedVersion out to prepare one.',
        {
          currentVersion: null,
        },
      );
    }
    return;
  }
  if (expected === null) {
    throw InvalidInputError.field(
      'expectedVersion',
      `the contribution already has an answer (version ${existing.version}): give the version you are changing`,
    );
  }
  if (expected !== existing.version) {
    throw new ConflictError(
      `The answer was changed meanwhile: it is at version ${existing.version}, not ${expected}. Read it again.`,
      { currentVersion: existing.version },
    );
  }
}

function contentData(content: Content): JsonObject {
  return {
    outcome: content.outcome,
    reasons: content.reasons,
    interventionId: content.interventionId,
    interventionVersion: content.interventionVersion,
    swotItemId: content.swotItemId,
    swotItemVersion: content.swotItemVersion,
  };
}
