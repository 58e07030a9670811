import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { i18n, type CurrentUser } from '@piano2030/web-core';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { admin, citizen, meMock } from '../../testing/fixtures';
import {
  IndicatorsAdminQueryDocument,
  SetIndicatorAreasMutationDocument,
  UploadIndicatorSeriesMutationDocument,
} from './admin.documents';
import { IndicatorsAdminPage } from './indicators-admin-page';

const CSV = 'anno;valore\n2019;12\n2020;quindici\n2021;18\n;4\n';

const adminSeries = (revision = 4, areaCodes = ['PS7']) => ({
  __typename: 'IndicatorSeries',
  id: 's-exports',
  code: 'lu_exports_total',
  title: 'Esportazioni',
  origin: 'RPP2020',
  unit: 'EUR million',
  territory: 'Provincia di Lucca',
  areaCodes,
  crossCutting: false,
  revision,
});

const adminQuery: MockLink.MockedResponse = {
  request: { query: IndicatorsAdminQueryDocument, variables: { locale: 'IT' } },
  result: {
    data: {
      interventionAreas: [
        { __typename: 'InterventionArea', code: 'PS3', position: 3, name: 'Transizione digitale' },
        { __typename: 'InterventionArea', code: 'PS5', position: 5, name: 'Sviluppo economico' },
        { __typename: 'InterventionArea', code: 'PS7', position: 7, name: 'Internazionalizzazione' },
      ],
      indicators: [adminSeries()],
    },
  },
  maxUsageCount: 20,
};

const uploadInput = (skipInvalidRows: boolean) => ({
  code: 'lu_coworking_spaces',
  titleIt: 'Spazi di coworking',
  titleEn: null,
  unit: 'numero',
  territory: 'Provincia di Lucca',
  producer: 'Osservatorio provinciale',
  sourceUrl: null,
  areaCodes: ['PS3'],
  crossCutting: false,
  csv: CSV,
  skipInvalidRows,
});

function renderPage(me: CurrentUser | null, more: MockLink.MockedResponse[] = []) {
  render(
    <MockedProvider mocks={[meMock(me), adminQuery, ...more]}>
      <MemoryRouter initialEntries={['/amministrazione/indicatori']}>
        <Routes>
          <Route path="/amministrazione/indicatori" element={<IndicatorsAdminPage />} />
          <Route path="/accedi" element={<h1>Accedi</h1>} />
        </Routes>
      </MemoryRouter>
    </MockedProvider>,
  );
}

async function fillUpload() {
  const form = await screen.findByRole('form', { name: 'Carica una serie' });
  const type = (name: string | RegExp, value: string) =>
    fireEvent.change(within(form).getByRole('textbox', { name }), { target: { value } });
  type(/^Codice/, 'lu_coworking_spaces');
  type(/^Titolo in italiano/, 'Spazi di coworking');
  type(/^Unità di misura/, 'numero');
  type(/^Fonte dei dati/, 'Osservatorio provinciale');
  fireEvent.click(within(form).getByRole('checkbox', { name: 'PS3 – Transizione digitale' }));
  type(/^Contenuto del file/, CSV);
  return form;
}

