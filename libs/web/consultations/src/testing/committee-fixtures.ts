import type { MockLink } from '@apollo/client/testing';
import {
  MeQueryDocument,
  type AnswerableContributionFragment,
  type CommitteeConsultationFragment,
  type CurrentUser,
  type DispositionFieldsFragment,
  type ModerationLogQuery,
  type ModerationQueueEntryFragment,
  type ShapingContributionFragment,
} from '@piano2030/web-core';
import { ConsultationAreaScopeQueryDocument } from '../lib/editor/editor.documents';
import {
  ConsultationAreasQueryDocument,
  ConsultationStandingQueryDocument,
} from '../lib/shared/consultations.documents';

/*
 * The committee's side of the Valle del Serchio consultation on slow tourism (PS6): its people, its
 * document, the contributions of a citizen and two organisations, their answers, the moderation
 * queue and log. Dates are far enough ahead for "not in the past" to hold whenever the tests run.
 */

export const CONSULTATION_ID = '5a0c0000-0000-4000-8000-000000000001';
export const INTERVENTION_ID = '5a0c0000-0000-4000-8000-0000000000a1';
export const OTHER_INTERVENTION_ID = '5a0c0000-0000-4000-8000-0000000000a2';
export const SWOT_ITEM_ID = '5a0c0000-0000-4000-8000-0000000000b1';

const user = (id: string, displayName: string, roles: CurrentUser['roles'] = []) => ({
  __typename: 'User' as const,
  id,
  email: `${id}@piano2030.demo`,
  displayName,
  roles,
  createdAt: '2026-01-10T09:00:00.000Z',
});

/** Luca Bruno chairs the Comitato operativo; Sara Romano sits on it; Marta Neri moderates. */
export const coordinator = user('u-coord', 'Luca Bruno');
export const committeeMember = user('u-com1', 'Sara Romano');
export const moderator = user('u-mod', 'Marta Neri', ['MODERATOR']);
export const citizen = user('u-cit', 'Giulia Bianchi');

export function meMock(me: CurrentUser | null): MockLink.MockedResponse {
  return { request: { query: MeQueryDocument }, result: { data: { me } }, maxUsageCount: 50 };
}

const person = (id: string) => ({ __typename: 'Person' as const, id });

export const standingMock: MockLink.MockedResponse = {
  request: { query: ConsultationStandingQueryDocument },
  result: {
    data: {
      bodies: [
        {
          __typename: 'Body',
          id: 'b-comitato',
          kind: 'OPERATIONAL_COMMITTEE',
          members: [
            ['s-coord', 'CHAIR', 'u-coord'],
            ['s-com1', 'MEMBER', 'u-com1'],
          ].map(([id, role, personId]) => ({ __typename: 'Membership', id, role, person: person(personId) })),
        },
        {
          __typename: 'Body',
          id: 'b-cabina',
          kind: 'STEERING_BOARD',
          members: [{ __typename: 'Membership', id: 's-cab1', role: 'CHAIR', person: person('u-cab1') }],
        },
      ],
    },
  },
  maxUsageCount: 50,
};

export const areasMock: MockLink.MockedResponse = {
  request: { query: ConsultationAreasQueryDocument, variables: { locale: 'IT' } },
  result: {
    data: {
      interventionAreas: [
        ['PS6', 6, 'Valorizzazione del Turismo e della Cultura'],
        ['PS1', 1, 'Infrastrutture materiali ed immateriali'],
      ].map(([code, position, name]) => ({ __typename: 'InterventionArea', code, position, name })),
    },
  },
  maxUsageCount: 50,
};

export const areaScopeMock: MockLink.MockedResponse = {
  request: { query: ConsultationAreaScopeQueryDocument, variables: { areaCode: 'PS6' } },
  result: {
    data: {
      interventions: [
        [INTERVENTION_ID, 'PS6.1', 'IN_CONSULTATION', 'Cammini e ciclovie della Valle del Serchio', 3],
        [OTHER_INTERVENTION_ID, 'PS6.2', 'DRAFT', 'Festival diffuso dei borghi', 1],
      ].map(([id, reference, status, title, version]) => ({
        __typename: 'Intervention',
        id,
        reference,
        areaCode: 'PS6',
        status,
        title,
        version,
      })),
      swot: {
        __typename: 'SwotAnalysis',
        areaCode: 'PS6',
        items: [
          {
            __typename: 'SwotItem',
            id: SWOT_ITEM_ID,
            areaCode: 'PS6',
            quadrant: 'WEAKNESS',
            status: 'PUBLISHED',
            text: 'Servizi per i camminatori scarsi lungo la Via del Volto Santo.',
            version: 2,
          },
        ],
      },
    },
  },
  maxUsageCount: 50,
};

