import type { MockLink } from '@apollo/client/testing';
import {
  MeQueryDocument,
  type AreaIndicatorsQuery,
  type AreaProgrammesQuery,
  type CurrentUser,
  type SwotAnalysisFieldsFragment,
  type SwotItemFieldsFragment,
} from '@piano2030/web-core';
import { AreaIndicatorsQueryDocument } from '../lib/indicators/indicators.documents';
import { AreaProgrammesQueryDocument } from '../lib/programmes/programmes.documents';
import { AreaSwotQueryDocument, SwotStandingQueryDocument } from '../lib/swot/swot.documents';

type Series = AreaIndicatorsQuery['indicators'][number];
type Objective = AreaProgrammesQuery['chamberObjectives'][number];

export const AREA = 'PS6';

const user = (id: string, displayName: string, roles: CurrentUser['roles'] = []) => ({
  __typename: 'User' as const,
  id,
  email: `${id}@piano2030.demo`,
  displayName,
  roles,
  createdAt: '2026-01-10T09:00:00.000Z',
});

export const committeeMember = user('u-com1', 'Paolo Bianchi');
export const expert = user('u-esp', 'Chiara Fontana');
export const citizen = user('u-cit', 'Anna Verdi');
export const admin = user('u-adm', 'Segreteria tecnica', ['ADMIN']);

export function meMock(me: CurrentUser | null): MockLink.MockedResponse {
  return { request: { query: MeQueryDocument }, result: { data: { me } }, maxUsageCount: 50 };
}

const source = (lineFrom: number, lineTo: number, producer = 'Infocamere-StockView') => ({
  __typename: 'SourceReference' as const,
  producer,
  document: 'Relazione previsionale e programmatica 2020, Camera di Commercio di Lucca',
  lineFrom,
  lineTo,
  url: null,
});

const observation = (dimension: string, measure: string, label: string, value: number) => ({
  __typename: 'IndicatorObservation' as const,
  dimension,
  measure,
  label,
  value,
});

export function series(overrides: Partial<Series> = {}): Series {
  return {
    __typename: 'IndicatorSeries',
    id: 's-tourism',
    code: 'lu_tourism_businesses',
    title: 'Imprese attive del settore turistico-ricettivo',
    unit: 'count',
    territory: 'Provincia di Lucca',
    scope: 'province',
    origin: 'RPP2020',
    crossCutting: false,
    areaCodes: [AREA],
    revision: 1,
    notes: ['Figures at 31 December.'],
    source: source(1500, 1512),
    observations: [
      observation('values', '', '2017', 3910),
      observation('values', '', '2018', 3987.5),
      observation('type_2018', '', 'Alberghi', 612),
      observation('type_2018', '', 'Ristoranti', 2875),
      observation('values', 'avgStayForeign', '2018', 3.4),
    ],
    ...overrides,
  } as Series;
}

export const crossCuttingSeries = series({
  id: 's-businesses',
  code: 'lu_active_businesses',
  title: 'Imprese attive',
  crossCutting: true,
  areaCodes: ['PS5'],
  notes: [],
  source: source(1098, 1104),
  observations: [observation('values', '', '2018-12-31', 36301)],
});

export function indicatorsMock(list: Series[] = [series(), crossCuttingSeries]): MockLink.MockedResponse {
  return {
    request: { query: AreaIndicatorsQueryDocument, variables: { areaCode: AREA, locale: 'IT' } },
    result: { data: { indicators: list } },
    maxUsageCount: 50,
  };
}

export function objective(overrides: Partial<Objective> = {}): Objective {
  return {
    __typename: 'ChamberObjective',
    code: '2E',
    title: 'Valorizzazione del patrimonio culturale e del turismo',
    strategicAreaCode: '2',
    strategicAreaTitle: 'Servizi alle imprese',
    status: 'active',
    crossCutting: false,
    primaryAreaCodes: [AREA],
    secondaryAreaCodes: ['PS5'],
    targets: ['Realizzazione di almeno due eventi.'],
    budget: {
      __typename: 'ObjectiveBudget',
      externalCosts: 636200,
      revenues: 55000,
      contributions: 274000,
      investments: 0,
    },
    source: source(7197, 7203, 'Camera di Commercio di Lucca'),
    projects: [
      {
        __typename: 'ChamberProject',
        code: '2E7101',
        title: 'Valorizzazione del patrimonio culturale e del turismo',
        office: 'Promozione',
        costCentre: 'D003',
        summary: 'Tourism and culture promotion.',
      },
    ],
    ...overrides,
  } as Objective;
}

export function programmesMock(list: Objective[]): MockLink.MockedResponse {
  return {
    request: { query: AreaProgrammesQueryDocument, variables: { areaCode: AREA, locale: 'IT' } },
    result: { data: { chamberObjectives: list } },
    maxUsageCount: 50,
  };
}

export function swotItem(overrides: Partial<SwotItemFieldsFragment> = {}): SwotItemFieldsFragment {
  return {
    __typename: 'SwotItem',
    id: 'i-1',
    areaCode: AREA,
    quadrant: 'STRENGTH',
    text: 'Un sistema turistico forte in Versilia.',
    weight: 4,
    status: 'PUBLISHED',
    version: 2,
    publishedAt: '2026-03-02T10:00:00.000Z',
    updatedAt: '2026-03-02T10:00:00.000Z',
    evidence: [
      {
        __typename: 'SwotEvidence',
        kind: 'INDICATOR',
        reference: 'lu_tourism_businesses',
        label: null,
      },
      {
        __typename: 'SwotEvidence',
        kind: 'DOCUMENT',
        reference: 'https://www.regione.toscana.it/turismo',
        label: 'Osservatorio regionale',
      },
    ],
    author: { __typename: 'Person', id: 'u-esp', displayName: 'Chiara Fontana' },
    ...overrides,
  } as SwotItemFieldsFragment;
}

export function swot(
  items: SwotItemFieldsFragment[],
  overrides: Partial<SwotAnalysisFieldsFragment> = {},
): SwotAnalysisFieldsFragment {
  return {
    __typename: 'SwotAnalysis',
    areaCode: AREA,
    hasUnpublishedChanges: false,
    items,
    editions: [
      {
        __typename: 'SwotEdition',
        edition: 1,
        itemCount: items.length,
        note: 'Prima stesura',
        publishedAt: '2026-03-02T10:00:00.000Z',
        publishedByName: 'Giulia Neri',
      },
    ],
    ...overrides,
  } as SwotAnalysisFieldsFragment;
}

/** The SWOT query answers with whatever `state.current` holds when asked. */
export function swotMock(state: { current: SwotAnalysisFieldsFragment }): MockLink.MockedResponse {
  return {
    request: { query: AreaSwotQueryDocument, variables: { areaCode: AREA } },
    result: () => ({ data: { swot: state.current } }),
    maxUsageCount: 50,
  };
}

/** Paolo Bianchi sits on the Comitato operativo; Chiara Fontana is engaged for tourism. */
export const standingMock: MockLink.MockedResponse = {
  request: { query: SwotStandingQueryDocument },
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
              id: 'm-1',
              role: 'MEMBER',
              person: { __typename: 'Person', id: 'u-com1' },
            },
          ],
        },
      ],
      experts: [
        {
          __typename: 'ExpertEngagement',
          id: 'e-1',
          active: true,
          startsOn: '2020-01-01',
          endsOn: '2099-12-31',
          endedOn: null,
          areaCodes: [AREA],
          phaseCodes: [],
          person: { __typename: 'Person', id: 'u-esp' },
        },
      ],
    },
  },
  maxUsageCount: 50,
};