describe('IndicatorsAdminPage', () => {
  beforeEach(() => i18n.changeLanguage('it'));

  it('sends an anonymous visitor to sign in', async () => {
    renderPage(null);
    expect(await screen.findByRole('heading', { level: 1, name: 'Accedi' })).toBeInTheDocument();
  });

  it('is for administrators only', async () => {
    renderPage(citizen);
    expect(
      await screen.findByText('Questa pagina è riservata agli amministratori della piattaforma.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('form')).not.toBeInTheDocument();
  });

  it('previews the file before sending it, listing the rows it will import and each rejected line', async () => {
    renderPage(admin);
    const form = await fillUpload();

    const preview = within(form).getByRole('region', { name: 'Anteprima' });
    expect(preview).toHaveTextContent('2 righe valide. 2 righe scartate.');
    expect(
      within(preview)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Riga 3: «quindici» non è un numero', "Riga 5: l'etichetta è vuota"]);
    const rows = within(preview).getByRole('table', { name: 'Righe che saranno importate' });
    expect(
      within(rows)
        .getAllByRole('row')
        .map((row) => row.textContent),
    ).toEqual(['RigaEtichettaValore', '2201912', '4202118']);
  });

  it("shows the API's line errors when it refuses the whole file, then imports the valid rows when asked to", async () => {
    renderPage(admin, [
      {
        request: { query: UploadIndicatorSeriesMutationDocument, variables: { input: uploadInput(false) } },
        result: {
          errors: [
            {
              message: 'Invalid input.',
              extensions: {
                code: 'BAD_USER_INPUT',
                fieldErrors: {
                  'input.csv.line3': ['line 3: "quindici" is not a number'],
                  'input.csv.line5': ['line 5: the label is empty'],
                },
              },
            },
          ],
        },
      },
      {
        request: { query: UploadIndicatorSeriesMutationDocument, variables: { input: uploadInput(true) } },
        result: {
          data: {
            uploadIndicatorSeries: {
              __typename: 'IndicatorUploadResult',
              importedRows: 2,
              skippedRows: [
                { __typename: 'CsvRowRejection', line: 3, reason: '"quindici" is not a number' },
                { __typename: 'CsvRowRejection', line: 5, reason: 'the label is empty' },
              ],
              series: {
                __typename: 'IndicatorSeries',
                id: 's-new',
                code: 'lu_coworking_spaces',
                areaCodes: ['PS3'],
                crossCutting: false,
                revision: 1,
              },
            },
          },
        },
      },
      adminQuery,
    ]);
    const form = await fillUpload();
    fireEvent.click(within(form).getByRole('button', { name: 'Carica la serie' }));

    const refused = await screen.findByRole('region', { name: 'File rifiutato' });
    await waitFor(() => expect(refused).toHaveFocus());
    expect(refused).toHaveTextContent('Il file non è stato importato per 2 righe non valide.');
    expect(
      within(refused)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Riga 3: «quindici» non è un numero', "Riga 5: l'etichetta è vuota"]);

    fireEvent.click(
      within(form).getByRole('checkbox', { name: 'Importa le righe valide e segnala le altre' }),
    );
    fireEvent.click(within(form).getByRole('button', { name: 'Carica la serie' }));

    const report = await screen.findByRole('region', { name: 'Serie caricata' });
    expect(report).toHaveTextContent('Importate 2 righe nella serie «lu_coworking_spaces».');
    expect(report).toHaveTextContent('2 righe non sono state importate:');
    expect(within(report).getAllByRole('listitem')).toHaveLength(2);
    // The form is ready for the next series.
    expect(within(form).getByRole('textbox', { name: /^Codice/ })).toHaveValue('');
  });

  it("changes a series' areas against its revision, and after a conflict shows the other choice and saves again", async () => {
    const saved = jest.fn(() => ({
      data: {
        setIndicatorAreas: {
          __typename: 'IndicatorSeries',
          id: 's-exports',
          code: 'lu_exports_total',
          areaCodes: ['PS5', 'PS7'],
          crossCutting: false,
          revision: 6,
        },
      },
    }));
    const input = { code: 'lu_exports_total', areaCodes: ['PS5', 'PS7'], crossCutting: false };
    renderPage(admin, [
      {
        request: {
          query: SetIndicatorAreasMutationDocument,
          variables: { input: { ...input, expectedRevision: 4 } },
        },
        result: {
          errors: [
            {
              message: 'The series was changed by someone else (it is at revision 5).',
              extensions: {
                code: 'CONFLICT',
                current: { revision: 5, areaCodes: ['PS3'], crossCutting: true },
              },
            },
          ],
        },
      },
      {
        request: {
          query: SetIndicatorAreasMutationDocument,
          variables: { input: { ...input, expectedRevision: 5 } },
        },
        result: saved,
      },
    ]);

    fireEvent.click(await screen.findByRole('button', { name: 'Modifica gli ambiti – Esportazioni' }));
    const group = screen.getByRole('group', { name: 'Ambiti di «Esportazioni»' });
    await waitFor(() =>
      expect(within(group).getByRole('checkbox', { name: 'PS3 – Transizione digitale' })).toHaveFocus(),
    );
    fireEvent.click(within(group).getByRole('checkbox', { name: 'PS5 – Sviluppo economico' }));
    fireEvent.click(screen.getByRole('button', { name: 'Salva gli ambiti' }));

    expect(
      await screen.findByText(
        'Nel frattempo un altro amministratore ha cambiato gli ambiti di questa serie.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText(/Ora la serie è negli ambiti: PS3; trasversale: sì/)).toBeInTheDocument();
    expect(within(group).getByRole('checkbox', { name: 'PS5 – Sviluppo economico' })).toBeChecked();

    fireEvent.click(screen.getByRole('button', { name: 'Salva di nuovo la mia scelta' }));

    expect(await screen.findByText('Ambiti di «Esportazioni» salvati.')).toBeInTheDocument();
    expect(saved).toHaveBeenCalledTimes(1);
  });
});
