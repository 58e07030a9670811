import { screen, within } from '@testing-library/react';
import { BarChart, type Bar } from './bar-chart';
import { renderChart, tableCells } from './charts-testing';

const sectors: Bar[] = [
  { label: 'Costruzioni', value: 6292 },
  { label: 'Commercio', value: 9425 },
  { label: 'Manifatturiero', value: 4219 },
  { label: 'Agricoltura', value: 2429, note: 'dato provvisorio' },
  { label: 'Servizi', value: 13735 },
];

const changes: Bar[] = [
  { label: 'Costruzioni', value: 1.2 },
  { label: 'Commercio', value: -2.4 },
  { label: 'Alloggio e ristorazione', value: -3.5 },
];

const percent = (style: string) => parseFloat(style);

describe('BarChart', () => {
  it('names the title and the smallest and largest values in its drawing', () => {
    renderChart(
      <BarChart
        id="imprese"
        title="Imprese attive per settore"
        unit="imprese"
        bars={sectors}
        headingLevel={4}
      />,
    );

    expect(screen.getByRole('heading', { level: 4 })).toHaveTextContent('Imprese attive per settore');
    expect(screen.getByRole('img')).toHaveAccessibleName(
      'Imprese attive per settore: grafico a barre con 5 voci, da 2.429 (Agricoltura) a 13.735 (Servizi) (imprese).',
    );
  });

  it('writes each value at its bar and every value, with its note, in the table', () => {
    renderChart(<BarChart id="imprese" title="Imprese attive per settore" unit="imprese" bars={sectors} />);

    expect(within(screen.getByRole('img')).getByText('13.735')).toHaveClass('chart-bar-value');
    expect(within(screen.getByRole('img')).getByText('dato provvisorio')).toBeInTheDocument();
    expect(tableCells(screen.getByRole('table', { name: 'Imprese attive per settore' }))).toEqual([
      ['Voce', 'Valore (imprese)', 'Nota'],
      ['Costruzioni', '6.292', ''],
      ['Commercio', '9.425', ''],
      ['Manifatturiero', '4.219', ''],
      ['Agricoltura', '2.429', 'dato provvisorio'],
      ['Servizi', '13.735', ''],
    ]);
  });

  it('draws negative values left of the zero line, positive ones right of it', () => {
    const { container } = renderChart(
      <BarChart id="variazioni" title="Variazione delle imprese" unit="%" bars={changes} />,
    );

    const zero = percent((container.querySelector('.chart-bar-zero') as HTMLElement).style.left);
    const fills = [...container.querySelectorAll<HTMLElement>('.chart-bar-fill')];
    const [up, down, deepest] = fills.map((fill) => ({
      left: percent(fill.style.left),
      right: percent(fill.style.left) + percent(fill.style.width),
    }));
    expect(zero).toBeCloseTo((3.5 / 4.7) * 100);
    expect(up.left).toBeCloseTo(zero);
    expect(down.right).toBeCloseTo(zero);
    expect(deepest.left).toBeCloseTo(0);
    expect(fills.map((fill) => fill.classList.contains('chart-bar-negative'))).toEqual([false, true, true]);
    expect(within(screen.getByRole('img')).getByText('-3,5')).toBeInTheDocument();
    expect(screen.getByRole('cell', { name: '-2,4' })).toBeInTheDocument();
  });

  it('says there is no data without bars', () => {
    renderChart(<BarChart id="vuoto" title="Imprese attive" unit="imprese" bars={[]} />);

    expect(screen.getByText('Nessun dato disponibile')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});
