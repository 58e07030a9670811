import { useQuery } from '@apollo/client/react';
import type { BodyKind, WorkPlanPeopleQuery } from '@piano2030/web-core';
import { useMemo } from 'react';
import { WorkPlanPeopleQueryDocument } from './work-plan-reference.query';

type Body = WorkPlanPeopleQuery['bodies'][number];
export type Person = Body['members'][number]['person'];
export type CabinaMeeting = Body['meetings'][number];
type Role = Body['members'][number]['role'];

export interface WorkPlanPeople {
  /** Current members of the Comitato operativo: who may own an activity. */
  committee: Person[];
  /** Experts whose engagement is active: who may contribute to an activity. */
  experts: { person: Person; theme: string | null }[];
  cabinaMeetings: CabinaMeeting[];
  /** Meetings of the Cabina di Regia that have not closed: where a proposal or report can go. */
  openCabinaMeetings: CabinaMeeting[];
  /** The roles a person holds on each body, as the work plan policy reads them. */
  standingOf: (personId: string) => { committee: Role[]; cabina: Role[] };
}

const bodyOf = (bodies: readonly Body[], kind: BodyKind) => bodies.find((body) => body.kind === kind);

/** The bodies' composition and the experts, public data that the work plan forms choose from. */
export function useWorkPlanPeople({ skip = false }: { skip?: boolean } = {}): WorkPlanPeople {
  const { data } = useQuery(WorkPlanPeopleQueryDocument, { skip });
  return useMemo(() => {
    const bodies = data?.bodies ?? [];
    const committee = bodyOf(bodies, 'OPERATIONAL_COMMITTEE');
    const cabina = bodyOf(bodies, 'STEERING_BOARD');
    const rolesOn = (body: Body | undefined, personId: string) =>
      (body?.members ?? []).filter((member) => member.person.id === personId).map((member) => member.role);
    // One person may hold several engagements; the form lists each person once.
    const experts = new Map<string, { person: Person; theme: string | null }>();
    for (const engagement of data?.experts ?? []) {
      if (engagement.active && !experts.has(engagement.person.id)) {
        experts.set(engagement.person.id, { person: engagement.person, theme: engagement.theme });
      }
    }
    return {
      committee: (committee?.members ?? []).map((member) => member.person),
      experts: [...experts.values()],
      cabinaMeetings: cabina?.meetings ?? [],
      openCabinaMeetings: (cabina?.meetings ?? []).filter((meeting) => meeting.status !== 'CLOSED'),
      standingOf: (personId) => ({
        committee: rolesOn(committee, personId),
        cabina: rolesOn(cabina, personId),
      }),
    };
  }, [data]);
}
