import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { i18n, type CurrentUser, type WorkPlansPageQuery } from '@piano2030/web-core';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { citizen, committeeMember, meMock, peopleMock, referenceMock } from '../../testing/fixtures';
import { WorkPlansPage } from './work-plans-page';
import {
  CarryOverCandidatesQueryDocument,
  CreateWorkPlanDraftMutationDocument,
  WorkPlansPageQueryDocument,
} from './work-plans-page.documents';

type Plan = WorkPlansPageQuery['workPlans'][number];

const listed = (year: number, quarter: number, status: Plan['status'], percent: number, late = 0) => ({
  __typename: 'WorkPlan',
  id: `p-${year}-${quarter}`,
  year,
  quarter,
  status,
  reportStatus: status === 'CLOSED' ? 'DRAFT' : 'NONE',
  activityCount: 4,
  period: {
    __typename: 'Quarter',
    label: `Q${quarter} ${year}`,
    startsOn: `${year}-${String(quarter * 3 - 2).padStart(2, '0')}-01`,
    endsOn: `${year}-${String(quarter * 3).padStart(2, '0')}-${quarter === 1 || quarter === 4 ? 31 : 30}`,
  },
  progress: {
    __typename: 'WorkPlanProgress',
    overall: { __typename: 'ProgressRollUp', percent, late },
  },
  currentVersion: {
    __typename: 'WorkPlanVersion',
    id: `v-${year}-${quarter}`,
    number: 1,
    summary: 'Sintesi',
  },
});

const PLANS = [listed(2026, 3, 'CLOSED', 80), listed(2026, 4, 'IN_EXECUTION', 45.4, 2)];

const plansMock: MockLink.MockedResponse = {
  request: { query: WorkPlansPageQueryDocument },
  result: { data: { workPlans: PLANS } },
  maxUsageCount: 10,
};

function renderList(me: CurrentUser | null, more: MockLink.MockedResponse[] = []) {
  render(
    <MockedProvider mocks={[meMock(me), plansMock, referenceMock, peopleMock, ...more]}>
      <MemoryRouter initialEntries={['/piani-di-lavoro']}>
        <Routes>
          <Route path="/piani-di-lavoro" element={<WorkPlansPage />} />
          <Route path="/piani-di-lavoro/:id" element={<h1>Pagina del nuovo piano</h1>} />
        </Routes>
      </MemoryRouter>
    </MockedProvider>,
  );
}

