import type { MockLink } from '@apollo/client/testing';
import {
  MeQueryDocument,
  type ConsultationPageQuery,
  type ContributionFieldsFragment,
  type CurrentUser,
  type DispositionFieldsFragment,
} from '@piano2030/web-core';
import {
  ConsultationPageQueryDocument,
  ConsultationScopeAreaQueryDocument,
} from '../lib/consultation/consultation-page.documents';
import {
  ComposerRepresentationsQueryDocument,
  ContributionEventsSinceQueryDocument,
  ContributionLevelQueryDocument,
  ThreadStartQueryDocument,
} from '../lib/consultation/threads/threads.documents';
import {
  ConsultationAreasQueryDocument,
  ConsultationStandingQueryDocument,
} from '../lib/shared/consultations.documents';

/** The demo's open consultation on slow tourism in the Serchio valley, and what is around it. */
export const CONSULTATION_ID = 'c0000000-0000-4000-8000-000000000001';
export const INTERVENTION_ID = 'i0000000-0000-4000-8000-000000000061';
export const SWOT_ITEM_ID = 's0000000-0000-4000-8000-000000000001';
export const ORGANISATION_ID = 'o0000000-0000-4000-8000-00000000c0a1';

const DAY = 24 * 60 * 60 * 1000;
/** An instant `days` from now (negative: ago), so windows and edit times stay meaningful whenever tests run. */
export const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString();
export const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();
/** A calendar day `days` from today. */
export const dayIn = (days: number) => inDays(days).slice(0, 10);

const user = (id: string, email: string, displayName: string): CurrentUser & { __typename: 'User' } => ({
  __typename: 'User',
  id,
  email,
  displayName,
  roles: [],
  createdAt: '2026-01-10T09:00:00.000Z',
});

export const citizen = user('u-giulia', 'cittadina@piano2030.demo', 'Giulia Bianchi');
export const representative = user('u-rf', 'confartigianato@piano2030.demo', 'Roberto Ferri');
export const committeeMember = user('u-com1', 'coordinatore.comitato@piano2030.demo', 'Luca Bruno');

export function meMock(me: CurrentUser | null): MockLink.MockedResponse {
  return { request: { query: MeQueryDocument }, result: { data: { me } }, maxUsageCount: 100 };
}

/** The Comitato operativo: Luca Bruno chairs it; nobody else of the fixtures sits on it. */
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
            {
              __typename: 'Membership',
              id: 's-1',
              role: 'CHAIR',
              person: { __typename: 'Person', id: 'u-com1' },
            },
          ],
        },
      ],
    },
  },
  maxUsageCount: 100,
};

export const areasMock: MockLink.MockedResponse = {
  request: { query: ConsultationAreasQueryDocument, variables: { locale: 'IT' } },
  result: {
    data: {
      interventionAreas: [
        {
          __typename: 'InterventionArea',
          code: 'PS1',
          position: 1,
          name: 'Infrastrutture materiali ed immateriali',
        },
        { __typename: 'InterventionArea', code: 'PS6', position: 6, name: 'Turismo e cultura' },
      ],
    },
  },
  maxUsageCount: 100,
};

export function summary(change: Record<string, unknown> = {}) {
  return {
    __typename: 'Consultation',
    id: CONSULTATION_ID,
    title: 'Turismo lento e cammini in Valle del Serchio',
    status: 'OPEN',
    areaCodes: ['PS6'],
    opensAt: inDays(-7),
    closesAt: inDays(21),
    openedAt: inDays(-7),
    closedAt: null,
    resultsReportDue: dayIn(51),
    contributionCount: 4,
    windowDays: 28,
    shortWindow: false,
    viewerCanManage: false,
    settings: {
      __typename: 'ConsultationSettings',
      participation: 'REGISTERED',
      preModeration: false,
      hideAfterReports: 3,
    },
    ...change,
  };
}

