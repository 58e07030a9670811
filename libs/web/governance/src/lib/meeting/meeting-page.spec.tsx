import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { GOVERNANCE_EVENTS } from '@piano2030/shared-realtime-contracts';
import { i18n, type MeetingPageQuery } from '@piano2030/web-core';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { io } from 'socket.io-client';
import { fakeSocket, type FakeSocket } from '../../testing/fake-socket';
import {
  BODY_ID,
  MEETING_ID,
  chairUser,
  meMock,
  meeting,
  memberUser,
  noExpertsMock,
  openVote,
  referenceMock,
} from '../../testing/fixtures';
import {
  CastVoteMutationDocument,
  CloseVoteMutationDocument,
  MeetingPageQueryDocument,
  RecordAttendanceMutationDocument,
} from './meeting-page.documents';
import { MeetingPage } from './meeting-page';

jest.mock('socket.io-client', () => ({ io: jest.fn() }));

type Meeting = MeetingPageQuery['meeting'];

/** The meeting query answers with whatever `state.current` holds when it is asked, as often as asked. */
function meetingMock(state: { current: Meeting }): MockLink.MockedResponse {
  return {
    request: { query: MeetingPageQueryDocument, variables: { id: MEETING_ID, locale: 'IT' } },
    result: () => ({ data: { meeting: state.current } }),
    maxUsageCount: 20,
  };
}

function renderMeeting(
  state: { current: Meeting },
  signedIn: typeof chairUser | null,
  more: MockLink.MockedResponse[] = [],
) {
  const mocks = [meMock(signedIn), meetingMock(state), referenceMock, noExpertsMock, ...more];
  render(
    <MockedProvider mocks={mocks}>
      <MemoryRouter initialEntries={[`/sedute/${MEETING_ID}`]}>
        <Routes>
          <Route path="/sedute/:id" element={<MeetingPage />} />
        </Routes>
      </MemoryRouter>
    </MockedProvider>,
  );
}

const button = (name: string) => screen.queryByRole('button', { name });

