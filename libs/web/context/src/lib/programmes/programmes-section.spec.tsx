import { MockedProvider } from '@apollo/client/testing/react';
import { i18n } from '@piano2030/web-core';
import { render, screen, within } from '@testing-library/react';
import { AREA, objective, programmesMock } from '../../testing/fixtures';
import { ProgrammesSection } from './programmes-section';

describe('ProgrammesSection', () => {
  beforeEach(() => i18n.changeLanguage('it'));

  it("lists the chamber's objectives for the area, primary ones first, each with its budget, targets and projects", async () => {
    const secondary = objective({
      code: '1B',
      title: 'Analisi del sistema economico locale',
      primaryAreaCodes: [],
      secondaryAreaCodes: [AREA],
      crossCutting: true,
      budget: {
        __typename: 'ObjectiveBudget',
        externalCosts: 0,
        revenues: 0,
        contributions: 0,
        investments: 0,
      } as ReturnType<typeof objective>['budget'],
      targets: [],
      projects: [],
    });
    render(
      <MockedProvider mocks={[programmesMock([secondary, objective()])]}>
        <ProgrammesSection areaCode={AREA} />
      </MockedProvider>,
    );

    const articles = await screen.findAllByRole('article');
    expect(articles.map((article) => within(article).getByRole('heading', { level: 3 }).textContent)).toEqual(
      ['2E Valorizzazione del patrimonio culturale e del turismo', '1B Analisi del sistema economico locale'],
    );
    const [primary, other] = articles;
    expect(within(primary).getByText('Principale')).toBeInTheDocument();
    expect(primary).toHaveTextContent('Area strategica: 2 – Servizi alle imprese');
    expect(primary).toHaveTextContent('Stato: attivo');

    const budget = within(primary).getByRole('table', { name: 'Bilancio 2020 (euro)' });
    const rows = within(budget)
      .getAllByRole('row')
      .slice(1, 5)
      .map((row) => [...row.querySelectorAll('th, td')].slice(0, 2).map((cell) => cell.textContent));
    expect(rows).toEqual([
      ['Costi esterni', '636.200'],
      ['Ricavi', '55.000'],
      ['Contributi', '274.000'],
      ['Investimenti', '0'],
    ]);
    expect(primary).toHaveTextContent('Realizzazione di almeno due eventi.');
    const project = within(primary).getByText('2E7101').closest('li');
    expect(project).toHaveTextContent('2E7101 Valorizzazione del patrimonio culturale e del turismo');
    expect(project).toHaveTextContent('Ufficio responsabile: Promozione');
    expect(within(project as HTMLElement).getByText('Tourism and culture promotion.')).toHaveAttribute(
      'lang',
      'en',
    );
    expect(primary).toHaveTextContent(
      'Fonte: Camera di Commercio di Lucca; Relazione previsionale e programmatica 2020, Camera di Commercio di Lucca, righe 7197–7203',
    );

    expect(within(other).getByText('Secondario')).toBeInTheDocument();
    expect(within(other).getByText('Trasversale')).toBeInTheDocument();
    expect(other).toHaveTextContent('Nessuna risorsa esterna a bilancio nel 2020.');
    expect(other).toHaveTextContent('Nessun progetto per questo obiettivo.');
  });
});
