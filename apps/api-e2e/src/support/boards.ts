import type { GraphQLClient } from '@piano2030/api-testing';
import type { RunningApi } from './api-process';
import { registeredBrowser } from './sign-in';

export const inMinutes = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();

/** Runs a GraphQL call that must succeed, and returns its data. */
export async function ok<T>(
  client: GraphQLClient,
  query: string,
  variables?: Record<string, unknown>,
): Promise<T> {
  const response = await client.request<T>(query, variables);
  if (response.errors) throw new Error(`${query}: ${JSON.stringify(response.errors)}`);
  return response.data as T;
}

export interface Person {
  client: GraphQLClient;
  id: string;
}

/** The two bodies as a test needs them: seated, with the decisions that seat the committee and an expert. */
export interface Boards {
  cabinaId: string;
  committeeId: string;
  people: Record<string, Person>;
  /** Membership ids by person. */
  seats: Record<string, string>;
  /** The Cabina decision that appointed the committee and engaged the expert. */
  decisionId: string;
}

const CABINA = ['chair', 'p2', 'p3', 'c1', 'c2', 'c3'] as const;

/**
 * Seats the Cabina di Regia (chair, five members, a secretary), holds its first meeting to approve
 * the appointments, seats the Comitato operativo (k1 chair, k2 and k3 members, ks secretary) and
 * engages an expert for `expertAreas`. Everything goes through the API, as users would.
 */
export async function seatBoards(
  api: RunningApi,
  admin: GraphQLClient,
  expertAreas: string[],
): Promise<Boards> {
  const people: Record<string, Person> = {};
  for (const name of [...CABINA, 'secretary', 'k1', 'k2', 'k3', 'ks', 'expert', 'outsider']) {
    const client = await registeredBrowser(api, `${name}@example.org`);
    people[name] = { client, id: (await ok<{ me: { id: string } }>(client, '{ me { id } }')).me.id };
  }
  const { bodies } = await ok<{ bodies: { id: string }[] }>(api.client(), '{ bodies { id } }');
  const [cabinaId, committeeId] = bodies.map((b) => b.id);
  const seats: Record<string, string> = {};
  const appoint = async (
    bodyId: string,
    who: string,
    role: string,
    partyCode: string | null,
    decisionId?: string,
  ) => {
    const { appointMember } = await ok<{ appointMember: { id: string } }>(
      admin,
      'mutation ($input: AppointMemberInput!) { appointMember(input: $input) { id } }',
      {
        input: {
          bodyId,
          userId: people[who].id,
          role,
          partyCode,
          decisionId,
          designationReference: 'Atto n. 1/2026',
          designationDate: '2026-01-01',
          termFrom: '2026-01-01',
        },
      },
    );
    seats[who] = appointMember.id;
  };
  for (const [index, who] of CABINA.entries()) {
    const role = index === 0 ? 'CHAIR' : index === 3 ? 'VICE_CHAIR' : 'MEMBER';
    await appoint(cabinaId, who, role, index < 3 ? 'PROVINCIA_LUCCA' : 'CCIAA_LUCCA');
  }
  await appoint(cabinaId, 'secretary', 'SECRETARY', null);

  const chair = people.chair.client;
  const { scheduleMeeting } = await ok<{ scheduleMeeting: { id: string; agenda: { id: string }[] } }>(
    chair,
    'mutation ($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id agenda { id } } }',
    {
      input: {
        bodyId: cabinaId,
        title: 'Insediamento',
        startsAt: inMinutes(5),
        agenda: [{ title: 'Nomina del Comitato operativo e incarico a esperta', subjectKind: 'APPOINTMENT' }],
      },
    },
  );
  const meetingId = scheduleMeeting.id;
  const decisionId = await approveItem({ people, seats }, meetingId, scheduleMeeting.agenda[0].id, {
    startMeeting: true,
  });
  await appoint(committeeId, 'k1', 'CHAIR', null, decisionId);
  await appoint(committeeId, 'k2', 'MEMBER', null, decisionId);
  await appoint(committeeId, 'k3', 'MEMBER', null, decisionId);
  await appoint(committeeId, 'ks', 'SECRETARY', null, decisionId);
  await ok(admin, 'mutation ($input: EngageExpertInput!) { engageExpert(input: $input) { id } }', {
    input: {
      userId: people.expert.id,
      decisionId,
      areaCodes: expertAreas,
      startsOn: '2020-01-01',
      endsOn: '2099-12-31',
      declarationOfInterest: 'Nessun conflitto di interessi.',
    },
  });
  await ok(chair, 'mutation ($id: ID!) { closeMeeting(meetingId: $id) { id } }', { id: meetingId });
  return { cabinaId, committeeId, people, seats, decisionId };
}

/**
 * Puts an agenda item to the vote with the whole board present and all in favour; returns the
 * decision's id. `startMeeting` opens the meeting and records attendance first.
 */
export async function approveItem(
  boards: Pick<Boards, 'people' | 'seats'>,
  meetingId: string,
  agendaItemId: string,
  options: { startMeeting?: boolean; choice?: 'FOR' | 'AGAINST' } = {},
): Promise<string> {
  const { people, seats } = boards;
  const chair = people.chair.client;
  if (options.startMeeting) {
    await ok(chair, 'mutation ($id: ID!) { startMeeting(meetingId: $id) { id } }', { id: meetingId });
    await ok(
      people.secretary.client,
      'mutation ($input: RecordAttendanceInput!) { recordAttendance(input: $input) { id } }',
      {
        input: { meetingId, entries: CABINA.map((who) => ({ membershipId: seats[who], status: 'PRESENT' })) },
      },
    );
  }
  const { openVote } = await ok<{ openVote: { id: string } }>(
    chair,
    'mutation ($input: OpenVoteInput!) { openVote(input: $input) { id } }',
    { input: { agendaItemId } },
  );
  for (const who of CABINA) {
    await ok(people[who].client, 'mutation ($input: CastVoteInput!) { castVote(input: $input) { choice } }', {
      input: { voteId: openVote.id, choice: options.choice ?? 'FOR' },
    });
  }
  const { closeVote } = await ok<{ closeVote: { id: string } }>(
    chair,
    'mutation ($id: ID!) { closeVote(voteId: $id) { id } }',
    { id: openVote.id },
  );
  return closeVote.id;
}
