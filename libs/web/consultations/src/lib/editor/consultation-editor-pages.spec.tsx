import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { i18n, type CommitteeConsultationFragment, type CurrentUser } from '@piano2030/web-core';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import {
  CONSULTATION_ID,
  INTERVENTION_ID,
  areaScopeMock,
  areasMock,
  citizen,
  consultation,
  coordinator,
  meMock,
  standingMock,
} from '../../testing/committee-fixtures';
import { EditConsultationPage, NewConsultationPage } from './consultation-editor-pages';
import {
  CloseConsultationMutationDocument,
  ConsultationEditorQueryDocument,
  ConsultationInvitationsQueryDocument,
  CreateConsultationMutationDocument,
  InvitableOrganisationsQueryDocument,
  ScheduleConsultationMutationDocument,
  SetConsultationInvitationsMutationDocument,
  UpdateConsultationMutationDocument,
} from './editor.documents';

const TITLE = 'Turismo lento e cammini in Valle del Serchio';

function editorMock(state: { current: CommitteeConsultationFragment }): MockLink.MockedResponse {
  return {
    request: { query: ConsultationEditorQueryDocument, variables: { id: CONSULTATION_ID } },
    result: () => ({ data: { consultation: state.current } }),
    maxUsageCount: 20,
  };
}

function renderEditor(
  state: { current: CommitteeConsultationFragment },
  more: MockLink.MockedResponse[] = [],
  me: CurrentUser | null = coordinator,
  path = `/consultazioni/${CONSULTATION_ID}/modifica`,
) {
  render(
    <MockedProvider mocks={[meMock(me), standingMock, areasMock, areaScopeMock, editorMock(state), ...more]}>
      <MemoryRouter initialEntries={[path]}>
        <Routes>
          <Route path="/consultazioni/nuova" element={<NewConsultationPage />} />
          <Route path="/consultazioni/:id/modifica" element={<EditConsultationPage />} />
        </Routes>
      </MemoryRouter>
    </MockedProvider>,
  );
}

const type = (field: HTMLElement, value: string) => fireEvent.change(field, { target: { value } });
const field = (name: string) => screen.getByRole('textbox', { name });

async function openForm() {
  const form = await screen.findByRole('form', { name: 'Dati della consultazione' });
  // The areas and their interventions arrive with queries of their own.
  await within(form).findByRole('checkbox', { name: 'PS6.1 – Cammini e ciclovie della Valle del Serchio' });
  return form;
}

const checklist = () => screen.getByRole('complementary', { name: 'Pronta per la programmazione?' });

