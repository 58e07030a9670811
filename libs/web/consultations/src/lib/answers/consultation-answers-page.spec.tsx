import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import {
  i18n,
  type AnswerableContributionFragment,
  type ContributionsToAnswerQueryVariables,
  type CurrentUser,
} from '@piano2030/web-core';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import {
  CONSULTATION_ID,
  CONTRIBUTIONS,
  HIDDEN,
  INTERVENTION_ID,
  PARKING,
  REPLY,
  SIGNS,
  WORKSHOPS,
  areaScopeMock,
  citizen,
  contribution,
  coordinator,
  disposition,
  meMock,
  preparedAnswer,
  standingMock,
} from '../../testing/committee-fixtures';
import {
  AnswerCountsQueryDocument,
  AnswerInterventionVersionsQueryDocument,
  ConsultationAnswersQueryDocument,
  ContributionsToAnswerQueryDocument,
  PublishDispositionsMutationDocument,
  SetDispositionMutationDocument,
} from './answers.documents';
import { ConsultationAnswersPage } from './consultation-answers-page';

const REASONS = "Non rientra negli obiettivi dell'ambito 6 per questo periodo.";
const NO_LINK = { interventionId: null, interventionVersion: null, swotItemId: null, swotItemVersion: null };

interface Server {
  contributions: AnswerableContributionFragment[];
  /** What the list asked the API for, in order. */
  asked: ContributionsToAnswerQueryVariables[];
}

const answerOf = (c: AnswerableContributionFragment) =>
  !c.disposition ? 'UNANSWERED' : c.disposition.status === 'PUBLISHED' ? 'PUBLISHED' : 'PREPARED';

/** The API as it stands, changed by the tests' mutations: filters, totals and cursors included. */
function serverMocks(state: Server): MockLink.MockedResponse[] {
  const matching = (answer?: string | null, kinds?: readonly string[] | string | null) =>
    state.contributions.filter(
      (c) =>
        (!answer || answerOf(c) === answer) && (!kinds || !kinds.length || [kinds].flat().includes(c.kind)),
    );
  const total = (answer: string) => ({ __typename: 'ContributionPage', totalCount: matching(answer).length });
  return [
    {
      request: { query: ConsultationAnswersQueryDocument, variables: { id: CONSULTATION_ID } },
      result: {
        data: {
          consultation: {
            __typename: 'Consultation',
            id: CONSULTATION_ID,
            title: 'Turismo lento e cammini in Valle del Serchio',
            status: 'OPEN',
            areaCodes: ['PS6'],
            interventionIds: [INTERVENTION_ID],
            swotItemIds: [],
            viewerCanManage: true,
          },
        },
      },
      maxUsageCount: 20,
    },
    {
      request: { query: AnswerCountsQueryDocument, variables: { consultationId: CONSULTATION_ID } },
      result: () => ({
        data: { unanswered: total('UNANSWERED'), prepared: total('PREPARED'), published: total('PUBLISHED') },
      }),
      maxUsageCount: 50,
    },
    {
      request: { query: ContributionsToAnswerQueryDocument, variables: () => true },
      result: (variables: ContributionsToAnswerQueryVariables) => {
        state.asked.push(variables);
        const all = matching(variables.answer, variables.kinds);
        const from = variables.after ? Number(variables.after) : 0;
        const nodes = all.slice(from, from + (variables.first ?? 20));
        return {
          data: {
            contributionsToAnswer: {
              __typename: 'ContributionPage',
              totalCount: all.length,
              hasNextPage: from + nodes.length < all.length,
              endCursor: nodes.length ? String(from + nodes.length) : null,
              nodes,
            },
          },
        };
      },
      maxUsageCount: 50,
    },
    {
      request: { query: AnswerInterventionVersionsQueryDocument, variables: { id: INTERVENTION_ID } },
      result: {
        data: {
          interventionVersions: [3, 2, 1].map((version) => ({
            __typename: 'InterventionVersion',
            version,
            status: 'IN_CONSULTATION',
            createdAt: `2026-11-0${version}T10:00:00.000Z`,
          })),
        },
      },
      maxUsageCount: 10,
    },
  ];
}

