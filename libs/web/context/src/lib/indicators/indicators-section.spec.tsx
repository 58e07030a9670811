import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { i18n } from '@piano2030/web-core';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { Link, MemoryRouter } from 'react-router-dom';
import { AREA, crossCuttingSeries, indicatorsMock, series } from '../../testing/fixtures';
import { IndicatorsSection } from './indicators-section';

function renderSection(mocks: MockLink.MockedResponse[] = [indicatorsMock()]) {
  render(
    <MockedProvider mocks={mocks}>
      <MemoryRouter initialEntries={[`/ambiti/${AREA}`]}>
        <Link to={{ hash: '#indicatore-lu_active_businesses' }}>Vai agli imprese attive</Link>
        <IndicatorsSection areaCode={AREA} />
      </MemoryRouter>
    </MockedProvider>,
  );
}

/** The text of every cell, row by row, header cells included. */
const cells = (table: HTMLElement) =>
  [...table.querySelectorAll('tr')].map((row) =>
    [...row.querySelectorAll('th, td')].map((cell) => cell.textContent),
  );

describe('IndicatorsSection', () => {
  beforeEach(() => i18n.changeLanguage('it'));

  it("draws the area's series as a line and a bar chart, each with its data table and source, and its lone figures as key figures", async () => {
    renderSection();

    const card = await screen.findByRole('article', {
      name: 'Imprese attive del settore turistico-ricettivo',
    });
    expect(card).toHaveAttribute('id', 'indicatore-lu_tourism_businesses');
    expect(card).toHaveTextContent('Territorio: Provincia di Lucca');
    // The unit and the data names in the page's language, not as the data file writes them.
    expect(card).toHaveTextContent('Unità di misura: numero');
    expect(card).toHaveTextContent('Dato provinciale');

    // The years of the headline measure are a line; the unnamed measure takes the series' title.
    const line = within(card).getByRole('figure', { name: 'Imprese attive del settore turistico-ricettivo' });
    expect(within(line).getByRole('img')).toHaveAccessibleName(
      expect.stringContaining('grafico a linee da 2017 a 2018'),
    );
    expect(cells(within(line).getByRole('table'))).toEqual([
      ['Periodo', 'Imprese attive del settore turistico-ricettivo'],
      ['2017', '3.910'],
      ['2018', '3.987,5'],
    ]);
    expect(line.querySelector('figcaption')).toHaveTextContent(
      'Fonte: Infocamere-StockView; Relazione previsionale e programmatica 2020, Camera di Commercio di Lucca, righe 1500–1512',
    );

    // The categories of a breakdown are bars, titled by the breakdown's Italian name; a series'
    // charts after the first show on request.
    const more = within(card).getByRole('button', {
      name: 'Mostra un altro grafico – Imprese attive del settore turistico-ricettivo',
    });
    expect(more).toHaveAttribute('aria-expanded', 'false');
    fireEvent.click(more);
    expect(more).toHaveAttribute('aria-expanded', 'true');
    const bars = within(card).getByRole('figure', {
      name: 'Imprese attive del settore turistico-ricettivo – Tipologia, 2018',
    });
    expect(cells(within(bars).getByRole('table'))).toEqual([
      ['Voce', 'Valore (numero)'],
      ['Alberghi', '612'],
      ['Ristoranti', '2.875'],
    ]);
    expect(bars.querySelector('figcaption')).toHaveTextContent('Fonte: Infocamere-StockView');

    // A measure with a single number is a key figure, named in Italian (avgStayForeign).
    const figure = within(card).getByRole('term');
    expect(figure).toHaveTextContent('Permanenza media stranieri, 2018');
    expect(within(card).getByRole('definition')).toHaveTextContent('3,4 numero');

    // The analysts' notes are in English, and say so.
    expect(
      within(card).getByRole('heading', { level: 4, name: 'Note di analisi (in inglese)' }),
    ).toBeInTheDocument();
    const notes = within(card).getByRole('list');
    expect(notes).toHaveAttribute('lang', 'en');
    expect(notes).toHaveTextContent('Figures at 31 December.');
  });

  it('keeps the cross-cutting series folded under their own heading until asked for', async () => {
    renderSection();
    await screen.findByRole('article', { name: 'Imprese attive del settore turistico-ricettivo' });

    expect(screen.getByRole('heading', { level: 2, name: 'Indicatori trasversali' })).toBeInTheDocument();
    const toggle = screen.getByRole('button', { name: "Mostra l'indicatore trasversale" });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('article', { name: 'Imprese attive' })).not.toBeInTheDocument();

    fireEvent.click(toggle);

    const card = screen.getByRole('article', { name: 'Imprese attive' });
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    // One number, dated: a key figure, and the source under the card since there is no chart.
    expect(within(card).getByRole('term')).toHaveTextContent('Imprese attive, 31 dic 2018');
    expect(within(card).getByRole('definition')).toHaveTextContent('36.301');
    expect(card).toHaveTextContent('Fonte: Infocamere-StockView; Relazione previsionale');
    expect(card).toHaveTextContent('righe 1098–1104');
  });

  it('unfolds the cross-cutting series and moves focus to the one a link points at', async () => {
    renderSection();
    await screen.findByRole('article', { name: 'Imprese attive del settore turistico-ricettivo' });

    fireEvent.click(screen.getByRole('link', { name: 'Vai agli imprese attive' }));

    const card = await screen.findByRole('article', { name: 'Imprese attive' });
    await waitFor(() => expect(card).toHaveFocus());
  });

  it('says when an area has no series of its own', async () => {
    renderSection([indicatorsMock([crossCuttingSeries])]);

    expect(
      await screen.findByText('Per questo ambito non ci sono ancora indicatori propri.'),
    ).toBeInTheDocument();
    expect(series().areaCodes).toContain(AREA);
  });
});
