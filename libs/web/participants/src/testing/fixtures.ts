import type { MockLink } from '@apollo/client/testing';
import { MeQueryDocument, type CurrentUser } from '@piano2030/web-core';
import {
  MyRepresentationsQueryDocument,
  OrganisationChoicesQueryDocument,
  PublicOrganisationsQueryDocument,
  RepresentationRequestsQueryDocument,
} from '../lib/shared/participants.documents';

const user = (id: string, displayName: string, roles: CurrentUser['roles'] = []) => ({
  __typename: 'User' as const,
  id,
  email: `${id}@piano2030.demo`,
  displayName,
  roles,
  createdAt: '2026-01-10T09:00:00.000Z',
});

export const citizen = user('u-cit', 'Giulia Bianchi');
export const admin = user('u-adm', 'Amministratrice demo', ['ADMIN']);

export function meMock(me: CurrentUser | null): MockLink.MockedResponse {
  return { request: { query: MeQueryDocument }, result: { data: { me } }, maxUsageCount: 50 };
}

export const ORG = {
  confartigianato: { id: 'o-conf', name: 'Confartigianato Imprese Lucca', category: 'BUSINESS_ASSOCIATION' },
  cna: { id: 'o-cna', name: 'CNA Lucca', category: 'BUSINESS_ASSOCIATION' },
  cgil: { id: 'o-cgil', name: 'CGIL Lucca', category: 'TRADE_UNION' },
  imt: { id: 'o-imt', name: 'Scuola IMT Alti Studi Lucca', category: 'RESEARCH_EDUCATION' },
} as const;

const organisation = (key: keyof typeof ORG, website: string | null = null) => ({
  __typename: 'Organisation' as const,
  ...ORG[key],
  website,
});

export const publicOrganisationsMock = (empty = false): MockLink.MockedResponse => ({
  request: { query: PublicOrganisationsQueryDocument },
  result: {
    data: {
      organisations: empty
        ? []
        : [
            {
              ...organisation('cgil'),
              representatives: [
                {
                  __typename: 'OrganisationRepresentative',
                  publicName: 'M. P.',
                  title: 'Segretaria generale',
                },
              ],
            },
            {
              ...organisation('cna'),
              representatives: [
                { __typename: 'OrganisationRepresentative', publicName: 'Luca Neri', title: 'Presidente' },
                { __typename: 'OrganisationRepresentative', publicName: 'A. V.', title: 'Direttrice' },
              ],
            },
            {
              ...organisation('confartigianato'),
              representatives: [
                { __typename: 'OrganisationRepresentative', publicName: 'R. F.', title: 'Direttore' },
              ],
            },
            {
              ...organisation('imt', 'https://www.imtlucca.it'),
              representatives: [
                { __typename: 'OrganisationRepresentative', publicName: 'G. L.', title: 'Delegato' },
              ],
            },
          ],
    },
  },
});

export const organisationChoicesMock: MockLink.MockedResponse = {
  request: { query: OrganisationChoicesQueryDocument },
  result: {
    data: {
      organisations: (['cgil', 'cna', 'confartigianato', 'imt'] as const).map((key) => ({
        __typename: 'Organisation',
        ...ORG[key],
      })),
    },
  },
  maxUsageCount: 10,
};

export const myRepresentation = (
  id: string,
  key: keyof typeof ORG,
  status: string,
  extra: { title?: string; decidedAt?: string | null; decisionReason?: string | null } = {},
) => ({
  __typename: 'Representation' as const,
  id,
  title: extra.title ?? 'Presidente',
  status,
  requestedAt: '2026-11-02T09:00:00.000Z',
  decidedAt: extra.decidedAt ?? null,
  decisionReason: extra.decisionReason ?? null,
  organisation: { __typename: 'Organisation' as const, ...ORG[key] },
});

export const myRepresentationsMock = (
  representations: ReturnType<typeof myRepresentation>[],
): MockLink.MockedResponse => ({
  request: { query: MyRepresentationsQueryDocument },
  result: { data: { myRepresentations: representations } },
});

export const request = (
  id: string,
  key: keyof typeof ORG,
  status: string,
  requester: string,
  extra: { taxCode?: string | null; website?: string | null } = {},
) => ({
  __typename: 'Representation' as const,
  id,
  title: 'Presidente',
  status,
  requestedAt: '2026-11-02T09:00:00.000Z',
  decidedAt: status === 'PENDING' ? null : '2026-11-03T09:00:00.000Z',
  decisionReason: null,
  organisationTaxCode: extra.taxCode ?? null,
  requester: { __typename: 'Person' as const, id: `u-${id}`, displayName: requester },
  organisation: organisation(key, extra.website ?? null),
});

export const requestsMock = (
  status: string | null,
  requests: ReturnType<typeof request>[],
): MockLink.MockedResponse => ({
  request: { query: RepresentationRequestsQueryDocument, variables: { status } },
  result: { data: { representationRequests: requests } },
});
