import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import type { ContributionView, RoomEvent } from '@piano2030/shared-realtime-contracts';
import { i18n, useRoomEvents, type ContributionFieldsFragment, type CurrentUser } from '@piano2030/web-core';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import {
  CONSULTATION_ID,
  INTERVENTION_ID,
  ORGANISATION_ID,
  SWOT_ITEM_ID,
  byConfartigianato,
  citizen,
  consultationPageMock,
  contribution,
  disposition,
  levelMock,
  meMock,
  minutesAgo,
  representationsMock,
  representative,
  scopeMock,
  standingMock,
  threadStartMock,
} from '../../testing/public-fixtures';
import { ConsultationPage } from './consultation-page';
import {
  ConsultationCountQueryDocument,
  ContributionEventsSinceQueryDocument,
  ContributionOneQueryDocument,
  PostContributionMutationDocument,
  ReportContributionMutationDocument,
} from './threads/threads.documents';

// The hook itself is tested in web-core; here it stands for the server, so the test can play its events.
jest.mock('@piano2030/web-core', () => ({
  ...jest.requireActual('@piano2030/web-core'),
  useRoomEvents: jest.fn(),
}));

const roomEvents = jest.mocked(useRoomEvents);

/** The room the page listens to, a way to deliver its events, and to play a (re)join. */
function room() {
  const [name, onEvent, options] = roomEvents.mock.lastCall ?? [null, () => undefined, {}];
  return {
    name,
    deliver: (event: RoomEvent) => act(() => onEvent(event)),
    joined: (rejoined: boolean) => act(() => options?.onJoined?.(rejoined)),
  };
}

const roomEvent = (
  seq: number,
  type: string,
  contribution: ContributionView | null,
  contributionCount = 4,
): RoomEvent => ({
  room: `consultation:${CONSULTATION_ID}`,
  type,
  occurredAt: '2026-11-22T10:00:00.000Z',
  payload: {
    seq,
    consultationId: CONSULTATION_ID,
    threadId: contribution?.threadId ?? null,
    contributionId: contribution?.id ?? null,
    contribution,
    contributionCount,
  },
});

const viewOf = (c: ContributionFieldsFragment): ContributionView => ({
  id: c.id,
  consultationId: c.consultationId,
  parentId: c.parentId ?? null,
  threadId: c.threadId,
  depth: c.depth,
  kind: c.kind,
  status: c.status,
  body: c.body ?? null,
  authorName: c.author.name,
  organisationName: c.author.organisationName ?? null,
  category: c.author.category,
  anchorKind: c.anchor?.kind ?? null,
  anchorRef: c.anchor?.ref ?? null,
  replyCount: c.replyCount,
  supportCount: c.supportCount,
  createdAt: c.createdAt,
  editedAt: c.editedAt ?? null,
});

/** The room's stored log: the catch-up query answers with what follows `after`, and counts the asks. */
function eventLog(initial: { seq: number; type: string; contribution: ContributionFieldsFragment }[] = []) {
  const log = { events: [...initial], asked: [] as number[] };
  const mock: MockLink.MockedResponse = {
    request: {
      query: ContributionEventsSinceQueryDocument,
      variables: (variables: Record<string, unknown>) => variables['consultationId'] === CONSULTATION_ID,
    },
    result: (variables: Record<string, unknown>) => {
      const after = variables['after'] as number;
      log.asked.push(after);
      const events = log.events.filter((event) => event.seq > after);
      return {
        data: {
          contributionEventsSince: {
            __typename: 'ContributionEventsPage',
            lastSeq: events.at(-1)?.seq ?? after,
            hasMore: false,
            events: events.map((event) => ({
              __typename: 'ContributionEvent',
              seq: event.seq,
              type: event.type,
              contributionId: event.contribution.id,
              threadId: event.contribution.threadId,
              status: null,
              contribution: event.contribution,
            })),
          },
        },
      };
    },
    maxUsageCount: 50,
  };
  return { log, mock };
}

