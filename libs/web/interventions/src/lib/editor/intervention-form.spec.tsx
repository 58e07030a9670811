import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import {
  INTERVENTION_EVENTS,
  PRESENCE_EVENT,
  interventionRoom,
  type RoomEvent,
} from '@piano2030/shared-realtime-contracts';
import { i18n, useRoomEvents, type InterventionFieldsFragment } from '@piano2030/web-core';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router-dom';
import {
  INTERVENTION_ID,
  PRIORITY_ID,
  committeeMember,
  intervention,
  meMock,
  referenceMocks,
} from '../../testing/fixtures';
import {
  CreateInterventionMutationDocument,
  InterventionEditorQueryDocument,
  UpdateInterventionMutationDocument,
} from './editor.documents';
import { EditInterventionPage, NewInterventionPage } from './editor-pages';

// The hook is tested in web-core; here it stands for the server, so the test can play the room's events.
jest.mock('@piano2030/web-core', () => ({
  ...jest.requireActual('@piano2030/web-core'),
  useRoomEvents: jest.fn(),
}));

const roomEvents = jest.mocked(useRoomEvents);
const ROOM = interventionRoom(INTERVENTION_ID);

/** The room the editor listens to now, and a way to deliver an event to it. */
function currentRoom() {
  const [room, onEvent] = roomEvents.mock.lastCall ?? [null, () => undefined];
  return {
    room,
    deliver: (type: string, payload: unknown) =>
      act(() => onEvent({ room: ROOM, type, payload, occurredAt: '2026-03-03T10:00:00.000Z' } as RoomEvent)),
  };
}

/** Where a save leads: the intervention's page, which says what was saved. */
function SavedPage() {
  const { state } = useLocation();
  return (
    <>
      <h1>Pagina dell&apos;intervento</h1>
      <p>{(state as { announcement?: string } | null)?.announcement}</p>
    </>
  );
}

function editorMock(state: { current: InterventionFieldsFragment }): MockLink.MockedResponse {
  return {
    request: { query: InterventionEditorQueryDocument, variables: { id: INTERVENTION_ID } },
    result: () => ({ data: { intervention: state.current } }),
    maxUsageCount: 20,
  };
}

function renderEditor(state: { current: InterventionFieldsFragment }, more: MockLink.MockedResponse[] = []) {
  render(
    <MockedProvider mocks={[meMock(committeeMember), ...referenceMocks, editorMock(state), ...more]}>
      <MemoryRouter initialEntries={[`/interventi/${INTERVENTION_ID}/modifica`]}>
        <Routes>
          <Route path="/interventi/:id/modifica" element={<EditInterventionPage />} />
          <Route path="/interventi/:id" element={<SavedPage />} />
        </Routes>
      </MemoryRouter>
    </MockedProvider>,
  );
}

const saved = (overrides: Partial<InterventionFieldsFragment>) => ({
  data: { updateIntervention: intervention(overrides) },
});

async function openForm() {
  const form = await screen.findByRole('form', { name: 'Modifica PS6.1' });
  // Guidelines, priorities and indicators arrive with queries of their own.
  await within(form).findByRole('checkbox', { name: /LI2/ });
  await within(form).findByRole('option', { name: '2. Cultura e grandi eventi' });
  return form;
}

const type = (field: HTMLElement, value: string) => fireEvent.change(field, { target: { value } });

