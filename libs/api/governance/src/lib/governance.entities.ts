import { AgendaItemEntity } from './entities/agenda-item.entity';
import { AttendanceEntity } from './entities/attendance.entity';
import { BallotEntity } from './entities/ballot.entity';
import { BodyEntity } from './entities/body.entity';
import { DecisionEntity } from './entities/decision.entity';
import { ExpertEngagementEntity } from './entities/expert-engagement.entity';
import { ExpertOpinionEntity } from './entities/expert-opinion.entity';
import { MeetingEntity } from './entities/meeting.entity';
import { MembershipEntity } from './entities/membership.entity';
import { VoteEntity } from './entities/vote.entity';

export const GOVERNANCE_ENTITIES = [
  BodyEntity,
  MembershipEntity,
  MeetingEntity,
  AgendaItemEntity,
  AttendanceEntity,
  VoteEntity,
  BallotEntity,
  DecisionEntity,
  ExpertEngagementEntity,
  ExpertOpinionEntity,
];
