import { fireEvent, screen, within } from '@testing-library/react';
import { renderChart, tableCells } from './charts-testing';
import { LineChart, type LineSeries } from './line-chart';

const years = ['2014', '2015', '2016', '2017', '2018'];
const presences: LineSeries[] = [
  {
    name: 'Italiani',
    points: years.map((label, i) => ({ label, value: [2012345, 2101222, 2098765, 2150333, 2203400][i] })),
  },
  // No figure for 2016: a gap in the line, "n.d." in the table.
  {
    name: 'Stranieri',
    points: years
      .map((label, i) => ({ label, value: [1650120, 1702330, 0, 1820450, 1890010.5][i] }))
      .filter((point) => point.label !== '2016'),
  },
];

const chart = (series = presences) => (
  <LineChart
    id="presenze"
    title="Presenze turistiche"
    unit="presenze"
    series={series}
    source="Fonte: Regione Toscana"
  />
);

describe('LineChart', () => {
  it('is a titled figure whose drawing names the title, the periods and the range of values', () => {
    renderChart(chart());

    const figure = screen.getByRole('figure', { name: 'Presenze turistiche' });
    expect(within(figure).getByRole('heading', { level: 3 })).toHaveTextContent('Presenze turistiche');
    expect(within(figure).getByRole('img')).toHaveAccessibleName(
      'Presenze turistiche: grafico a linee con 2 serie da 2014 a 2018, valori da 1,7 milioni a 2,2 milioni (presenze).',
    );
    expect(figure.querySelector('figcaption')).toHaveTextContent('Fonte: Regione Toscana');
    expect(within(figure).getByText('Unità di misura: presenze')).toBeInTheDocument();
  });

  it('draws one line and one dot per value of each series, with a legend for two or more', () => {
    const { container, rerender } = renderChart(chart());

    expect(container.querySelectorAll('.chart-line')).toHaveLength(2);
    expect(container.querySelectorAll('.chart-line')[1].getAttribute('d')?.match(/M/g)).toHaveLength(2);
    expect(container.querySelectorAll('.chart-legend li')).toHaveLength(2);

    rerender(chart([presences[0]]));
    expect(container.querySelector('.chart-legend')).not.toBeInTheDocument();
  });

  it('holds every value in a table, written in full in Italian', () => {
    renderChart(chart());

    const table = screen.getByRole('table', { name: 'Presenze turistiche (presenze)' });
    expect(tableCells(table)).toEqual([
      ['Periodo', 'Italiani', 'Stranieri'],
      ['2014', '2.012.345', '1.650.120'],
      ['2015', '2.101.222', '1.702.330'],
      ['2016', '2.098.765', 'n.d.'],
      ['2017', '2.150.333', '1.820.450'],
      ['2018', '2.203.400', '1.890.010,5'],
    ]);
    expect(within(table).getAllByRole('columnheader')[1]).toHaveAttribute('scope', 'col');
    expect(within(table).getAllByRole('rowheader')[0]).toHaveAttribute('scope', 'row');
    expect(within(table).getByText('2.012.345')).toHaveClass('text-end');
  });

  it('shows and hides the table with a disclosure button, the table staying readable to screen readers', () => {
    renderChart(chart());
    const toggle = screen.getByRole('button', { name: 'Mostra i dati in tabella' });
    const wrapper = document.getElementById(toggle.getAttribute('aria-controls') ?? '');

    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(wrapper).toHaveClass('visually-hidden');
    expect(screen.getByRole('table')).toBeInTheDocument();

    fireEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(wrapper).not.toHaveClass('visually-hidden');
    expect(wrapper).toContainElement(screen.getByRole('table'));

    fireEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(wrapper).toHaveClass('visually-hidden');
  });

  it('writes numbers as English does in English', () => {
    renderChart(chart(), 'en');

    expect(screen.getByRole('button', { name: 'Show data as a table' })).toBeInTheDocument();
    expect(screen.getByRole('cell', { name: '2,012,345' })).toBeInTheDocument();
    expect(screen.getByRole('img')).toHaveAccessibleName(
      'Presenze turistiche: line chart of 2 series from 2014 to 2018, values from 1.7 million to 2.2 million (presenze).',
    );
  });

  it('says there is no data when no series has a point', () => {
    renderChart(chart([{ name: 'Italiani', points: [] }]));

    expect(screen.getByRole('figure', { name: 'Presenze turistiche' })).toHaveTextContent(
      'Nessun dato disponibile',
    );
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});
