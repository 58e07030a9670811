import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { i18n, type CurrentUser, type DispositionFieldsFragment } from '@piano2030/web-core';
import { render, screen, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import {
  CONSULTATION_ID,
  INTERVENTION_ID,
  SWOT_ITEM_ID,
  byConfartigianato,
  citizen,
  contribution,
  dayIn,
  disposition,
  meMock,
} from '../../testing/public-fixtures';
import {
  MyContributionsConsultationsQueryDocument,
  MyContributionsQueryDocument,
} from './my-contributions.documents';
import { MyContributionsPage } from './my-contributions-page';

const OTHER_ID = 'c0000000-0000-4000-8000-000000000002';

const consultationsMock: MockLink.MockedResponse = {
  request: { query: MyContributionsConsultationsQueryDocument },
  result: {
    data: {
      consultations: [
        {
          __typename: 'Consultation',
          id: CONSULTATION_ID,
          title: 'Turismo lento e cammini in Valle del Serchio',
          status: 'OPEN',
          closesAt: '2026-12-21T18:00:00.000Z',
          resultsReportDue: dayIn(50),
        },
        {
          __typename: 'Consultation',
          id: OTHER_ID,
          title: 'Borghi digitali',
          status: 'CLOSED',
          closesAt: '2026-10-01T18:00:00.000Z',
          resultsReportDue: dayIn(10),
        },
      ],
    },
  },
  maxUsageCount: 10,
};

/** Newest first, as the API lists them: one of each fate. */
const MINE = [
  contribution('m-pending', { viewerIsAuthor: true, status: 'PENDING', body: 'In attesa del moderatore.' }),
  contribution('m-accepted', {
    viewerIsAuthor: true,
    kind: 'PROPOSAL',
    body: 'Una rete di **botteghe** amiche del camminatore.',
    author: byConfartigianato,
    disposition: disposition({
      contributionId: 'm-accepted',
      outcome: 'ACCEPTED',
      reasons: 'Entra in PS6.1.',
    }),
  }),
  contribution('m-hidden', {
    viewerIsAuthor: true,
    status: 'HIDDEN',
    body: 'Un testo segnalato.',
    moderationReason: 'Contiene un numero di telefono.',
  }),
  contribution('m-swot', {
    viewerIsAuthor: true,
    consultationId: OTHER_ID,
    kind: 'OBSERVATION',
    body: 'La banda larga manca in Garfagnana.',
    disposition: disposition({
      contributionId: 'm-swot',
      outcome: 'PARTIALLY_ACCEPTED',
      reasons: 'La debolezza è stata riformulata.',
      intervention: null,
      interventionVersion: null,
      swotItem: {
        __typename: 'DispositionSwotItem',
        id: SWOT_ITEM_ID,
        areaCode: 'PS3',
        quadrant: 'WEAKNESS',
        text: 'Copertura in banda ultralarga insufficiente nelle aree interne.',
      } as DispositionFieldsFragment['swotItem'],
      swotItemVersion: 2,
    }),
  }),
  contribution('m-waiting', {
    viewerIsAuthor: true,
    parentId: 'k-9',
    depth: 2,
    kind: 'COMMENT',
    body: 'Sono d’accordo.',
    disposition: disposition({ contributionId: 'm-waiting', status: 'PREPARED', official: false }),
  }),
];

const mineMock: MockLink.MockedResponse = {
  request: { query: MyContributionsQueryDocument, variables: { first: 100 } },
  result: {
    data: {
      myContributions: {
        __typename: 'ContributionPage',
        nodes: MINE,
        endCursor: 'cursor-m-waiting',
        hasNextPage: false,
        totalCount: MINE.length,
      },
    },
  },
  maxUsageCount: 10,
};

function renderMine(me: CurrentUser | null) {
  render(
    <MockedProvider mocks={[meMock(me), consultationsMock, mineMock]}>
      <MemoryRouter initialEntries={['/area-personale/contributi']}>
        <Routes>
          <Route path="/area-personale/contributi" element={<MyContributionsPage />} />
          <Route path="/accedi" element={<p>Pagina di accesso</p>} />
        </Routes>
      </MemoryRouter>
    </MockedProvider>,
  );
}

describe('MyContributionsPage', () => {
  beforeEach(() => i18n.changeLanguage('it'));

  it('groups the contributions by consultation with their status and the answers', async () => {
    renderMine(citizen);

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Cosa è successo ai miei contributi' }),
    ).toBeInTheDocument();
    const tourism = await screen.findByRole('region', {
      name: 'Turismo lento e cammini in Valle del Serchio',
    });
    const digital = await screen.findByRole('region', { name: 'Borghi digitali' });
    expect(within(tourism).getAllByRole('article')).toHaveLength(4);
    expect(within(digital).getAllByRole('article')).toHaveLength(1);

    const pending = within(tourism).getByText('In attesa del moderatore.').closest('article') as HTMLElement;
    expect(pending).toHaveTextContent('In attesa di moderazione');
    expect(pending).toHaveTextContent('Lo vedi solo tu finché un moderatore non lo approva.');
    expect(pending).not.toHaveTextContent('In attesa di risposta');

    const accepted = within(tourism).getByText('botteghe').closest('article') as HTMLElement;
    expect(accepted).toHaveTextContent('per Confartigianato Imprese Lucca');
    expect(accepted).toHaveTextContent('Risposta ufficiale del Comitato operativo');
    expect(within(accepted).getByText('Accolto')).toBeInTheDocument();
    expect(within(accepted).getByRole('link', { name: /PS6\.1 – Cammini/ })).toHaveAttribute(
      'href',
      `/interventi/${INTERVENTION_ID}`,
    );
    expect(accepted).toHaveTextContent('(versione 3)');
    expect(within(accepted).getByRole('link', { name: 'Vedi nella consultazione' })).toHaveAttribute(
      'href',
      `/consultazioni/${CONSULTATION_ID}#contributo-m-accepted`,
    );

    const hidden = within(tourism).getByText('Un testo segnalato.').closest('article') as HTMLElement;
    expect(hidden).toHaveTextContent('Nascosto');
    expect(hidden).toHaveTextContent('Motivo indicato dal moderatore: Contiene un numero di telefono.');
    expect(hidden).toHaveTextContent('In attesa di risposta');

    // A prepared answer is the committee's draft: the author still waits.
    const waiting = within(tourism).getByText('Sono d’accordo.').closest('article') as HTMLElement;
    expect(waiting).toHaveTextContent('Risposta del');
    expect(waiting).toHaveTextContent('In attesa di risposta');
    expect(waiting).not.toHaveTextContent('Parzialmente accolto');

    const swot = within(digital).getByRole('article');
    expect(swot).toHaveTextContent("Recepito nell'analisi SWOT (Punto di debolezza):");
    expect(within(swot).getByRole('link', { name: /Copertura in banda ultralarga/ })).toHaveAttribute(
      'href',
      `/ambiti/PS3#swot-item-${SWOT_ITEM_ID}`,
    );
    expect(swot).toHaveTextContent('(versione 2)');
  });

  it('sums the outcomes up in a chart with its table', async () => {
    renderMine(citizen);

    const summary = await screen.findByRole('region', { name: 'In sintesi' });
    expect(
      within(summary)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      '5 contributi inviati',
      '2 con risposta',
      '2 in attesa di risposta',
      '1 in attesa di moderazione',
      '1 nascosto o respinto',
    ]);
    const table = within(summary).getByRole('table', { name: 'Esiti dei tuoi contributi' });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => row.textContent);
    expect(rows).toEqual([
      'Accolto1',
      'Parzialmente accolto1',
      'Non accolto0',
      'Già previsto0',
      'Non pertinente0',
      'In attesa di risposta2',
    ]);
  });

  it('sends visitors who are not signed in to sign in first', async () => {
    renderMine(null);

    expect(await screen.findByText('Pagina di accesso')).toBeInTheDocument();
  });
});