/** The draft on slow tourism: complete but for what a test takes away. */
export function consultation(
  overrides: Partial<CommitteeConsultationFragment> = {},
): CommitteeConsultationFragment {
  return {
    __typename: 'Consultation',
    id: CONSULTATION_ID,
    status: 'DRAFT',
    version: 1,
    title: 'Turismo lento e cammini in Valle del Serchio',
    areaCodes: ['PS6'],
    interventionIds: [INTERVENTION_ID],
    swotItemIds: [],
    planSection: null,
    objectives: 'Raccogliere proposte sui servizi lungo i cammini.',
    context: "L'analisi SWOT dell'ambito 6 segnala servizi scarsi per i camminatori.",
    questions: ['Quali servizi mancano lungo i percorsi?'],
    useOfContributions: 'Ogni contributo riceve un esito motivato dal Comitato operativo.',
    timeline: 'Apertura a marzo, rapporto sugli esiti a giugno.',
    resultsReportDue: '2031-06-30',
    opensAt: '2031-03-02T08:00:00.000Z',
    closesAt: '2031-04-15T17:00:00.000Z',
    openedAt: null,
    closedAt: null,
    shortWindow: false,
    shortWindowReason: null,
    windowDays: 44,
    settings: {
      __typename: 'ConsultationSettings',
      preModeration: false,
      participation: 'REGISTERED',
      hideAfterReports: 3,
    },
    contributionCount: 0,
    viewerCanManage: true,
    schedulingProblems: [],
    updatedAt: '2026-11-20T10:00:00.000Z',
    ...overrides,
  } as CommitteeConsultationFragment;
}

const author = (name: string, organisationName: string | null = null) => ({
  __typename: 'ContributionAuthor' as const,
  name,
  organisationName,
  category: organisationName ? 'BUSINESS_ASSOCIATION' : 'CITIZEN',
});

export function disposition(
  contributionId: string,
  overrides: Partial<DispositionFieldsFragment> = {},
): DispositionFieldsFragment {
  return {
    __typename: 'Disposition',
    contributionId,
    outcome: 'PARTIALLY_ACCEPTED',
    reasons: 'Fontanelle e servizi sono previsti nei borghi attraversati.',
    status: 'PREPARED',
    official: false,
    version: 1,
    preparedAt: '2026-11-21T09:00:00.000Z',
    publishedAt: null,
    interventionVersion: 3,
    intervention: {
      __typename: 'DispositionIntervention',
      id: INTERVENTION_ID,
      reference: 'PS6.1',
      title: 'Cammini e ciclovie della Valle del Serchio',
    },
    swotItemVersion: null,
    swotItem: null,
    ...overrides,
  } as DispositionFieldsFragment;
}

export const contribution = (
  id: string,
  speaker: [string, string | null],
  kind: AnswerableContributionFragment['kind'],
  body: string,
  createdAt: string,
  answer: DispositionFieldsFragment | null = null,
  status: AnswerableContributionFragment['status'] = 'PUBLISHED',
): AnswerableContributionFragment =>
  ({
    __typename: 'Contribution',
    id,
    consultationId: CONSULTATION_ID,
    parentId: null,
    depth: 1,
    kind,
    status,
    body,
    createdAt,
    anchor: null,
    author: author(...speaker),
    disposition: answer,
  }) as AnswerableContributionFragment;

/**
 * Six contributions: one answered and published, one prepared, four without an answer, among them
 * a reply in a conversation and one hidden by moderation (whose text the committee reads).
 */
export const FOUNTAINS = 'c0000000-0000-4000-8000-000000000001';
export const WORKSHOPS = 'c0000000-0000-4000-8000-000000000002';
export const SIGNS = 'c0000000-0000-4000-8000-000000000003';
export const PARKING = 'c0000000-0000-4000-8000-000000000004';
export const REPLY = 'c0000000-0000-4000-8000-000000000005';
export const HIDDEN = 'c0000000-0000-4000-8000-000000000006';

