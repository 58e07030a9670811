import type { ApolloClient } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { CONTRIBUTION_LIMITS, GRAPHQL_LIMITS } from '@piano2030/shared-domain';
import type {
  AnswerableContributionFragment,
  AnswerState,
  ConsultationAreaScopeQuery,
  ContributionKind,
  ContributionsToAnswerQuery,
} from '@piano2030/web-core';
import { useCallback, useEffect, useState } from 'react';
import { ConsultationAreaScopeQueryDocument } from '../editor/editor.documents';
import { ContributionsToAnswerQueryDocument } from './answers.documents';

/** What the committee asks the list for: an answer state and a kind, or all of them. */
export interface AnswersFilter {
  answer: AnswerState | null;
  kind: ContributionKind | null;
}

export interface AnswersList {
  /** The contributions loaded so far, oldest first; null until the first page arrives. */
  nodes: AnswerableContributionFragment[] | null;
  /** How many contributions match the filter, loaded or not. */
  totalCount: number;
  hasNextPage: boolean;
  failed: boolean;
  loadingMore: boolean;
  /** Loads the next page; resolves with the first contribution it added. */
  more: () => Promise<AnswerableContributionFragment | null>;
  /** Reads again as many contributions as are loaded now, so the reader keeps their place. */
  reload: () => Promise<void>;
}

interface Loaded {
  key: string;
  nodes: AnswerableContributionFragment[];
  totalCount: number;
  hasNextPage: boolean;
  endCursor: string | null;
}

const PAGE_SIZE = CONTRIBUTION_LIMITS.pageSizeDefault;
type Page = ContributionsToAnswerQuery['contributionsToAnswer'];

async function fetchPage(
  client: ApolloClient,
  consultationId: string,
  filter: AnswersFilter,
  first: number,
  after: string | null,
): Promise<Page> {
  const { data } = await client.query({
    query: ContributionsToAnswerQueryDocument,
    variables: {
      consultationId,
      answer: filter.answer,
      kinds: filter.kind ? [filter.kind] : null,
      first,
      after,
    },
    fetchPolicy: 'network-only',
  });
  if (!data) throw new Error('no answer');
  return data.contributionsToAnswer;
}

/** At least `want` contributions from the start (or all there are), in pages the API allows. */
async function fetchFromStart(
  client: ApolloClient,
  consultationId: string,
  filter: AnswersFilter,
  want: number,
): Promise<Omit<Loaded, 'key'>> {
  const nodes: AnswerableContributionFragment[] = [];
  let after: string | null = null;
  for (;;) {
    const size = Math.min(Math.max(want - nodes.length, PAGE_SIZE), GRAPHQL_LIMITS.maxPageSize);
    const page: Page = await fetchPage(client, consultationId, filter, size, after);
    nodes.push(...page.nodes);
    if (nodes.length >= want || !page.hasNextPage || !page.endCursor) {
      return {
        nodes,
        totalCount: page.totalCount,
        hasNextPage: page.hasNextPage,
        endCursor: page.endCursor,
      };
    }
    after = page.endCursor;
  }
}

/**
 * The contributions to answer, filtered by the API (answer state and kind) and read a page at a
 * time, oldest first: replies and hidden contributions included, each with its answer.
 */
export function useContributionsToAnswer(consultationId: string, filter: AnswersFilter): AnswersList {
  const client = useApolloClient();
  const key = `${consultationId}|${filter.answer ?? ''}|${filter.kind ?? ''}`;
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const list = loaded?.key === key ? loaded : null;
  const { answer, kind } = filter;

  useEffect(() => {
    let live = true;
    fetchPage(client, consultationId, { answer, kind }, PAGE_SIZE, null).then(
      ({ nodes, totalCount, hasNextPage, endCursor }) => {
        if (!live) return;
        setLoaded({ key, nodes, totalCount, hasNextPage, endCursor });
        setFailed(null);
      },
      () => {
        if (live) setFailed(key);
      },
    );
    return () => {
      live = false;
    };
  }, [client, consultationId, answer, kind, key]);

  const more = useCallback(async () => {
    if (!list?.endCursor || loadingMore) return null;
    setLoadingMore(true);
    try {
      const page = await fetchPage(client, consultationId, { answer, kind }, PAGE_SIZE, list.endCursor);
      const fresh = page.nodes.filter((node) => !list.nodes.some((other) => other.id === node.id));
      setLoaded((now) =>
        now?.key === list.key
          ? {
              ...now,
              nodes: [...now.nodes, ...fresh],
              totalCount: page.totalCount,
              hasNextPage: page.hasNextPage,
              endCursor: page.endCursor ?? now.endCursor,
            }
          : now,
      );
      return fresh[0] ?? null;
    } catch {
      setFailed(list.key);
      return null;
    } finally {
      setLoadingMore(false);
    }
  }, [client, consultationId, answer, kind, list, loadingMore]);

  const reload = useCallback(async () => {
    const want = Math.max(list?.nodes.length ?? 0, PAGE_SIZE);
    try {
      const result = await fetchFromStart(client, consultationId, { answer, kind }, want);
      setLoaded({ key, ...result });
      setFailed(null);
    } catch {
      setFailed(key);
    }
  }, [client, consultationId, answer, kind, key, list]);

  return {
    nodes: list?.nodes ?? null,
    totalCount: list?.totalCount ?? 0,
    hasNextPage: list?.hasNextPage ?? false,
    failed: failed === key,
    loadingMore,
    more,
    reload,
  };
}

export interface LinkChoice {
  /** `intervention:<id>` or `swot:<id>`. */
  value: string;
  label: string;
  /** Named in the consultation's scope (rather than only in its areas). */
  inScope: boolean;
}

type Scope = ConsultationAreaScopeQuery;

/**
 * What an answer may point at: the interventions and SWOT items of the consultation's areas, those
 * it named first. Drafts, discarded interventions and withdrawn items are left out.
 */
export function useLinkChoices(
  areaCodes: readonly string[],
  scoped: { interventionIds: readonly string[]; swotItemIds: readonly string[] },
  quadrantName: (quadrant: string) => string,
): LinkChoice[] {
  const client = useApolloClient();
  const [areas, setAreas] = useState<Scope[]>([]);
  const key = areaCodes.join(',');
  useEffect(() => {
    let live = true;
    void Promise.all(
      key
        .split(',')
        .filter(Boolean)
        .map((areaCode) =>
          client
            .query({ query: ConsultationAreaScopeQueryDocument, variables: { areaCode } })
            .then(({ data }) => data)
            .catch(() => undefined),
        ),
    ).then((answers) => {
      if (live) setAreas(answers.filter((answer): answer is Scope => !!answer));
    });
    return () => {
      live = false;
    };
  }, [client, key]);
  const short = (text: string) => (text.length > 90 ? `${text.slice(0, 89)}…` : text);
  const choices: LinkChoice[] = areas.flatMap((area) => [
    ...area.interventions
      .filter((i) => i.status !== 'DRAFT' && i.status !== 'DISCARDED')
      .map((i) => ({
        value: `intervention:${i.id}`,
        label: `${i.reference} – ${i.title}`,
        inScope: scoped.interventionIds.includes(i.id),
      })),
    ...area.swot.items
      .filter((item) => item.status !== 'WITHDRAWN')
      .map((item) => ({
        value: `swot:${item.id}`,
        label: `${item.areaCode} – ${quadrantName(item.quadrant)}: ${short(item.text)}`,
        inScope: scoped.swotItemIds.includes(item.id),
      })),
  ]);
  return [...choices.filter((c) => c.inScope), ...choices.filter((c) => !c.inScope)];
}
