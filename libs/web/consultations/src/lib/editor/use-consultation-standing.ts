import { useQuery } from '@apollo/client/react';
import {
  decideConsultationAction,
  type BodyRole,
  type ConsultationAction,
  type ConsultationStatus,
} from '@piano2030/shared-domain';
import { useCurrentUser } from '@piano2030/web-core';
import { useMemo } from 'react';
import { ConsultationStandingQueryDocument } from '../shared/consultations.documents';

export interface ConsultationStandingView {
  /** Whether the account is known (signed in or not); false while it loads. */
  settled: boolean;
  signedIn: boolean;
  /** Signed in, and the committee's composition has arrived. */
  known: boolean;
  /** May the person do `action`, on a consultation in `status` when one is given? */
  may: (action: ConsultationAction, status?: ConsultationStatus) => boolean;
}

/**
 * What the signed-in person may do with consultations, read from the Comitato operativo's public
 * composition and the account's moderator role with the API's own policy. The API decides again;
 * this only spares people controls they could not use.
 */
export function useConsultationStanding(): ConsultationStandingView {
  const { user, loading } = useCurrentUser();
  const { data } = useQuery(ConsultationStandingQueryDocument, { skip: !user });
  return useMemo(() => {
    const settled = !loading;
    if (!user) return { settled, signedIn: false, known: false, may: () => false };
    if (!data) return { settled, signedIn: true, known: false, may: () => false };
    const committee = data.bodies
      .filter((body) => body.kind === 'OPERATIONAL_COMMITTEE')
      .flatMap((body) => body.members.filter((member) => member.person.id === user.id))
      .map((member) => member.role as BodyRole);
    const standing = { committee, moderator: user.roles.includes('MODERATOR') };
    return {
      settled,
      signedIn: true,
      known: true,
      may: (action, status) => decideConsultationAction(standing, action, status).allowed,
    };
  }, [user, loading, data]);
}