describe('the intervention editor', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('it');
    roomEvents.mockReset().mockImplementation((room) => ({ status: room ? 'joined' : 'idle' }));
  });

  it('keeps the grid totals up to date as amounts are typed the Italian way', async () => {
    renderEditor({ current: intervention() });
    const form = await openForm();

    const grid = within(form).getByRole('table', { name: 'Euro per anno e fonte di finanziamento' });
    expect(within(grid).getByRole('textbox', { name: 'Risorse 2023 – NGEU – PNRR' })).toHaveValue('800000,5');
    expect(within(grid).getByTestId('grand-total')).toHaveTextContent(/^2\.200\.000\s€$/);

    type(within(grid).getByRole('textbox', { name: 'Risorse 2025 – Privati' }), '300.000');
    type(within(grid).getByRole('textbox', { name: 'Risorse 2023 – Regione Toscana' }), '150.000,25');

    expect(within(grid).getByTestId('year-total-2023')).toHaveTextContent(/^950\.000,75\s€$/);
    expect(within(grid).getByTestId('year-total-2025')).toHaveTextContent(/^300\.000\s€$/);
    expect(within(grid).getByTestId('source-total-NGEU_PNRR')).toHaveTextContent(/^2\.000\.000,50\s€$/);
    expect(within(grid).getByTestId('source-total-REGIONAL')).toHaveTextContent(/^150\.000,25\s€$/);
    expect(within(grid).getByTestId('grand-total')).toHaveTextContent(/^2\.500\.000,25\s€$/);
    // The live region says the total once a cell is left, not at every keystroke.
    fireEvent.blur(within(grid).getByRole('textbox', { name: 'Risorse 2023 – Regione Toscana' }));
    expect(screen.getByText(/^Totale dell'intervento: 2\.500\.000,25\s€$/)).toHaveAttribute('role', 'status');
  });

  it("shows the domain's content rules beside the fields and in a linked summary, and sends nothing", async () => {
    const update = jest.fn(() => saved({}));
    renderEditor({ current: intervention() }, [
      { request: { query: UpdateInterventionMutationDocument, variables: () => true }, result: update },
    ]);
    const form = await openForm();

    type(within(form).getByRole('textbox', { name: 'Titolo' }), '   ');
    fireEvent.click(within(form).getByRole('checkbox', { name: /LI2/ }));
    fireEvent.click(within(form).getByRole('checkbox', { name: /LI4/ }));
    type(within(form).getByLabelText('Fine'), '2021-06-30');
    type(within(form).getByRole('textbox', { name: 'Risorse 2023 – Regione Toscana' }), '-5');
    type(within(form).getByRole('textbox', { name: 'Risorse 2024 – Camera di Commercio' }), 'mille');
    type(within(form).getByRole('textbox', { name: 'Anno di partenza' }), '1999');
    fireEvent.click(within(form).getByRole('button', { name: 'Salva le modifiche' }));

    const summary = await screen.findByRole('alert');
    await waitFor(() => expect(summary).toHaveFocus());
    expect(summary).toHaveTextContent('Alcuni dati non sono validi');
    const links = within(summary).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual(
      expect.arrayContaining([
        'Titolo: Da compilare.',
        "Linee d'indirizzo: Scegli almeno una linea d'indirizzo.",
        "Fine: La fine non può precedere l'inizio (1 gennaio 2022).",
        "Risorse 2023 – Regione Toscana: L'importo non può essere negativo.",
        'Risorse 2024 – Camera di Commercio: Scrivi un numero, per esempio 1.250,50.',
        'Indicatore 1 – Anno di partenza: Scrivi un anno dal 2000 al 2030.',
        "Motivo della modifica: Spiega perché cambia: l'intervento è pubblico.",
      ]),
    );
    expect(
      within(form).getByRole('textbox', { name: 'Risorse 2023 – Regione Toscana' }),
    ).toHaveAccessibleDescription("L'importo non può essere negativo.");
    expect(within(form).getByRole('textbox', { name: /^Titolo/ })).toHaveAttribute('aria-invalid', 'true');

    fireEvent.click(links.find((link) => link.textContent?.startsWith('Risorse 2024')) as HTMLElement);
    expect(within(form).getByRole('textbox', { name: 'Risorse 2024 – Camera di Commercio' })).toHaveFocus();
    expect(update).not.toHaveBeenCalled();
  });

  it('sends only the changed fields with the expected version and the reason a public intervention needs', async () => {
    const update = jest.fn(() =>
      saved({ version: 4, title: 'Cammini, ciclovie e borghi della Valle del Serchio' }),
    );
    renderEditor({ current: intervention() }, [
      {
        request: {
          query: UpdateInterventionMutationDocument,
          variables: {
            input: {
              id: INTERVENTION_ID,
              expectedVersion: 3,
              reason: 'Inclusi i borghi dopo il confronto con i Comuni',
              title: 'Cammini, ciclovie e borghi della Valle del Serchio',
              partners: ['Unione dei Comuni Media Valle del Serchio', 'CAI Lucca', 'Fondazione CRL'],
            },
          },
        },
        result: update,
      },
    ]);
    const form = await openForm();
    expect(within(form).getByRole('textbox', { name: /Motivo della modifica/ })).toBeRequired();

    type(
      within(form).getByRole('textbox', { name: /^Titolo/ }),
      'Cammini, ciclovie e borghi della Valle del Serchio',
    );
    fireEvent.click(within(form).getByRole('button', { name: 'Aggiungi un partner' }));
    await waitFor(() => expect(within(form).getByRole('textbox', { name: 'Partner 3' })).toHaveFocus());
    type(within(form).getByRole('textbox', { name: 'Partner 3' }), 'Fondazione CRL');
    type(
      within(form).getByRole('textbox', { name: /Motivo della modifica/ }),
      'Inclusi i borghi dopo il confronto con i Comuni',
    );
    fireEvent.click(within(form).getByRole('button', { name: 'Salva le modifiche' }));

    expect(await screen.findByRole('heading', { name: "Pagina dell'intervento" })).toBeInTheDocument();
    expect(screen.getByText('Modifiche a PS6.1 salvate.')).toBeInTheDocument();
    expect(update).toHaveBeenCalledTimes(1);
  });

  it("on a stale version shows the current values beside the person's and re-applies their changes", async () => {
    const state = { current: intervention() };
    const newer = intervention({
      version: 4,
      title: 'Cammini e ciclovie del Serchio',
      leadActor: 'Regione Toscana',
    });
    const secondSave = jest.fn(() => saved({ version: 5 }));
    renderEditor(state, [
      {
        request: {
          query: UpdateInterventionMutationDocument,
          variables: {
            input: {
              id: INTERVENTION_ID,
              expectedVersion: 3,
              reason: 'Titolo più chiaro',
              title: 'Cammini lenti della Valle del Serchio',
              objectives: 'Allungare la stagione turistica e distribuire i flussi.',
            },
          },
        },
        result: {
          errors: [
            {
              message: 'The intervention was changed by someone else (it is at version 4).',
              extensions: {
                code: 'CONFLICT',
                current: {
                  id: INTERVENTION_ID,
                  version: 4,
                  status: 'IN_CONSULTATION',
                  ...Object.fromEntries(
                    Object.entries(newer).filter(([key]) => !['__typename', 'priority'].includes(key)),
                  ),
                },
              },
            },
          ],
        },
      },
      {
        request: {
          query: UpdateInterventionMutationDocument,
          variables: {
            // Against version 4, only the objectives: the title was taken from version 4, and its
            // lead actor, which this person never touched, is not sent back.
            input: {
              id: INTERVENTION_ID,
              expectedVersion: 4,
              reason: 'Titolo più chiaro',
              objectives: 'Allungare la stagione turistica e distribuire i flussi.',
            },
          },
        },
        result: secondSave,
      },
    ]);
    const form = await openForm();
    type(within(form).getByRole('textbox', { name: /^Titolo/ }), 'Cammini lenti della Valle del Serchio');
    type(
      within(form).getByRole('textbox', { name: 'Obiettivi' }),
      'Allungare la stagione turistica e distribuire i flussi.',
    );
    type(within(form).getByRole('textbox', { name: /Motivo della modifica/ }), 'Titolo più chiaro');
    fireEvent.click(within(form).getByRole('button', { name: 'Salva le modifiche' }));

    const panel = await screen.findByTestId('conflict-panel');
    const heading = within(panel).getByRole('heading', {
      name: 'Nel frattempo è stata salvata la versione 4',
    });
    await waitFor(() => expect(heading).toHaveFocus());
    const title = within(panel).getByRole('article', { name: /Titolo/ });
    expect(title).toHaveTextContent('cambiato anche nella nuova versione');
    expect(title).toHaveTextContent('Nella versione 4Cammini e ciclovie del Serchio');
    expect(title).toHaveTextContent('Nel tuo moduloCammini lenti della Valle del Serchio');
    expect(within(panel).getByRole('article', { name: 'Obiettivi' })).toBeInTheDocument();
    // What the person typed stayed; what they did not touch now shows version 4.
    expect(within(form).getByRole('textbox', { name: /^Titolo/ })).toHaveValue(
      'Cammini lenti della Valle del Serchio',
    );
    expect(within(form).getByRole('textbox', { name: /Soggetto capofila/ })).toHaveValue('Regione Toscana');
    expect(screen.getByText('Stai modificando la versione 4.')).toBeInTheDocument();

    fireEvent.click(
      within(title).getByRole('button', { name: 'Usa il valore della versione 4 per «Titolo»' }),
    );
    expect(within(form).getByRole('textbox', { name: /^Titolo/ })).toHaveValue(
      'Cammini e ciclovie del Serchio',
    );
    expect(within(panel).queryByRole('article', { name: /Titolo/ })).not.toBeInTheDocument();

    fireEvent.click(within(form).getByRole('button', { name: 'Salva le modifiche' }));
    expect(await screen.findByRole('heading', { name: "Pagina dell'intervento" })).toBeInTheDocument();
    expect(secondSave).toHaveBeenCalledTimes(1);
  });

  it('says who else is editing, and offers a newer version saved meanwhile without losing what was typed', async () => {
    const state = { current: intervention() };
    renderEditor(state);
    const form = await openForm();
    await waitFor(() => expect(currentRoom().room).toBe(ROOM));
    expect(screen.getByText('Aggiornamenti in tempo reale attivi')).toBeInTheDocument();

    const people = (...names: [string, string][]) => ({
      room: ROOM,
      people: names.map(([userId, displayName]) => ({ userId, displayName })),
    });
    currentRoom().deliver(PRESENCE_EVENT, people(['u-com1', 'Sara Romano'], ['u-com2', 'Davide Colombo']));
    const presence = screen.getByText('Sta modificando anche: Davide Colombo');
    expect(presence.closest('[role="status"]')).toHaveAttribute('aria-live', 'polite');

    currentRoom().deliver(
      PRESENCE_EVENT,
      people(['u-com1', 'Sara Romano'], ['u-com2', 'Davide Colombo'], ['u-coord', 'Luca Bruno']),
    );
    expect(screen.getByText('Stanno modificando anche: Davide Colombo, Luca Bruno')).toBeInTheDocument();
    currentRoom().deliver(PRESENCE_EVENT, people(['u-com1', 'Sara Romano']));
    expect(screen.queryByText(/modificando anche/)).not.toBeInTheDocument();

    type(within(form).getByRole('textbox', { name: /^Titolo/ }), 'Il mio titolo');
    // Our own save is not news; someone else's newer version is.
    currentRoom().deliver(INTERVENTION_EVENTS.UPDATED, {
      interventionId: INTERVENTION_ID,
      version: 4,
      status: 'IN_CONSULTATION',
      by: 'Sara Romano',
      byUserId: 'u-com1',
    });
    expect(screen.queryByText(/mentre modificavi/)).not.toBeInTheDocument();
    state.current = intervention({ version: 4, leadActor: 'Regione Toscana', title: 'Titolo di Davide' });
    currentRoom().deliver(INTERVENTION_EVENTS.UPDATED, {
      interventionId: INTERVENTION_ID,
      version: 4,
      status: 'IN_CONSULTATION',
      by: 'Davide Colombo',
      byUserId: 'u-com2',
    });
    expect(
      screen.getByText('Davide Colombo ha salvato la versione 4 mentre modificavi.'),
    ).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Carica la versione 4 mantenendo le tue modifiche' }));

    const heading = await screen.findByRole('heading', { name: 'Hai caricato la versione 4' });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(within(form).getByRole('textbox', { name: /^Titolo/ })).toHaveValue('Il mio titolo');
    expect(within(form).getByRole('textbox', { name: /Soggetto capofila/ })).toHaveValue('Regione Toscana');
    expect(screen.getByText('Stai modificando la versione 4.')).toBeInTheDocument();
    expect(screen.queryByText(/mentre modificavi/)).not.toBeInTheDocument();
  });
});