describe('MeetingPage', () => {
  let socket: FakeSocket;
  beforeEach(async () => {
    await i18n.changeLanguage('it');
    socket = fakeSocket();
    jest
      .mocked(io)
      .mockReset()
      .mockReturnValue(socket as never);
  });

  it('shows an anonymous visitor the meeting, its quorum and attendance, and no action at all', async () => {
    renderMeeting({ current: meeting() }, null);

    expect(await screen.findByRole('heading', { level: 1, name: 'Seconda seduta' })).toBeInTheDocument();
    expect(
      screen.getByText('5 presenti su 6 componenti con diritto di voto; ne servono almeno 4.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Componenti presenti' })).toHaveAttribute(
      'aria-valuetext',
      '5 presenti su 6, soglia 4',
    );
    const attendance = screen.getByRole('table', { name: 'Presenze alla seduta' });
    expect(within(attendance).getByRole('row', { name: /Elena Conti/ })).toHaveTextContent(
      'Delegato al supplente, rappresentato da Andrea Marino',
    );
    expect(within(attendance).getByRole('row', { name: /Laura Galli/ })).toHaveTextContent('Non registrata');
    for (const name of ['Chiudi la seduta', 'Registra le presenze', 'Favorevole', 'Chiudi la votazione']) {
      expect(button(name)).not.toBeInTheDocument();
    }
    expect(screen.queryByRole('heading', { name: 'Approvazione dei verbali' })).not.toBeInTheDocument();
    // Live updates are for the body's members: an anonymous visitor does not even connect.
    expect(io).not.toHaveBeenCalled();
  });

  it('offers the chair each action its capabilities allow, and only those', async () => {
    const withFreeItem = meeting({
      myRoles: ['CHAIR'],
      myCapabilities: ['CLOSE_MEETING', 'RECORD_ATTENDANCE', 'OPEN_VOTE', 'CAST_VOTE', 'CLOSE_VOTE'],
    });
    withFreeItem.agenda = [
      ...withFreeItem.agenda,
      { ...withFreeItem.agenda[0], id: 'a-2', position: 2, title: 'Varie ed eventuali', votes: [] },
    ];
    renderMeeting({ current: withFreeItem }, chairUser);

    expect(await screen.findByRole('button', { name: 'Chiudi la seduta' })).toBeInTheDocument();
    expect(button('Apri la seduta')).not.toBeInTheDocument();
    expect(button('Chiudi la votazione')).toBeInTheDocument();
    expect(button('Favorevole')).toBeInTheDocument();
    // An item with an open vote cannot have a second one; the free item can.
    expect(button('Apri una votazione sul punto 1')).not.toBeInTheDocument();
    expect(button('Apri una votazione sul punto 2')).toHaveAttribute('aria-expanded', 'false');
    // Delegating is offered only to a member who has an alternate.
    const conti = await screen.findByRole('group', { name: 'Elena Conti – Componente, Provincia' });
    expect(
      within(conti).getByRole('radio', { name: 'Delegato al supplente: Andrea Marino' }),
    ).toBeInTheDocument();
    const galli = screen.getByRole('group', { name: 'Laura Galli – Vicepresidente, Camera di Commercio' });
    expect(
      within(galli)
        .getAllByRole('radio')
        .map((radio) => radio.getAttribute('value')),
    ).toEqual(['PRESENT', 'ABSENT']);
    // The chair approves earlier draft minutes at a meeting in progress.
    expect(screen.getByRole('combobox', { name: 'Verbale da approvare' })).toHaveTextContent(
      'Seduta di insediamento',
    );
    expect(button('Redigi il verbale')).not.toBeInTheDocument();
  });

  it('shows only the turnout while the results are hidden', async () => {
    renderMeeting({ current: meeting() }, null);

    const turnout = await screen.findByText('2 di 6 hanno votato');
    expect(turnout).toHaveAttribute('aria-live', 'polite');
    expect(screen.getByText('I risultati sono visibili alla chiusura.')).toBeInTheDocument();
    expect(screen.queryByText(/Favorevoli/)).not.toBeInTheDocument();
  });

  it('casts a vote through castVote and shows the ballot, which can still be changed', async () => {
    const state = { current: meeting({ myRoles: ['VICE_CHAIR'], myCapabilities: ['CAST_VOTE'] }) };
    const cast = jest.fn(() => {
      state.current = {
        ...state.current,
        agenda: [
          {
            ...state.current.agenda[0],
            votes: [
              openVote({
                turnout: { __typename: 'Turnout', voted: 3, eligible: 6 },
                myBallot: { __typename: 'Ballot', choice: 'FOR', castAt: '2026-03-02T09:20:00.000Z' },
              } as never),
            ],
          },
        ],
      };
      return {
        data: { castVote: { __typename: 'Ballot', choice: 'FOR', castAt: '2026-03-02T09:20:00.000Z' } },
      };
    });
    renderMeeting(state, memberUser, [
      {
        request: { query: CastVoteMutationDocument, variables: { input: { voteId: 'v-1', choice: 'FOR' } } },
        result: cast,
      },
    ]);

    const favour = await screen.findByRole('button', { name: 'Favorevole' });
    favour.focus();
    fireEvent.click(favour);

    expect(await screen.findByText('Voto registrato: Favorevole.')).toBeInTheDocument();
    expect(cast).toHaveBeenCalledTimes(1);
    // A busy button is never disabled: keyboard focus stays where the member pressed.
    expect(screen.getByRole('button', { name: 'Favorevole' })).toHaveFocus();
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Favorevole' })).toHaveAttribute('aria-pressed', 'true'),
    );
    expect(screen.getByRole('button', { name: 'Contrario' })).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByText('3 di 6 hanno votato')).toBeInTheDocument();
  });

  it("shows a refused ballot in a focused alert, with the API's reason", async () => {
    renderMeeting({ current: meeting({ myCapabilities: ['CAST_VOTE'] }) }, memberUser, [
      {
        request: {
          query: CastVoteMutationDocument,
          variables: { input: { voteId: 'v-1', choice: 'ABSTAIN' } },
        },
        result: {
          errors: [
            {
              message: 'During the meeting only members recorded as present vote.',
              extensions: { code: 'FORBIDDEN' },
            },
          ],
        },
      },
    ]);

    fireEvent.click(await screen.findByRole('button', { name: 'Astenuto' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Non hai i permessi per questa operazione.');
    expect(alert).toHaveTextContent('During the meeting only members recorded as present vote.');
    expect(
      within(alert).getByText('During the meeting only members recorded as present vote.'),
    ).toHaveAttribute('lang', 'en');
    await waitFor(() => expect(alert).toHaveFocus());
  });

  it("follows the body's room and reloads when this meeting's vote changes", async () => {
    const state = { current: meeting({ myCapabilities: ['CAST_VOTE'] }) };
    renderMeeting(state, memberUser);
    await screen.findByText('2 di 6 hanno votato');
    await waitFor(() => expect(io).toHaveBeenCalledWith(expect.objectContaining({ withCredentials: true })));

    act(() => socket.connectAndAnswer({ ok: true, room: `body:${BODY_ID}` }));
    expect(socket.emitted[0]).toMatchObject({
      event: 'join',
      args: [`body:${BODY_ID}`, expect.any(Function)],
    });
    expect(await screen.findByText('Aggiornamenti in tempo reale attivi')).toBeInTheDocument();

    state.current = {
      ...state.current,
      agenda: [
        {
          ...state.current.agenda[0],
          votes: [openVote({ turnout: { __typename: 'Turnout', voted: 4, eligible: 6 } } as never)],
        },
      ],
    };
    act(() =>
      socket.fire('event', {
        room: `body:${BODY_ID}`,
        type: GOVERNANCE_EVENTS.VOTE_UPDATED,
        payload: {
          bodyId: BODY_ID,
          meetingId: MEETING_ID,
          voteId: 'v-1',
          status: 'OPEN',
          voted: 4,
          eligible: 6,
        },
        occurredAt: '2026-03-02T09:21:00.000Z',
      }),
    );

    expect(await screen.findByText('4 di 6 hanno votato')).toHaveAttribute('aria-live', 'polite');
  });

  it('closes a vote and shows the numbered decision with its reason in the reader’s language', async () => {
    const state = { current: meeting({ myRoles: ['CHAIR'], myCapabilities: ['CLOSE_VOTE'] }) };
    const decision = {
      __typename: 'Decision' as const,
      id: 'd-3',
      reference: 'n. 3/2026',
      result: 'APPROVED' as const,
      reason: 'approvata: 5 presenti su 6, 4 favorevoli, 1 contrario, 0 astenuti, maggioranza favorevole',
      decidedAt: '2026-03-02T09:30:00.000Z',
      present: 5,
      members: 6,
      tally: {
        __typename: 'DecisionTally' as const,
        for: 4,
        against: 1,
        abstain: 0,
        recused: 0,
        notVoted: 0,
      },
    };
    renderMeeting(state, chairUser, [
      {
        request: { query: CloseVoteMutationDocument, variables: { voteId: 'v-1', locale: 'IT' } },
        result: () => {
          state.current = {
            ...state.current,
            agenda: [
              {
                ...state.current.agenda[0],
                votes: [openVote({ status: 'CLOSED', resultsHidden: false, decision } as never)],
              },
            ],
          };
          return { data: { closeVote: decision } };
        },
      },
    ]);

    fireEvent.click(await screen.findByRole('button', { name: 'Chiudi la votazione' }));

    expect(await screen.findByText('Votazione chiusa: delibera n. 3/2026, approvata.')).toBeInTheDocument();
    expect(await screen.findByText('Delibera n. 3/2026')).toBeInTheDocument();
    expect(screen.getByText(decision.reason)).toBeInTheDocument();
    expect(screen.getByText('Favorevoli:')).toHaveTextContent('Favorevoli: 4');
    expect(button('Chiudi la votazione')).not.toBeInTheDocument();
    // The button went away with the open vote: focus lands on the vote's heading, not on the page body.
    await waitFor(() =>
      expect(
        screen.getByRole('heading', { name: /Votazione: Piano di lavoro del primo trimestre/ }),
      ).toHaveFocus(),
    );
  });

  it('links agenda items about a work plan or its report to the plan', async () => {
    const withPlans = meeting();
    withPlans.agenda = [
      { ...withPlans.agenda[0], subjectReference: 'p-q4', votes: [] },
      {
        ...withPlans.agenda[0],
        id: 'a-2',
        position: 2,
        title: 'Rapporto trimestrale sul piano di lavoro Q3 2026',
        subjectKind: 'WORK_PLAN_REPORT',
        subjectReference: 'p-q3',
        votes: [],
      },
    ];
    renderMeeting({ current: withPlans }, null);

    const report = await screen.findByRole('article', {
      name: 'Rapporto trimestrale sul piano di lavoro Q3 2026',
    });
    expect(report).toHaveTextContent('Rapporto trimestrale sul piano di lavoro');
    expect(within(report).getByRole('link', { name: 'Vai al rapporto trimestrale' })).toHaveAttribute(
      'href',
      '/piani-di-lavoro/p-q3',
    );
    expect(screen.getByRole('link', { name: 'Vai al piano di lavoro' })).toHaveAttribute(
      'href',
      '/piani-di-lavoro/p-q4',
    );
    expect(screen.queryByText('p-q4')).not.toBeInTheDocument();
  });

  it('records the attendance chosen for each member', async () => {
    const state = { current: meeting({ myRoles: ['SECRETARY'], myCapabilities: ['RECORD_ATTENDANCE'] }) };
    const recorded = jest.fn(() => ({
      data: { recordAttendance: { __typename: 'Meeting', id: MEETING_ID } },
    }));
    renderMeeting(state, memberUser, [
      {
        request: {
          query: RecordAttendanceMutationDocument,
          variables: {
            input: {
              meetingId: MEETING_ID,
              entries: [
                { membershipId: 's-chair', status: 'PRESENT' },
                { membershipId: 's-conti', status: 'DELEGATED' },
                { membershipId: 's-galli', status: 'ABSENT' },
              ],
            },
          },
        },
        result: recorded,
      },
    ]);

    const galli = await screen.findByRole('group', {
      name: 'Laura Galli – Vicepresidente, Camera di Commercio',
    });
    fireEvent.click(within(galli).getByRole('radio', { name: 'Assente' }));
    fireEvent.click(screen.getByRole('button', { name: 'Registra le presenze' }));

    expect(await screen.findByText('Presenze registrate.')).toBeInTheDocument();
    expect(recorded).toHaveBeenCalledTimes(1);
  });
});
