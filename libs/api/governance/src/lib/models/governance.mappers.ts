import type { BodyEntity } from '../entities/body.entity';
import type { MembershipEntity } from '../entities/membership.entity';
import type { BodyModel } from './body.model';
import type { MembershipModel } from './membership.model';

export function toBodyModel(e: BodyEntity): BodyModel {
  const { quorum, ...rules } = e.votingRules;
  return {
    id: e.id,
    code: e.code,
    kind: e.kind,
    seats: e.seats,
    seatsPerParty: e.seatsPerParty,
    resultsHiddenUntilClose: e.resultsHiddenUntilClose,
    votingRules: { quorumMembers: quorum.kind === 'AT_LEAST' ? quorum.members : null, ...rules },
    texts: { name: e.name, description: e.description },
  };
}

export function toMembershipModel(e: MembershipEntity): MembershipModel {
  return {
    id: e.id,
    bodyId: e.bodyId,
    userId: e.userId,
    alternateUserId: e.alternateUserId,
    decisionId: e.decisionId,
    role: e.role,
    partyCode: e.partyCode,
    designationReference: e.designationReference,
    designationDate: e.designationDate,
    termFrom: e.termFrom,
    termTo: e.termTo,
    endedOn: e.endedOn,
    endReason: e.endReason,
  };
}
