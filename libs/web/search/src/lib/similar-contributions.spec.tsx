import { MockedProvider } from '@apollo/client/testing/react';
import { i18n } from '@piano2030/web-core';
import { act, render, screen } from '@testing-library/react';
import { SIMILAR_DEBOUNCE_MS, SimilarContributions } from './similar-contributions';
import { SimilarContributionsQueryDocument } from './search.documents';

const DRAFT = 'Vorrei fontane lungo il cammino tra i borghi.';
const similarMock = {
  request: { query: SimilarContributionsQueryDocument, variables: { consultationId: 'c-1', text: DRAFT } },
  result: {
    data: {
      similarContributions: [
        {
          __typename: 'SearchHit' as const,
          type: 'CONTRIBUTION',
          id: 'k-1',
          title: 'Turismo lento',
          excerpt: [
            { __typename: 'TextSegment' as const, text: 'Servono ', match: false },
            { __typename: 'TextSegment' as const, text: 'fontane', match: true },
          ],
          areaCodes: ['PS6'],
          status: 'AWAITING_ANSWER',
          kind: 'PROPOSAL',
          category: 'CITIZEN',
          consultationId: 'c-1',
          code: null,
          quadrant: null,
          createdAt: '2026-11-20T10:00:00.000Z',
        },
      ],
    },
  },
};

describe('SimilarContributions', () => {
  beforeEach(() => i18n.changeLanguage('it'));

  it('asks once the draft rests, and lists what resembles it with links to the thread', async () => {
    const { rerender } = render(
      <MockedProvider mocks={[similarMock]}>
        <SimilarContributions consultationId="c-1" text="Vorrei" />
      </MockedProvider>,
    );
    rerender(
      <MockedProvider mocks={[similarMock]}>
        <SimilarContributions consultationId="c-1" text={DRAFT} />
      </MockedProvider>,
    );
    // Under the minimum, and before the pause, nothing is asked (the mock would fail an unexpected query).
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
    expect(
      await screen.findByText(
        "C'è 1 contributo simile già pubblicato",
        {},
        { timeout: SIMILAR_DEBOUNCE_MS * 3 },
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Servono fontane' })).toHaveAttribute(
      'href',
      '/consultazioni/c-1#contributo-k-1',
    );
  });

  it('stays silent for a short draft', async () => {
    render(
      <MockedProvider mocks={[]}>
        <SimilarContributions consultationId="c-1" text="Fontane" />
      </MockedProvider>,
    );
    await act(() => new Promise((resolve) => setTimeout(resolve, SIMILAR_DEBOUNCE_MS * 2)));
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });
});