describe('WorkPlansPage', () => {
  beforeAll(() => {
    // Only the calendar is pinned, so that "this quarter" is Q4 2026; timers stay real for the queries.
    jest.useFakeTimers({
      now: new Date('2026-11-22T10:00:00.000Z'),
      doNotFake: [
        'nextTick',
        'setImmediate',
        'clearImmediate',
        'setTimeout',
        'clearTimeout',
        'setInterval',
        'clearInterval',
        'queueMicrotask',
        'requestAnimationFrame',
        'cancelAnimationFrame',
        'requestIdleCallback',
        'cancelIdleCallback',
        'hrtime',
        'performance',
      ],
    });
  });
  afterAll(() => jest.useRealTimers());
  beforeEach(() => i18n.changeLanguage('it'));

  it('lists every plan, latest first, with its status and progress', async () => {
    renderList(null);

    const table = await screen.findByRole('table', { name: 'Piani di lavoro trimestrali, dal più recente' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual([
      'Piano di lavoro Q4 2026',
      'Piano di lavoro Q3 2026',
    ]);
    expect(within(rows[0]).getByRole('link')).toHaveAttribute('href', '/piani-di-lavoro/p-2026-4');
    expect(rows[0]).toHaveTextContent('In esecuzione');
    expect(rows[0]).toHaveTextContent('2 attività in ritardo');
    expect(
      within(rows[0]).getByRole('progressbar', { name: 'Avanzamento del piano Q4 2026' }),
    ).toHaveAttribute('aria-valuenow', '45');
    // Drafting is for the Comitato operativo: a visitor is not offered the form.
    expect(screen.queryByRole('form', { name: 'Avvia un piano di lavoro' })).not.toBeInTheDocument();
  });

  it('draws every quarter up to the last plan after the deadline, and says it in a table too', async () => {
    renderList(null);

    const table = await screen.findByRole('table', {
      name: 'Cronoprogramma: stato del piano e fasi in corso in ogni trimestre',
    });
    const rows = within(table).getAllByRole('row').slice(1);
    // The demo phases run from Q4 2020 to the adoption in June 2021; the plans reach Q4 2026.
    expect(rows[0]).toHaveTextContent('Q4 2020');
    expect(rows.at(-1)).toHaveTextContent('Q4 2026');
    expect(rows).toHaveLength(25);
    expect(within(table).getByRole('row', { name: /Q1 2021/ })).toHaveTextContent(
      'Nessun pianoAnalisi del contesto, Ascolto e partecipazione',
    );
    expect(within(table).getByRole('row', { name: /Q3 2026/ })).toHaveTextContent('Chiuso');
    expect(screen.getByText(/Trimestri dal Q4 2020 al Q4 2026/)).toHaveTextContent(
      'Scadenza del Piano: 30 giugno 2021.',
    );
  });

  it('lets a committee member start the next free quarter, carrying over unfinished activities', async () => {
    const created = jest.fn(() => ({
      data: { createWorkPlanDraft: { __typename: 'WorkPlan', id: 'p-new', status: 'DRAFT', revision: 1 } },
    }));
    renderList(committeeMember, [
      {
        request: { query: CarryOverCandidatesQueryDocument, variables: { year: 2027, quarter: 1 } },
        result: {
          data: {
            workPlanCarryOverCandidates: ['a-7', 'a-8'].map((id, index) => ({
              __typename: 'WorkPlanActivity',
              id,
              title: index === 0 ? 'Questionario ai comuni' : 'Schede sul turismo',
              status: index === 0 ? 'LATE' : 'IN_PROGRESS',
              progress: 40,
              dueOn: '2026-11-10',
              owner: { __typename: 'Person', id: 'u-com1', displayName: 'Paolo Bianchi' },
            })),
          },
        },
      },
      {
        request: {
          query: CreateWorkPlanDraftMutationDocument,
          variables: {
            input: {
              year: 2027,
              quarter: 1,
              summary: 'Completare l’ascolto e avviare le priorità.',
              carryOverActivityIds: ['a-7'],
            },
          },
        },
        result: created,
      },
    ]);

    const form = await screen.findByRole('form', { name: 'Avvia un piano di lavoro' });
    // Q4 2026 has its plan already: the form starts from the next quarter.
    expect(within(form).getByRole('combobox', { name: 'Anno' })).toHaveValue('2027');
    expect(within(form).getByRole('combobox', { name: /Trimestre/ })).toHaveValue('1');
    const carried = await within(form).findByRole('group', {
      name: 'Attività non concluse del Q4 2026 da riportare',
    });
    fireEvent.click(await within(carried).findByRole('checkbox', { name: /Questionario ai comuni/ }));
    fireEvent.change(within(form).getByRole('textbox', { name: 'Sintesi del piano' }), {
      target: { value: 'Completare l’ascolto e avviare le priorità.' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Crea la bozza' }));

    expect(await screen.findByRole('heading', { name: 'Pagina del nuovo piano' })).toBeInTheDocument();
    expect(created).toHaveBeenCalledTimes(1);
  });

  it('does not offer drafting to a signed-in person without a committee seat', async () => {
    renderList(citizen);

    await screen.findByRole('table', { name: 'Piani di lavoro trimestrali, dal più recente' });
    await waitFor(() => expect(screen.getAllByRole('row').length).toBeGreaterThan(2));
    expect(screen.queryByRole('form', { name: 'Avvia un piano di lavoro' })).not.toBeInTheDocument();
  });
});