const countMock = (contributionCount: number): MockLink.MockedResponse => ({
  request: { query: ConsultationCountQueryDocument, variables: { id: CONSULTATION_ID } },
  result: {
    data: {
      consultation: { __typename: 'Consultation', id: CONSULTATION_ID, status: 'OPEN', contributionCount },
    },
  },
  maxUsageCount: 50,
});

/** Giulia's request, answered; Confartigianato's proposal; a contribution hidden by reports. */
const K1 = contribution('k-1', {
  kind: 'REQUEST',
  body: 'Mancano **fontanelle e servizi igienici** tra Borgo a Mozzano e Barga.',
  replyCount: 1,
  supportCount: 1,
  disposition: disposition({ contributionId: 'k-1' }),
});
const K2 = contribution('k-2', {
  kind: 'PROPOSAL',
  author: byConfartigianato,
  body: 'Proponiamo una rete di botteghe amiche del camminatore.',
  anchor: {
    __typename: 'ContributionAnchor',
    kind: 'INTERVENTION',
    ref: INTERVENTION_ID,
  } as ContributionFieldsFragment['anchor'],
});
const K3 = contribution('k-3', { status: 'HIDDEN', body: null });

function renderPage(me: CurrentUser | null, mocks: MockLink.MockedResponse[], hash = '') {
  render(
    <MockedProvider
      mocks={[
        // The test's own first: a query answered twice takes the first mock that matches.
        ...mocks,
        meMock(me),
        standingMock,
        consultationPageMock(),
        scopeMock,
        representationsMock([]),
        countMock(4),
      ]}
    >
      <MemoryRouter initialEntries={[`/consultazioni/${CONSULTATION_ID}${hash}`]}>
        <Routes>
          <Route path="/consultazioni/:id" element={<ConsultationPage />} />
        </Routes>
      </MemoryRouter>
    </MockedProvider>,
  );
}

const article = (name: RegExp) => screen.getByRole('article', { name });

