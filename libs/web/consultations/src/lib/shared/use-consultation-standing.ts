import { useQuery } from '@apollo/client/react';
import { decideConsultationAction, type BodyRole } from '@piano2030/shared-domain';
import { useCurrentUser } from '@piano2030/web-core';
import { useMemo } from 'react';
import { ConsultationStandingQueryDocument } from './consultations.documents';

export interface ConsultationStandingView {
  /** Signed in, and the committee's composition has arrived. */
  known: boolean;
  /** Runs consultations and answers contributions (a drafting member of the Comitato operativo). */
  committee: boolean;
  /** Holds the platform's moderator role. */
  moderator: boolean;
}

const NOBODY: ConsultationStandingView = { known: false, committee: false, moderator: false };

/**
 * What the signed-in person may do with consultations, read from the Comitato operativo's public
 * composition with the API's own policy. The API decides again; this only spares people controls
 * they could not use (and shows the committee its drafts' way in).
 */
export function useConsultationStanding(): ConsultationStandingView {
  const { user } = useCurrentUser();
  const { data } = useQuery(ConsultationStandingQueryDocument, { skip: !user });
  return useMemo(() => {
    if (!user || !data) return NOBODY;
    const committee: BodyRole[] = data.bodies
      .filter((body) => body.kind === 'OPERATIONAL_COMMITTEE')
      .flatMap((body) => body.members.filter((member) => member.person.id === user.id))
      .map((member) => member.role as BodyRole);
    const standing = { committee, moderator: user.roles.includes('MODERATOR') };
    return {
      known: true,
      committee: decideConsultationAction(standing, 'MANAGE_CONSULTATION').allowed,
      moderator: standing.moderator,
    };
  }, [user, data]);
}
