import type { MockLink } from '@apollo/client/testing';
import {
  MeQueryDocument,
  type CurrentUser,
  type InterventionFieldsFragment,
  type InterventionPageQuery,
} from '@piano2030/web-core';
import { KpiIndicatorsQueryDocument } from '../lib/editor/editor.documents';
import {
  ChamberProjectsQueryDocument,
  InterventionPrioritiesQueryDocument,
  InterventionReferenceQueryDocument,
  InterventionStandingQueryDocument,
} from '../lib/shared/interventions.documents';

export const INTERVENTION_ID = '7d0c2a4e-0000-4000-8000-000000000001';
export const PRIORITY_ID = '7d0c2a4e-0000-4000-8000-0000000000a1';
export const OTHER_PRIORITY_ID = '7d0c2a4e-0000-4000-8000-0000000000a2';

const user = (id: string, email: string, displayName: string): CurrentUser & { __typename: 'User' } => ({
  __typename: 'User',
  id,
  email,
  displayName,
  roles: [],
  createdAt: '2026-01-10T09:00:00.000Z',
});

export const committeeMember = user('u-com1', 'comitato1@piano2030.demo', 'Sara Romano');
export const citizen = user('u-cit', 'cittadina@piano2030.demo', 'Giulia Bianchi');

export function meMock(me: CurrentUser | null): MockLink.MockedResponse {
  return { request: { query: MeQueryDocument }, result: { data: { me } }, maxUsageCount: 50 };
}

const person = (id: string) => ({ __typename: 'Person' as const, id });

/** The Comitato operativo: Luca Bruno (chair), Sara Romano and Davide Colombo; no experts. */
export const standingMock: MockLink.MockedResponse = {
  request: { query: InterventionStandingQueryDocument },
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
            ['s-com2', 'MEMBER', 'u-com2'],
          ].map(([id, role, personId]) => ({ __typename: 'Membership', id, role, person: person(personId) })),
        },
      ],
      experts: [],
    },
  },
  maxUsageCount: 50,
};

export const referenceMock: MockLink.MockedResponse = {
  request: { query: InterventionReferenceQueryDocument, variables: { locale: 'IT' } },
  result: {
    data: {
      interventionAreas: [
        { __typename: 'InterventionArea', code: 'PS6', position: 6, name: 'Turismo e cultura' },
        { __typename: 'InterventionArea', code: 'PS1', position: 1, name: 'Infrastrutture' },
      ],
      guidelines: [
        ['LI1', 'Sviluppo sostenibile'],
        ['LI2', 'Territorio attrattivo'],
        ['LI4', 'Cultura e identità'],
      ].map(([code, title], index) => ({ __typename: 'Guideline', code, position: index + 1, title })),
    },
  },
  maxUsageCount: 50,
};

export const prioritiesMock: MockLink.MockedResponse = {
  request: { query: InterventionPrioritiesQueryDocument, variables: { areaCode: 'PS6' } },
  result: {
    data: {
      priorities: [
        [PRIORITY_ID, 1, 'Turismo lento, diffuso e sostenibile'],
        [OTHER_PRIORITY_ID, 2, 'Cultura e grandi eventi'],
      ].map(([id, position, title]) => ({
        __typename: 'Priority',
        id,
        areaCode: 'PS6',
        position,
        revision: 1,
        title,
        description: '',
        guidelineCodes: ['LI2'],
      })),
    },
  },
  maxUsageCount: 50,
};

export const indicatorsMock: MockLink.MockedResponse = {
  request: { query: KpiIndicatorsQueryDocument, variables: { areaCode: 'PS6', locale: 'IT' } },
  result: {
    data: {
      indicators: [
        {
          __typename: 'IndicatorSeries',
          code: 'lu_tourism_arrivals_presences',
          title: 'Arrivi e presenze turistiche',
          unit: 'presenze',
        },
      ],
    },
  },
  maxUsageCount: 50,
};

export const projectsMock: MockLink.MockedResponse = {
  request: { query: ChamberProjectsQueryDocument, variables: { locale: 'IT' } },
  result: {
    data: {
      chamberObjectives: [
        {
          __typename: 'ChamberObjective',
          code: '2A01',
          title: 'Promozione del territorio',
          projects: [{ __typename: 'ChamberProject', code: '2A0101', title: 'Lucca terra di cammini' }],
        },
      ],
    },
  },
  maxUsageCount: 50,
};

/** The reference data every page of the feature asks for. */
export const referenceMocks = [referenceMock, standingMock, prioritiesMock, indicatorsMock, projectsMock];

/** "Cammini e ciclovie della Valle del Serchio", published and revised once (version 3). */
export function intervention(
  overrides: Partial<InterventionFieldsFragment> = {},
): InterventionFieldsFragment {
  return {
    __typename: 'Intervention',
    id: INTERVENTION_ID,
    reference: 'PS6.1',
    areaCode: 'PS6',
    priorityId: PRIORITY_ID,
    status: 'IN_CONSULTATION',
    version: 3,
    updatedAt: '2026-03-02T10:00:00.000Z',
    title: 'Cammini e ciclovie della Valle del Serchio',
    description: 'Una rete di percorsi lenti che collega i borghi alla Via Francigena.',
    objectives: 'Allungare la stagione turistica.',
    expectedResults: '120 km di percorsi segnalati.',
    guidelineCodes: ['LI2', 'LI4'],
    kpis: [
      {
        __typename: 'InterventionKpi',
        name: 'Presenze turistiche in Valle del Serchio',
        unit: 'presenze',
        baselineValue: 289384,
        baselineYear: 2018,
        target2030: 350000,
        indicatorCode: 'lu_tourism_arrivals_presences',
      },
    ],
    resources: [
      [2022, 'NGEU_PNRR', 1_200_000],
      [2023, 'NGEU_PNRR', 800_000.5],
      [2023, 'REGIONAL', 150_000],
      [2024, 'CAMERA', 49_999.5],
    ].map(([year, source, amount]) => ({ __typename: 'InterventionResource', year, source, amount })),
    totalResources: 2_200_000,
    startsOn: '2022-01-01',
    endsOn: '2026-12-31',
    milestones: [{ __typename: 'InterventionMilestone', title: 'Progetto esecutivo', dueOn: '2022-12-31' }],
    leadActor: 'Provincia di Lucca',
    partners: ['Unione dei Comuni Media Valle del Serchio', 'CAI Lucca'],
    projectCodes: [],
    priority: { __typename: 'Priority', id: PRIORITY_ID, title: 'Turismo lento, diffuso e sostenibile' },
    ...overrides,
  } as InterventionFieldsFragment;
}

type Version = InterventionPageQuery['interventionVersions'][number];

export function versionRow(
  version: number,
  status: Version['status'],
  authorName: string,
  reason: string | null,
  totalResources: number,
): Version {
  return {
    __typename: 'InterventionVersion',
    version,
    status,
    title: 'Cammini e ciclovie della Valle del Serchio',
    totalResources,
    authorName,
    reason,
    createdAt: `2026-03-0${version}T10:00:00.000Z`,
  } as Version;
}
