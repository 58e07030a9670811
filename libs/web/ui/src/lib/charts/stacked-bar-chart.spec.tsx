import { screen, within } from '@testing-library/react';
import { renderChart, tableCells } from './charts-testing';
import { StackedBarChart, type Stack } from './stacked-bar-chart';

const years = ['2021', '2022', '2023'];
const sources: Stack[] = [
  { name: 'Fondi europei', values: [12_500_000, 18_000_000, 22_300_000] },
  { name: 'PNRR', values: [8_000_000, 21_400_000, 0] },
  { name: 'Regione Toscana', values: [5_200_000, 6_000_000, 6_500_000] },
  // No figure yet for 2023: counted as nothing in the total, "n.d." in the table.
  { name: 'Enti locali', values: [3_100_000, 3_400_000] },
];

function renderResources() {
  return renderChart(
    <StackedBarChart
      id="risorse"
      title="Risorse per gli interventi"
      unit="EUR"
      categories={years}
      stacks={sources}
      source="Fonte: Piano Strategico 2030"
    />,
  );
}

describe('StackedBarChart', () => {
  it('writes above each column the sum of its parts', () => {
    const { container } = renderResources();

    expect([...container.querySelectorAll('.chart-total')].map((total) => total.textContent)).toEqual([
      '28,8 mln',
      '48,8 mln',
      '28,8 mln',
    ]);
    // One block per non-zero value: 4 + 4 + 2.
    expect(container.querySelectorAll('.chart-segment')).toHaveLength(10);
  });

  it('holds every part and each total, summed exactly, in the table', () => {
    renderResources();

    expect(tableCells(screen.getByRole('table', { name: 'Risorse per gli interventi (EUR)' }))).toEqual([
      ['Voce', 'Fondi europei', 'PNRR', 'Regione Toscana', 'Enti locali', 'Totale'],
      ['2021', '12.500.000', '8.000.000', '5.200.000', '3.100.000', '28.800.000'],
      ['2022', '18.000.000', '21.400.000', '6.000.000', '3.400.000', '48.800.000'],
      ['2023', '22.300.000', '0', '6.500.000', 'n.d.', '28.800.000'],
    ]);
  });

  it('names the title, the first and last columns, the parts and the range of totals', () => {
    renderResources();

    const figure = screen.getByRole('figure', { name: 'Risorse per gli interventi' });
    expect(within(figure).getByRole('img')).toHaveAccessibleName(
      'Risorse per gli interventi: colonne impilate da 2021 a 2023, suddivise per Fondi europei, PNRR, ' +
        'Regione Toscana e Enti locali; totali da 28,8 milioni a 48,8 milioni (EUR).',
    );
    expect(figure.querySelectorAll('.chart-legend li')).toHaveLength(4);
  });

  it('says there is no data without categories', () => {
    renderChart(<StackedBarChart id="vuoto" title="Risorse" unit="EUR" categories={[]} stacks={sources} />);

    expect(screen.getByText('Nessun dato disponibile')).toBeInTheDocument();
  });
});
