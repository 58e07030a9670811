import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { i18n, type ShapingContributionFragment } from '@piano2030/web-core';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { CONSULTATION_ID, INTERVENTION_ID, SWOT_ITEM_ID, shaping } from '../../testing/committee-fixtures';
import { ContributionsThatShaped, excerptOf } from './contributions-that-shaped';
import { ContributionsThatShapedQueryDocument } from './traceability.documents';

const consultations = [
  { __typename: 'Consultation', id: CONSULTATION_ID, title: 'Turismo lento e cammini in Valle del Serchio' },
];

function shapedMock(
  target: { interventionId?: string; swotItemId?: string },
  nodes: ShapingContributionFragment[],
  page: { after?: string; hasNextPage?: boolean; endCursor?: string | null; totalCount?: number } = {},
): MockLink.MockedResponse {
  return {
    request: {
      query: ContributionsThatShapedQueryDocument,
      variables: { ...target, first: 10, ...(page.after ? { after: page.after } : {}) },
    },
    result: {
      data: {
        contributionsThatShaped: {
          __typename: 'ContributionPage',
          totalCount: page.totalCount ?? nodes.length,
          hasNextPage: page.hasNextPage ?? false,
          endCursor: page.endCursor ?? null,
          nodes,
        },
        consultations,
      },
    },
  };
}

function renderShaped(ui: React.ReactElement, mocks: MockLink.MockedResponse[]) {
  render(
    <MockedProvider mocks={mocks}>
      <MemoryRouter>{ui}</MemoryRouter>
    </MockedProvider>,
  );
}

const HOSTILE =
  'Attenzione <script>alert("xss")</script> e <img src=x onerror=alert(1)>: **botteghe** per tutti.';

describe('ContributionsThatShaped', () => {
  beforeEach(() => i18n.changeLanguage('it'));

  it('renders what people wrote as text, markup included, never as HTML', async () => {
    renderShaped(<ContributionsThatShaped interventionId={INTERVENTION_ID} />, [
      shapedMock({ interventionId: INTERVENTION_ID }, [
        shaping('s-1', HOSTILE, ['R. F.', 'Confartigianato Imprese Lucca']),
      ]),
    ]);

    const section = await screen.findByRole('region', { name: "Contributi che l'hanno modificato" });
    const item = await within(section).findByRole('article');
    expect(item).toHaveTextContent('<script>alert("xss")</script>');
    expect(item).toHaveTextContent('<img src=x onerror=alert(1)>');
    expect(section.querySelector('script')).toBeNull();
    expect(section.querySelector('img')).toBeNull();
    expect(section.querySelector('[onerror]')).toBeNull();
    // The safe subset of formatting still applies.
    expect(within(item).getByText('botteghe').tagName).toBe('STRONG');
  });

  it('says who spoke, the official outcome and its reasons, the version it changed and the consultation', async () => {
    renderShaped(<ContributionsThatShaped interventionId={INTERVENTION_ID} />, [
      shapedMock({ interventionId: INTERVENTION_ID }, [
        shaping(
          's-1',
          'Una rete di botteghe amiche del camminatore.',
          ['R. F.', 'Confartigianato Imprese Lucca'],
          {
            reasons: 'La rete entra nell’intervento come azione di accompagnamento.',
          },
        ),
        shaping('s-2', 'Fontanelle ogni 10 km.', ['G. B.', null], {
          outcome: 'PARTIALLY_ACCEPTED',
          interventionVersion: 4,
        }),
      ]),
    ]);

    const items = await screen.findAllByRole('article');
    expect(screen.getByText(/^2 contributi di consultazioni pubbliche/)).toBeInTheDocument();
    expect(within(items[0]).getByRole('heading', { level: 3 })).toHaveTextContent(
      'PropostaR. F. per Confartigianato Imprese Lucca',
    );
    expect(items[0]).toHaveTextContent('Accolto');
    expect(items[0]).toHaveTextContent('Risposta ufficiale');
    expect(items[0]).toHaveTextContent('La rete entra nell’intervento come azione di accompagnamento.');
    expect(items[0]).toHaveTextContent('Modifica nella versione 3 di PS6.1.');
    expect(
      within(items[0]).getByRole('link', {
        name: 'Dalla consultazione «Turismo lento e cammini in Valle del Serchio»',
      }),
    ).toHaveAttribute('href', `/consultazioni/${CONSULTATION_ID}`);
    expect(within(items[1]).getByRole('heading', { level: 3 })).toHaveTextContent('G. B.');
    expect(items[1]).toHaveTextContent('Parzialmente accolto');
    expect(items[1]).toHaveTextContent('Modifica nella versione 4 di PS6.1.');
  });

  it('quotes a long contribution, cut at a word', () => {
    const long = `${'parola '.repeat(100)}fine`;
    const cut = excerptOf(long);
    expect(cut.endsWith('parola…')).toBe(true);
    expect([...cut].length).toBeLessThanOrEqual(401);
    expect(excerptOf('breve')).toBe('breve');
  });

  it('fits a SWOT item: a lower heading, its own words when nothing changed it, and more on request', async () => {
    renderShaped(<ContributionsThatShaped swotItemId={SWOT_ITEM_ID} headingLevel={4} />, [
      shapedMock({ swotItemId: SWOT_ITEM_ID }, [], {}),
    ]);
    expect(
      await screen.findByRole('heading', { level: 4, name: "Contributi che l'hanno modificata" }),
    ).toBeInTheDocument();
    expect(
      await screen.findByText('Nessuna risposta pubblicata lega ancora un contributo a questa voce.'),
    ).toBeInTheDocument();
  });

  it('loads further answers on request and moves focus to the first new one', async () => {
    const first = shaping('s-1', 'Prima proposta.', ['G. B.', null]);
    const second = shaping('s-2', 'Seconda proposta.', ['A. V.', null], {
      swotItem: {
        __typename: 'DispositionSwotItem',
        id: SWOT_ITEM_ID,
        areaCode: 'PS6',
        quadrant: 'WEAKNESS',
        text: 'Servizi scarsi.',
      },
      swotItemVersion: 2,
      intervention: null,
      interventionVersion: null,
    } as never);
    renderShaped(<ContributionsThatShaped swotItemId={SWOT_ITEM_ID} headingLevel={4} />, [
      shapedMock({ swotItemId: SWOT_ITEM_ID }, [first], {
        hasNextPage: true,
        endCursor: 'c1',
        totalCount: 2,
      }),
      shapedMock({ swotItemId: SWOT_ITEM_ID }, [second], { after: 'c1', totalCount: 2 }),
    ]);

    fireEvent.click(await screen.findByRole('button', { name: 'Mostra altri contributi' }));

    const heading = await screen.findByRole('heading', { level: 5, name: /A\. V\./ });
    expect(heading).toHaveFocus();
    expect(screen.getAllByRole('article')[1]).toHaveTextContent('Modifica nella versione 2 della voce.');
    expect(screen.queryByRole('button', { name: 'Mostra altri contributi' })).not.toBeInTheDocument();
  });
});