describe('ConsultationPage', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('it');
    roomEvents.mockReset().mockImplementation((name) => ({ status: name ? 'joined' : 'idle' }));
  });

  it('shows the document, its scope, rules and stages, then the threads with their answers', async () => {
    renderPage(null, [threadStartMock([K1, K2, K3], { totalCount: 3 }), eventLog().mock]);

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Turismo lento e cammini in Valle del Serchio' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { level: 2, name: 'Il documento di consultazione' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/Quali borghi e tratti/)).toHaveAttribute('id', 'domanda-2');
    const scope = screen.getByRole('region', { name: 'Oggetto della consultazione' });
    expect(
      await within(scope).findByRole('link', { name: 'PS6.1 – Cammini e ciclovie della Valle del Serchio' }),
    ).toHaveAttribute('href', `/interventi/${INTERVENTION_ID}`);
    expect(within(scope).getByRole('link', { name: /Un patrimonio di città murate/ })).toHaveAttribute(
      'href',
      `/ambiti/PS6#swot-item-${SWOT_ITEM_ID}`,
    );
    const stages = screen.getByRole('region', { name: 'Le tappe della consultazione' });
    expect(within(stages).getByRole('listitem', { current: 'step' })).toHaveTextContent(
      'Aperta ai contributi',
    );
    expect(screen.getByText('Leggi la netiquette')).toBeInTheDocument();
    // Anonymous visitors are invited to sign in and come back.
    expect(screen.getByRole('link', { name: 'Accedi per partecipare' })).toHaveAttribute('href', '/accedi');

    const request = await screen.findByRole('article', { name: /Istanza G\. B\./ });
    expect(within(request).getByText('fontanelle e servizi igienici').tagName).toBe('STRONG');
    expect(within(request).getByText('Parzialmente accolto')).toBeInTheDocument();
    expect(within(request).getByRole('link', { name: /PS6\.1 – Cammini/ })).toHaveAttribute(
      'href',
      `/interventi/${INTERVENTION_ID}`,
    );
    expect(request).toHaveTextContent('(versione 3)');
    expect(request).toHaveTextContent('1 sostegno');
    expect(within(request).queryByRole('button', { name: /Sostieni/ })).toBeNull();
    expect(within(request).queryByRole('button', { name: /Rispondi/ })).toBeNull();

    const proposal = article(/Proposta R\. F\. per Confartigianato Imprese Lucca/);
    expect(within(proposal).getByText('Riguarda:').parentElement).toHaveTextContent(
      'Riguarda: PS6.1 – Cammini e ciclovie della Valle del Serchio',
    );
    const hidden = article(/Osservazione G\. B\./);
    expect(hidden).toHaveTextContent('Contributo nascosto in attesa della revisione di un moderatore.');
    expect(room().name).toBe(`consultation:${CONSULTATION_ID}`);
  });

  it('loads further roots with the cursor and replies on demand, down to the third level', async () => {
    const R1 = contribution('r-1', {
      parentId: 'k-1',
      threadId: 'k-1',
      depth: 2,
      replyCount: 1,
      kind: 'COMMENT',
    });
    const R2 = contribution('r-2', { parentId: 'r-1', threadId: 'k-1', depth: 3, kind: 'COMMENT' });
    renderPage(citizen, [
      threadStartMock([K1, K2], { hasNextPage: true, totalCount: 3 }),
      levelMock(null, 'cursor-k-2', [K3], { totalCount: 3 }),
      levelMock('k-1', null, [R1]),
      levelMock('r-1', null, [R2]),
      eventLog().mock,
    ]);

    const more = await screen.findByRole('button', { name: /Carica altri contributi \(mostrati 2 di 3\)/ });
    fireEvent.click(more);
    expect(await screen.findByText('Caricato 1 altro contributo.')).toBeInTheDocument();
    await waitFor(() => expect(document.activeElement).toHaveAttribute('id', 'contributo-k-3'));
    expect(screen.queryByRole('button', { name: /Carica altri contributi/ })).toBeNull();

    const request = article(/Istanza G\. B\./);
    const show = within(request).getByRole('button', { name: /^Mostra 1 risposta/ });
    expect(show).toHaveAttribute('aria-expanded', 'false');
    fireEvent.click(show);
    const reply = await screen.findByRole('article', { name: /Commento G\. B\./ });
    expect(show).toHaveAttribute('aria-expanded', 'true');
    expect(within(reply).getByRole('heading', { level: 4 })).toBeInTheDocument();
    expect(within(reply).getAllByRole('button', { name: /^Rispondi/ })).toHaveLength(1);

    fireEvent.click(within(reply).getByRole('button', { name: /^Mostra 1 risposta/ }));
    await waitFor(() => expect(screen.getAllByRole('article', { name: /Commento G\. B\./ })).toHaveLength(2));
    const deepest = screen.getByRole('heading', { level: 5 }).closest('article') as HTMLElement;
    expect(within(deepest).queryByRole('button', { name: /^Rispondi/ })).toBeNull();
    expect(within(deepest).getByRole('button', { name: /^Sostieni/ })).toBeInTheDocument();
  });

  it('applies room events in seq order, once each, and catches up after a gap and a rejoin', async () => {
    const N1 = contribution('n-1', {
      kind: 'PROPOSAL',
      author: byConfartigianato,
      body: 'Un punto ristoro a Barga.',
    });
    const N2 = contribution('n-2', { body: 'Segnaletica anche in inglese.' });
    const N3 = contribution('n-3', { body: 'Navette nei fine settimana.' });
    const { log, mock } = eventLog();
    renderPage(citizen, [threadStartMock([K1], { lastSeq: 10, totalCount: 1 }), mock]);
    await screen.findByRole('article', { name: /Istanza G\. B\./ });

    // Someone types a contribution while others arrive: the text stays as typed.
    const body = await screen.findByRole('textbox', { name: 'Il tuo contributo' });
    fireEvent.change(body, { target: { value: 'Sto scrivendo una proposta sulle navette' } });

    room().joined(false);
    await waitFor(() => expect(log.asked).toEqual([10]));

    // 12 arrives before 11: the gap is filled by the catch-up, which returns both.
    log.events.push({ seq: 11, type: 'contributions.published', contribution: N1 });
    log.events.push({ seq: 12, type: 'contributions.published', contribution: N2 });
    room().deliver(roomEvent(12, 'contributions.published', viewOf(N2), 6));
    await screen.findByText('Segnaletica anche in inglese.');
    expect(log.asked).toEqual([10, 10]);
    // The late live copies change nothing.
    room().deliver(roomEvent(11, 'contributions.published', viewOf(N1), 5));
    room().deliver(roomEvent(12, 'contributions.published', viewOf(N2), 6));

    const threads = screen.getByRole('region', { name: /^Contributi/ });
    const listed = () =>
      within(threads)
        .getAllByRole('article')
        .map((one) => one.getAttribute('aria-labelledby'));
    expect(listed()).toEqual(['contributo-k-1-title', 'contributo-n-1-title', 'contributo-n-2-title']);
    expect(within(threads).getByText('2 nuovi contributi arrivati mentre eri sulla pagina.')).toHaveAttribute(
      'role',
      'status',
    );
    expect(within(article(/Proposta R\. F\./)).getByText('Nuovo')).toBeInTheDocument();

    // Live counters: supports of a contribution, contributions of the consultation.
    room().deliver(roomEvent(13, 'contributions.supported', viewOf({ ...K1, supportCount: 5 }), 7));
    expect(article(/Istanza G\. B\./)).toHaveTextContent('5 sostegni');
    expect(screen.getByRole('heading', { level: 2, name: 'Contributi (7)' })).toBeInTheDocument();

    // Offline meanwhile: 14 never came live. The rejoin asks from 13 and shows it once.
    log.events.push({ seq: 13, type: 'contributions.supported', contribution: { ...K1, supportCount: 5 } });
    log.events.push({ seq: 14, type: 'contributions.published', contribution: N3 });
    room().joined(true);
    await screen.findByText('Navette nei fine settimana.');
    expect(log.asked).toEqual([10, 10, 13]);
    room().deliver(roomEvent(14, 'contributions.published', viewOf(N3), 8));
    expect(screen.getAllByText('Navette nei fine settimana.')).toHaveLength(1);
    expect(listed()).toHaveLength(4);

    expect(screen.getByRole('textbox', { name: 'Il tuo contributo' })).toHaveValue(
      'Sto scrivendo una proposta sulle navette',
    );
  });

  it('keeps the text when a post is refused, retries with the same key, and takes a new one after success', async () => {
    const sent: { idempotencyKey: string; body: string; organisationId: string | null }[] = [];
    let answers = 0;
    const postMock: MockLink.MockedResponse = {
      request: {
        query: PostContributionMutationDocument,
        variables: (variables: Record<string, unknown>) => {
          sent.push(variables['input'] as (typeof sent)[number]);
          return true;
        },
      },
      result: (variables: Record<string, unknown>) => {
        answers += 1;
        if (answers === 1) {
          return {
            errors: [
              {
                message: 'You can post or edit at most 10 contributions a minute. Try again shortly.',
                extensions: { code: 'TOO_MANY_REQUESTS', retryAfterSeconds: 42 },
              },
            ],
          };
        }
        if (answers === 2) {
          return {
            errors: [
              {
                message: 'Invalid input.',
                extensions: {
                  code: 'BAD_USER_INPUT',
                  fieldErrors: {
                    'input.anchor': ["anchor.ref must be one of the consultation's SWOT items"],
                  },
                },
              },
            ],
          };
        }
        const input = variables['input'] as { body: string };
        return {
          data: {
            postContribution: contribution(`p-${answers}`, {
              body: input.body,
              viewerIsAuthor: true,
              createdAt: minutesAgo(0),
            }),
          },
        };
      },
      maxUsageCount: 10,
    };
    renderPage(citizen, [threadStartMock([K1], { totalCount: 1 }), eventLog().mock, postMock]);

    const body = await screen.findByRole('textbox', { name: 'Il tuo contributo' });
    fireEvent.change(body, { target: { value: 'Servono **navette** nei fine settimana.' } });
    expect(screen.getByText('39 caratteri su 5000')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Pubblica il contributo' }));

    expect(
      await screen.findByText(
        'Hai inviato troppi contributi in poco tempo (al massimo 10 al minuto). Il testo è ancora qui: riprova tra 42 secondi.',
      ),
    ).toBeInTheDocument();
    expect(body).toHaveValue('Servono **navette** nei fine settimana.');

    fireEvent.click(screen.getByRole('button', { name: 'Pubblica il contributo' }));
    const anchor = screen.getByRole('combobox', { name: 'Riferimento (facoltativo)' });
    await waitFor(() => expect(anchor).toHaveAccessibleDescription(/Il riferimento scelto non appartiene/));
    expect(anchor).toHaveAttribute('aria-invalid', 'true');
    expect(body).toHaveValue('Servono **navette** nei fine settimana.');

    fireEvent.click(screen.getByRole('button', { name: 'Pubblica il contributo' }));
    expect(await screen.findByText('Contributo pubblicato.')).toBeInTheDocument();
    expect(body).toHaveValue('');
    expect(screen.getByRole('article', { name: /Osservazione G\. B\. Tuo/ })).toHaveTextContent(
      'Servono navette nei fine settimana.',
    );
    expect(sent).toHaveLength(3);
    expect(new Set(sent.map((input) => input.idempotencyKey)).size).toBe(1);
    expect(sent[0].idempotencyKey).toMatch(/^[0-9a-f-]{36}$/);

    fireEvent.change(body, { target: { value: 'Un secondo contributo.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Pubblica il contributo' }));
    await waitFor(() => expect(sent).toHaveLength(4));
    expect(sent[3].idempotencyKey).not.toBe(sent[0].idempotencyKey);
  });

  it('lets a verified representative speak for the organisation', async () => {
    const sent: Record<string, unknown>[] = [];
    renderPage(representative, [
      representationsMock([{ id: ORGANISATION_ID, name: 'Confartigianato Imprese Lucca' }]),
      threadStartMock([K1], { totalCount: 1 }),
      eventLog().mock,
      {
        request: {
          query: PostContributionMutationDocument,
          variables: (variables: Record<string, unknown>) => {
            sent.push(variables['input'] as Record<string, unknown>);
            return true;
          },
        },
        result: {
          data: {
            postContribution: contribution('p-1', {
              author: byConfartigianato,
              viewerIsAuthor: true,
              kind: 'PROPOSAL',
              body: 'Botteghe aperte la domenica.',
            }),
          },
        },
      },
    ]);

    const speaker = await screen.findByRole('combobox', { name: 'Chi parla' });
    await within(speaker).findByRole('option', { name: 'Per Confartigianato Imprese Lucca' });
    fireEvent.change(speaker, { target: { value: ORGANISATION_ID } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Tipo di contributo' }), {
      target: { value: 'PROPOSAL' },
    });
    fireEvent.change(screen.getByRole('textbox', { name: 'Il tuo contributo' }), {
      target: { value: 'Botteghe aperte la domenica.' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Pubblica il contributo' }));

    expect(await screen.findByText('Contributo pubblicato.')).toBeInTheDocument();
    expect(sent[0]).toMatchObject({ organisationId: ORGANISATION_ID, kind: 'PROPOSAL', parentId: null });
  });

  it('offers editing for fifteen minutes, and reporting through a dialog with the netiquette reasons', async () => {
    const mineRecent = contribution('m-1', {
      viewerIsAuthor: true,
      createdAt: minutesAgo(5),
      body: 'Appena scritto.',
    });
    const mineOld = contribution('m-2', {
      viewerIsAuthor: true,
      createdAt: minutesAgo(30),
      body: 'Scritto prima.',
    });
    const reports: Record<string, unknown>[] = [];
    renderPage(citizen, [
      threadStartMock([K2, mineRecent, mineOld], { totalCount: 3 }),
      eventLog().mock,
      {
        request: {
          query: ReportContributionMutationDocument,
          variables: (variables: Record<string, unknown>) => {
            reports.push(variables['input'] as Record<string, unknown>);
            return true;
          },
        },
        result: { data: { reportContribution: K2 } },
      },
    ]);

    await screen.findByText('Appena scritto.');
    const recent = screen.getByText('Appena scritto.').closest('article') as HTMLElement;
    const old = screen.getByText('Scritto prima.').closest('article') as HTMLElement;
    expect(within(recent).getByRole('button', { name: /^Modifica/ })).toBeInTheDocument();
    expect(within(old).queryByRole('button', { name: /^Modifica/ })).toBeNull();
    // Nobody supports or reports their own contribution.
    expect(within(recent).queryByRole('button', { name: /^Sostieni|^Segnala/ })).toBeNull();

    const proposal = article(/Proposta R\. F\./);
    fireEvent.click(within(proposal).getByRole('button', { name: /^Segnala/ }));
    const dialog = await screen.findByRole('dialog', {
      name: 'Segnala il contributo di Confartigianato Imprese Lucca',
    });
    expect(within(dialog).getByRole('radio', { name: /Offensivo o irrispettoso/ })).toHaveAccessibleName(
      'Offensivo o irrispettoso Regola: Rispetto',
    );
    fireEvent.click(within(dialog).getByRole('button', { name: 'Invia la segnalazione' }));
    expect(await within(dialog).findByText('Scegli il motivo della segnalazione.')).toBeInTheDocument();
    fireEvent.click(within(dialog).getByRole('radio', { name: /Spam o pubblicità/ }));
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Nota per i moderatori (facoltativa)' }), {
      target: { value: 'Pubblicità di un negozio.' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Invia la segnalazione' }));

    expect(await screen.findByText('Segnalazione inviata ai moderatori. Grazie.')).toBeInTheDocument();
    expect(reports).toEqual([{ contributionId: 'k-2', reason: 'SPAM', note: 'Pubblicità di un negozio.' }]);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('brings a linked reply onto the page, opening its thread, and moves focus to it', async () => {
    const R1 = contribution('r-1', {
      parentId: 'k-1',
      threadId: 'k-1',
      depth: 2,
      kind: 'COMMENT',
      body: 'Una risposta arrivata da un link.',
      viewerIsAuthor: true,
    });
    renderPage(
      citizen,
      [
        threadStartMock([K1, K2], { totalCount: 2 }),
        eventLog().mock,
        levelMock('k-1', null, [R1]),
        {
          request: { query: ContributionOneQueryDocument, variables: { id: 'r-1' } },
          result: { data: { contribution: R1 } },
        },
      ],
      '#contributo-r-1',
    );

    expect(await screen.findByText('Una risposta arrivata da un link.')).toBeInTheDocument();
    await waitFor(() => expect(document.activeElement).toHaveAttribute('id', 'contributo-r-1'));
    expect(
      within(article(/Istanza G\. B\./)).getByRole('button', { name: /^Nascondi la risposta/ }),
    ).toHaveAttribute('aria-expanded', 'true');
  });

  it('shows arrivals after the button while older pages are still to load, and in place once loaded', async () => {
    const N1 = contribution('n-1', { body: 'Arrivato ora.' });
    renderPage(citizen, [
      threadStartMock([K1], { hasNextPage: true, totalCount: 2, lastSeq: 10 }),
      levelMock(null, 'cursor-k-1', [K2, N1], { totalCount: 3 }),
      eventLog().mock,
    ]);
    await screen.findByRole('article', { name: /Istanza G\. B\./ });

    room().deliver(roomEvent(11, 'contributions.published', viewOf(N1), 5));
    const more = screen.getByRole('button', { name: /Carica altri contributi \(mostrati 2 di 3\)/ });
    const arrival = screen.getByText('Arrivato ora.');
    expect(more.compareDocumentPosition(arrival) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.getByText(/Arrivati dopo l'apertura della pagina/)).toBeInTheDocument();

    fireEvent.click(more);
    await screen.findByText('Proponiamo una rete di botteghe amiche del camminatore.');
    expect(screen.getAllByText('Arrivato ora.')).toHaveLength(1);
    expect(screen.queryByText(/Arrivati dopo l'apertura della pagina/)).toBeNull();
    const threads = screen.getByRole('region', { name: /^Contributi/ });
    expect(
      within(threads)
        .getAllByRole('article')
        .map((one) => one.getAttribute('aria-labelledby')),
    ).toEqual(['contributo-k-1-title', 'contributo-k-2-title', 'contributo-n-1-title']);
  });
});
