import type { ContributionView } from '@piano2030/shared-realtime-contracts';
import { contribution } from '../../../testing/public-fixtures';
import { initialThreadState, threadReducer, type ThreadAction, type ThreadState } from './thread-store';

const view = (id: string, change: Partial<ContributionView> = {}): ContributionView => ({
  id,
  consultationId: 'c-1',
  parentId: null,
  threadId: id,
  depth: 1,
  kind: 'PROPOSAL',
  status: 'PUBLISHED',
  body: `Testo ${id}`,
  authorName: 'R. F.',
  organisationName: 'Confartigianato Imprese Lucca',
  category: 'BUSINESS_ASSOCIATION',
  anchorKind: null,
  anchorRef: null,
  replyCount: 0,
  supportCount: 0,
  createdAt: '2026-11-22T10:00:00.000Z',
  editedAt: null,
  ...change,
});

const run = (...actions: ThreadAction[]) => actions.reduce<ThreadState>(threadReducer, initialThreadState);

const firstPage: ThreadAction = {
  type: 'page',
  parentId: null,
  append: false,
  page: {
    nodes: [contribution('a', { replyCount: 1 }), contribution('b')],
    endCursor: 'cursor-b',
    hasNextPage: true,
    totalCount: 3,
  },
};

describe('threadReducer', () => {
  it('appends further pages after the loaded ones, without repeating any', () => {
    const state = run(firstPage, {
      type: 'page',
      parentId: null,
      append: true,
      page: {
        nodes: [contribution('b'), contribution('c')],
        endCursor: 'cursor-c',
        hasNextPage: false,
        totalCount: 3,
      },
    });

    expect(state.roots).toMatchObject({ ids: ['a', 'b', 'c'], extra: [], hasNextPage: false, totalCount: 3 });
  });

  it('places a new root from the room at the end, counts it once and marks it new', () => {
    const published: ThreadAction = {
      type: 'events',
      events: [
        {
          seq: 11,
          type: 'contributions.published',
          contributionId: 'n',
          view: view('n'),
          contributionCount: 5,
        },
      ],
    };
    const state = run(firstPage, published, published);

    expect(state.roots).toMatchObject({ ids: ['a', 'b'], extra: ['n'], totalCount: 4 });
    expect(state.nodes['n']).toMatchObject({
      body: 'Testo n',
      author: { name: 'R. F.', organisationName: 'Confartigianato Imprese Lucca' },
      viewerIsAuthor: false,
    });
    expect(state.contributionCount).toBe(5);
    expect(state.arrivals).toBe(1);
    expect(state.fresh).toEqual({ n: true });
  });

  it('a page that covers an arrival takes it out of the arrivals shown at the end', () => {
    const state = run(
      firstPage,
      {
        type: 'events',
        events: [{ seq: 11, type: 'contributions.published', contributionId: 'c', view: view('c') }],
      },
      {
        type: 'page',
        parentId: null,
        append: true,
        page: { nodes: [contribution('c')], endCursor: 'cursor-c', hasNextPage: false, totalCount: 3 },
      },
    );

    expect(state.roots).toMatchObject({ ids: ['a', 'b', 'c'], extra: [] });
  });

  it('counts a reply on its parent, and lists it only where the replies are open', () => {
    const reply = view('r', { parentId: 'a', threadId: 'a', depth: 2 });
    const closed = run(firstPage, {
      type: 'events',
      events: [{ seq: 11, type: 'contributions.published', contributionId: 'r', view: reply }],
    });
    expect(closed.nodes['a'].replyCount).toBe(2);
    expect(closed.replies['a']).toBeUndefined();

    const open = run(
      firstPage,
      {
        type: 'page',
        parentId: 'a',
        append: false,
        page: { nodes: [contribution('q', { parentId: 'a', depth: 2 })], hasNextPage: false, totalCount: 1 },
      },
      {
        type: 'events',
        events: [{ seq: 11, type: 'contributions.published', contributionId: 'r', view: reply }],
      },
    );
    expect(open.replies['a']).toMatchObject({ ids: ['q'], extra: ['r'], totalCount: 2 });
    expect(open.nodes['a'].replyCount).toBe(2);
  });

  it("keeps what only the reader's query knows when the room updates a contribution", () => {
    const mine = contribution('a', {
      viewerSupports: true,
      supportCount: 1,
      disposition: null,
      viewerIsAuthor: false,
    });
    const state = run(
      {
        type: 'page',
        parentId: null,
        append: false,
        page: { nodes: [mine], hasNextPage: false, totalCount: 1 },
      },
      {
        type: 'events',
        events: [
          {
            seq: 11,
            type: 'contributions.supported',
            contributionId: 'a',
            view: view('a', { supportCount: 2 }),
          },
          {
            seq: 12,
            type: 'contributions.edited',
            contributionId: 'a',
            view: view('a', { supportCount: 2, body: 'Nuovo testo', editedAt: '2026-11-22T10:05:00.000Z' }),
          },
        ],
      },
    );

    expect(state.nodes['a']).toMatchObject({
      supportCount: 2,
      viewerSupports: true,
      body: 'Nuovo testo',
      editCount: 1,
    });
    expect(state.arrivals).toBe(0);
  });

  it('turns a contribution hidden by moderators into a placeholder without its text', () => {
    const state = run(firstPage, {
      type: 'events',
      events: [
        {
          seq: 11,
          type: 'contributions.hidden',
          contributionId: 'b',
          view: view('b', { status: 'HIDDEN', body: null }),
        },
      ],
    });

    expect(state.nodes['b']).toMatchObject({ status: 'HIDDEN', body: null });
    expect(state.roots?.ids).toEqual(['a', 'b']);
  });

  it("places one's own contribution without announcing it", () => {
    const state = run(firstPage, { type: 'own', contribution: contribution('m', { viewerIsAuthor: true }) });

    expect(state.roots?.extra).toEqual(['m']);
    expect(state.arrivals).toBe(0);
  });

  it("takes one's own contribution out of the arrivals when the room was quicker than the API", () => {
    const state = run(
      firstPage,
      {
        type: 'events',
        events: [{ seq: 11, type: 'contributions.published', contributionId: 'm', view: view('m') }],
      },
      { type: 'own', contribution: contribution('m', { viewerIsAuthor: true }) },
    );

    expect(state.roots?.extra).toEqual(['m']);
    expect(state.nodes['m'].viewerIsAuthor).toBe(true);
    expect(state.arrivals).toBe(0);
    expect(state.fresh).toEqual({});
  });
});
