import type { MockLink } from '@apollo/client/testing';
import {
  MeQueryDocument,
  type CurrentUser,
  type DecisionsPageQuery,
  type MeetingPageQuery,
  type VoteFieldsFragment,
} from '@piano2030/web-core';
import { ExpertsQueryDocument, GovernanceReferenceQueryDocument } from '../lib/reference/reference.query';

type Meeting = MeetingPageQuery['meeting'];
type Entry = Meeting['attendance'][number];
type Decision = DecisionsPageQuery['decisions'][number];

export const BODY_ID = 'b-cabina';
export const MEETING_ID = 'm-2';

export const chairUser: CurrentUser & { __typename: 'User' } = {
  __typename: 'User',
  id: 'u-chair',
  email: 'presidente.cabina@piano2030.demo',
  displayName: 'Marco Rossi',
  roles: [],
  createdAt: '2026-01-10T09:00:00.000Z',
};

export const memberUser: CurrentUser & { __typename: 'User' } = {
  ...chairUser,
  id: 'u-camera1',
  email: 'camera1@piano2030.demo',
  displayName: 'Laura Galli',
};

export function meMock(me: CurrentUser | null): MockLink.MockedResponse {
  return { request: { query: MeQueryDocument }, result: { data: { me } }, maxUsageCount: 10 };
}

const person = (id: string, displayName: string) => ({ __typename: 'Person' as const, id, displayName });

export function attendanceEntry(
  id: string,
  name: string,
  role: Entry['membership']['role'],
  partyCode: string | null,
  status: Entry['status'],
  alternate: string | null = null,
): Entry & { __typename: 'Attendance' } {
  return {
    __typename: 'Attendance',
    status,
    membership: {
      __typename: 'Membership',
      id,
      role,
      partyCode,
      person: person(`u-${id}`, name),
      alternate: alternate ? person(`u-alt-${id}`, alternate) : null,
    } as Entry['membership'],
  };
}

export function openVote(overrides: Partial<VoteFieldsFragment> = {}): VoteFieldsFragment {
  return {
    __typename: 'Vote',
    id: 'v-1',
    agendaItemId: 'a-1',
    title: 'Piano di lavoro del primo trimestre',
    status: 'OPEN',
    openedAt: '2026-03-02T09:10:00.000Z',
    closedAt: null,
    deadline: null,
    resultsHidden: true,
    turnout: { __typename: 'Turnout', voted: 2, eligible: 6 },
    tally: null,
    myBallot: null,
    decision: null,
    ...overrides,
  } as VoteFieldsFragment;
}

export function meeting(overrides: Partial<Meeting> = {}): Meeting {
  return {
    __typename: 'Meeting',
    id: MEETING_ID,
    bodyId: BODY_ID,
    title: 'Seconda seduta',
    status: 'IN_PROGRESS',
    startsAt: '2026-03-02T09:00:00.000Z',
    startedAt: '2026-03-02T08:55:00.000Z',
    closedAt: null,
    place: 'Palazzo Ducale, Lucca',
    link: 'https://meet.example.org/cabina',
    minutes: null,
    minutesStatus: 'NONE',
    minutesApprovedAt: null,
    myRoles: [],
    myCapabilities: [],
    body: {
      __typename: 'Body',
      id: BODY_ID,
      kind: 'STEERING_BOARD',
      name: 'Cabina di Regia',
      meetings: [
        {
          __typename: 'Meeting',
          id: 'm-1',
          title: 'Seduta di insediamento',
          startsAt: '2026-02-01T09:00:00.000Z',
          status: 'CLOSED',
          minutesStatus: 'DRAFT',
        },
        {
          __typename: 'Meeting',
          id: MEETING_ID,
          title: 'Seconda seduta',
          startsAt: '2026-03-02T09:00:00.000Z',
          status: 'IN_PROGRESS',
          minutesStatus: 'NONE',
        },
      ],
    },
    quorum: {
      __typename: 'Quorum',
      met: true,
      present: 5,
      required: 4,
      members: 6,
      absentParties: [],
    },
    attendance: [
      attendanceEntry('s-chair', 'Marco Rossi', 'CHAIR', 'PROVINCIA_LUCCA', 'PRESENT'),
      attendanceEntry('s-conti', 'Elena Conti', 'MEMBER', 'PROVINCIA_LUCCA', 'DELEGATED', 'Andrea Marino'),
      attendanceEntry('s-galli', 'Laura Galli', 'VICE_CHAIR', 'CCIAA_LUCCA', null),
    ],
    agenda: [
      {
        __typename: 'AgendaItem',
        id: 'a-1',
        position: 1,
        title: 'Piano di lavoro del primo trimestre',
        description: 'Proposto dal Comitato operativo.',
        subjectKind: 'WORK_PLAN',
        subjectReference: null,
        areaCode: null,
        phaseCode: 'CONTEXT_ANALYSIS',
        opinions: [],
        votes: [openVote()],
      },
    ],
    ...overrides,
  } as Meeting;
}

export const referenceMock: MockLink.MockedResponse = {
  request: { query: GovernanceReferenceQueryDocument, variables: { locale: 'IT' } },
  result: {
    data: {
      interventionAreas: [
        {
          __typename: 'InterventionArea',
          code: 'PS6',
          position: 6,
          name: 'Valorizzazione del Turismo e della Cultura',
        },
      ],
      processPhases: [
        { __typename: 'ProcessPhase', code: 'CONTEXT_ANALYSIS', position: 1, name: 'Analisi del contesto' },
      ],
      parties: [
        { __typename: 'Party', code: 'PROVINCIA_LUCCA', name: 'Provincia di Lucca', shortName: 'Provincia' },
        {
          __typename: 'Party',
          code: 'CCIAA_LUCCA',
          name: 'Camera di Commercio di Lucca',
          shortName: 'Camera di Commercio',
        },
      ],
    },
  },
  maxUsageCount: 10,
};

export const noExpertsMock: MockLink.MockedResponse = {
  request: { query: ExpertsQueryDocument },
  result: { data: { experts: [] } },
  maxUsageCount: 10,
};

export function decision(overrides: Partial<Decision> = {}): Decision {
  return {
    __typename: 'Decision',
    id: 'd-1',
    reference: 'n. 1/2026',
    number: 1,
    year: 2026,
    title: 'Nomina del Comitato operativo',
    decidedAt: '2026-02-01T10:00:00.000Z',
    result: 'APPROVED',
    reason: 'approvata: 6 presenti su 6, 6 favorevoli, 0 contrari, 0 astenuti, maggioranza favorevole',
    present: 6,
    members: 6,
    tally: { __typename: 'DecisionTally', for: 6, against: 0, abstain: 0, recused: 0, notVoted: 0 },
    body: { __typename: 'Body', id: BODY_ID, name: 'Cabina di Regia' },
    meeting: { __typename: 'Meeting', id: 'm-1', title: 'Seduta di insediamento' },
    ballots: [
      {
        __typename: 'Ballot',
        choice: 'FOR',
        castAt: '2026-02-01T09:50:00.000Z',
        castBy: person('u-alt', 'Andrea Marino'),
        seat: {
          __typename: 'Membership',
          id: 's-conti',
          role: 'MEMBER',
          partyCode: 'PROVINCIA_LUCCA',
          person: person('u-conti', 'Elena Conti'),
        },
      },
    ],
    ...overrides,
  } as Decision;
}
