import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { i18n, type CurrentUser, type SwotAnalysisFieldsFragment } from '@piano2030/web-core';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import {
  AREA,
  committeeMember,
  indicatorsMock,
  meMock,
  standingMock,
  swot,
  swotItem,
  swotMock,
} from '../../testing/fixtures';
import { SwotSection } from './swot-section';

// The answers' section is web-consultations' own (tested there): here, only that an item opens it on demand.
jest.mock('@piano2030/web-consultations', () => ({
  ContributionsThatShaped: ({ swotItemId }: { swotItemId: string }) =>
    jest.requireActual('react').createElement('section', { 'aria-label': `Contributi per ${swotItemId}` }),
}));
import {
  SwotItemDiffQueryDocument,
  SwotItemVersionsQueryDocument,
  UpdateSwotItemMutationDocument,
} from './swot.documents';

const ITEMS = [
  swotItem({ id: 'i-1', quadrant: 'STRENGTH', weight: 3, text: 'Città murate e festival noti nel mondo.' }),
  swotItem({ id: 'i-2', quadrant: 'STRENGTH', weight: 5, text: 'Oltre 3,6 milioni di presenze l’anno.' }),
  swotItem({ id: 'i-3', quadrant: 'WEAKNESS', weight: 4, text: 'Stagionalità estiva forte.', evidence: [] }),
  swotItem({ id: 'i-4', quadrant: 'THREAT', weight: 2, text: 'Concorrenza di altre coste.', evidence: [] }),
];

function renderSwot(
  state: { current: SwotAnalysisFieldsFragment },
  me: CurrentUser | null,
  more: MockLink.MockedResponse[] = [],
) {
  render(
    <MockedProvider mocks={[meMock(me), swotMock(state), indicatorsMock(), standingMock, ...more]}>
      <MemoryRouter initialEntries={[`/ambiti/${AREA}`]}>
        <SwotSection areaCode={AREA} />
      </MemoryRouter>
    </MockedProvider>,
  );
}

const quadrant = (name: string) => screen.getByRole('region', { name: new RegExp(`^${name}`) });
const itemTexts = (region: HTMLElement) =>
  within(region)
    .queryAllByRole('listitem')
    .filter((item) => item.classList.contains('swot-item'))
    .map((item) => item.querySelector('.swot-item-text')?.textContent);

