import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { FUNDING_SOURCES, PLAN_YEARS, summariseResources, type ResourceLine } from '@piano2030/shared-domain';
import { i18n, type CurrentUser } from '@piano2030/web-core';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { citizen, committeeMember, meMock, referenceMocks } from '../../testing/fixtures';
import { ResourcesPage } from './resources-page';
import { ResourceSummaryQueryDocument } from './resources.documents';

/** Two public interventions in PS6 and one in PS1, the second serving two guidelines; a draft in PS6. */
const PUBLIC: ResourceLine[] = [
  ['i-1', 'PS6', ['LI2', 'LI4'], 2022, 'NGEU_PNRR', 1_200_000],
  ['i-1', 'PS6', ['LI2', 'LI4'], 2023, 'NGEU_PNRR', 800_000.5],
  ['i-1', 'PS6', ['LI2', 'LI4'], 2023, 'REGIONAL', 150_000],
  ['i-2', 'PS6', ['LI4'], 2024, 'CAMERA', 49_999.5],
  ['i-3', 'PS1', ['LI1'], 2024, 'EU_COHESION', 400_000.25],
].map(([interventionId, areaCode, guidelineCodes, year, source, amount]) => ({
  interventionId,
  areaCode,
  guidelineCodes,
  year,
  source,
  amount,
})) as ResourceLine[];
const DRAFT: ResourceLine[] = [
  {
    interventionId: 'i-4',
    areaCode: 'PS6',
    guidelineCodes: ['LI2'],
    year: 2025,
    source: 'PRIVATE',
    amount: 300_000,
  },
];

/** The API's answer, computed by the same domain function the API uses. */
function summaryMock(groupBy: string, includeDrafts = false): MockLink.MockedResponse {
  const summary = summariseResources(includeDrafts ? [...PUBLIC, ...DRAFT] : PUBLIC, groupBy as 'AREA');
  return {
    request: { query: ResourceSummaryQueryDocument, variables: { groupBy, areaCode: null, includeDrafts } },
    result: {
      data: {
        resourceSummary: {
          __typename: 'ResourceSummary',
          ...summary,
          groups: summary.groups.map((group) => ({
            __typename: 'ResourceGroup',
            ...group,
            byYear: group.byYear.map((entry) => ({ __typename: 'YearAmount', ...entry })),
            bySource: group.bySource.map((entry) => ({ __typename: 'SourceAmount', ...entry })),
          })),
        },
      },
    },
    maxUsageCount: 10,
  };
}

const MOCKS = ['AREA', 'SOURCE', 'YEAR', 'GUIDELINE'].flatMap((groupBy) => [
  summaryMock(groupBy),
  summaryMock(groupBy, true),
]);

function renderPage(me: CurrentUser | null, path = '/interventi/risorse') {
  render(
    <MockedProvider mocks={[meMock(me), ...referenceMocks, ...MOCKS]}>
      <MemoryRouter initialEntries={[path]}>
        <Routes>
          <Route path="/interventi/risorse" element={<ResourcesPage />} />
        </Routes>
      </MemoryRouter>
    </MockedProvider>,
  );
}

/** Euros as the table writes them, back to numbers ('–' is nothing). */
const euros = (text: string | null) =>
  text === '–' ? 0 : Number((text ?? '').replace(/[^\d,-]/g, '').replace(',', '.'));
const cents = (values: number[]) => values.reduce((sum, value) => sum + Math.round(value * 100), 0) / 100;

function readTable(table: HTMLElement) {
  const rows = within(table).getAllByRole('row').slice(1);
  const read = (row: HTMLElement) =>
    within(row)
      .getAllByRole('cell')
      .slice(1)
      .map((cell) => euros(cell.textContent));
  return { body: rows.slice(0, -1).map(read), totals: read(rows[rows.length - 1]) };
}

