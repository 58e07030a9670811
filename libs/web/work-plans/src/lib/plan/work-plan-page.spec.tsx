import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { WORK_PLAN_EVENTS, type RoomEvent } from '@piano2030/shared-realtime-contracts';
import { i18n, useRoomEvents, type CurrentUser, type WorkPlanPageQuery } from '@piano2030/web-core';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import {
  PLAN_ID,
  activity,
  activityChange,
  committeeMember,
  meMock,
  peopleMock,
  plan,
  referenceMock,
  rollUp,
  version,
} from '../../testing/fixtures';
import {
  AddActivityMutationDocument,
  UpdateActivityMutationDocument,
} from '../activities/activities.documents';
import { WorkPlanReferenceQueryDocument } from '../reference/work-plan-reference.query';
import { WorkPlanPage } from './work-plan-page';
import { WorkPlanPageQueryDocument } from './work-plan-page.documents';

// The hook itself is tested in web-core; here it stands for the server, so the test can play its events.
jest.mock('@piano2030/web-core', () => ({
  ...jest.requireActual('@piano2030/web-core'),
  useRoomEvents: jest.fn(),
}));

type Plan = WorkPlanPageQuery['workPlan'];

/** The plan query answers with whatever `state.current` holds when asked, and counts the asks. */
function planMock(state: { current: Plan; asked?: number }): MockLink.MockedResponse {
  return {
    request: { query: WorkPlanPageQueryDocument, variables: { id: PLAN_ID } },
    result: () => {
      state.asked = (state.asked ?? 0) + 1;
      return { data: { workPlan: state.current } };
    },
    maxUsageCount: 20,
  };
}

function renderPlan(state: { current: Plan }, me: CurrentUser | null, more: MockLink.MockedResponse[] = []) {
  render(
    <MockedProvider mocks={[meMock(me), planMock(state), referenceMock, peopleMock, ...more]}>
      <MemoryRouter initialEntries={[`/piani-di-lavoro/${PLAN_ID}`]}>
        <Routes>
          <Route path="/piani-di-lavoro/:id" element={<WorkPlanPage />} />
        </Routes>
      </MemoryRouter>
    </MockedProvider>,
  );
}

/** An adopted plan under way: one activity done, one late, one in progress, across two phases and areas. */
function planInExecution(): Plan {
  const activities = [
    activity({
      id: 'a-1',
      title: 'Questionario ai comuni',
      phaseCode: 'LISTENING',
      areaCode: 'PS1',
      status: 'LATE',
      progress: 40,
      dueOn: '2026-11-10',
    }),
    activity({ id: 'a-2', title: 'Schede sul turismo', areaCode: 'PS6', status: 'DONE', progress: 100 }),
    activity({ id: 'a-3', title: 'Mappatura degli indicatori', status: 'IN_PROGRESS', progress: 50 }),
  ];
  return plan({
    status: 'IN_EXECUTION',
    versions: [version({ status: 'ADOPTED', activities })],
    progress: {
      __typename: 'WorkPlanProgress',
      asOf: '2026-11-22',
      overall: rollUp({ total: 3, done: 1, inProgress: 1, late: 1, percent: 63.3 }),
      byPhase: [
        rollUp({ key: 'CONTEXT_ANALYSIS', total: 2, done: 1, inProgress: 1, percent: 75 }),
        rollUp({ key: 'LISTENING', total: 1, late: 1, percent: 40 }),
      ],
      byArea: [
        rollUp({ key: 'PS1', total: 2, inProgress: 1, late: 1, percent: 45 }),
        rollUp({ key: 'PS6', total: 1, done: 1, percent: 100 }),
      ],
    },
  } as Partial<Plan>);
}

const headingTexts = (container: HTMLElement, level: number) =>
  within(container)
    .getAllByRole('heading', { level })
    .map((heading) => heading.textContent);

const roomEvents = jest.mocked(useRoomEvents);

