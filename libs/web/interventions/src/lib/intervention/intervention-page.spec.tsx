import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { i18n, type CurrentUser, type InterventionPageQuery } from '@piano2030/web-core';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import {
  INTERVENTION_ID,
  PRIORITY_ID,
  citizen,
  committeeMember,
  intervention,
  meMock,
  referenceMocks,
  versionRow,
} from '../../testing/fixtures';
import {
  InterventionDiffQueryDocument,
  InterventionPageQueryDocument,
  SetInterventionStatusMutationDocument,
} from './intervention-page.documents';
import { InterventionPage } from './intervention-page';

// The section is web-consultations' own (tested there): here, only that the page mounts it for this intervention.
jest.mock('@piano2030/web-consultations', () => ({
  ContributionsThatShaped: ({ interventionId }: { interventionId: string }) =>
    jest
      .requireActual('react')
      .createElement('section', { 'aria-label': `Contributi per ${interventionId}` }),
}));

type Page = InterventionPageQuery;

const VERSIONS = [
  versionRow(3, 'IN_CONSULTATION', 'Luca Bruno', 'Contributo privato delle fondazioni', 2_500_000),
  versionRow(2, 'IN_CONSULTATION', 'Luca Bruno', null, 2_200_000),
  versionRow(1, 'DRAFT', 'Sara Romano', null, 2_200_000),
];

function pageMock(state: { current: Page }): MockLink.MockedResponse {
  return {
    request: { query: InterventionPageQueryDocument, variables: { id: INTERVENTION_ID } },
    result: () => ({ data: state.current }),
    maxUsageCount: 20,
  };
}

const diffMock = (fromVersion: number, toVersion: number, changes: unknown[]): MockLink.MockedResponse => ({
  request: {
    query: InterventionDiffQueryDocument,
    variables: { id: INTERVENTION_ID, fromVersion, toVersion },
  },
  result: {
    data: {
      interventionDiff: {
        __typename: 'InterventionDiff',
        interventionId: INTERVENTION_ID,
        fromVersion,
        toVersion,
        changes: changes.map((change) => ({ __typename: 'FieldChange', ...(change as object) })),
      },
    },
  },
  maxUsageCount: 5,
});

const segment = (op: string, text: string) => ({ __typename: 'DiffSegment', op, text });

const LATEST_DIFF = diffMock(2, 3, [
  {
    field: 'title',
    before: 'Cammini e ciclovie della Valle del Serchio',
    after: 'Cammini, ciclovie e borghi della Valle del Serchio',
    segments: [
      segment('EQUAL', 'Cammini'),
      segment('DELETE', ' e'),
      segment('INSERT', ','),
      segment('EQUAL', ' ciclovie '),
      segment('INSERT', 'e borghi '),
      segment('EQUAL', 'della Valle del Serchio'),
    ],
  },
  {
    field: 'resources',
    before: '2022 · NGEU_PNRR · 1200000.00\n2024 · CAMERA · 49999.50',
    after: '2022 · NGEU_PNRR · 1200000.00\n2025 · PRIVATE · 300000.00',
    segments: [
      segment('EQUAL', '2022 · NGEU_PNRR · 1200000.00\n'),
      segment('DELETE', '2024 · CAMERA · 49999.50'),
      segment('INSERT', '2025 · PRIVATE · 300000.00'),
    ],
  },
  {
    field: 'endsOn',
    before: '2026-12-31',
    after: '2027-06-30',
    segments: [segment('DELETE', '2026-12-31'), segment('INSERT', '2027-06-30')],
  },
]);

function renderPage(state: { current: Page }, me: CurrentUser | null, more: MockLink.MockedResponse[] = []) {
  render(
    <MockedProvider mocks={[meMock(me), ...referenceMocks, pageMock(state), LATEST_DIFF, ...more]}>
      <MemoryRouter initialEntries={[`/interventi/${INTERVENTION_ID}`]}>
        <Routes>
          <Route path="/interventi/:id" element={<InterventionPage />} />
        </Routes>
      </MemoryRouter>
    </MockedProvider>,
  );
}

const page = (overrides = {}): Page =>
  ({
    intervention: intervention(overrides),
    interventionVersions: VERSIONS,
  }) as Page;

const cells = (row: HTMLElement) =>
  within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent?.replace(/\s/g, ' '));