export const publishedAnswer = disposition(FOUNTAINS, {
  status: 'PUBLISHED',
  official: true,
  publishedAt: '2026-11-22T09:00:00.000Z',
});
export const preparedAnswer = disposition(WORKSHOPS, {
  outcome: 'ACCEPTED',
  reasons: 'La rete di botteghe entra nell’intervento PS6.1 come azione di accompagnamento.',
});

export const CONTRIBUTIONS = [
  contribution(
    FOUNTAINS,
    ['G. B.', null],
    'REQUEST',
    'Mancano **fontanelle e servizi igienici** tra Borgo a Mozzano e Barga.',
    '2026-11-20T08:00:00.000Z',
    publishedAnswer,
  ),
  contribution(
    WORKSHOPS,
    ['R. F.', 'Confartigianato Imprese Lucca'],
    'PROPOSAL',
    'Proponiamo una rete di botteghe amiche del camminatore:\n- ricarica bici elettriche\n- deposito zaini',
    '2026-11-20T09:00:00.000Z',
    preparedAnswer,
  ),
  contribution(
    SIGNS,
    ['M. P.', 'CGIL Lucca'],
    'OBSERVATION',
    'La segnaletica in inglese è assente nei tratti appenninici.',
    '2026-11-20T10:00:00.000Z',
  ),
  contribution(
    PARKING,
    ['A. V.', null],
    'COMMENT',
    'Servono parcheggi di scambio alle stazioni.',
    '2026-11-20T11:00:00.000Z',
  ),
  {
    ...contribution(
      REPLY,
      ['L. C.', null],
      'COMMENT',
      'A Fornaci di Barga una fontanella c’è già, ma è chiusa da due anni.',
      '2026-11-20T12:00:00.000Z',
    ),
    parentId: FOUNTAINS,
    depth: 2,
  },
  contribution(
    HIDDEN,
    ['P. D.', null],
    'OBSERVATION',
    'I gestori dei rifugi pensano solo ai propri incassi.',
    '2026-11-20T13:00:00.000Z',
    null,
    'HIDDEN',
  ),
];

/** A contribution awaiting a moderator. */
export const queueEntry = (
  id: string,
  speaker: [string, string | null],
  status: 'PENDING' | 'HIDDEN' | 'PUBLISHED',
  body: string,
  reports: [string, string][] = [],
): ModerationQueueEntryFragment =>
  ({
    __typename: 'ModerationQueueItem',
    openReportCount: reports.length,
    openReports: reports.map(([reason, note], index) => ({
      __typename: 'ContributionReport',
      reason,
      note,
      reportedAt: `2026-11-21T1${index}:00:00.000Z`,
    })),
    contribution: {
      __typename: 'Contribution',
      id,
      consultationId: CONSULTATION_ID,
      kind: 'COMMENT',
      status,
      body,
      depth: 1,
      createdAt: '2026-11-21T08:00:00.000Z',
      moderationReason:
        status === 'HIDDEN'
          ? 'Hidden automatically after several reports by different people, until a moderator reviews it.'
          : null,
      author: author(...speaker),
    },
  }) as ModerationQueueEntryFragment;

export const logRow = (
  id: string,
  decision: ModerationLogQuery['moderationLog']['nodes'][number]['decision'],
  moderatorName: string | null,
  reason: string,
  createdAt: string,
  [fromStatus, toStatus]: [string, string] = ['HIDDEN', 'PUBLISHED'],
) => ({
  __typename: 'ModerationAction' as const,
  id,
  contributionId: FOUNTAINS,
  createdAt,
  decision,
  fromStatus,
  toStatus,
  moderatorName,
  reason,
});

/** A published answer linked to PS6.1, as the intervention page shows it. */
export function shaping(
  id: string,
  body: string,
  speaker: [string, string | null],
  overrides: Partial<DispositionFieldsFragment> = {},
): ShapingContributionFragment {
  return {
    __typename: 'Contribution',
    id,
    consultationId: CONSULTATION_ID,
    kind: 'PROPOSAL',
    body,
    createdAt: '2026-11-20T09:00:00.000Z',
    author: author(...speaker),
    disposition: disposition(id, {
      status: 'PUBLISHED',
      official: true,
      outcome: 'ACCEPTED',
      publishedAt: '2026-11-22T09:00:00.000Z',
      ...overrides,
    }),
  } as ShapingContributionFragment;
}
