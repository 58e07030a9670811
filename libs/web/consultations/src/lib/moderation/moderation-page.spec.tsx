import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { AUTO_HIDE_REASON } from '@piano2030/shared-domain';
import { i18n, type CurrentUser } from '@piano2030/web-core';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import {
  CONSULTATION_ID,
  coordinator,
  logRow,
  meMock,
  moderator,
  queueEntry,
  standingMock,
} from '../../testing/committee-fixtures';
import {
  ModerateContributionMutationDocument,
  ModerationConsultationsQueryDocument,
  ModerationLogQueryDocument,
  ModerationQueueQueryDocument,
} from './moderation.documents';
import { ModerationPage } from './moderation-page';

const SPAM = 'q0000000-0000-4000-8000-00000000000a';
const INSULT = 'q0000000-0000-4000-8000-00000000000b';
const WAITING = 'q0000000-0000-4000-8000-00000000000c';

const QUEUE = [
  queueEntry(SPAM, ['L. N.', null], 'PENDING', 'Visitate il mio sito di scarpe scontate!'),
  queueEntry(INSULT, ['P. G.', null], 'HIDDEN', 'Chi propone le botteghe non capisce niente.', [
    ['OFFENSIVE', 'Tono aggressivo verso gli artigiani.'],
    ['OFFENSIVE', ''],
    ['OFF_TOPIC', ''],
  ]),
  queueEntry(
    WAITING,
    ['S. R.', 'Legambiente Lucca'],
    'PENDING',
    'Proponiamo aree di sosta ombreggiate <b>ogni 5 km</b>.',
  ),
];

const consultationsMock: MockLink.MockedResponse = {
  request: { query: ModerationConsultationsQueryDocument },
  result: {
    data: {
      consultations: [
        {
          __typename: 'Consultation',
          id: CONSULTATION_ID,
          title: 'Turismo lento e cammini in Valle del Serchio',
          status: 'OPEN',
          settings: { __typename: 'ConsultationSettings', hideAfterReports: 3, preModeration: true },
        },
      ],
    },
  },
  maxUsageCount: 10,
};

const queueMock = (nodes = QUEUE): MockLink.MockedResponse => ({
  request: {
    query: ModerationQueueQueryDocument,
    variables: { consultationId: null, first: 20, after: null },
  },
  result: {
    data: {
      moderationQueue: {
        __typename: 'ModerationQueuePage',
        totalCount: nodes.length,
        hasNextPage: false,
        endCursor: null,
        nodes,
      },
    },
  },
  maxUsageCount: 5,
});

const LOG_PAGE_1 = [
  logRow('l-3', 'RESTORE', 'Marta Neri', 'Il contributo rispetta la netiquette.', '2026-11-22T10:00:00.000Z'),
  logRow('l-2', 'AUTO_HIDE', null, AUTO_HIDE_REASON, '2026-11-22T09:00:00.000Z', ['PUBLISHED', 'HIDDEN']),
];
const LOG_PAGE_2 = [
  logRow('l-1', 'APPROVE', 'Marta Neri', 'Contributo pertinente e corretto.', '2026-11-21T09:00:00.000Z', [
    'PENDING',
    'PUBLISHED',
  ]),
];

const logMocks: MockLink.MockedResponse[] = [
  {
    request: {
      query: ModerationLogQueryDocument,
      variables: { consultationId: CONSULTATION_ID, first: 20, after: null },
    },
    result: {
      data: {
        moderationLog: {
          __typename: 'ModerationLogPage',
          hasNextPage: true,
          endCursor: 'log-c1',
          nodes: LOG_PAGE_1,
        },
      },
    },
    maxUsageCount: 10,
  },
  {
    request: {
      query: ModerationLogQueryDocument,
      variables: { consultationId: CONSULTATION_ID, first: 20, after: 'log-c1' },
    },
    result: {
      data: {
        moderationLog: {
          __typename: 'ModerationLogPage',
          hasNextPage: false,
          endCursor: 'log-c2',
          nodes: LOG_PAGE_2,
        },
      },
    },
  },
];

const decisionMock = (contributionId: string, decision: string, reason: string, status: string) => {
  const result = jest.fn(() => ({
    data: {
      moderateContribution: {
        __typename: 'Contribution',
        id: contributionId,
        status,
        moderationReason: reason,
      },
    },
  }));
  return {
    mock: {
      request: {
        query: ModerateContributionMutationDocument,
        variables: { input: { contributionId, decision, reason } },
      },
      result,
    } as MockLink.MockedResponse,
    result,
  };
};

