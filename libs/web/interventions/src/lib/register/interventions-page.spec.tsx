import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { i18n, type CurrentUser, type InterventionFilter } from '@piano2030/web-core';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router-dom';
import {
  OTHER_PRIORITY_ID,
  PRIORITY_ID,
  citizen,
  committeeMember,
  meMock,
  referenceMocks,
} from '../../testing/fixtures';
import { AreaInterventionsSection } from '../priorities/area-interventions-section';
import {
  CreatePriorityMutationDocument,
  UpdatePriorityMutationDocument,
} from '../priorities/priorities.documents';
import { InterventionsPage } from './interventions-page';
import { InterventionRegisterQueryDocument } from './register.documents';

const row = (
  id: string,
  reference: string,
  status: string,
  title: string,
  priorityId: string,
  totalResources: number,
) => ({
  __typename: 'Intervention',
  id,
  reference,
  areaCode: 'PS6',
  priorityId,
  status,
  title,
  totalResources,
  startsOn: '2022-01-01',
  endsOn: '2026-12-31',
  priority: {
    __typename: 'Priority',
    id: priorityId,
    title: priorityId === PRIORITY_ID ? 'Turismo lento, diffuso e sostenibile' : 'Cultura e grandi eventi',
  },
});

const PUBLISHED = row('i-1', 'PS6.1', 'IN_CONSULTATION', 'Cammini e ciclovie', PRIORITY_ID, 2_550_000);
const DRAFT = row('i-2', 'PS6.2', 'DRAFT', 'Lucca città dei festival', OTHER_PRIORITY_ID, 920_000);

const registerMock = (filter: InterventionFilter, rows: unknown[]): MockLink.MockedResponse => ({
  request: { query: InterventionRegisterQueryDocument, variables: { filter } },
  result: { data: { interventions: rows } },
  maxUsageCount: 10,
});

/** Without a status the register asks once, with the other filters only. */
const allStatusesMock = (areaCode: string, rows: { status: string }[]): MockLink.MockedResponse =>
  registerMock({ areaCode }, rows);

function Address() {
  const { pathname, search } = useLocation();
  return <p data-testid="address">{pathname + search}</p>;
}

function renderRegister(me: CurrentUser | null, path: string, more: MockLink.MockedResponse[]) {
  render(
    <MockedProvider mocks={[meMock(me), ...referenceMocks, ...more]}>
      <MemoryRouter initialEntries={[path]}>
        <Routes>
          <Route
            path="/interventi"
            element={
              <>
                <InterventionsPage />
                <Address />
              </>
            }
          />
        </Routes>
      </MemoryRouter>
    </MockedProvider>,
  );
}

