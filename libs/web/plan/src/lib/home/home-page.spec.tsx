import { MockedProvider } from '@apollo/client/testing/react';
import { i18n } from '@piano2030/web-core';
import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { HomePage } from './home-page';
import { HomePageQueryDocument } from './home-page.query';

const AREA_NAMES = [
  'Infrastrutture materiali ed immateriali',
  'Tutela dell’ambiente e sostenibilità',
  'Digitalizzazione e Smart city',
  'Economia civile ed economia circolare',
  'Valorizzazione dei prodotti e delle filiere produttive',
  'Valorizzazione del Turismo e della Cultura',
  'Internazionalizzazione delle imprese e sviluppo del marketing territoriale',
  'Semplificazione della P.A.',
];

const areas = AREA_NAMES.map((name, index) => ({
  __typename: 'InterventionArea' as const,
  code: `PS${index + 1}`,
  position: index + 1,
  name,
  description: `Descrizione dell'ambito ${index + 1}`,
}));

const phases = [
  ['CONTEXT_ANALYSIS', 'Analisi del contesto', '2020-10-01', '2020-12-31', 'PAST'],
  ['LISTENING', 'Ascolto e partecipazione', '2021-01-01', '2021-03-31', 'CURRENT'],
  ['PRIORITIES_AND_INTERVENTIONS', 'Priorità e interventi', '2021-04-01', '2021-06-30', 'UPCOMING'],
].map(([code, name, startsOn, endsOn, timing], index) => ({
  __typename: 'ProcessPhase' as const,
  code,
  position: index + 1,
  name,
  description: `Descrizione: ${name}`,
  startsOn,
  endsOn,
  timing: timing as 'PAST' | 'CURRENT' | 'UPCOMING',
}));

function renderHome() {
  // The API's list order is not guaranteed: serve the areas shuffled.
  const shuffled = [areas[5], areas[0], areas[7], areas[2], areas[1], areas[6], areas[3], areas[4]];
  const mocks = [
    {
      request: { query: HomePageQueryDocument, variables: { locale: 'IT' as const } },
      result: { data: { processPhases: [phases[2], phases[0], phases[1]], interventionAreas: shuffled } },
    },
  ];
  return render(
    <MockedProvider mocks={mocks}>
      <MemoryRouter>
        <HomePage />
      </MemoryRouter>
    </MockedProvider>,
  );
}

describe('HomePage', () => {
  beforeEach(() => i18n.changeLanguage('it'));

  it('explains the plan and its bodies under a single h1', () => {
    renderHome();

    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Piano Strategico 2030');
    expect(screen.getByRole('heading', { name: 'Cabina di Regia' })).toBeInTheDocument();
    expect(
      screen.getByText('componenti designati dalla Provincia di Lucca', { exact: false }),
    ).toHaveTextContent('3 componenti designati dalla Provincia di Lucca');
    expect(screen.getByRole('heading', { name: 'Comitato operativo' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Esperti esterni' })).toBeInTheDocument();
  });

  it('renders the eight areas from the query, in order, each linking to its page', async () => {
    renderHome();

    const areaSection = await screen.findByRole('link', { name: AREA_NAMES[0] });
    const list = areaSection.closest('ol');
    if (!list) throw new Error('the areas are not an ordered list');
    const links = within(list).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual(AREA_NAMES);
    expect(links.map((link) => link.getAttribute('href'))).toEqual(
      areas.map((area) => `/ambiti/${area.code}`),
    );
  });

  it('draws the phases in order with the current one highlighted', async () => {
    renderHome();

    const current = await screen.findByRole('listitem', { current: 'step' });
    expect(current).toHaveTextContent('Ascolto e partecipazione');
    expect(current).toHaveTextContent('In corso');
    const timeline = current.closest('ol');
    if (!timeline) throw new Error('the phases are not an ordered list');
    expect(
      within(timeline)
        .getAllByRole('heading')
        .map((heading) => heading.textContent),
    ).toEqual(['Analisi del contesto', 'Ascolto e partecipazione', 'Priorità e interventi']);
  });
});