function renderPage(me: CurrentUser | null, more: MockLink.MockedResponse[] = [], queue = QUEUE) {
  render(
    <MockedProvider
      mocks={[meMock(me), standingMock, consultationsMock, queueMock(queue), ...logMocks, ...more]}
    >
      <MemoryRouter initialEntries={['/moderazione']}>
        <Routes>
          <Route path="/moderazione" element={<ModerationPage />} />
          <Route path="/accedi" element={<h1>Accedi</h1>} />
        </Routes>
      </MemoryRouter>
    </MockedProvider>,
  );
}

const item = async (speaker: string) =>
  (await screen.findByRole('heading', { level: 3, name: new RegExp(speaker) })).closest('li') as HTMLElement;

describe('ModerationPage', () => {
  beforeEach(() => i18n.changeLanguage('it'));

  it('sends an anonymous visitor to sign in, and tells others the page is for moderators', async () => {
    renderPage(null);
    expect(await screen.findByRole('heading', { level: 1, name: 'Accedi' })).toBeInTheDocument();
  });

  it('is for moderators only', async () => {
    renderPage(coordinator);
    expect(await screen.findByText('Questa pagina è riservata ai moderatori.')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Coda di moderazione' })).not.toBeInTheDocument();
  });

  it("lists what waits, with the reports' reasons and counts, and offers only the decisions each status allows", async () => {
    renderPage(moderator);

    expect(await screen.findByText('3 contributi in coda.')).toBeInTheDocument();
    const hidden = await item('P\\. G\\.');
    expect(hidden).toHaveTextContent('Nascosto in attesa di revisione.');
    expect(hidden).toHaveTextContent(
      '3 segnalazioni aperte (la consultazione nasconde un contributo dopo 3 segnalazioni)',
    );
    expect(hidden).toHaveTextContent('Linguaggio offensivo');
    expect(hidden).toHaveTextContent('«Tono aggressivo verso gli artigiani.»');
    expect(hidden).toHaveTextContent(
      'Nascosto automaticamente dopo le segnalazioni di più persone, in attesa della revisione di un moderatore.',
    );
    expect(
      within(hidden)
        .getAllByRole('radio')
        .map((radio) => radio.getAttribute('value')),
    ).toEqual(['RESTORE', 'REJECT']);

    const pending = await item('L\\. N\\.');
    expect(pending).toHaveTextContent('La consultazione prevede la moderazione preventiva.');
    expect(
      within(pending)
        .getAllByRole('radio')
        .map((radio) => radio.getAttribute('value')),
    ).toEqual(['APPROVE', 'REJECT']);
    // Markup a participant typed stays text.
    const waiting = await item('S\\. R\\.');
    expect(waiting).toHaveTextContent('<b>ogni 5 km</b>');
    expect(waiting.querySelector('b')).toBeNull();
  });

  it('removes a decided contribution and moves focus to the next one, then to the one before, then to the queue', async () => {
    const restore = decisionMock(
      INSULT,
      'RESTORE',
      'Critica dura ma nel merito della proposta.',
      'PUBLISHED',
    );
    const reject = decisionMock(
      WAITING,
      'REJECT',
      'Contributo doppio, già pubblicato in altra forma.',
      'REJECTED',
    );
    const approve = decisionMock(SPAM, 'APPROVE', 'Ricontrollato: pertinente al tema.', 'PUBLISHED');
    renderPage(moderator, [restore.mock, reject.mock, approve.mock]);

    const hidden = await item('P\\. G\\.');
    fireEvent.click(within(hidden).getByRole('radio', { name: 'Ripristina' }));
    fireEvent.change(within(hidden).getByRole('textbox', { name: "Motivazione (la leggerà l'autore)" }), {
      target: { value: ' Critica dura ma nel merito della proposta. ' },
    });
    fireEvent.click(within(hidden).getByRole('button', { name: 'Registra la decisione – P. G.' }));

    expect(
      await screen.findByText('Contributo di P. G. ripristinato. Restano 2 contributi in coda.'),
    ).toBeInTheDocument();
    expect(restore.result).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('heading', { level: 3, name: /P\. G\./ })).not.toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 3, name: /S\. R\. per Legambiente Lucca/ })).toHaveFocus(),
    );

    // The last one goes: focus to the one before it.
    const last = await item('S\\. R\\.');
    fireEvent.click(within(last).getByRole('radio', { name: 'Respingi' }));
    fireEvent.change(within(last).getByRole('textbox', { name: "Motivazione (la leggerà l'autore)" }), {
      target: { value: 'Contributo doppio, già pubblicato in altra forma.' },
    });
    fireEvent.click(within(last).getByRole('button', { name: /^Registra la decisione/ }));
    await waitFor(() => expect(screen.getByRole('heading', { level: 3, name: /L\. N\./ })).toHaveFocus());

    // None left: focus to the queue's heading.
    const only = await item('L\\. N\\.');
    fireEvent.click(within(only).getByRole('radio', { name: 'Pubblica' }));
    fireEvent.change(within(only).getByRole('textbox', { name: "Motivazione (la leggerà l'autore)" }), {
      target: { value: 'Ricontrollato: pertinente al tema.' },
    });
    fireEvent.click(within(only).getByRole('button', { name: /^Registra la decisione/ }));
    expect(await screen.findByText('Nessun contributo aspetta una decisione.')).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 2, name: 'Coda di moderazione' })).toHaveFocus(),
    );
    expect(
      screen.getByText('Contributo di L. N. pubblicato. Restano 0 contributi in coda.'),
    ).toBeInTheDocument();
  });

  it('offers to hide a public contribution whose open reports are below the threshold', async () => {
    const REPORTED = 'q0000000-0000-4000-8000-00000000000d';
    const reason = 'Attacco personale ai gestori dei rifugi.';
    const hide = decisionMock(REPORTED, 'HIDE', reason, 'HIDDEN');
    renderPage(
      moderator,
      [hide.mock],
      [
        queueEntry(
          REPORTED,
          ['P. D.', null],
          'PUBLISHED',
          'I gestori dei rifugi pensano solo ai propri incassi.',
          [['OFFENSIVE', 'Generalizza su una categoria.']],
        ),
      ],
    );

    const reported = await item('P\\. D\\.');
    expect(reported).toHaveTextContent('Pubblicato');
    expect(reported).toHaveTextContent('Pubblico, con segnalazioni aperte sotto la soglia che lo nasconde.');
    expect(reported).toHaveTextContent(
      '1 segnalazione aperta (la consultazione nasconde un contributo dopo 3 segnalazioni)',
    );
    expect(
      within(reported)
        .getAllByRole('radio')
        .map((radio) => radio.getAttribute('value')),
    ).toEqual(['HIDE']);

    fireEvent.click(within(reported).getByRole('radio', { name: 'Nascondi' }));
    fireEvent.change(within(reported).getByRole('textbox', { name: "Motivazione (la leggerà l'autore)" }), {
      target: { value: reason },
    });
    fireEvent.click(within(reported).getByRole('button', { name: 'Registra la decisione – P. D.' }));
    expect(
      await screen.findByText('Contributo di P. D. nascosto. Restano 0 contributi in coda.'),
    ).toBeInTheDocument();
    expect(hide.result).toHaveBeenCalledTimes(1);
  });

  it('asks for a decision and a reason the author can read before sending anything', async () => {
    const approve = decisionMock(SPAM, 'APPROVE', 'Ok', 'PUBLISHED');
    renderPage(moderator, [approve.mock]);
    const pending = await item('L\\. N\\.');

    fireEvent.change(within(pending).getByRole('textbox', { name: "Motivazione (la leggerà l'autore)" }), {
      target: { value: 'Ok' },
    });
    fireEvent.click(within(pending).getByRole('button', { name: /^Registra la decisione/ }));

    const reason = within(pending).getByRole('textbox', { name: "Motivazione (la leggerà l'autore)" });
    await waitFor(() => expect(within(pending).getByRole('radio', { name: 'Pubblica' })).toHaveFocus());
    expect(within(pending).getByRole('group', { name: 'Decisione' })).toHaveAccessibleDescription(
      'Scegli una decisione.',
    );
    expect(reason).toHaveAttribute('aria-invalid', 'true');
    expect(reason).toHaveAccessibleDescription(
      expect.stringContaining('Scrivi una motivazione da 10 a 5000 caratteri.'),
    );
    expect(approve.result).not.toHaveBeenCalled();
  });

  it('shows the moderation log, automatic decisions included, a page at a time', async () => {
    renderPage(moderator);

    // By text first: the queue's forms make role queries over the whole page slow.
    const caption = await screen.findByText(
      'Decisioni di moderazione in «Turismo lento e cammini in Valle del Serchio», dalla più recente',
    );
    const log = caption.closest('table') as HTMLElement;
    expect(log).toHaveAccessibleName(caption.textContent ?? '');
    const rows = within(log).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent('Marta Neri');
    expect(rows[0]).toHaveTextContent('Ripristinato');
    expect(rows[0]).toHaveTextContent('da «Nascosto» a «Pubblicato»');
    expect(rows[1]).toHaveTextContent('Automatica');
    expect(rows[1]).toHaveTextContent('Nascosto per segnalazioni');
    expect(rows[1]).toHaveTextContent('Nascosto automaticamente dopo le segnalazioni di più persone');

    fireEvent.click(screen.getByText('Mostra altre decisioni'));
    await waitFor(() => expect(within(log).getAllByRole('row')).toHaveLength(4));
    const added = within(log).getAllByRole('row')[3];
    await waitFor(() => expect(within(added).getByRole('rowheader')).toHaveFocus());
    expect(added).toHaveTextContent('Pubblicato');
    expect(screen.queryByText('Mostra altre decisioni')).not.toBeInTheDocument();
  }, 15_000);
});