describe('InterventionsPage', () => {
  beforeEach(() => i18n.changeLanguage('it'));

  it('lists the register with money and period, filtered through the address', async () => {
    renderRegister(citizen, '/interventi?ambito=PS6', [
      allStatusesMock('PS6', [PUBLISHED]),
      registerMock({ areaCode: 'PS6', status: 'REVISED' }, []),
    ]);

    const table = await screen.findByRole('table', {
      name: 'Registro degli interventi, per ambito e numero',
    });
    const cells = within(within(table).getAllByRole('row')[1])
      .getAllByRole('cell')
      .map((cell) => cell.textContent?.replace(/\s/g, ' '));
    expect(cells).toEqual([
      'PS6.1',
      'Turismo e cultura',
      'Turismo lento, diffuso e sostenibile',
      'In consultazione',
      '2.550.000 €',
      '1 gen 2022 – 31 dic 2026',
    ]);
    expect(within(table).getByRole('link', { name: 'Cammini e ciclovie' })).toHaveAttribute(
      'href',
      '/interventi/i-1',
    );
    expect(screen.getByText('1 intervento.')).toHaveAttribute('role', 'status');
    // A citizen is offered neither drafts nor a new intervention.
    const status = screen.getByRole('combobox', { name: 'Stato' });
    expect(within(status).queryByRole('option', { name: 'Bozza' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Nuovo intervento' })).not.toBeInTheDocument();

    fireEvent.change(status, { target: { value: 'REVISED' } });
    expect(await screen.findByText('Nessun intervento corrisponde ai filtri scelti.')).toBeInTheDocument();
    expect(screen.getByTestId('address')).toHaveTextContent('/interventi?ambito=PS6&stato=REVISED');
    // The area's priorities are listed under the register.
    expect(
      screen.getByRole('heading', { level: 3, name: '1. Turismo lento, diffuso e sostenibile' }),
    ).toBeInTheDocument();
  });

  it('shows insiders the drafts, marked as such, and lets them start a new one in the area', async () => {
    renderRegister(committeeMember, '/interventi?ambito=PS6', [allStatusesMock('PS6', [DRAFT, PUBLISHED])]);

    const table = await screen.findByRole('table', {
      name: 'Registro degli interventi, per ambito e numero',
    });
    expect(within(table).getByRole('row', { name: /Lucca città dei festival/ })).toHaveTextContent(
      'Bozza(riservata agli organi)',
    );
    expect(await screen.findByRole('link', { name: 'Nuovo intervento' })).toHaveAttribute(
      'href',
      '/interventi/nuovo?ambito=PS6',
    );
    await waitFor(() =>
      expect(
        within(screen.getByRole('combobox', { name: 'Stato' })).getByRole('option', { name: 'Bozza' }),
      ).toBeInTheDocument(),
    );
  });
});

describe('AreaInterventionsSection', () => {
  beforeEach(() => i18n.changeLanguage('it'));

  function renderSection(me: CurrentUser | null, more: MockLink.MockedResponse[] = []) {
    render(
      <MockedProvider
        mocks={[meMock(me), ...referenceMocks, allStatusesMock('PS6', [DRAFT, PUBLISHED]), ...more]}
      >
        <MemoryRouter>
          <AreaInterventionsSection areaCode="PS6" />
        </MemoryRouter>
      </MockedProvider>,
    );
  }

  it("lists the area's priorities with their interventions and links to the register", async () => {
    renderSection(null);

    const section = await screen.findByRole('region', { name: 'Priorità e interventi' });
    const first = await within(section).findByRole('article', {
      name: '1. Turismo lento, diffuso e sostenibile',
    });
    expect(await within(first).findByRole('link', { name: 'PS6.1 Cammini e ciclovie' })).toHaveAttribute(
      'href',
      '/interventi/i-1',
    );
    expect(
      within(first).getByRole('link', { name: 'Interventi della priorità nel registro' }),
    ).toHaveAttribute('href', `/interventi?ambito=PS6&priorita=${PRIORITY_ID}`);
    expect(
      within(section).getByRole('link', { name: "Tutti gli interventi dell'ambito PS6 nel registro" }),
    ).toHaveAttribute('href', '/interventi?ambito=PS6');
    expect(within(section).queryByRole('button', { name: 'Aggiungi una priorità' })).not.toBeInTheDocument();
  });

  it('lets a committee member add a priority and change one against its revision', async () => {
    const created = jest.fn(() => ({
      data: {
        createPriority: {
          __typename: 'Priority',
          id: 'p-new',
          areaCode: 'PS6',
          position: 3,
          revision: 1,
          title: 'Borghi vivi',
          description: '',
          guidelineCodes: ['LI4'],
        },
      },
    }));
    const updated = jest.fn(() => ({
      data: {
        updatePriority: {
          __typename: 'Priority',
          id: PRIORITY_ID,
          areaCode: 'PS6',
          position: 1,
          revision: 2,
          title: 'Turismo lento e diffuso',
          description: '',
          guidelineCodes: ['LI2'],
        },
      },
    }));
    renderSection(committeeMember, [
      {
        request: {
          query: CreatePriorityMutationDocument,
          variables: {
            input: { areaCode: 'PS6', title: 'Borghi vivi', description: '', guidelineCodes: ['LI4'] },
          },
        },
        result: created,
      },
      {
        request: {
          query: UpdatePriorityMutationDocument,
          variables: { input: { id: PRIORITY_ID, expectedRevision: 1, title: 'Turismo lento e diffuso' } },
        },
        result: updated,
      },
    ]);

    fireEvent.click(await screen.findByRole('button', { name: 'Aggiungi una priorità' }));
    const form = screen.getByRole('form', { name: 'Nuova priorità strategica' });
    await waitFor(() =>
      expect(within(form).getByRole('textbox', { name: /Titolo della priorità/ })).toHaveFocus(),
    );
    fireEvent.click(within(form).getByRole('button', { name: 'Aggiungi la priorità' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent(
      'Titolo della priorità: Da 3 a 200 caratteri.',
    );
    fireEvent.change(within(form).getByRole('textbox', { name: /Titolo della priorità/ }), {
      target: { value: 'Borghi vivi' },
    });
    fireEvent.click(within(form).getByRole('checkbox', { name: /LI4/ }));
    fireEvent.click(within(form).getByRole('button', { name: 'Aggiungi la priorità' }));
    expect(await screen.findByText('Priorità «Borghi vivi» aggiunta.')).toBeInTheDocument();
    expect(created).toHaveBeenCalledTimes(1);

    fireEvent.click(
      screen.getByRole('button', { name: 'Modifica la priorità – Turismo lento, diffuso e sostenibile' }),
    );
    const edit = screen.getByRole('form', { name: 'Modifica «Turismo lento, diffuso e sostenibile»' });
    fireEvent.change(within(edit).getByRole('textbox', { name: /Titolo della priorità/ }), {
      target: { value: 'Turismo lento e diffuso' },
    });
    fireEvent.click(within(edit).getByRole('button', { name: 'Salva la priorità' }));
    expect(await screen.findByText('Priorità «Turismo lento e diffuso» salvata.')).toBeInTheDocument();
    expect(updated).toHaveBeenCalledTimes(1);
  });
});