export function consultationDocument(
  change: Record<string, unknown> = {},
): ConsultationPageQuery['consultation'] {
  return {
    ...summary(),
    objectives: 'Raccogliere proposte su percorsi, servizi e promozione del turismo lento.',
    context:
      'Le presenze si concentrano in Versilia e nel capoluogo.\nLa Valle del Serchio ne raccoglie meno del 10%.',
    questions: [
      'Quali servizi mancano oggi a chi cammina o pedala in Valle del Serchio?',
      'Quali borghi e tratti dovrebbero essere attrezzati per primi?',
    ],
    useOfContributions: 'Ogni contributo riceve una risposta motivata del Comitato operativo.',
    timeline: 'Quattro settimane di consultazione, poi il rapporto sugli esiti entro trenta giorni.',
    planSection: null,
    shortWindowReason: null,
    interventionIds: [INTERVENTION_ID],
    swotItemIds: [SWOT_ITEM_ID],
    createdAt: inDays(-20),
    updatedAt: inDays(-8),
    ...change,
  } as ConsultationPageQuery['consultation'];
}

export const netiquette = {
  __typename: 'Netiquette',
  defaultHideAfterReports: 3,
  rules: [
    {
      __typename: 'NetiquetteRule',
      code: 'RESPECT',
      title: 'Rispetto',
      text: 'Discuti le idee, non le persone.',
      reportReason: 'OFFENSIVE',
    },
    {
      __typename: 'NetiquetteRule',
      code: 'NO_SPAM',
      title: 'Niente spam',
      text: 'Niente pubblicità.',
      reportReason: 'SPAM',
    },
  ],
};

export function consultationPageMock(change: Record<string, unknown> = {}): MockLink.MockedResponse {
  return {
    request: { query: ConsultationPageQueryDocument, variables: { id: CONSULTATION_ID, locale: 'IT' } },
    result: {
      data: {
        consultation: consultationDocument(change),
        netiquette,
        interventionAreas: (areasMock.result as { data: { interventionAreas: unknown[] } }).data
          .interventionAreas,
      },
    },
    maxUsageCount: 100,
  };
}

export const scopeMock: MockLink.MockedResponse = {
  request: { query: ConsultationScopeAreaQueryDocument, variables: { areaCode: 'PS6' } },
  result: {
    data: {
      interventions: [
        {
          __typename: 'Intervention',
          id: INTERVENTION_ID,
          reference: 'PS6.1',
          title: 'Cammini e ciclovie della Valle del Serchio',
          areaCode: 'PS6',
        },
      ],
      swot: {
        __typename: 'SwotAnalysis',
        areaCode: 'PS6',
        items: [
          {
            __typename: 'SwotItem',
            id: SWOT_ITEM_ID,
            areaCode: 'PS6',
            quadrant: 'STRENGTH',
            text: 'Un patrimonio di città murate, borghi e festival riconosciuto a livello internazionale.',
            status: 'PUBLISHED',
          },
        ],
      },
    },
  },
  maxUsageCount: 100,
};

export function disposition(change: Partial<DispositionFieldsFragment> = {}): DispositionFieldsFragment {
  return {
    __typename: 'Disposition',
    contributionId: 'k-1',
    outcome: 'PARTIALLY_ACCEPTED',
    reasons: 'Fontanelle e servizi sono previsti nei borghi attraversati.',
    status: 'PUBLISHED',
    official: true,
    version: 1,
    preparedAt: inDays(-2),
    publishedAt: inDays(-1),
    intervention: {
      __typename: 'DispositionIntervention',
      id: INTERVENTION_ID,
      reference: 'PS6.1',
      title: 'Cammini e ciclovie della Valle del Serchio',
    },
    interventionVersion: 3,
    swotItem: null,
    swotItemVersion: null,
    ...change,
  } as DispositionFieldsFragment;
}