function renderAnswers(
  more: MockLink.MockedResponse[] = [],
  me: CurrentUser = coordinator,
  contributions: AnswerableContributionFragment[] = CONTRIBUTIONS,
): Server {
  const state: Server = { contributions: [...contributions], asked: [] };
  render(
    <MockedProvider mocks={[meMock(me), standingMock, areaScopeMock, ...serverMocks(state), ...more]}>
      <MemoryRouter initialEntries={[`/consultazioni/${CONSULTATION_ID}/risposte`]}>
        <Routes>
          <Route path="/consultazioni/:id/risposte" element={<ConsultationAnswersPage />} />
        </Routes>
      </MemoryRouter>
    </MockedProvider>,
  );
  return state;
}

/** The server stores an answer: what setDisposition's mock does before it answers. */
function answered(state: Server, id: string, answer: AnswerableContributionFragment['disposition']) {
  state.contributions = state.contributions.map((c) => (c.id === id ? { ...c, disposition: answer } : c));
  return answer;
}

const card = (id: string) => screen.getByTestId(`answer-${id}`);
const bulk = () => screen.getByRole('region', { name: 'Azioni sui contributi selezionati' });

describe('ConsultationAnswersPage', () => {
  beforeEach(() => i18n.changeLanguage('it'));

  it('shows how far the answers have come, as a bar and as a table, from the totals the API counts', async () => {
    renderAnswers();

    const progress = await screen.findByRole('region', { name: 'Avanzamento' });
    expect(progress).toHaveTextContent(
      '6 contributi: 1 con risposta pubblicata, 1 con risposta preparata, 4 senza risposta.',
    );
    const table = within(progress).getByRole('table', { name: 'Contributi per stato della risposta' });
    const rows = within(table)
      .getAllByRole('row')
      .map((row) => row.textContent?.replace(/\s/g, ' '));
    expect(rows).toEqual([
      'Stato della rispostaContributiQuota',
      'Risposta pubblicata117%',
      'Risposta preparata117%',
      'Senza risposta467%',
    ]);
    expect(within(progress).getByTestId('answers-bar')).toHaveAttribute('aria-hidden', 'true');

    // The published answer carries the official badge.
    expect(await screen.findByText('6 contributi mostrati su 6.')).toBeInTheDocument();
    expect(within(card(CONTRIBUTIONS[0].id)).getAllByText('Risposta ufficiale').length).toBeGreaterThan(0);
    expect(card(WORKSHOPS)).toHaveTextContent('Risposta preparata (interna)');
  });

  it('lists replies and hidden contributions too, the hidden ones with their text and a badge', async () => {
    renderAnswers();

    expect(await screen.findByTestId(`answer-${REPLY}`)).toHaveTextContent('(risposta in una conversazione)');
    expect(card(REPLY)).toHaveTextContent('A Fornaci di Barga una fontanella c’è già');
    expect(
      within(card(REPLY)).getByRole('checkbox', { name: 'Seleziona il contributo di L. C.' }),
    ).toBeInTheDocument();

    const hidden = card(HIDDEN);
    expect(within(hidden).getByText('Nascosto')).toHaveClass('badge');
    expect(hidden).toHaveTextContent('I gestori dei rifugi pensano solo ai propri incassi.');
    expect(hidden).toHaveTextContent('Nascosto al pubblico dalla moderazione');
    expect(within(hidden).getByRole('button', { name: 'Prepara la risposta – P. D.' })).toBeInTheDocument();
  });

  it('asks the API for the contributions in one answer state and of one kind', async () => {
    const state = renderAnswers();
    await screen.findByText('6 contributi mostrati su 6.');
    expect(state.asked).toEqual([
      { consultationId: CONSULTATION_ID, answer: null, kinds: null, first: 20, after: null },
    ]);

    fireEvent.change(screen.getByRole('combobox', { name: 'Stato della risposta' }), {
      target: { value: 'UNANSWERED' },
    });
    expect(await screen.findByText('4 contributi mostrati su 4.')).toBeInTheDocument();
    expect(state.asked.at(-1)).toMatchObject({ answer: 'UNANSWERED', kinds: null });
    expect(screen.getAllByTestId(/^answer-/).map((li) => li.dataset.testid)).toEqual([
      `answer-${SIGNS}`,
      `answer-${PARKING}`,
      `answer-${REPLY}`,
      `answer-${HIDDEN}`,
    ]);

    fireEvent.change(screen.getByRole('combobox', { name: 'Stato della risposta' }), {
      target: { value: 'ALL' },
    });
    fireEvent.change(screen.getByRole('combobox', { name: 'Tipo di contributo' }), {
      target: { value: 'PROPOSAL' },
    });
    expect(await screen.findByText('1 contributo mostrato su 1.')).toBeInTheDocument();
    expect(state.asked.at(-1)).toMatchObject({ answer: null, kinds: ['PROPOSAL'] });
    expect(screen.getAllByTestId(/^answer-/)).toHaveLength(1);

    fireEvent.change(screen.getByRole('combobox', { name: 'Stato della risposta' }), {
      target: { value: 'PUBLISHED' },
    });
    expect(await screen.findByText('Nessun contributo corrisponde ai filtri.')).toBeInTheDocument();
  });

  it('loads the next contributions from the cursor and moves focus to the first of them', async () => {
    const many = Array.from({ length: 25 }, (_, index) =>
      contribution(
        `c0000000-0000-4000-8000-0000000001${String(index).padStart(2, '0')}`,
        [`Persona ${index + 1}`, null],
        'COMMENT',
        `Contributo numero ${index + 1}.`,
        `2026-11-21T${String(index % 24).padStart(2, '0')}:00:00.000Z`,
      ),
    );
    const state = renderAnswers([], coordinator, many);

    expect(await screen.findByText('20 contributi mostrati su 25.')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Carica altri contributi (ne restano 5)' }));

    expect(await screen.findByText('25 contributi mostrati su 25.')).toBeInTheDocument();
    expect(state.asked.at(-1)).toMatchObject({ first: 20, after: '20' });
    await waitFor(() => expect(within(card(many[20].id)).getByRole('heading', { level: 3 })).toHaveFocus());
    expect(screen.queryByRole('button', { name: /Carica altri contributi/ })).not.toBeInTheDocument();
  });

  it('gives the selected contributions the same answer: one setDisposition each, against its version', async () => {
    const rejected = (id: string, version: number) =>
      disposition(id, { outcome: 'REJECTED', reasons: REASONS, version, ...NO_LINK, intervention: null });
    const forSigns = jest.fn(() => ({
      data: { setDisposition: answered(state, SIGNS, rejected(SIGNS, 1)) },
    }));
    const forWorkshops = jest.fn(() => ({
      data: { setDisposition: answered(state, WORKSHOPS, rejected(WORKSHOPS, 2)) },
    }));
    const state = renderAnswers([
      {
        request: {
          query: SetDispositionMutationDocument,
          variables: {
            input: {
              contributionId: WORKSHOPS,
              expectedVersion: 1,
              outcome: 'REJECTED',
              reasons: REASONS,
              ...NO_LINK,
            },
          },
        },
        result: forWorkshops,
      },
      {
        request: {
          query: SetDispositionMutationDocument,
          variables: { input: { contributionId: SIGNS, outcome: 'REJECTED', reasons: REASONS, ...NO_LINK } },
        },
        result: forSigns,
      },
    ]);
    await screen.findByText('6 contributi mostrati su 6.');
    expect(within(bulk()).getByText('0 contributi selezionati.')).toHaveAttribute('role', 'status');

    fireEvent.click(
      screen.getByRole('checkbox', {
        name: 'Seleziona il contributo di R. F. per Confartigianato Imprese Lucca',
      }),
    );
    fireEvent.click(
      screen.getByRole('checkbox', { name: 'Seleziona il contributo di M. P. per CGIL Lucca' }),
    );
    expect(within(bulk()).getByText('2 contributi selezionati.')).toHaveAttribute('role', 'status');

    const form = within(bulk()).getByRole('form', { name: 'Stessa risposta per i 2 contributi selezionati' });
    fireEvent.click(within(form).getByRole('radio', { name: 'Non accolto' }));
    fireEvent.change(
      within(form).getByRole('textbox', { name: "Motivazione (sarà pubblicata con l'esito)" }),
      {
        target: { value: `  ${REASONS}  ` },
      },
    );
    fireEvent.click(within(form).getByRole('button', { name: 'Applica ai 2 contributi selezionati' }));

    expect(await within(bulk()).findByText('Risposta salvata per 2 contributi.')).toBeInTheDocument();
    expect(forWorkshops).toHaveBeenCalledTimes(1);
    expect(forSigns).toHaveBeenCalledTimes(1);
    expect(card(SIGNS)).toHaveTextContent('Non accolto');
    expect(card(SIGNS)).toHaveTextContent('Risposta preparata (interna)');
    expect(card(WORKSHOPS)).toHaveTextContent('Non accolto');
    expect(screen.getByRole('region', { name: 'Avanzamento' })).toHaveTextContent(
      '6 contributi: 1 con risposta pubblicata, 2 con risposta preparata, 3 senza risposta.',
    );
  });

  it('reads the answer again when someone changed it meanwhile, and says so', async () => {
    const theirs = disposition(WORKSHOPS, { version: 2, reasons: 'La rete di botteghe è già nel PS6.1.' });
    const state = renderAnswers([
      {
        request: { query: SetDispositionMutationDocument, variables: () => true },
        result: () => {
          answered(state, WORKSHOPS, theirs);
          return {
            errors: [
              {
                message: 'The answer was changed meanwhile: it is at version 2, not 1. Read it again.',
                extensions: { code: 'CONFLICT', currentVersion: 2 },
              },
            ],
          };
        },
      },
    ]);
    await screen.findByText('6 contributi mostrati su 6.');
    fireEvent.click(
      within(card(WORKSHOPS)).getByRole('button', {
        name: 'Modifica la risposta – R. F. per Confartigianato Imprese Lucca',
      }),
    );
    const form = within(card(WORKSHOPS)).getByRole('form', {
      name: 'Risposta al contributo di R. F. per Confartigianato Imprese Lucca',
    });
    fireEvent.change(
      within(form).getByRole('textbox', { name: "Motivazione (sarà pubblicata con l'esito)" }),
      { target: { value: 'La rete di botteghe entra nel PS6.1 come azione pilota.' } },
    );
    fireEvent.click(within(form).getByRole('button', { name: 'Salva la risposta preparata' }));

    expect(await within(form).findByRole('alert')).toHaveTextContent(
      "Nel frattempo un'altra persona ha cambiato questa risposta",
    );
    await waitFor(() => expect(card(WORKSHOPS)).toHaveTextContent('La rete di botteghe è già nel PS6.1.'));
  });

  it('publishes the prepared answers among those selected, after asking, and shows them as official', async () => {
    const published = jest.fn(() => {
      answered(state, WORKSHOPS, {
        ...preparedAnswer,
        status: 'PUBLISHED',
        official: true,
        publishedAt: '2026-11-23T09:00:00.000Z',
      });
      return { data: { publishDispositions: 1 } };
    });
    const state = renderAnswers([
      {
        request: {
          query: PublishDispositionsMutationDocument,
          variables: { input: { consultationId: CONSULTATION_ID, contributionIds: [WORKSHOPS] } },
        },
        result: published,
      },
    ]);
    await screen.findByText('6 contributi mostrati su 6.');

    const publishSelected = within(bulk()).getByRole('button', {
      name: 'Pubblica le 0 risposte preparate selezionate',
    });
    expect(publishSelected).toHaveAttribute('aria-disabled', 'true');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Seleziona tutti i 6 contributi mostrati' }));
    fireEvent.click(
      within(bulk()).getByRole('button', { name: 'Pubblica la risposta preparata selezionata' }),
    );
    const confirm = await within(bulk()).findByRole('button', { name: 'Sì, pubblica' });
    expect(
      within(bulk()).getByRole('group', {
        name: 'Pubblicare la risposta preparata selezionata? Diventerà la risposta ufficiale, visibile a tutti.',
      }),
    ).toBeInTheDocument();
    fireEvent.click(confirm);

    expect(await within(bulk()).findByText('1 risposta pubblicata.')).toBeInTheDocument();
    expect(published).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(card(WORKSHOPS)).toHaveTextContent('Risposta ufficiale'));
    expect(screen.getByRole('region', { name: 'Avanzamento' })).toHaveTextContent(
      '6 contributi: 2 con risposta pubblicata, 0 con risposta preparata, 4 senza risposta.',
    );
    expect(
      within(bulk()).getByRole('button', { name: 'Pubblica tutte le 0 risposte preparate' }),
    ).toHaveAttribute('aria-disabled', 'true');
  });

  it('publishes every prepared answer without listing them', async () => {
    const published = jest.fn(() => ({ data: { publishDispositions: 1 } }));
    renderAnswers([
      {
        request: {
          query: PublishDispositionsMutationDocument,
          variables: { input: { consultationId: CONSULTATION_ID } },
        },
        result: published,
      },
    ]);
    await screen.findByRole('region', { name: 'Avanzamento' });
    fireEvent.click(within(bulk()).getByRole('button', { name: "Pubblica l'unica risposta preparata" }));
    fireEvent.click(await within(bulk()).findByRole('button', { name: 'Sì, pubblica' }));
    expect(await within(bulk()).findByText('1 risposta pubblicata.')).toBeInTheDocument();
    expect(published).toHaveBeenCalledTimes(1);
  });

  it('asks where an accepted contribution was taken up, then links the intervention and its version', async () => {
    const saved = jest.fn(() => ({
      data: {
        setDisposition: disposition(SIGNS, {
          outcome: 'ACCEPTED',
          reasons: 'Cartelli bilingui in tutti i tratti.',
        }),
      },
    }));
    renderAnswers([
      {
        request: {
          query: SetDispositionMutationDocument,
          variables: {
            input: {
              contributionId: SIGNS,
              outcome: 'ACCEPTED',
              reasons: 'Cartelli bilingui in tutti i tratti.',
              interventionId: INTERVENTION_ID,
              interventionVersion: 3,
              swotItemId: null,
              swotItemVersion: null,
            },
          },
        },
        result: saved,
      },
    ]);
    await screen.findByText('6 contributi mostrati su 6.');
    fireEvent.click(
      within(card(SIGNS)).getByRole('button', { name: 'Prepara la risposta – M. P. per CGIL Lucca' }),
    );
    const form = within(card(SIGNS)).getByRole('form', {
      name: 'Risposta al contributo di M. P. per CGIL Lucca',
    });
    await waitFor(() => expect(within(form).getByRole('radio', { name: 'Accolto' })).toHaveFocus());
    fireEvent.click(within(form).getByRole('radio', { name: 'Accolto' }));
    fireEvent.change(
      within(form).getByRole('textbox', { name: "Motivazione (sarà pubblicata con l'esito)" }),
      {
        target: { value: 'Cartelli bilingui in tutti i tratti.' },
      },
    );
    fireEvent.click(within(form).getByRole('button', { name: 'Salva la risposta preparata' }));

    const summary = await within(form).findByRole('alert');
    expect(summary).toHaveTextContent(
      'Dove è stato recepito: Per un contributo accolto o parzialmente accolto indica dove è stato recepito: un intervento o una voce SWOT.',
    );
    expect(saved).not.toHaveBeenCalled();

    const link = within(form).getByRole('combobox', { name: 'Dove è stato recepito' });
    expect(await within(link).findByRole('group', { name: 'Oggetto della consultazione' })).toHaveTextContent(
      'PS6.1 – Cammini e ciclovie della Valle del Serchio',
    );
    fireEvent.change(link, { target: { value: `intervention:${INTERVENTION_ID}` } });
    const version = within(form).getByRole('combobox', { name: 'Versione che recepisce la modifica' });
    await within(version).findByRole('option', { name: 'Versione 3' });
    fireEvent.change(version, { target: { value: '3' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Salva la risposta preparata' }));

    expect(
      await within(card(SIGNS)).findByText('Risposta al contributo di M. P. per CGIL Lucca preparata.'),
    ).toBeInTheDocument();
    expect(saved).toHaveBeenCalledTimes(1);
    expect(card(SIGNS)).toHaveTextContent(
      'Recepito in: PS6.1 – Cammini e ciclovie della Valle del Serchio (versione 3)',
    );
    await waitFor(() => expect(within(card(SIGNS)).getByRole('heading', { level: 3 })).toHaveFocus());
  });

  it('is for the committee only', async () => {
    renderAnswers([], citizen);
    expect(
      await screen.findByText(
        'Le risposte ai contributi sono preparate e pubblicate dai componenti del Comitato operativo.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Avanzamento' })).not.toBeInTheDocument();
  });
});