describe('ResourcesPage', () => {
  beforeEach(() => i18n.changeLanguage('it'));

  it('rolls up by area: every row, column and the totals row add up to the grand total', async () => {
    renderPage(null);

    const table = await screen.findByRole('table', { name: 'Risorse per ambito e per anno, in euro' });
    const { body, totals } = readTable(table);
    const total = 2_600_000.25;
    expect(totals.at(-1)).toBe(total);
    expect(cents(body.map((row) => row.at(-1) as number))).toBe(total);
    // Each row's years add up to the row's total, and each year's column to the totals row.
    body.forEach((row) => expect(cents(row.slice(0, -1))).toBe(row.at(-1)));
    PLAN_YEARS.forEach((_, index) => expect(cents(body.map((row) => row[index]))).toBe(totals[index]));
    expect(cents(totals.slice(0, -1))).toBe(total);
    expect(screen.getByText(/^Totale: 2\.600\.000,25\s€ su 3 interventi\.$/)).toHaveAttribute(
      'role',
      'status',
    );
    expect(within(table).getByRole('rowheader', { name: 'PS6 – Turismo e cultura' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Scarica la tabella in CSV (per ambito)' })).toHaveAttribute(
      'href',
      '/exports/resources.csv?groupBy=AREA',
    );
    expect(screen.getByRole('figure', { name: 'Totale per ambito' })).toBeInTheDocument();
    expect(
      screen.getByRole('figure', { name: 'Risorse per anno e fonte di finanziamento' }),
    ).toBeInTheDocument();
    // Drafts are for insiders only.
    expect(screen.queryByRole('checkbox', { name: 'Conta anche le bozze' })).not.toBeInTheDocument();
  });

  it('moves between groupings with the arrow keys; by year the columns are the sources', async () => {
    renderPage(null);
    const tab = await screen.findByRole('tab', { name: 'Per ambito', selected: true });
    tab.focus();
    fireEvent.keyDown(tab, { key: 'ArrowRight' });
    fireEvent.keyDown(screen.getByRole('tab', { name: 'Per fonte' }), { key: 'ArrowRight' });

    const byYear = screen.getByRole('tab', { name: 'Per anno' });
    expect(byYear).toHaveAttribute('aria-selected', 'true');
    expect(byYear).toHaveFocus();
    const table = await screen.findByRole('table', {
      name: 'Risorse per anno e fonte di finanziamento, in euro',
    });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((header) => header.textContent);
    expect(headers.slice(2, -1)).toHaveLength(FUNDING_SOURCES.length);
    const { body, totals } = readTable(table);
    expect(totals.at(-1)).toBe(2_600_000.25);
    FUNDING_SOURCES.forEach((_, index) =>
      expect(cents(body.map((row) => row[index + 1]))).toBe(totals[index + 1]),
    );
    expect(screen.getByRole('link', { name: /CSV/ })).toHaveAttribute(
      'href',
      '/exports/resources.csv?groupBy=YEAR',
    );
  });

  it('says that by guideline an intervention counts under each guideline it serves', async () => {
    renderPage(null, '/interventi/risorse?per=GUIDELINE');

    const table = await screen.findByRole('table', {
      name: "Risorse per linea d'indirizzo e per anno, in euro",
    });
    expect(
      screen.getAllByText(/un intervento conta per intero sotto ogni linea a cui risponde/).length,
    ).toBeGreaterThan(0);
    const { body, totals } = readTable(table);
    // LI2 and LI4 both count intervention i-1 in full: the rows add up to more than the total,
    // while the totals row counts each intervention once and equals the grand total.
    expect(cents(body.map((row) => row.at(-1) as number))).toBeGreaterThan(2_600_000.25);
    expect(totals.at(-1)).toBe(2_600_000.25);
    expect(cents(totals.slice(1, -1))).toBe(2_600_000.25);
    expect(
      within(table).getByRole('rowheader', { name: 'Totale (ogni intervento una volta)' }),
    ).toBeInTheDocument();
  });

  it('lets insiders count the drafts too', async () => {
    renderPage(committeeMember);
    await screen.findByRole('table', { name: 'Risorse per ambito e per anno, in euro' });
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Conta anche le bozze' }));

    await waitFor(() =>
      expect(screen.getByTestId('rollup-grand-total').textContent?.replace(/\s/g, ' ')).toBe(
        '2.900.000,25 €',
      ),
    );
    expect(screen.getByText(/su 4 interventi/)).toBeInTheDocument();
    expect(
      screen.getByText('Il file comprende gli interventi pubblici di tutti gli ambiti.'),
    ).toBeInTheDocument();
  });

  it('offers no drafts to a signed-in citizen', async () => {
    renderPage(citizen);
    await screen.findByRole('table', { name: 'Risorse per ambito e per anno, in euro' });
    await waitFor(() => expect(screen.getByRole('link', { name: /CSV/ })).toBeInTheDocument());
    expect(screen.queryByRole('checkbox', { name: 'Conta anche le bozze' })).not.toBeInTheDocument();
  });
});
