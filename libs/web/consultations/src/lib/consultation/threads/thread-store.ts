import type { ContributionView } from '@piano2030/shared-realtime-contracts';
import { CONTRIBUTION_EVENTS } from '@piano2030/shared-realtime-contracts';
import type {
  ContributionFieldsFragment,
  ContributionKind,
  ContributionStatus,
  StakeholderCategory,
} from '@piano2030/web-core';

export type Contribution = ContributionFieldsFragment;

/** One level of a thread as loaded so far: the roots, or the replies to one contribution. */
export interface Level {
  /** In the server's order (oldest first), page after page. */
  ids: string[];
  /** Arrived after the pages were read (live, or one's own): shown after them, until a page covers them. */
  extra: string[];
  endCursor: string | null;
  hasNextPage: boolean;
  /** Visible contributions at this level, kept up to date with arrivals. */
  totalCount: number;
}

export interface ThreadState {
  nodes: Record<string, Contribution>;
  /** Null until the first page has arrived. */
  roots: Level | null;
  /** Only for contributions whose replies were asked for. */
  replies: Record<string, Level>;
  /** The consultation's published contributions, as the room last said. */
  contributionCount: number | null;
  /** The consultation's status, when an event changed it. */
  status: string | null;
  /** Contributions of others that arrived while the page was open, for the live announcement. */
  arrivals: number;
  /** Those arrivals, marked as new where they are shown. */
  fresh: Record<string, true>;
  /** Contributions whose replies are shown. */
  open: Record<string, true>;
}

export const initialThreadState: ThreadState = {
  nodes: {},
  roots: null,
  replies: {},
  contributionCount: null,
  status: null,
  arrivals: 0,
  fresh: {},
  open: {},
};

/**
 * An event of the consultation's room, whichever way it came: live on the socket (the contribution's
 * public view, the count) or from the catch-up query (the contribution as the reader sees it now).
 */
export interface IncomingEvent {
  seq: number;
  type: string;
  contributionId: string | null;
  view?: ContributionView | null;
  contribution?: Contribution | null;
  contributionCount?: number;
  status?: string | null;
}

export interface Page {
  nodes: readonly Contribution[];
  endCursor?: string | null;
  hasNextPage: boolean;
  totalCount: number;
}

export type ThreadAction =
  | { type: 'page'; parentId: string | null; page: Page; append: boolean }
  | { type: 'events'; events: readonly IncomingEvent[] }
  /** One's own contribution (posted, edited, supported, reported), as the API answered. */
  | { type: 'own'; contribution: Contribution }
  /** A contribution read again (after an answer, a hiding): its fields only, no arrival. */
  | { type: 'refresh'; contribution: Contribution }
  | { type: 'count'; contributionCount: number; status?: string }
  /** Shows or hides a contribution's replies. */
  | { type: 'open'; id: string; open: boolean };

/** A contribution as the room describes it, keeping what only the reader's own query knows. */
export function fromView(view: ContributionView, known: Contribution | undefined): Contribution {
  const edited = view.editedAt && view.editedAt !== known?.editedAt;
  return {
    id: view.id,
    consultationId: view.consultationId,
    parentId: view.parentId,
    threadId: view.threadId,
    depth: view.depth,
    kind: view.kind as ContributionKind,
    status: view.status as ContributionStatus,
    body: view.body,
    createdAt: view.createdAt,
    editedAt: view.editedAt,
    editCount: (known?.editCount ?? 0) + (edited ? 1 : 0),
    replyCount: view.replyCount,
    supportCount: view.supportCount,
    anchor:
      view.anchorKind && view.anchorRef ? { kind: view.anchorKind as never, ref: view.anchorRef } : null,
    author: {
      name: view.authorName,
      category: view.category as StakeholderCategory,
      organisationId: known?.author.organisationId ?? null,
      organisationName: view.organisationName,
    },
    viewerIsAuthor: known?.viewerIsAuthor ?? false,
    viewerSupports: known?.viewerSupports ?? false,
    moderationReason: known?.moderationReason ?? null,
    disposition: known?.disposition ?? null,
  };
}

const withLevel = (level: Level, change: Partial<Level>): Level => ({ ...level, ...change });

