import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { i18n, type BodyPageQuery, type ScheduleMeetingInput } from '@piano2030/web-core';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { BODY_ID, chairUser, meMock, memberUser, noExpertsMock, referenceMock } from '../../testing/fixtures';
import { BodyPageQueryDocument, ScheduleMeetingMutationDocument } from './body-page.documents';
import { BodyPage } from './body-page';

const person = (id: string, displayName: string) => ({ __typename: 'Person' as const, id, displayName });
const membership = (
  id: string,
  name: string,
  role: 'CHAIR' | 'VICE_CHAIR' | 'MEMBER' | 'SECRETARY',
  userId: string,
  extra: object = {},
) => ({
  __typename: 'Membership' as const,
  id,
  role,
  partyCode: 'PROVINCIA_LUCCA',
  designationReference: 'Decreto del Presidente della Provincia n. 12/2026',
  designationDate: '2026-01-10',
  termFrom: '2026-01-10',
  termTo: null,
  endedOn: null,
  endReason: null,
  person: person(userId, name),
  alternate: null,
  decision: null,
  ...extra,
});

const current = [
  membership('s-chair', 'Marco Rossi', 'CHAIR', chairUser.id),
  membership('s-conti', 'Elena Conti', 'MEMBER', 'u-conti', { alternate: person('u-alt', 'Andrea Marino') }),
];
const ended = membership('s-old', 'Giorgio Neri', 'MEMBER', 'u-old', {
  endedOn: '2026-01-09',
  endReason: 'Dimissioni',
});

function body(members: object[]): BodyPageQuery['body'] {
  return {
    __typename: 'Body',
    id: BODY_ID,
    code: 'CABINA_DI_REGIA',
    kind: 'STEERING_BOARD',
    name: 'Cabina di Regia',
    description: 'Coordina e monitora lo sviluppo del Piano.',
    complete: true,
    seats: 6,
    seatsPerParty: 3,
    resultsHiddenUntilClose: true,
    vacancies: [],
    votingRules: {
      __typename: 'VotingRules',
      quorumMembers: 4,
      eachPartyPresent: true,
      doubleMajority: false,
      abstentionsCountAsCast: false,
      chairCastingVote: false,
    },
    members,
    meetings: [
      {
        __typename: 'Meeting',
        id: 'm-1',
        title: 'Seduta di insediamento',
        startsAt: '2026-02-01T09:00:00.000Z',
        status: 'CLOSED',
        place: 'Palazzo Ducale, Lucca',
        minutesStatus: 'DRAFT',
      },
    ],
  } as unknown as BodyPageQuery['body'];
}

function bodyMock(includeEnded: boolean, members: object[]): MockLink.MockedResponse {
  return {
    request: { query: BodyPageQueryDocument, variables: { id: BODY_ID, locale: 'IT', includeEnded } },
    result: { data: { body: body(members) } },
    maxUsageCount: 5,
  };
}

function renderBody(user: typeof chairUser | null, more: MockLink.MockedResponse[] = []) {
  render(
    <MockedProvider mocks={[meMock(user), bodyMock(false, current), referenceMock, noExpertsMock, ...more]}>
      <MemoryRouter initialEntries={[`/organi/${BODY_ID}`]}>
        <Routes>
          <Route path="/organi/:id" element={<BodyPage />} />
          <Route path="/sedute/:id" element={<h1>Pagina della seduta</h1>} />
        </Routes>
      </MemoryRouter>
    </MockedProvider>,
  );
}

