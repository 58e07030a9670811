import { VOTING_ROLES, type Voter } from '@piano2030/shared-domain';
import type { AttendanceEntity } from './entities/attendance.entity';
import type { BallotEntity } from './entities/ballot.entity';
import type { MembershipEntity } from './entities/membership.entity';

/**
 * The voting seats as the outcome function sees them. A seat is present when its member attended
 * or delegated to the alternate, or when a ballot was cast for it (a vote kept open until a
 * deadline is answered without attending).
 */
export function toVoters(
  memberships: readonly MembershipEntity[],
  attendance: readonly AttendanceEntity[],
  ballots: readonly BallotEntity[] = [],
): Voter[] {
  return memberships
    .filter((m) => VOTING_ROLES.includes(m.role))
    .map((m) => {
      const status = attendance.find((a) => a.membershipId === m.id)?.status;
      const ballot = ballots.find((b) => b.membershipId === m.id);
      return {
        party: m.partyCode,
        present: status === 'PRESENT' || status === 'DELEGATED' || ballot !== undefined,
        recused: ballot?.choice === 'RECUSED',
        isChair: m.role === 'CHAIR',
        choice: ballot && ballot.choice !== 'RECUSED' ? ballot.choice : null,
      };
    });
}