describe('a new intervention', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('it');
    roomEvents.mockReset().mockImplementation((room) => ({ status: room ? 'joined' : 'idle' }));
  });

  it('starts under the priority it was opened from and is created as a draft with its resources', async () => {
    const created = jest.fn(() => ({
      data: {
        createIntervention: intervention({ id: 'new-id', reference: 'PS6.3', status: 'DRAFT', version: 1 }),
      },
    }));
    render(
      <MockedProvider
        mocks={[
          meMock(committeeMember),
          ...referenceMocks,
          {
            request: {
              query: CreateInterventionMutationDocument,
              variables: {
                input: {
                  priorityId: PRIORITY_ID,
                  title: 'Ciclovia del Serchio',
                  description: '',
                  objectives: '',
                  expectedResults: '',
                  guidelineCodes: ['LI2'],
                  kpis: [],
                  resources: [
                    { year: 2024, source: 'REGIONAL', amount: 250_000 },
                    { year: 2025, source: 'NGEU_PNRR', amount: 1_000_000.5 },
                  ],
                  startsOn: '2024-01-01',
                  endsOn: '2027-12-31',
                  milestones: [{ title: 'Apertura', dueOn: '2027-06-30' }],
                  leadActor: '',
                  partners: [],
                  projectCodes: ['2A0101'],
                },
              },
            },
            result: created,
          },
        ]}
      >
        <MemoryRouter initialEntries={[`/interventi/nuovo?ambito=PS6&priorita=${PRIORITY_ID}`]}>
          <Routes>
            <Route path="/interventi/nuovo" element={<NewInterventionPage />} />
            <Route path="/interventi/:id" element={<SavedPage />} />
          </Routes>
        </MemoryRouter>
      </MockedProvider>,
    );

    const form = await screen.findByRole('form', { name: 'Nuovo intervento' });
    await within(form).findByRole('option', { name: '1. Turismo lento, diffuso e sostenibile' });
    expect(within(form).getByRole('combobox', { name: "Ambito d'intervento" })).toHaveValue('PS6');
    expect(within(form).getByRole('combobox', { name: 'Priorità strategica' })).toHaveValue(PRIORITY_ID);
    // No room for what does not exist yet.
    expect(currentRoom().room).toBeNull();

    type(within(form).getByRole('textbox', { name: /^Titolo/ }), 'Ciclovia del Serchio');
    fireEvent.click(within(form).getByRole('checkbox', { name: /LI2/ }));
    type(within(form).getByLabelText('Inizio'), '2024-01-01');
    type(within(form).getByLabelText('Fine'), '2027-12-31');
    type(within(form).getByRole('textbox', { name: 'Risorse 2024 – Regione Toscana' }), '250.000');
    type(within(form).getByRole('textbox', { name: 'Risorse 2025 – NGEU – PNRR' }), '1.000.000,50');
    fireEvent.click(within(form).getByRole('button', { name: 'Aggiungi una tappa' }));
    type(within(form).getByRole('textbox', { name: 'Che cosa' }), 'Apertura');
    type(within(form).getByLabelText('Entro il'), '2027-06-30');
    fireEvent.change(await within(form).findByRole('combobox', { name: 'Progetto da collegare' }), {
      target: { value: '2A0101' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Collega il progetto' }));
    expect(within(form).getByRole('button', { name: 'Togli 2A0101' })).toBeInTheDocument();
    expect(within(form).getByRole('option', { name: '2A0101 – Lucca terra di cammini' })).toBeDisabled();
    fireEvent.click(within(form).getByRole('button', { name: 'Salva come bozza' }));

    expect(await screen.findByText('Intervento PS6.3 salvato come bozza.')).toBeInTheDocument();
    expect(created).toHaveBeenCalledTimes(1);
  });
});