/** Italian wall-clock value for a datetime-local field, days from now. */
function romeLocalIn(days: number): { value: string; iso: string } {
  const date = new Date(Date.now() + days * 86_400_000);
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Europe/Rome',
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    })
      .formatToParts(date)
      .map((part) => [part.type, part.value]),
  );
  const value = `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
  const iso = new Date(Math.floor(date.getTime() / 60_000) * 60_000).toISOString();
  return { value, iso };
}

describe('BodyPage', () => {
  beforeEach(() => i18n.changeLanguage('it'));

  it('shows the composition, and the ended memberships with their end on request', async () => {
    renderBody(null, [bodyMock(true, [...current, ended])]);

    const table = await screen.findByRole('table', { name: 'Componenti di Cabina di Regia' });
    expect(within(table).getByRole('row', { name: /Elena Conti/ })).toHaveTextContent('Andrea Marino');
    expect(within(table).queryByRole('row', { name: /Giorgio Neri/ })).not.toBeInTheDocument();

    fireEvent.click(screen.getByRole('checkbox', { name: 'Mostra anche gli incarichi conclusi' }));

    const history = await screen.findByRole('row', { name: /Giorgio Neri/ });
    expect(history).toHaveTextContent('9 gen 2026');
    expect(history).toHaveTextContent('Dimissioni');
    expect(screen.getByRole('row', { name: /Marco Rossi/ })).toHaveTextContent('In carica');
  });

  it('puts the voting rules in words and lists the meetings', async () => {
    renderBody(null);

    expect(
      await screen.findByText(
        'Per deliberare devono essere presenti almeno 4 componenti con diritto di voto.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('Ogni Parte deve avere almeno un componente presente.')).toBeInTheDocument();
    expect(screen.getByText('In caso di parità la proposta è respinta.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Seduta di insediamento' })).toHaveAttribute(
      'href',
      '/sedute/m-1',
    );
  });

  it('offers the convening form to the chair only', async () => {
    renderBody(memberUser);
    await screen.findByRole('heading', { level: 1, name: 'Cabina di Regia' });
    await waitFor(() =>
      expect(screen.queryByRole('heading', { name: 'Convoca una seduta' })).not.toBeInTheDocument(),
    );
  });

  it('convenes a meeting with its agenda in the order the chair arranged it', async () => {
    const startsAt = romeLocalIn(7);
    const input: ScheduleMeetingInput = {
      bodyId: BODY_ID,
      title: 'Seduta sul piano di lavoro',
      startsAt: startsAt.iso,
      place: 'Palazzo Ducale, Lucca',
      link: null,
      agenda: [
        {
          title: 'Approvazione del verbale',
          description: null,
          subjectKind: 'DOCUMENT',
          subjectReference: null,
          areaCode: null,
          phaseCode: null,
        },
        {
          title: 'Piano di lavoro del trimestre',
          description: 'Proposto dal Comitato operativo.',
          subjectKind: 'WORK_PLAN',
          subjectReference: null,
          areaCode: 'PS6',
          phaseCode: null,
        },
      ],
    };
    const scheduled = jest.fn(() => ({
      data: {
        scheduleMeeting: {
          __typename: 'Meeting',
          id: 'm-new',
          title: input.title,
          startsAt: input.startsAt,
          status: 'SCHEDULED',
        },
      },
    }));
    renderBody(chairUser, [
      { request: { query: ScheduleMeetingMutationDocument, variables: { input } }, result: scheduled },
    ]);

    const form = await screen.findByRole('form', { name: 'Convoca una seduta' });
    fireEvent.change(within(form).getByLabelText('Titolo della seduta'), { target: { value: input.title } });
    fireEvent.change(within(form).getByLabelText('Data e ora di inizio'), {
      target: { value: startsAt.value },
    });
    fireEvent.change(within(form).getByLabelText('Luogo'), { target: { value: input.place } });
    fireEvent.change(within(form).getByLabelText('Titolo del punto'), {
      target: { value: 'Piano di lavoro del trimestre' },
    });
    fireEvent.change(within(form).getByLabelText('Descrizione'), {
      target: { value: 'Proposto dal Comitato operativo.' },
    });
    fireEvent.change(within(form).getByLabelText('Argomento'), { target: { value: 'WORK_PLAN' } });
    await within(form).findByRole('option', { name: 'Valorizzazione del Turismo e della Cultura' });
    fireEvent.change(within(form).getByLabelText("Ambito d'intervento"), { target: { value: 'PS6' } });

    fireEvent.click(within(form).getByRole('button', { name: 'Aggiungi un punto' }));
    const second = within(form).getByRole('group', { name: 'Punto 2' });
    await waitFor(() => expect(within(second).getByLabelText('Titolo del punto')).toHaveFocus());
    fireEvent.change(within(second).getByLabelText('Titolo del punto'), {
      target: { value: 'Approvazione del verbale' },
    });
    fireEvent.click(within(second).getByRole('button', { name: 'Sposta su – Punto 2' }));

    expect(await screen.findByText('Punto spostato in posizione 1.')).toBeInTheDocument();
    const first = within(form).getByRole('group', { name: 'Punto 1' });
    expect(within(first).getByLabelText('Titolo del punto')).toHaveValue('Approvazione del verbale');
    // Focus stays with the moved item: its "move up" is useless now, so its "move down" takes it.
    await waitFor(() =>
      expect(within(first).getByRole('button', { name: 'Sposta giù – Punto 1' })).toHaveFocus(),
    );

    fireEvent.click(within(form).getByRole('button', { name: 'Convoca la seduta' }));

    expect(await screen.findByRole('heading', { name: 'Pagina della seduta' })).toBeInTheDocument();
    expect(scheduled).toHaveBeenCalledTimes(1);
  });

  it('catches a start in the past before calling the API, and moves focus to it', async () => {
    renderBody(chairUser);

    const form = await screen.findByRole('form', { name: 'Convoca una seduta' });
    fireEvent.change(within(form).getByLabelText('Titolo della seduta'), { target: { value: 'Seduta' } });
    fireEvent.change(within(form).getByLabelText('Data e ora di inizio'), {
      target: { value: romeLocalIn(-1).value },
    });
    fireEvent.change(within(form).getByLabelText('Titolo del punto'), { target: { value: 'Punto unico' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Convoca la seduta' }));

    const startsAt = within(form).getByLabelText('Data e ora di inizio');
    await waitFor(() => expect(startsAt).toHaveFocus());
    expect(startsAt).toHaveAttribute('aria-invalid', 'true');
    expect(startsAt).toHaveAccessibleDescription(
      expect.stringContaining("Indica una data e un'ora nel futuro."),
    );
    expect(within(form).getByRole('alert')).toHaveTextContent('Alcuni dati non sono validi');
  });
});