/** A contribution as the API answers it; root by default. */
export function contribution(
  id: string,
  change: Partial<ContributionFieldsFragment> = {},
): ContributionFieldsFragment {
  return {
    __typename: 'Contribution',
    id,
    consultationId: CONSULTATION_ID,
    parentId: null,
    threadId: id,
    depth: 1,
    kind: 'OBSERVATION',
    status: 'PUBLISHED',
    body: `Testo del contributo ${id}.`,
    createdAt: inDays(-3),
    editedAt: null,
    editCount: 0,
    replyCount: 0,
    supportCount: 0,
    viewerIsAuthor: false,
    viewerSupports: false,
    moderationReason: null,
    anchor: null,
    author: {
      __typename: 'ContributionAuthor',
      name: 'G. B.',
      category: 'CITIZEN',
      organisationId: null,
      organisationName: null,
    },
    disposition: null,
    ...change,
  } as ContributionFieldsFragment;
}

export const byConfartigianato = {
  __typename: 'ContributionAuthor' as const,
  name: 'R. F.',
  category: 'BUSINESS_ASSOCIATION' as const,
  organisationId: ORGANISATION_ID,
  organisationName: 'Confartigianato Imprese Lucca',
};

const page = (
  nodes: ContributionFieldsFragment[],
  more: { hasNextPage?: boolean; endCursor?: string | null; totalCount?: number } = {},
) => ({
  __typename: 'ContributionPage',
  nodes,
  endCursor: more.endCursor ?? (nodes.length ? `cursor-${nodes[nodes.length - 1].id}` : null),
  hasNextPage: more.hasNextPage ?? false,
  totalCount: more.totalCount ?? nodes.length,
});

export function threadStartMock(
  nodes: ContributionFieldsFragment[],
  options: { hasNextPage?: boolean; totalCount?: number; lastSeq?: number } = {},
): MockLink.MockedResponse {
  return {
    request: { query: ThreadStartQueryDocument, variables: { consultationId: CONSULTATION_ID, first: 20 } },
    result: {
      data: {
        contributions: { ...page(nodes, options), lastEventSeq: options.lastSeq ?? 10 },
      },
    },
    maxUsageCount: 10,
  };
}

export function levelMock(
  parentId: string | null,
  after: string | null,
  nodes: ContributionFieldsFragment[],
  options: { hasNextPage?: boolean; totalCount?: number } = {},
): MockLink.MockedResponse {
  return {
    request: {
      query: ContributionLevelQueryDocument,
      variables: { consultationId: CONSULTATION_ID, parentId, first: 20, after },
    },
    result: { data: { contributions: page(nodes, options) } },
    maxUsageCount: 10,
  };
}

export interface CaughtUpEvent {
  seq: number;
  type: string;
  contribution: ContributionFieldsFragment | null;
}

/** The catch-up query after `after`; `asked` counts the times it was asked. */
export function eventsSinceMock(
  after: number,
  events: CaughtUpEvent[],
  state: { asked: number } = { asked: 0 },
): MockLink.MockedResponse {
  return {
    request: {
      query: ContributionEventsSinceQueryDocument,
      variables: { consultationId: CONSULTATION_ID, after, first: 100 },
    },
    result: () => {
      state.asked += 1;
      return {
        data: {
          contributionEventsSince: {
            __typename: 'ContributionEventsPage',
            lastSeq: events.length ? events[events.length - 1].seq : after,
            hasMore: false,
            events: events.map((event) => ({
              __typename: 'ContributionEvent',
              seq: event.seq,
              type: event.type,
              contributionId: event.contribution?.id ?? null,
              threadId: event.contribution?.threadId ?? null,
              status: null,
              contribution: event.contribution,
            })),
          },
        },
      };
    },
    maxUsageCount: 10,
  };
}

export function representationsMock(verified: { id: string; name: string }[]): MockLink.MockedResponse {
  return {
    request: { query: ComposerRepresentationsQueryDocument },
    result: {
      data: {
        myRepresentations: verified.map((organisation, index) => ({
          __typename: 'Representation',
          id: `r-${index}`,
          status: 'VERIFIED',
          organisation: { __typename: 'Organisation', ...organisation },
        })),
      },
    },
    maxUsageCount: 100,
  };
}
