import type { ApolloClient } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { CONTRIBUTION_LIMITS } from '@piano2030/shared-domain';
import {
  CONTRIBUTION_EVENTS,
  consultationRoom,
  type ContributionEventPayload,
  type RoomEvent,
} from '@piano2030/shared-realtime-contracts';
import { useRoomEvents, type RoomStatus } from '@piano2030/web-core';
import { useCallback, useEffect, useReducer, useState } from 'react';
import { EventSequencer } from './event-sequencer';
import {
  initialThreadState,
  threadReducer,
  type Contribution,
  type IncomingEvent,
  type ThreadAction,
  type ThreadState,
} from './thread-store';
import {
  ConsultationCountQueryDocument,
  ContributionEventsSinceQueryDocument,
  ContributionLevelQueryDocument,
  ContributionOneQueryDocument,
  ThreadStartQueryDocument,
} from './threads.documents';

const PAGE_SIZE = CONTRIBUTION_LIMITS.pageSizeDefault;
/** The catch-up reads the largest page the API allows. */
const CATCH_UP_PAGE = 100;

/** Events whose public view lacks what the reader's own query knows (an answer, one's own hidden text). */
const READ_AGAIN = new Set<string>([
  CONTRIBUTION_EVENTS.ANSWERED,
  CONTRIBUTION_EVENTS.HIDDEN,
  CONTRIBUTION_EVENTS.RESTORED,
]);

async function read<TData>(promise: Promise<{ data?: TData; error?: unknown }>): Promise<TData> {
  const { data, error } = await promise;
  if (error) throw error;
  if (!data) throw new Error('no data');
  return data;
}

/** A room event, as the sequencer takes it; null when it is not a consultation event. */
export function incomingFromRoom(event: RoomEvent): IncomingEvent | null {
  const payload = event.payload as Partial<ContributionEventPayload> | null;
  if (!payload || typeof payload.seq !== 'number') return null;
  return {
    seq: payload.seq,
    type: event.type,
    contributionId: payload.contributionId ?? null,
    view: payload.contribution ?? null,
    ...(typeof payload.contributionCount === 'number'
      ? { contributionCount: payload.contributionCount }
      : {}),
    status: payload.status ?? null,
  };
}

/** Everything a consultation page needs to load and follow its threads. */
function createThreadSync(
  client: ApolloClient,
  consultationId: string,
  dispatch: (action: ThreadAction) => void,
) {
  const readAgain = (id: string) =>
    read(
      client.query({ query: ContributionOneQueryDocument, variables: { id }, fetchPolicy: 'network-only' }),
    )
      .then((data) => dispatch({ type: 'refresh', contribution: data.contribution }))
      .catch(() => undefined);
  const recount = () =>
    read(
      client.query({
        query: ConsultationCountQueryDocument,
        variables: { id: consultationId },
        fetchPolicy: 'network-only',
      }),
    )
      .then(({ consultation }) =>
        dispatch({
          type: 'count',
          contributionCount: consultation.contributionCount,
          status: consultation.status,
        }),
      )
      .catch(() => undefined);

  const sequencer = new EventSequencer(
    (events) => {
      dispatch({ type: 'events', events });
      for (const event of events) {
        if (event.view && event.contributionId && READ_AGAIN.has(event.type))
          void readAgain(event.contributionId);
      }
      // Caught-up events carry no count: ask for it once.
      if (events.some((event) => event.contributionCount === undefined)) void recount();
    },
    async (after) => {
      const data = await read(
        client.query({
          query: ContributionEventsSinceQueryDocument,
          variables: { consultationId, after, first: CATCH_UP_PAGE },
          fetchPolicy: 'network-only',
        }),
      );
      const page = data.contributionEventsSince;
      return {
        hasMore: page.hasMore,
        events: page.events.map((event) => ({
          seq: event.seq,
          type: event.type,
          contributionId: event.contributionId ?? null,
          contribution: event.contribution ?? null,
          status: event.status ?? null,
        })),
      };
    },
  );
  return { sequencer };
}

export interface LiveThreads {
  state: ThreadState;
  /** The first page could not be read. */
  failed: boolean;
  liveStatus: RoomStatus;
  retry: () => void;
  /** Reads the next page of roots (or of `parentId`'s replies); resolves with the ids it added. */
  loadMore: (parentId: string | null) => Promise<string[]>;
  /** Reads the first page of a contribution's replies. */
  loadReplies: (parentId: string) => Promise<void>;
  /** One's own write, as the API answered it. */
  own: (contribution: Contribution) => void;
  /** Shows or hides a contribution's replies. */
  setOpen: (id: string, open: boolean) => void;
  /**
   * Brings a contribution onto the page (a link to it from elsewhere): the pages of roots up to
   * its thread, and the replies down to it, opened. Resolves with whether it is there.
   */
  reveal: (id: string) => Promise<boolean>;
}

