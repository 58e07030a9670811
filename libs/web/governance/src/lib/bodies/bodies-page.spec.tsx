import { MockedProvider } from '@apollo/client/testing/react';
import { i18n } from '@piano2030/web-core';
import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { BODY_ID, referenceMock } from '../../testing/fixtures';
import { BodiesPageQueryDocument } from './bodies.query';
import { BodiesPage } from './bodies-page';

const seat = (id: string, role: string) => ({ __typename: 'Membership', id, role });

const bodies = [
  {
    __typename: 'Body',
    id: 'b-comitato',
    code: 'COMITATO_OPERATIVO',
    kind: 'OPERATIONAL_COMMITTEE',
    name: 'Comitato operativo',
    description: 'Propone il piano di lavoro.',
    complete: true,
    seats: null,
    seatsPerParty: null,
    vacancies: [],
    members: [seat('c-1', 'CHAIR'), seat('c-2', 'MEMBER'), seat('c-3', 'MEMBER')],
    meetings: [],
  },
  {
    __typename: 'Body',
    id: BODY_ID,
    code: 'CABINA_DI_REGIA',
    kind: 'STEERING_BOARD',
    name: 'Cabina di Regia',
    description: 'Coordina e monitora lo sviluppo del Piano.',
    complete: false,
    seats: 6,
    seatsPerParty: 3,
    vacancies: [
      { __typename: 'SeatVacancy', partyCode: 'PROVINCIA_LUCCA', seats: 3, vacant: 0 },
      { __typename: 'SeatVacancy', partyCode: 'CCIAA_LUCCA', seats: 3, vacant: 1 },
    ],
    members: [
      seat('s-1', 'CHAIR'),
      seat('s-2', 'MEMBER'),
      seat('s-3', 'MEMBER'),
      seat('s-4', 'VICE_CHAIR'),
      seat('s-5', 'MEMBER'),
      seat('s-6', 'SECRETARY'),
    ],
    meetings: [
      {
        __typename: 'Meeting',
        id: 'm-2',
        title: 'Seconda seduta',
        startsAt: '2026-03-02T09:00:00.000Z',
        status: 'SCHEDULED',
      },
      {
        __typename: 'Meeting',
        id: 'm-1',
        title: 'Seduta di insediamento',
        startsAt: '2026-02-01T09:00:00.000Z',
        status: 'CLOSED',
      },
    ],
  },
];

describe('BodiesPage', () => {
  beforeEach(() => i18n.changeLanguage('it'));

  it('shows the Cabina first, with its seats per Parte, vacancies and next meeting', async () => {
    render(
      <MockedProvider
        mocks={[
          referenceMock,
          {
            request: { query: BodiesPageQueryDocument, variables: { locale: 'IT' } },
            result: { data: { bodies } },
          },
        ]}
      >
        <MemoryRouter>
          <BodiesPage />
        </MemoryRouter>
      </MockedProvider>,
    );

    const cards = await screen.findAllByRole('article');
    expect(cards.map((card) => within(card).getByRole('heading', { level: 2 }).textContent)).toEqual([
      'Cabina di Regia',
      'Comitato operativo',
    ]);
    const [cabina, comitato] = cards;
    expect(within(cabina).getByText('Posti vacanti')).toBeInTheDocument();
    expect(cabina).toHaveTextContent('5 posti occupati su 6');
    expect(
      await within(cabina).findByRole('progressbar', { name: 'Camera di Commercio di Lucca: 2 su 3' }),
    ).toBeInTheDocument();
    expect(cabina).toHaveTextContent('(1 posto vacante)');
    expect(within(cabina).getByRole('link', { name: 'Seconda seduta' })).toHaveAttribute(
      'href',
      '/sedute/m-2',
    );
    expect(within(cabina).getByRole('link', { name: 'Delibere di questo organo' })).toHaveAttribute(
      'href',
      `/delibere?organo=${BODY_ID}`,
    );
    expect(comitato).toHaveTextContent('Composizione completa');
    expect(comitato).toHaveTextContent('3 componenti in carica');
    expect(comitato).toHaveTextContent('Nessuna seduta convocata.');
  });
});
