import { Module, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { LoaderRegistry, ScopedRooms, isUuid, localizedFieldsResolver } from '@piano2030/api-core';
import { GovernanceModule } from '@piano2030/api-governance';
import { ParticipantsModule } from '@piano2030/api-participants';
import { ConsultationAccess } from './consultation-access';
import { ConsultationClock } from './consultation-clock';
import { ConsultationEventLog } from './consultation-event-log';
import { ConsultationQueries } from './consultation-queries.service';
import { ConsultationScope } from './consultation-scope';
import { ContributionQueries } from './contribution-queries.service';
import { ContributionsResolver } from './contributions.resolver';
import { ContributionCommandsGateway } from './contribution-commands.gateway';
import { ContributionsService } from './contributions.service';
import { CONSULTATION_LOADERS, createConsultationLoaders } from './consultations.loaders';
import { ConsultationsResolver } from './consultations.resolver';
import { ConsultationsService } from './consultations.service';
import { SpeakerDirectory } from './speaker-directory';
import { ContributionDispositionResolver } from './contribution-disposition.resolver';
import { DispositionQueries } from './disposition-queries.service';
import { DispositionLoadersRegistration } from './dispositions.loaders';
import { DispositionsResolver } from './dispositions.resolver';
import { DispositionsService } from './dispositions.service';
import { NetiquetteRuleModel } from './models/moderation.model';
import { ModerationQueries } from './moderation-queries.service';
import { ModerationResolver } from './moderation.resolver';
import { ModerationService } from './moderation.service';
import { ReportsService } from './reports.service';

/** Public consultations (Art. 2): the document, contributions and their threads, moderation, answers. */
@Module({
  imports: [GovernanceModule, ParticipantsModule],
  providers: [
    ConsultationAccess,
    ConsultationEventLog,
    ConsultationScope,
    ConsultationsService,
    ConsultationQueries,
    ConsultationsResolver,
    ConsultationClock,
    SpeakerDirectory,
    ContributionsService,
    ContributionQueries,
    ContributionsResolver,
    ContributionCommandsGateway,
    // Moderation, reports and answers to contributions.
    ModerationService,
    ModerationQueries,
    ReportsService,
    ModerationResolver,
    localizedFieldsResolver(NetiquetteRuleModel, ['title', 'text']),
    DispositionsService,
    DispositionQueries,
    DispositionsResolver,
    ContributionDispositionResolver,
    DispositionLoadersRegistration,
  ],
})
export class ConsultationsModule implements OnModuleInit {
  constructor(
    private readonly loaders: LoaderRegistry,
    private readonly rooms: ScopedRooms,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    this.loaders.register(CONSULTATION_LOADERS, () => createConsultationLoaders(this.dataSource));
    // A consultation and its threads are heard by anyone once it is public (no longer a draft).
    const isPublic = async (id: string) =>
      isUuid(id) &&
      (await this.dataSource.query(`SELECT 1 FROM consultations WHERE id = $1 AND status <> 'DRAFT'`, [id]))
        .length > 0;
    this.rooms.registerOpen('consultation', async (_actor, id) => isPublic(id));
    this.rooms.registerOpen(
      'thread',
      async (_actor, id) =>
        isUuid(id) &&
        (
          await this.dataSource.query(
            `SELECT 1 FROM contributions t JOIN consultations c ON c.id = t.consultation_id
             WHERE t.id = $1 AND t.parent_id IS NULL AND c.status <> 'DRAFT'`,
            [id],
          )
        ).length > 0,
    );
  }
}