describe('InterventionPage', () => {
  beforeEach(() => i18n.changeLanguage('it'));

  it('lays out the resources as a year × source table whose totals add up, with KPIs and timing', async () => {
    renderPage({ current: page() }, null);

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Cammini e ciclovie della Valle del Serchio' }),
    ).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Risorse per anno e fonte di finanziamento, in euro' });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((header) => header.textContent);
    expect(headers).toEqual([
      'Anno',
      'NGEU – PNRR',
      'Regione Toscana',
      'Camera di Commercio',
      "Totale dell'anno",
    ]);
    expect(cells(within(table).getByRole('row', { name: /^2023/ }))).toEqual([
      '800.000,50 €',
      '150.000 €',
      '–nessun importo',
      '950.000,50 €',
    ]);
    expect(cells(within(table).getByRole('row', { name: /^Totale per fonte/ }))).toEqual([
      '2.000.000,50 €',
      '150.000 €',
      '49.999,50 €',
      '2.200.000 €',
    ]);
    expect(screen.getByRole('figure', { name: 'Risorse per anno' })).toBeInTheDocument();

    const kpis = screen.getByRole('table', { name: /Indicatori di risultato/ });
    expect(within(kpis).getByRole('row', { name: /Presenze turistiche/ })).toHaveTextContent(
      '289.384nel 2018→ 350.000',
    );
    expect(await within(kpis).findByRole('link', { name: 'Arrivi e presenze turistiche' })).toHaveAttribute(
      'href',
      '/ambiti/PS6#indicatore-lu_tourism_arrivals_presences',
    );
    const timing = screen.getByRole('region', { name: 'Tempi' });
    expect(
      within(timing)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Inizio: 1 gennaio 2022',
      '1Tappa 1: 31 dicembre 2022 – Progetto esecutivo',
      'Fine: 31 dicembre 2026',
    ]);
    // A visitor reads everything and changes nothing.
    expect(screen.queryByRole('link', { name: "Modifica l'intervento" })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Scarta' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Turismo lento, diffuso e sostenibile' })).toHaveAttribute(
      'href',
      `/interventi?ambito=PS6&priorita=${PRIORITY_ID}`,
    );
  });

  it('shows the contributions that changed the intervention, in a section of their own', async () => {
    renderPage({ current: page() }, null);

    expect(
      await screen.findByRole('region', { name: `Contributi per ${INTERVENTION_ID}` }),
    ).toBeInTheDocument();
  });

  it('lists the versions and shows what changed between the last two, words and lines marked', async () => {
    renderPage({ current: page() }, citizen, [
      diffMock(1, 3, [
        {
          field: 'status',
          before: 'DRAFT',
          after: 'IN_CONSULTATION',
          segments: [segment('DELETE', 'DRAFT'), segment('INSERT', 'IN_CONSULTATION')],
        },
      ]),
    ]);

    const versions = await screen.findByRole('table', { name: 'Versioni salvate, dalla più recente' });
    expect(cells(within(versions).getByRole('row', { name: /^3/ }))).toEqual([
      'In consultazione',
      'Luca Bruno',
      expect.stringContaining('3 mar 2026'),
      'Contributo privato delle fondazioni',
      '2.500.000 €',
    ]);

    expect(screen.getByRole('combobox', { name: 'Dalla versione' })).toHaveValue('2');
    expect(screen.getByRole('combobox', { name: 'Alla versione' })).toHaveValue('3');
    expect(await screen.findByText('Dalla versione 2 alla 3: 3 campi modificati.')).toHaveAttribute(
      'role',
      'status',
    );
    const title = screen.getByText('Titolo', { selector: 'dt' }).closest('div') as HTMLElement;
    expect(within(title).getByRole('deletion')).toHaveTextContent('rimosso: e');
    expect(
      within(title)
        .getAllByRole('insertion')
        .map((node) => node.textContent),
    ).toEqual(['aggiunto: ,', 'aggiunto: e borghi ']);
    const money = screen.getByText('Risorse', { selector: 'dt' }).closest('div') as HTMLElement;
    expect(
      within(money)
        .getAllByRole('listitem')
        .map((item) => item.textContent?.replace(/\s/g, ' ')),
    ).toEqual([
      'invariato: 2022 · NGEU – PNRR · 1.200.000 €',
      'rimosso: 2024 · Camera di Commercio · 49.999,50 €',
      'aggiunto: 2025 · Privati · 300.000 €',
    ]);
    const end = screen.getByText('Fine', { selector: 'dt' }).closest('div') as HTMLElement;
    expect(end).toHaveTextContent('Finerimosso: 31 dicembre 2026 → aggiunto: 30 giugno 2027');

    fireEvent.change(screen.getByRole('combobox', { name: 'Dalla versione' }), { target: { value: '1' } });
    expect(await screen.findByText('Dalla versione 1 alla 3: 1 campo modificato.')).toBeInTheDocument();
    const status = screen.getByText('Stato', { selector: 'dt' }).closest('div') as HTMLElement;
    expect(status).toHaveTextContent('rimosso: Bozza → aggiunto: In consultazione');
  });

  it('offers the committee the moves the status allows, a reason required for all but publishing', async () => {
    const state = { current: page({ status: 'IN_CONSULTATION', version: 3 }) };
    const discarded = jest.fn(() => {
      state.current = page({ status: 'DISCARDED', version: 4 });
      return {
        data: {
          setInterventionStatus: {
            __typename: 'Intervention',
            id: INTERVENTION_ID,
            status: 'DISCARDED',
            version: 4,
            updatedAt: '2026-03-04T10:00:00.000Z',
          },
        },
      };
    });
    renderPage(state, committeeMember, [
      {
        request: {
          query: SetInterventionStatusMutationDocument,
          variables: {
            input: {
              id: INTERVENTION_ID,
              expectedVersion: 3,
              status: 'DISCARDED',
              reason: 'Confluito in PS6.2',
            },
          },
        },
        result: discarded,
      },
    ]);

    const moves = await screen.findByRole('region', { name: "Stato dell'intervento" });
    expect(
      within(moves)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['Segna come rivisto', 'Scarta']);
    expect(screen.getByRole('link', { name: "Modifica l'intervento" })).toHaveAttribute(
      'href',
      `/interventi/${INTERVENTION_ID}/modifica`,
    );

    fireEvent.click(within(moves).getByRole('button', { name: 'Scarta' }));
    const form = within(moves).getByRole('form', { name: 'Scarta PS6.1' });
    await waitFor(() => expect(within(form).getByRole('textbox', { name: /Motivo/ })).toHaveFocus());
    fireEvent.click(within(form).getByRole('button', { name: "Scarta l'intervento" }));
    const summary = await within(form).findByRole('alert');
    expect(summary).toHaveTextContent('Motivo: Spiega il motivo del cambio di stato.');
    expect(discarded).not.toHaveBeenCalled();

    fireEvent.change(within(form).getByRole('textbox', { name: /Motivo/ }), {
      target: { value: 'Confluito in PS6.2' },
    });
    fireEvent.click(within(form).getByRole('button', { name: "Scarta l'intervento" }));

    expect(await screen.findByText('PS6.1 è stato scartato.')).toBeInTheDocument();
    await waitFor(() =>
      expect(
        within(screen.getByRole('region', { name: "Stato dell'intervento" })).getByRole('button'),
      ).toHaveTextContent('Ripristina come bozza'),
    );
    await waitFor(() => expect(document.getElementById('int-status-line')).toHaveFocus());
    expect(screen.queryByRole('link', { name: "Modifica l'intervento" })).not.toBeInTheDocument();
  });

  it('publishes a draft for consultation without asking why', async () => {
    const state = { current: page({ status: 'DRAFT', version: 1 }) };
    const published = jest.fn(() => ({
      data: {
        setInterventionStatus: {
          __typename: 'Intervention',
          id: INTERVENTION_ID,
          status: 'IN_CONSULTATION',
          version: 2,
          updatedAt: '2026-03-04T10:00:00.000Z',
        },
      },
    }));
    renderPage(state, committeeMember, [
      {
        request: {
          query: SetInterventionStatusMutationDocument,
          variables: { input: { id: INTERVENTION_ID, expectedVersion: 1, status: 'IN_CONSULTATION' } },
        },
        result: published,
      },
    ]);

    const moves = await screen.findByRole('region', { name: "Stato dell'intervento" });
    expect(screen.getAllByText('Bozza')[0]).toBeInTheDocument();
    fireEvent.click(within(moves).getByRole('button', { name: 'Pubblica per la consultazione' }));
    const form = within(moves).getByRole('form', { name: 'Pubblica PS6.1 per la consultazione' });
    expect(within(form).getByRole('textbox', { name: 'Nota (facoltativa)' })).not.toBeRequired();
    fireEvent.click(within(form).getByRole('button', { name: 'Pubblica' }));

    expect(await screen.findByText('PS6.1 è stato pubblicato per la consultazione.')).toBeInTheDocument();
    expect(published).toHaveBeenCalledTimes(1);
  });
});