describe('the consultation editor', () => {
  beforeEach(() => i18n.changeLanguage('it'));

  it('keeps the schedule button unavailable, saying why, until the checklist is empty and all is saved', async () => {
    const update = jest.fn(() => ({
      data: {
        updateConsultation: consultation({
          version: 2,
          context: 'Il 40% dei camminatori lamenta servizi scarsi.',
          questions: ['Quali servizi mancano?'],
        }),
      },
    }));
    const schedule = jest.fn(() => ({
      data: {
        scheduleConsultation: consultation({
          version: 3,
          status: 'SCHEDULED',
          context: 'Il 40% dei camminatori lamenta servizi scarsi.',
          questions: ['Quali servizi mancano?'],
        }),
      },
    }));
    renderEditor({ current: consultation({ context: '', questions: [] }) }, [
      {
        request: {
          query: UpdateConsultationMutationDocument,
          variables: {
            input: {
              id: CONSULTATION_ID,
              expectedVersion: 1,
              context: 'Il 40% dei camminatori lamenta servizi scarsi.',
              questions: ['Quali servizi mancano?'],
            },
          },
        },
        result: update,
      },
      {
        request: {
          query: ScheduleConsultationMutationDocument,
          variables: { id: CONSULTATION_ID, expectedVersion: 2 },
        },
        result: schedule,
      },
    ]);
    await openForm();

    // The checklist: two points, each a link that takes focus to its field.
    expect(within(checklist()).getByRole('status')).toHaveTextContent('Mancano ancora 2 punti:');
    const contextLink = within(checklist()).getByRole('link', {
      name: 'Contesto: Da compilare prima di programmare la consultazione.',
    });
    within(checklist()).getByRole('link', { name: 'Domande ai partecipanti: Scrivi almeno una domanda.' });
    fireEvent.click(contextLink);
    expect(field('Contesto')).toHaveFocus();

    const scheduleButton = screen.getByRole('button', { name: 'Programma la consultazione' });
    expect(scheduleButton).toHaveAttribute('aria-disabled', 'true');
    expect(scheduleButton).toHaveAccessibleDescription(
      expect.stringContaining('completa i 2 punti che mancano nella lista di controllo'),
    );
    fireEvent.click(scheduleButton);
    expect(screen.queryByRole('button', { name: 'Sì, programma' })).not.toBeInTheDocument();

    type(field('Contesto'), 'Il 40% dei camminatori lamenta servizi scarsi.');
    type(field('Domanda 1'), '  Quali servizi mancano?  ');
    expect(within(checklist()).getByRole('status')).toHaveTextContent(
      'Il documento è completo: la consultazione si può programmare.',
    );
    // Complete, but not saved: the button says so.
    expect(scheduleButton).toHaveAttribute('aria-disabled', 'true');
    expect(scheduleButton).toHaveAccessibleDescription(expect.stringContaining('salva prima le modifiche'));

    fireEvent.click(screen.getByRole('button', { name: 'Salva le modifiche' }));
    expect(
      await screen.findByText('Modifiche salvate: ora la consultazione è alla versione 2.'),
    ).toBeInTheDocument();
    expect(update).toHaveBeenCalledTimes(1);

    const ready = screen.getByRole('button', { name: 'Programma la consultazione' });
    expect(ready).not.toHaveAttribute('aria-disabled');
    fireEvent.click(ready);
    const confirm = await screen.findByRole('button', { name: 'Sì, programma' });
    await waitFor(() => expect(confirm).toHaveFocus());
    expect(screen.getByRole('group', { name: /Programmare «Turismo lento/ })).toBeInTheDocument();
    fireEvent.click(confirm);

    expect(
      await screen.findByText(`Consultazione «${TITLE}» programmata: ora è annunciata pubblicamente.`),
    ).toBeInTheDocument();
    expect(schedule).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(document.getElementById('cons-status-line')).toHaveFocus());
    expect(document.getElementById('cons-status-line')).toHaveTextContent('Programmata');
    expect(screen.getByRole('button', { name: 'Apri ora' })).toBeInTheDocument();
    expect(screen.getByRole('complementary', { name: "Resta pronta per l'apertura?" })).toBeInTheDocument();
  });

  it('after a conflict, stands on the newer version and keeps what was typed; saving again sends only that', async () => {
    const state = { current: consultation() };
    const theirs = consultation({
      version: 2,
      context: 'Contesto aggiornato da Sara Romano.',
      objectives: 'Obiettivi riscritti da Sara Romano.',
    });
    const secondSave = jest.fn(() => ({
      data: {
        updateConsultation: consultation({
          version: 3,
          title: 'Turismo lento, cammini e borghi',
          context: theirs.context,
          objectives: 'Obiettivi miei, più precisi.',
        }),
      },
    }));
    renderEditor(state, [
      {
        request: {
          query: UpdateConsultationMutationDocument,
          variables: {
            input: {
              id: CONSULTATION_ID,
              expectedVersion: 1,
              title: 'Turismo lento, cammini e borghi',
              objectives: 'Obiettivi miei, più precisi.',
            },
          },
        },
        result: () => {
          // Meanwhile Sara Romano saved version 2.
          state.current = theirs;
          return {
            errors: [
              {
                message:
                  'The consultation was changed by someone else (it is at version 2, your change was made against 1).',
                extensions: {
                  code: 'CONFLICT',
                  current: { id: CONSULTATION_ID, version: 2, status: 'DRAFT' },
                },
              },
            ],
          };
        },
      },
      {
        request: {
          query: UpdateConsultationMutationDocument,
          variables: {
            input: {
              id: CONSULTATION_ID,
              expectedVersion: 2,
              title: 'Turismo lento, cammini e borghi',
              objectives: 'Obiettivi miei, più precisi.',
            },
          },
        },
        result: secondSave,
      },
    ]);
    await openForm();

    type(field('Titolo'), 'Turismo lento, cammini e borghi');
    type(field('Obiettivi della consultazione'), 'Obiettivi miei, più precisi.');
    fireEvent.click(screen.getByRole('button', { name: 'Salva le modifiche' }));

    const panel = await screen.findByTestId('conflict-panel');
    const heading = within(panel).getByRole('heading', {
      level: 2,
      name: 'Qualcuno ha salvato la versione 2 mentre modificavi',
    });
    await waitFor(() => expect(heading).toHaveFocus());
    // What was typed stays; the field only they changed takes their value.
    expect(field('Titolo')).toHaveValue('Turismo lento, cammini e borghi');
    expect(field('Obiettivi della consultazione')).toHaveValue('Obiettivi miei, più precisi.');
    expect(field('Contesto')).toHaveValue('Contesto aggiornato da Sara Romano.');
    const objectives = within(panel).getByRole('article', {
      name: 'Obiettivi della consultazione – cambiato anche nella nuova versione',
    });
    expect(objectives).toHaveTextContent('Obiettivi riscritti da Sara Romano.');
    expect(objectives).toHaveTextContent('Obiettivi miei, più precisi.');

    fireEvent.click(screen.getByRole('button', { name: 'Salva le modifiche' }));
    expect(
      await screen.findByText('Modifiche salvate: ora la consultazione è alla versione 3.'),
    ).toBeInTheDocument();
    expect(secondSave).toHaveBeenCalledTimes(1);
  });

  it("shows the API's field errors beside the fields, in a summary whose links lead there", async () => {
    renderEditor({ current: consultation() }, [
      {
        request: {
          query: ScheduleConsultationMutationDocument,
          variables: { id: CONSULTATION_ID, expectedVersion: 1 },
        },
        result: {
          errors: [
            {
              message: 'Invalid input',
              extensions: {
                code: 'BAD_USER_INPUT',
                fieldErrors: {
                  'interventionIds.0': ['intervention PS6.1 is a draft: publish it before consulting on it'],
                  opensAt: ['opensAt must not be in the past'],
                },
              },
            },
          ],
        },
      },
    ]);
    await openForm();

    fireEvent.click(screen.getByRole('button', { name: 'Programma la consultazione' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Sì, programma' }));

    const summary = await screen.findByRole('alert');
    await waitFor(() => expect(summary).toHaveFocus());
    const link = within(summary).getByRole('link', {
      name: "Interventi in consultazione: L'intervento PS6.1 è una bozza: va pubblicato prima di metterlo in consultazione.",
    });
    within(summary).getByRole('link', { name: "Apertura: L'apertura non può essere nel passato." });
    const checkbox = screen.getByRole('checkbox', {
      name: 'PS6.1 – Cammini e ciclovie della Valle del Serchio',
    });
    expect(checkbox).toHaveAttribute('aria-invalid', 'true');
    expect(checkbox).toHaveAccessibleDescription(
      "L'intervento PS6.1 è una bozza: va pubblicato prima di metterlo in consultazione.",
    );
    expect(screen.getByLabelText('Apertura')).toHaveAccessibleDescription(
      "Ora italiana. L'apertura non può essere nel passato.",
    );
    fireEvent.click(link);
    expect(checkbox).toHaveFocus();
  });

  it('asks for a public reason only when the window is shorter than four weeks', async () => {
    renderEditor({ current: consultation() }, []);
    await openForm();
    expect(screen.getByText('La consultazione resterà aperta 44 giorni.')).toBeInTheDocument();
    expect(
      screen.queryByRole('textbox', { name: 'Perché la consultazione dura meno di quattro settimane' }),
    ).not.toBeInTheDocument();

    fireEvent.change(screen.getByLabelText('Chiusura'), { target: { value: '2031-03-16T09:00' } });

    expect(
      screen.getByText(
        'La consultazione resterà aperta 14 giorni, meno dei 28 raccomandati: spiega perché qui sotto.',
      ),
    ).toBeInTheDocument();
    const reason = screen.getByRole('textbox', {
      name: 'Perché la consultazione dura meno di quattro settimane',
    });
    expect(reason).toHaveAccessibleDescription(
      expect.stringContaining('La motivazione è pubblicata con la consultazione'),
    );
    expect(
      within(checklist()).getByRole('link', {
        name: 'Perché la consultazione dura meno di quattro settimane: Una consultazione più breve di 28 giorni richiede una motivazione pubblica (almeno 10 caratteri).',
      }),
    ).toBeInTheDocument();
    type(reason, 'Scadenza del bando regionale sui cammini.');
    expect(within(checklist()).getByRole('status')).toHaveTextContent('Il documento è completo');
  });

  it('starts a draft from a title and goes on to its editor, which says so', async () => {
    const created = jest.fn(() => ({
      data: {
        createConsultation: consultation({ title: 'Manifattura 4.0 e competenze', areaCodes: ['PS6'] }),
      },
    }));
    renderEditor(
      { current: consultation({ title: 'Manifattura 4.0 e competenze' }) },
      [
        {
          request: {
            query: CreateConsultationMutationDocument,
            variables: { input: { title: 'Manifattura 4.0 e competenze', areaCodes: ['PS6'] } },
          },
          result: created,
        },
      ],
      coordinator,
      '/consultazioni/nuova',
    );
    const form = await screen.findByRole('form', { name: 'Dati della nuova consultazione' });
    fireEvent.click(within(form).getByRole('button', { name: 'Crea la bozza' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent(
      'Titolo: Il titolo deve avere da 5 a 200 caratteri.',
    );
    expect(created).not.toHaveBeenCalled();

    type(within(form).getByRole('textbox', { name: 'Titolo' }), 'Manifattura 4.0 e competenze');
    fireEvent.click(
      await within(form).findByRole('checkbox', { name: 'PS6 – Valorizzazione del Turismo e della Cultura' }),
    );
    fireEvent.click(within(form).getByRole('button', { name: 'Crea la bozza' }));

    expect(
      await screen.findByText(
        'Bozza «Manifattura 4.0 e competenze» creata. Completa il documento per programmarla.',
      ),
    ).toBeInTheDocument();
    expect(created).toHaveBeenCalledTimes(1);
    expect(
      screen.getByRole('heading', { level: 1, name: 'Modifica: Manifattura 4.0 e competenze' }),
    ).toBeInTheDocument();
  });

  it('shows an open consultation as a read-only summary, with the answers and a way to close it', async () => {
    const open = consultation({
      status: 'OPEN',
      version: 4,
      contributionCount: 4,
      openedAt: '2031-03-02T08:00:00.000Z',
    });
    const closed = jest.fn(() => ({
      data: { closeConsultation: { ...open, status: 'CLOSED', version: 5 } },
    }));
    renderEditor({ current: open }, [
      {
        request: { query: CloseConsultationMutationDocument, variables: { id: CONSULTATION_ID } },
        result: closed,
      },
    ]);

    expect(await screen.findByRole('heading', { level: 1, name: TITLE })).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Risposte ai contributi' })).toHaveAttribute(
      'href',
      `/consultazioni/${CONSULTATION_ID}/risposte`,
    );
    expect(screen.getByText('Quali servizi mancano lungo i percorsi?')).toBeInTheDocument();
    expect(screen.queryByRole('form')).not.toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Chiudi ora' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Sì, chiudi ora' }));

    expect(
      await screen.findByText(`Consultazione «${TITLE}» chiusa: non si possono più inviare contributi.`),
    ).toBeInTheDocument();
    expect(closed).toHaveBeenCalledTimes(1);
    expect(document.getElementById('cons-status-line')).toHaveTextContent('Chiusa');
    expect(screen.queryByRole('button', { name: 'Chiudi ora' })).not.toBeInTheDocument();
  });

  it('starts the invitations from those saved, so saving keeps them unless they are unticked', async () => {
    const CONFARTIGIANATO = '0a000000-0000-4000-8000-000000000001';
    const CGIL = '0a000000-0000-4000-8000-000000000002';
    const GONE = '0a000000-0000-4000-8000-000000000003';
    const PERSON = '0b000000-0000-4000-8000-000000000001';
    const saved = jest.fn(() => ({
      data: {
        setConsultationInvitations: {
          __typename: 'ConsultationInvitations',
          consultationId: CONSULTATION_ID,
          userIds: [PERSON],
          organisationIds: [CONFARTIGIANATO, GONE, CGIL],
        },
      },
    }));
    const invitations = {
      __typename: 'ConsultationInvitations',
      consultationId: CONSULTATION_ID,
      userIds: [PERSON],
      organisationIds: [CONFARTIGIANATO, GONE],
    };
    renderEditor(
      {
        current: consultation({
          settings: { ...consultation().settings, participation: 'INVITED' },
        }),
      },
      [
        {
          request: { query: ConsultationInvitationsQueryDocument, variables: { id: CONSULTATION_ID } },
          result: { data: { consultationInvitations: invitations } },
        },
        {
          request: { query: InvitableOrganisationsQueryDocument },
          result: {
            data: {
              organisations: [
                [CONFARTIGIANATO, 'Confartigianato Imprese Lucca', 'BUSINESS_ASSOCIATION'],
                [CGIL, 'CGIL Lucca', 'TRADE_UNION'],
              ].map(([id, name, category]) => ({ __typename: 'Organisation', id, name, category })),
            },
          },
        },
        {
          request: {
            query: SetConsultationInvitationsMutationDocument,
            variables: {
              id: CONSULTATION_ID,
              userIds: [PERSON],
              organisationIds: [CONFARTIGIANATO, GONE, CGIL],
            },
          },
          result: saved,
        },
      ],
    );

    const section = await screen.findByRole('region', { name: 'Inviti' });
    const form = await within(section).findByRole('form', { name: 'Inviti' });
    expect(
      await within(form).findByRole('checkbox', { name: 'Confartigianato Imprese Lucca' }),
    ).toBeChecked();
    expect(within(form).getByRole('checkbox', { name: 'CGIL Lucca' })).not.toBeChecked();
    expect(
      within(form).getByRole('checkbox', {
        name: `Organizzazione invitata che non ha più un rappresentante verificato (${GONE})`,
      }),
    ).toBeChecked();
    expect(
      within(form).getByRole('textbox', { name: 'Persone invitate (identificativi degli account)' }),
    ).toHaveValue(PERSON);
    expect(form).toHaveTextContent('Elenco salvato: organizzazioni 2, persone 1.');
    expect(section).not.toHaveTextContent('non si può rileggere');

    fireEvent.click(within(form).getByRole('checkbox', { name: 'CGIL Lucca' }));
    fireEvent.click(within(form).getByRole('button', { name: 'Salva gli inviti' }));
    expect(await within(form).findByText('Inviti salvati: organizzazioni 3, persone 1.')).toBeInTheDocument();
    expect(saved).toHaveBeenCalledTimes(1);
    expect(form).toHaveTextContent('Elenco salvato: organizzazioni 3, persone 1.');
  });

  it('is for the committee only', async () => {
    renderEditor({ current: consultation() }, [], citizen);
    expect(
      await screen.findByText(
        'Le consultazioni sono preparate e gestite dai componenti del Comitato operativo.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('form')).not.toBeInTheDocument();
    expect(screen.queryByRole('checkbox', { name: new RegExp(INTERVENTION_ID) })).not.toBeInTheDocument();
  });
});