/** The room the page listens to now, and a way to deliver an event to it. */
function currentRoom() {
  const [room, onEvent] = roomEvents.mock.lastCall ?? [null, () => undefined];
  return { room, deliver: (event: RoomEvent) => act(() => onEvent(event)) };
}

describe('WorkPlanPage', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('it');
    roomEvents.mockReset().mockImplementation((room) => ({ status: room ? 'joined' : 'idle' }));
  });

  it('groups the activities by phase then area, flags the late one and rolls progress up', async () => {
    renderPlan({ current: planInExecution() }, null);

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Piano di lavoro Q4 2026' }),
    ).toBeInTheDocument();
    const activities = await screen.findByRole('region', { name: 'Attività della versione 1' });
    await within(activities).findByRole('heading', { level: 3, name: 'Analisi del contesto' });
    expect(headingTexts(activities, 3)).toEqual(['Analisi del contesto', 'Ascolto e partecipazione']);
    const analysis = screen.getByRole('region', { name: 'Analisi del contesto' });
    expect(headingTexts(analysis, 4)).toEqual(['Infrastrutture', 'Turismo e cultura']);

    const late = screen.getByRole('article', { name: /Questionario ai comuni/ });
    expect(late).toHaveTextContent('In ritardo');
    expect(late).toHaveTextContent('scadenza superata');
    expect(within(late).getByRole('progressbar')).toHaveAttribute('aria-valuetext', 'Avanzamento: 40%');

    const byPhase = screen.getByRole('table', { name: 'Per fase del percorso' });
    expect(within(byPhase).getByRole('row', { name: /Ascolto e partecipazione/ })).toHaveTextContent('40%');
    expect(within(byPhase).getByRole('row', { name: /Analisi del contesto/ })).toHaveTextContent('75%');
    expect(screen.getByRole('progressbar', { name: 'Avanzamento complessivo' })).toHaveAttribute(
      'aria-valuetext',
      'Avanzamento medio 63% su 3 attività; in ritardo: 1.',
    );

    const calendar = screen.getByRole('table', { name: 'Calendario delle attività del Q4 2026' });
    const rows = within(calendar).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual([
      'Mappatura degli indicatori',
      'Questionario ai comuni',
      'Schede sul turismo',
    ]);
    expect(rows[1]).toHaveTextContent('In ritardo');

    // An anonymous visitor reads everything and may do nothing; nor does the page listen for live updates.
    for (const name of [/^Modifica/, /^Aggiorna l'avanzamento/, 'Chiudi il piano']) {
      expect(screen.queryByRole('button', { name })).not.toBeInTheDocument();
    }
    expect(currentRoom().room).toBeNull();
  });

  it('keeps what the member typed when someone else changed the activity meanwhile, then saves against the current revision', async () => {
    const state = { current: plan({ myCapabilities: ['EDIT_DRAFT', 'PROPOSE'] }), asked: 0 };
    const input = { activityId: 'a-1', title: 'Mappatura aggiornata' };
    const saved = jest.fn(() => ({
      data: {
        updateActivity: {
          __typename: 'WorkPlanActivity',
          id: 'a-1',
          revision: 6,
          status: 'PLANNED',
          progress: 0,
          progressNote: null,
        },
      },
    }));
    renderPlan(state, committeeMember, [
      {
        request: {
          query: UpdateActivityMutationDocument,
          variables: { input: { ...input, expectedRevision: 3 } },
        },
        result: () => {
          state.current = plan({
            myCapabilities: ['EDIT_DRAFT', 'PROPOSE'],
            revision: 9,
            versions: [
              version({ activities: [activity({ revision: 5, description: 'Cambiata da un collega.' })] }),
            ],
          });
          return {
            errors: [
              {
                message: 'The activity was changed by someone else (it is at revision 5).',
                extensions: { code: 'CONFLICT', current: { id: 'a-1', revision: 5 } },
              },
            ],
          };
        },
      },
      {
        request: {
          query: UpdateActivityMutationDocument,
          variables: { input: { ...input, expectedRevision: 5 } },
        },
        result: saved,
      },
    ]);

    fireEvent.click(await screen.findByRole('button', { name: 'Modifica – Mappatura degli indicatori' }));
    const form = await screen.findByRole('form', { name: 'Modifica «Mappatura degli indicatori»' });
    fireEvent.change(within(form).getByRole('textbox', { name: 'Titolo' }), {
      target: { value: 'Mappatura aggiornata' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Salva le modifiche' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Qualcuno ha modificato questa attività nel frattempo');
    await waitFor(() => expect(alert).toHaveFocus());
    // The page reloaded under the open form, which kept what was typed.
    expect(await screen.findByText('Cambiata da un collega.')).toBeInTheDocument();
    expect(within(form).getByRole('textbox', { name: 'Titolo' })).toHaveValue('Mappatura aggiornata');

    fireEvent.click(within(form).getByRole('button', { name: 'Salva le modifiche' }));

    expect(await screen.findByText('Attività «Mappatura aggiornata» salvata.')).toBeInTheDocument();
    expect(saved).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('button', { name: 'Salva le modifiche' })).not.toBeInTheDocument();
  });

  it("shows the API's field errors next to the fields they concern", async () => {
    renderPlan({ current: plan({ myCapabilities: ['EDIT_DRAFT'] }) }, committeeMember, [
      {
        request: {
          query: AddActivityMutationDocument,
          variables: {
            input: {
              workPlanId: PLAN_ID,
              title: 'Incontri con le associazioni',
              description: '',
              phaseCode: 'LISTENING',
              areaCode: 'PS6',
              ownerId: 'u-com1',
              contributorIds: ['u-esp'],
              startOn: '2026-10-01',
              dueOn: '2026-12-31',
              deliverables: [],
            },
          },
        },
        result: {
          errors: [
            {
              message: 'Invalid input.',
              extensions: {
                code: 'BAD_USER_INPUT',
                fieldErrors: { 'contributorIds.0': ['u-esp is outside their engagement'] },
              },
            },
          ],
        },
      },
    ]);

    const form = await screen.findByRole('form', { name: "Aggiungi un'attività" });
    // Phases, areas and people arrive with queries of their own.
    await within(form).findByRole('option', { name: 'Ascolto e partecipazione' });
    await within(form).findByRole('checkbox', { name: /Chiara Fontana/ });
    fireEvent.change(within(form).getByRole('textbox', { name: 'Titolo' }), {
      target: { value: 'Incontri con le associazioni' },
    });
    fireEvent.change(within(form).getByRole('combobox', { name: 'Fase del percorso' }), {
      target: { value: 'LISTENING' },
    });
    fireEvent.change(within(form).getByRole('combobox', { name: "Ambito d'intervento" }), {
      target: { value: 'PS6' },
    });
    // A committee member owns what they add unless they choose someone else.
    await waitFor(() =>
      expect(within(form).getByRole('combobox', { name: /Responsabile/ })).toHaveValue('u-com1'),
    );
    fireEvent.click(within(form).getByRole('checkbox', { name: /Chiara Fontana/ }));
    fireEvent.click(within(form).getByRole('button', { name: "Aggiungi l'attività" }));

    const experts = within(form).getByRole('group', { name: 'Esperti coinvolti' });
    await waitFor(() =>
      expect(experts).toHaveAccessibleDescription(
        expect.stringContaining(
          "Ogni esperto deve avere un incarico attivo che copra la fase o l'ambito dell'attività e le sue date.",
        ),
      ),
    );
    expect(within(experts).getByRole('checkbox', { name: /Chiara Fontana/ })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    await waitFor(() =>
      expect(within(experts).getByRole('checkbox', { name: /Chiara Fontana/ })).toHaveFocus(),
    );
  });

  it("reloads when the plan's room says it changed", async () => {
    const state = { current: planInExecution() };
    renderPlan(state, committeeMember);
    await screen.findByRole('heading', { level: 1, name: 'Piano di lavoro Q4 2026' });
    await waitFor(() => expect(currentRoom().room).toBe(`work-plan:${PLAN_ID}`));
    expect(await screen.findByText('Aggiornamenti in tempo reale attivi')).toBeInTheDocument();

    state.current = { ...state.current, status: 'CLOSED', reportStatus: 'DRAFT' };
    currentRoom().deliver({
      room: `work-plan:${PLAN_ID}`,
      type: WORK_PLAN_EVENTS.UPDATED,
      payload: { workPlanId: PLAN_ID, change: 'closed', status: 'CLOSED', revision: 8 },
      occurredAt: '2026-11-22T10:00:00.000Z',
    });

    expect(
      await screen.findByRole('heading', { level: 2, name: 'Rapporto trimestrale' }),
    ).toBeInTheDocument();
    expect(screen.getAllByText('Chiuso').length).toBeGreaterThan(0);
  });

  it("shows a version's remarks and what changed from the one before, with names and dates", async () => {
    const returned = version({
      status: 'RETURNED',
      remarks: 'Manca il coinvolgimento delle associazioni di categoria.',
      returnedAt: '2026-11-05T10:00:00.000Z',
    });
    const revised = version({
      id: 'v-2',
      number: 2,
      summary: 'Risponde alle osservazioni della Cabina.',
      changesFromPrevious: [
        activityChange('CHANGED', 'Mappatura degli indicatori', [
          ['phaseCode', 'CONTEXT_ANALYSIS', 'LISTENING'],
          ['dueOn', '2026-11-15', '2026-11-30'],
        ]),
        activityChange('ADDED', 'Incontri con le associazioni'),
      ],
    });
    renderPlan({ current: plan({ versions: [returned, revised] }) }, null);

    const changes = await screen.findByRole('heading', { name: 'Cosa è cambiato rispetto alla versione 1' });
    const list = changes.nextElementSibling as HTMLElement;
    await waitFor(() =>
      expect(list).toHaveTextContent(
        'Fase del percorso: prima: Analisi del contesto → dopo: Ascolto e partecipazione',
      ),
    );
    expect(list).toHaveTextContent('Scadenza: prima: 15 nov 2026 → dopo: 30 nov 2026');
    expect(list).toHaveTextContent('Attività aggiunta: Incontri con le associazioni');

    fireEvent.change(screen.getByRole('combobox', { name: 'Versione da visualizzare' }), {
      target: { value: 'v-1' },
    });

    expect(screen.getByRole('heading', { level: 2, name: 'Attività della versione 1' })).toBeInTheDocument();
    expect(screen.getByText('Manca il coinvolgimento delle associazioni di categoria.')).toBeInTheDocument();
  });

  it("offers the report's files in the reader's language once the plan is closed", async () => {
    const closed = plan({
      status: 'CLOSED',
      reportStatus: 'DRAFT',
      report: {
        __typename: 'WorkPlanReportContent',
        assembledOn: '2026-12-31',
        activities: [],
        decisions: [],
      } as Plan['report'],
    });
    renderPlan({ current: closed }, null, [
      { ...referenceMock, request: { query: WorkPlanReferenceQueryDocument, variables: { locale: 'EN' } } },
    ]);

    expect(await screen.findByRole('link', { name: 'Rapporto Q4 2026 in PDF' })).toHaveAttribute(
      'href',
      `/exports/work-plans/${PLAN_ID}/report.pdf`,
    );

    await act(() => i18n.changeLanguage('en'));

    expect(await screen.findByRole('link', { name: 'Q4 2026 report data as CSV' })).toHaveAttribute(
      'href',
      `/exports/work-plans/${PLAN_ID}/report.csv?lang=en`,
    );
  });
});
