import { CombinedGraphQLErrors } from '@apollo/client';
import { MockedProvider } from '@apollo/client/testing/react';
import { i18n } from '@piano2030/web-core';
import { render, screen, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { AreaPage } from './area-page';
import { AreaPageQueryDocument } from './areas.query';

// The context sections have their own specs in web-context; here they only show where they go.
jest.mock('@piano2030/web-context', () => ({
  IndicatorsSection: ({ areaCode }: { areaCode: string }) => <h2>Indicatori di {areaCode}</h2>,
  ProgrammesSection: ({ areaCode }: { areaCode: string }) => <h2>Programmi di {areaCode}</h2>,
  SwotSection: ({ areaCode }: { areaCode: string }) => <h2>SWOT di {areaCode}</h2>,
}));
jest.mock('@piano2030/web-interventions', () => ({
  AreaInterventionsSection: ({ areaCode }: { areaCode: string }) => <h2>Interventi di {areaCode}</h2>,
}));

const guidelines = [1, 2, 3, 4, 5, 6].map((position) => ({
  __typename: 'Guideline' as const,
  code: `LI${position}`,
  position,
  title: `Linea d'indirizzo ${position}`,
  description: `Descrizione della linea ${position}`,
}));

function renderArea(code: string, response: { result: { data: unknown } } | { error: Error }) {
  const mocks = [
    { request: { query: AreaPageQueryDocument, variables: { code, locale: 'IT' as const } }, ...response },
  ];
  return render(
    <MockedProvider mocks={mocks}>
      <MemoryRouter initialEntries={[`/ambiti/${code}`]}>
        <Routes>
          <Route path="/ambiti/:code" element={<AreaPage />} />
        </Routes>
      </MemoryRouter>
    </MockedProvider>,
  );
}

describe('AreaPage', () => {
  beforeEach(() => i18n.changeLanguage('it'));

  it("shows the area's number, name, description and the six guidelines in order", async () => {
    renderArea('PS3', {
      result: {
        data: {
          interventionArea: {
            __typename: 'InterventionArea',
            code: 'PS3',
            position: 3,
            name: 'Digitalizzazione e Smart city',
            description: 'Competenze digitali, reti e servizi intelligenti.',
          },
          guidelines: [...guidelines].reverse(),
        },
      },
    });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Digitalizzazione e Smart city' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Ambito 3')).toBeInTheDocument();
    expect(screen.getByText('Competenze digitali, reti e servizi intelligenti.')).toBeInTheDocument();
    const list = screen.getByRole('heading', { name: "Linea d'indirizzo 1" }).closest('ol');
    if (!list) throw new Error('the guidelines are not an ordered list');
    expect(
      within(list)
        .getAllByRole('heading')
        .map((h) => h.textContent),
    ).toEqual(guidelines.map((g) => g.title));
    expect(document.title).toBe('Digitalizzazione e Smart city – Piano Strategico 2030');
    // After the guidelines, the context analysis of the area, then its priorities and interventions.
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      "Le linee d'indirizzo",
      'Indicatori di PS3',
      'Programmi di PS3',
      'SWOT di PS3',
      'Interventi di PS3',
    ]);
  });

  it('says plainly that an unknown area does not exist when the API answers NOT_FOUND', async () => {
    renderArea('PS9', {
      error: new CombinedGraphQLErrors({
        data: null,
        errors: [{ message: 'InterventionArea "PS9" does not exist.', extensions: { code: 'NOT_FOUND' } }],
      }),
    });

    expect(
      await screen.findByRole('heading', { level: 1, name: "Ambito d'intervento non trovato" }),
    ).toBeInTheDocument();
    expect(screen.getByText(/«PS9»/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: "Tutti gli ambiti d'intervento" })).toHaveAttribute(
      'href',
      '/ambiti',
    );
    expect(document.title).toBe("Ambito d'intervento non trovato – Piano Strategico 2030");
  });

  it('offers to try again when the area cannot be loaded for another reason', async () => {
    renderArea('PS1', { error: new Error('Failed to fetch') });

    expect(await screen.findByRole('button', { name: 'Riprova' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: "Ambito d'intervento" })).toBeInTheDocument();
  });
});