/** How far a link to a contribution reads through the roots before giving up. */
const REVEAL_MAX_PAGES = 10;

/**
 * A consultation's threads, live: the first page of roots with the room's sequence number at that
 * point, pages and replies on demand, and the room's events applied in order, once each, with a
 * catch-up after every (re)join and on any gap. Drafts have no room.
 */
export function useLiveThreads(consultationId: string, live: boolean): LiveThreads {
  const client = useApolloClient();
  const [state, dispatch] = useReducer(threadReducer, initialThreadState);
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const [{ sequencer }] = useState(() => createThreadSync(client, consultationId, dispatch));

  useEffect(() => {
    let current = true;
    read(
      client.query({
        query: ThreadStartQueryDocument,
        variables: { consultationId, first: PAGE_SIZE },
        fetchPolicy: 'network-only',
      }),
    )
      .then((data) => {
        if (!current) return;
        dispatch({ type: 'page', parentId: null, page: data.contributions, append: false });
        sequencer.start(data.contributions.lastEventSeq ?? 0);
      })
      .catch(() => {
        if (current) setFailed(true);
      });
    return () => {
      current = false;
    };
  }, [client, consultationId, sequencer, attempt]);

  const room = useRoomEvents(
    live ? consultationRoom(consultationId) : null,
    (event) => {
      const incoming = incomingFromRoom(event);
      if (incoming) sequencer.receive(incoming);
    },
    { onJoined: () => void sequencer.catchUp() },
  );

  const loadLevel = useCallback(
    async (parentId: string | null, after: string | null) => {
      const data = await read(
        client.query({
          query: ContributionLevelQueryDocument,
          variables: { consultationId, parentId, first: PAGE_SIZE, after },
          fetchPolicy: 'network-only',
        }),
      );
      dispatch({ type: 'page', parentId, page: data.contributions, append: after !== null });
      return data.contributions.nodes.map((node) => node.id);
    },
    [client, consultationId],
  );

  const readOne = useCallback(
    async (id: string) =>
      (
        await read(
          client.query({
            query: ContributionOneQueryDocument,
            variables: { id },
            fetchPolicy: 'network-only',
          }),
        )
      ).contribution,
    [client],
  );

  const reveal = async (id: string): Promise<boolean> => {
    if (state.nodes[id]) return true;
    try {
      // Its ancestors, root first: the thread's path down to it.
      const chain = [await readOne(id)];
      while (chain[0].parentId)
        chain.unshift(state.nodes[chain[0].parentId] ?? (await readOne(chain[0].parentId)));
      const root = chain[0];
      let cursor = state.roots?.endCursor ?? null;
      let more = state.roots?.hasNextPage ?? false;
      const known = new Set(state.roots ? [...state.roots.ids, ...state.roots.extra] : []);
      for (let page = 0; !known.has(root.id) && more && page < REVEAL_MAX_PAGES; page += 1) {
        const data = await read(
          client.query({
            query: ContributionLevelQueryDocument,
            variables: { consultationId, parentId: null, first: PAGE_SIZE, after: cursor },
            fetchPolicy: 'network-only',
          }),
        );
        dispatch({ type: 'page', parentId: null, page: data.contributions, append: true });
        data.contributions.nodes.forEach((node) => known.add(node.id));
        cursor = data.contributions.endCursor ?? null;
        more = data.contributions.hasNextPage;
      }
      if (!known.has(root.id)) return false;
      for (const ancestor of chain.slice(0, -1)) {
        if (!state.replies[ancestor.id]) await loadLevel(ancestor.id, null);
        dispatch({ type: 'open', id: ancestor.id, open: true });
      }
      return true;
    } catch {
      return false;
    }
  };

  const levelOf = (parentId: string | null) => (parentId ? state.replies[parentId] : state.roots);
  const cursorOf = (parentId: string | null) => levelOf(parentId)?.endCursor ?? null;

  return {
    state,
    failed,
    liveStatus: room.status,
    retry: () => {
      setFailed(false);
      setAttempt((n) => n + 1);
    },
    loadMore: (parentId) => loadLevel(parentId, cursorOf(parentId)),
    loadReplies: async (parentId) => {
      await loadLevel(parentId, null);
    },
    own: (contribution) => dispatch({ type: 'own', contribution }),
    setOpen: (id, open) => dispatch({ type: 'open', id, open }),
    reveal,
  };
}