/** Puts a contribution the page did not know where it belongs, and counts it at its level. */
function place(state: ThreadState, contribution: Contribution, fromOthers: boolean): ThreadState {
  const { id, parentId } = contribution;
  let { roots, replies, nodes } = state;
  if (!parentId) {
    if (roots && !roots.ids.includes(id) && !roots.extra.includes(id)) {
      roots = withLevel(roots, { extra: [...roots.extra, id], totalCount: roots.totalCount + 1 });
    }
  } else {
    const parent = nodes[parentId];
    if (parent) nodes = { ...nodes, [parentId]: { ...parent, replyCount: parent.replyCount + 1 } };
    const level = replies[parentId];
    if (level && !level.ids.includes(id) && !level.extra.includes(id)) {
      replies = {
        ...replies,
        [parentId]: withLevel(level, { extra: [...level.extra, id], totalCount: level.totalCount + 1 }),
      };
    }
  }
  return {
    ...state,
    roots,
    replies,
    nodes,
    ...(fromOthers ? { arrivals: state.arrivals + 1, fresh: { ...state.fresh, [id]: true as const } } : {}),
  };
}

/** A contribution in the store: new ones are placed, known ones take the newer fields. */
function upsert(state: ThreadState, contribution: Contribution, fromOthers: boolean): ThreadState {
  const known = state.nodes[contribution.id];
  const next = { ...state, nodes: { ...state.nodes, [contribution.id]: contribution } };
  return known ? next : place(next, contribution, fromOthers);
}

function applyEvent(state: ThreadState, event: IncomingEvent): ThreadState {
  let next = state;
  if (typeof event.contributionCount === 'number')
    next = { ...next, contributionCount: event.contributionCount };
  if (event.type === CONTRIBUTION_EVENTS.CONSULTATION_STATUS) {
    return event.status ? { ...next, status: event.status } : next;
  }
  const id = event.contributionId;
  if (!id) return next;
  const known = next.nodes[id];
  const contribution = event.contribution ?? (event.view ? fromView(event.view, known) : null);
  if (!contribution) {
    // The reader may no longer see it: what was shown becomes a placeholder.
    if (!known || event.type !== CONTRIBUTION_EVENTS.HIDDEN) return next;
    return { ...next, nodes: { ...next.nodes, [id]: { ...known, status: 'HIDDEN', body: null } } };
  }
  // Only a publication brings a contribution the page has never seen; anything else updates.
  if (!known && event.type !== CONTRIBUTION_EVENTS.PUBLISHED) return next;
  return upsert(next, contribution, !contribution.viewerIsAuthor);
}

/**
 * One's own write. When the room was quicker than the API's answer, the contribution arrived as
 * someone else's: it is not news to its author, so it leaves the announcement.
 */
function ownWrite(state: ThreadState, contribution: Contribution): ThreadState {
  const next = upsert(state, contribution, false);
  if (!next.fresh[contribution.id]) return next;
  const { [contribution.id]: _mine, ...fresh } = next.fresh;
  return { ...next, fresh, arrivals: Math.max(0, next.arrivals - 1) };
}

/** Merges a page into its level: new ids after the loaded ones, arrivals it covers leave `extra`. */
function applyPage(state: ThreadState, parentId: string | null, page: Page, append: boolean): ThreadState {
  const nodes = { ...state.nodes };
  for (const node of page.nodes) nodes[node.id] = node;
  const current = parentId ? state.replies[parentId] : state.roots;
  const previous = append && current ? current.ids : [];
  const ids = [...previous, ...page.nodes.map((node) => node.id).filter((id) => !previous.includes(id))];
  const extra = (current?.extra ?? []).filter((id) => !ids.includes(id));
  const level: Level = {
    ids,
    extra,
    endCursor: page.endCursor ?? null,
    hasNextPage: page.hasNextPage,
    totalCount: Math.max(page.totalCount, ids.length + extra.length),
  };
  if (!parentId) return { ...state, nodes, roots: level };
  // The replies as just read are the truth about how many there are.
  const parent = nodes[parentId];
  if (parent && !level.hasNextPage)
    nodes[parentId] = { ...parent, replyCount: level.ids.length + level.extra.length };
  return { ...state, nodes, replies: { ...state.replies, [parentId]: level } };
}

/**
 * The threads of a consultation page: pages as loaded, events applied in the order given (the
 * sequencer hands them over once each, in `seq` order), one's own writes as the API answered.
 */
export function threadReducer(state: ThreadState, action: ThreadAction): ThreadState {
  switch (action.type) {
    case 'page':
      return applyPage(state, action.parentId, action.page, action.append);
    case 'events':
      return action.events.reduce(applyEvent, state);
    case 'own':
      return ownWrite(state, action.contribution);
    case 'refresh':
      return state.nodes[action.contribution.id]
        ? { ...state, nodes: { ...state.nodes, [action.contribution.id]: action.contribution } }
        : state;
    case 'open': {
      const { [action.id]: _was, ...rest } = state.open;
      return { ...state, open: action.open ? { ...rest, [action.id]: true } : rest };
    }
    case 'count':
      return {
        ...state,
        contributionCount: action.contributionCount,
        ...(action.status ? { status: action.status } : {}),
      };
  }
}
