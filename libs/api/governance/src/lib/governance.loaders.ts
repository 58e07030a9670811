import DataLoader from 'dataloader';
import { IsNull, type DataSource } from 'typeorm';
import { manyBy, oneBy, type RequestContext } from '@piano2030/api-core';
import { PartyEntity } from '@piano2030/api-reference';
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

const MEMBERSHIP_ORDER = { role: 'ASC', termFrom: 'ASC', createdAt: 'ASC' } as const;

export function createGovernanceLoaders(dataSource: DataSource) {
  const repo = dataSource.getRepository.bind(dataSource);
  const memberships = repo(MembershipEntity);
  return {
    openMembershipsByBody: manyBy(memberships, 'bodyId', MEMBERSHIP_ORDER, { endedOn: IsNull() }),
    allMembershipsByBody: manyBy(memberships, 'bodyId', MEMBERSHIP_ORDER),
    membershipById: oneBy(memberships, 'id'),
    bodyById: oneBy(repo(BodyEntity), 'id'),
    meetingById: oneBy(repo(MeetingEntity), 'id'),
    meetingsByBody: manyBy(repo(MeetingEntity), 'bodyId', { startsAt: 'DESC' }),
    agendaByMeeting: manyBy(repo(AgendaItemEntity), 'meetingId', { position: 'ASC' }),
    attendanceByMeeting: manyBy(repo(AttendanceEntity), 'meetingId', { recordedAt: 'ASC' }),
    votesByAgendaItem: manyBy(repo(VoteEntity), 'agendaItemId', { openedAt: 'ASC' }),
    ballotsByVote: manyBy(repo(BallotEntity), 'voteId', { castAt: 'ASC' }),
    decisionById: oneBy(repo(DecisionEntity), 'id'),
    decisionByVote: oneBy(repo(DecisionEntity), 'voteId'),
    engagementById: oneBy(repo(ExpertEngagementEntity), 'id'),
    engagementsByUser: manyBy(repo(ExpertEngagementEntity), 'userId', { startsOn: 'ASC' }),
    opinionsByAgendaItem: manyBy(repo(ExpertOpinionEntity), 'agendaItemId', { createdAt: 'ASC' }),
    parties: new DataLoader<'all', PartyEntity[]>(async (keys) => {
      const parties = await repo(PartyEntity).find();
      return keys.map(() => parties);
    }),
  };
}

export const GOVERNANCE_LOADERS = 'governance';

export function governanceLoaders(context: RequestContext): ReturnType<typeof createGovernanceLoaders> {
  return context.loaders[GOVERNANCE_LOADERS] as ReturnType<typeof createGovernanceLoaders>;
}