describe('SwotSection', () => {
  beforeEach(() => i18n.changeLanguage('it'));

  it('groups the items in the four quadrants, heaviest first, with weights in words and evidence links', async () => {
    renderSwot({ current: swot(ITEMS) }, null);

    await screen.findByRole('region', { name: /^Punti di forza/ });
    expect(screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent)).toEqual([
      'Punti di forza(2 elementi)',
      'Debolezze(1 elemento)',
      'Opportunità(0 elementi)',
      'Minacce(1 elemento)',
    ]);
    expect(itemTexts(quadrant('Punti di forza'))).toEqual([
      'Oltre 3,6 milioni di presenze l’anno.',
      'Città murate e festival noti nel mondo.',
    ]);
    expect(itemTexts(quadrant('Debolezze'))).toEqual(['Stagionalità estiva forte.']);
    expect(within(quadrant('Opportunità')).getByText('Ancora nessun elemento.')).toBeInTheDocument();
    expect(quadrant('Punti di forza')).toHaveTextContent('Peso5 su 5');

    // An indicator links to its series on this page, by its title; a document to its address.
    const strength = quadrant('Punti di forza');
    await waitFor(() =>
      expect(
        within(strength).getAllByRole('link', { name: 'Imprese attive del settore turistico-ricettivo' })[0],
      ).toHaveAttribute('href', '/ambiti/PS6#indicatore-lu_tourism_businesses'),
    );
    expect(within(strength).getAllByRole('link', { name: 'Osservatorio regionale' })[0]).toHaveAttribute(
      'href',
      'https://www.regione.toscana.it/turismo',
    );
    expect(screen.getByText(/Edizione 1 pubblicata il/)).toHaveTextContent(
      'Edizione 1 pubblicata il 2 marzo 2026 da Giulia Neri (4 elementi) – Prima stesura',
    );
    // Published items carry no badge, and a visitor gets no form.
    expect(screen.queryByText('Pubblicato')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Aggiungi un elemento/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Modifica/ })).not.toBeInTheDocument();
  });

  it('shows drafts and withdrawn items to insiders with their state, and offers the committee its forms', async () => {
    const items = [
      swotItem({ id: 'i-d', status: 'DRAFT', version: 1, publishedAt: null, text: 'Una bozza.' }),
      swotItem({ id: 'i-w', status: 'WITHDRAWN', version: 3, weight: 5, text: 'Un ritirato.' }),
    ];
    renderSwot({ current: swot(items, { hasUnpublishedChanges: true }) }, committeeMember);

    const strength = await screen.findByRole('region', { name: /^Punti di forza/ });
    // Withdrawn items stay on record, folded under the others whatever their weight.
    expect(itemTexts(strength)).toEqual(['Una bozza.', 'Un ritirato.']);
    expect(within(strength).getByRole('heading', { level: 3 })).toHaveTextContent(
      'Punti di forza(1 elemento)',
    );
    const folded = within(strength).getByText('1 elemento ritirato').closest('details');
    expect(folded).toHaveTextContent('Un ritirato.');
    expect(within(strength).getByText('Bozza')).toBeInTheDocument();
    expect(within(strength).getByText('Ritirato')).toBeInTheDocument();
    expect(within(strength).getAllByText('Proposto da Chiara Fontana')).toHaveLength(2);
    expect(
      screen.getByText("Ci sono bozze o ritiri non ancora pubblicati: il pubblico vede l'ultima edizione."),
    ).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Pubblica una nuova edizione' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Aggiungi un elemento – Punti di forza' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Modifica – Una bozza.' })).toBeInTheDocument();
    // A withdrawn item changes no more.
    expect(screen.queryByRole('button', { name: 'Modifica – Un ritirato.' })).not.toBeInTheDocument();
  });

  it('asks the reason for a change to a published item, and sends only what changed against the version it was opened at', async () => {
    const state = { current: swot([swotItem({ evidence: [] })]) };
    const sent = jest.fn(() => ({
      data: {
        updateSwotItem: swotItem({ evidence: [], version: 3, text: 'Un sistema turistico fortissimo.' }),
      },
    }));
    renderSwot(state, committeeMember, [
      {
        request: {
          query: UpdateSwotItemMutationDocument,
          variables: {
            input: {
              id: 'i-1',
              expectedVersion: 2,
              text: 'Un sistema turistico fortissimo.',
              reason: 'Dati 2019',
            },
          },
        },
        result: sent,
      },
    ]);

    fireEvent.click(await screen.findByRole('button', { name: /^Modifica – Un sistema turistico/ }));
    const form = screen.getByRole('form', { name: "Modifica l'elemento (versione 2)" });
    const reason = within(form).getByRole('textbox', { name: 'Motivo della modifica (obbligatorio)' });
    expect(reason).toBeRequired();
    await waitFor(() => expect(within(form).getByRole('textbox', { name: 'Testo' })).toHaveFocus());
    fireEvent.change(within(form).getByRole('textbox', { name: 'Testo' }), {
      target: { value: 'Un sistema turistico fortissimo.' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Salva le modifiche' }));

    // Without a reason the form says so in its summary, which links to the field.
    const summary = await within(form).findByRole('alert');
    await waitFor(() => expect(summary).toHaveFocus());
    const link = within(summary).getByRole('link', { name: /Spiega il motivo della modifica/ });
    fireEvent.click(link);
    expect(reason).toHaveFocus();
    expect(reason).toHaveAttribute('aria-invalid', 'true');
    expect(sent).not.toHaveBeenCalled();

    fireEvent.change(reason, { target: { value: 'Dati 2019' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Salva le modifiche' }));

    expect(
      await screen.findByText("Modifiche salvate: ora l'elemento è alla versione 3."),
    ).toBeInTheDocument();
    expect(sent).toHaveBeenCalledTimes(1);
    await waitFor(() =>
      expect(screen.getByRole('button', { name: /^Modifica – Un sistema turistico/ })).toHaveFocus(),
    );
  });

  it('shows the item as someone else left it after a conflict, keeps what was typed, and applies it to the current version', async () => {
    const state = { current: swot([swotItem({ evidence: [] })]) };
    const typed = 'Un sistema turistico fortissimo.';
    const applied = jest.fn(() => ({
      data: { updateSwotItem: swotItem({ evidence: [], version: 4, weight: 5, text: typed }) },
    }));
    const input = { id: 'i-1', text: typed, reason: 'Più preciso' };
    renderSwot(state, committeeMember, [
      {
        request: {
          query: UpdateSwotItemMutationDocument,
          variables: { input: { ...input, expectedVersion: 2 } },
        },
        result: () => {
          state.current = swot([swotItem({ evidence: [], version: 3, weight: 5 })]);
          return {
            errors: [
              {
                message:
                  'The item was changed by someone else (it is at version 3, your change was made against 2).',
                extensions: {
                  code: 'CONFLICT',
                  current: {
                    id: 'i-1',
                    version: 3,
                    quadrant: 'STRENGTH',
                    text: 'Un sistema turistico forte in Versilia.',
                    weight: 5,
                    evidence: [],
                    status: 'PUBLISHED',
                  },
                },
              },
            ],
          };
        },
      },
      {
        request: {
          query: UpdateSwotItemMutationDocument,
          variables: { input: { ...input, expectedVersion: 3 } },
        },
        result: applied,
      },
    ]);

    fireEvent.click(await screen.findByRole('button', { name: /^Modifica – Un sistema turistico/ }));
    const form = screen.getByRole('form', { name: "Modifica l'elemento (versione 2)" });
    fireEvent.change(within(form).getByRole('textbox', { name: 'Testo' }), { target: { value: typed } });
    fireEvent.change(within(form).getByRole('textbox', { name: /Motivo della modifica/ }), {
      target: { value: 'Più preciso' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Salva le modifiche' }));

    const alert = await within(form).findByRole('alert');
    expect(alert).toHaveTextContent(
      "Nel frattempo qualcun altro ha modificato l'elemento: ora è alla versione 3.",
    );
    const current = within(form).getByRole('region', { name: "L'elemento com'è ora (versione 3)" });
    expect(current).toHaveTextContent('Un sistema turistico forte in Versilia.');
    expect(current).toHaveTextContent('5 su 5');
    expect(within(form).getByRole('textbox', { name: 'Testo' })).toHaveValue(typed);
    // What the member did not change follows the item as it now is.
    expect(within(form).getByRole('combobox', { name: 'Peso' })).toHaveValue('5');
    expect(within(form).getByRole('textbox', { name: /Motivo della modifica/ })).toHaveValue('Più preciso');

    fireEvent.click(
      within(form).getByRole('button', { name: 'Applica le mie modifiche alla versione attuale' }),
    );

    expect(
      await screen.findByText("Modifiche salvate: ora l'elemento è alla versione 4."),
    ).toBeInTheDocument();
    expect(applied).toHaveBeenCalledTimes(1);
  });

  it("lists an item's versions with who and why, and marks the words added and removed between two of them", async () => {
    renderSwot({ current: swot([swotItem({ version: 3, evidence: [] })]) }, null, [
      {
        request: { query: SwotItemVersionsQueryDocument, variables: { id: 'i-1' } },
        result: {
          data: {
            swotItemVersions: [3, 2, 1].map((version) => ({
              __typename: 'SwotItemVersion',
              version,
              status: version === 1 ? 'DRAFT' : 'PUBLISHED',
              quadrant: 'STRENGTH',
              text: 'Testo',
              weight: version === 3 ? 5 : 4,
              reason: version === 3 ? 'Peso rivisto' : null,
              authorName: version === 1 ? 'Chiara Fontana' : 'Giulia Neri',
              createdAt: '2026-03-02T10:00:00.000Z',
              evidence: [],
            })),
          },
        },
      },
      {
        request: { query: SwotItemDiffQueryDocument, variables: { id: 'i-1', fromVersion: 2, toVersion: 3 } },
        result: {
          data: {
            swotItemDiff: {
              __typename: 'SwotItemDiff',
              itemId: 'i-1',
              fromVersion: 2,
              toVersion: 3,
              changes: [
                {
                  __typename: 'FieldChange',
                  field: 'text',
                  before: 'Un sistema forte',
                  after: 'Un sistema molto forte',
                  segments: [
                    { __typename: 'DiffSegment', op: 'EQUAL', text: 'Un sistema ' },
                    { __typename: 'DiffSegment', op: 'INSERT', text: 'molto ' },
                    { __typename: 'DiffSegment', op: 'EQUAL', text: 'forte' },
                  ],
                },
                {
                  __typename: 'FieldChange',
                  field: 'weight',
                  before: '4',
                  after: '5',
                  segments: [
                    { __typename: 'DiffSegment', op: 'DELETE', text: '4' },
                    { __typename: 'DiffSegment', op: 'INSERT', text: '5' },
                  ],
                },
              ],
            },
          },
        },
      },
    ]);

    const open = await screen.findByRole('button', { name: /^Versioni – / });
    expect(open).toHaveAttribute('aria-expanded', 'false');
    fireEvent.click(open);
    expect(open).toHaveAttribute('aria-expanded', 'true');

    const history = await screen.findByRole('region', { name: "Versioni dell'elemento" });
    const versions = await within(history).findByRole('list');
    expect(
      within(versions)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      expect.stringMatching(/^Versione 3 · Pubblicato · .* · Giulia NeriMotivo: Peso rivisto$/),
      expect.stringMatching(/^Versione 2 · Pubblicato · .* · Giulia Neri$/),
      expect.stringMatching(/^Versione 1 · Bozza · .* · Chiara Fontana$/),
    ]);
    expect(within(history).getByRole('combobox', { name: 'Dalla versione' })).toHaveValue('2');
    expect(within(history).getByRole('combobox', { name: 'Alla versione' })).toHaveValue('3');

    const inserted = await waitFor(() => {
      const found = history.querySelectorAll('ins');
      expect(found).toHaveLength(2);
      return found;
    });
    expect(inserted[0]).toHaveTextContent('aggiunto: molto');
    expect(within(inserted[0] as HTMLElement).getByText('aggiunto:')).toHaveClass('visually-hidden');
    const deleted = history.querySelectorAll('del');
    expect(deleted).toHaveLength(1);
    expect(deleted[0]).toHaveTextContent('rimosso: 4');
    expect(history).toHaveTextContent('TestoUn sistema aggiunto: molto forte');
  });

  it('opens the contributions that changed an item on demand, one item at a time, not at load', async () => {
    renderSwot({ current: swot(ITEMS) }, null);
    const strengths = await screen.findByRole('region', { name: /^Punti di forza/ });
    expect(screen.queryByRole('region', { name: /^Contributi per/ })).not.toBeInTheDocument();

    const open = within(strengths).getByRole('button', {
      name: "Contributi che l'hanno modificata – Città murate e festival noti nel mondo.",
    });
    expect(open).toHaveAttribute('aria-expanded', 'false');
    fireEvent.click(open);

    expect(await screen.findByRole('region', { name: 'Contributi per i-1' })).toBeInTheDocument();
    expect(open).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getAllByRole('region', { name: /^Contributi per/ })).toHaveLength(1);
    fireEvent.click(open);
    expect(screen.queryByRole('region', { name: 'Contributi per i-1' })).not.toBeInTheDocument();
  });
});
