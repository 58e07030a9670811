import { ConsultationEventEntity } from './entities/consultation-event.entity';
import { ConsultationInvitationEntity } from './entities/consultation-invitation.entity';
import { ConsultationEntity } from './entities/consultation.entity';
import { ContributionReportEntity } from './entities/contribution-report.entity';
import { ContributionRevisionEntity } from './entities/contribution-revision.entity';
import { ContributionSupportEntity } from './entities/contribution-support.entity';
import { ContributionEntity } from './entities/contribution.entity';
import { DispositionEntity } from './entities/disposition.entity';
import { ModerationActionEntity } from './entities/moderation-action.entity';

export const CONSULTATIONS_ENTITIES = [
  ConsultationEntity,
  ConsultationInvitationEntity,
  ConsultationEventEntity,
  ContributionEntity,
  ContributionRevisionEntity,
  ContributionSupportEntity,
  ContributionReportEntity,
  ModerationActionEntity,
  DispositionEntity,
];
