import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { InvalidInputError } from '@piano2030/api-core';
import {
  AWAITING_ANSWER,
  highlightSegments,
  SEARCH_LIMITS,
  type SearchItemType,
  type TextSegment,
} from '@piano2030/shared-domain';
import { SEARCH_DOCUMENTS } from './search-documents';
import {
  FACETS,
  filterConditions,
  LOCAL_MONTH,
  whereClause,
  type Facet,
  type SearchFilters,
} from './search-filters';

export interface SearchHitRow {
  type: SearchItemType;
  id: string;
  areaCodes: string[];
  kind: string | null;
  category: string | null;
  status: string;
  createdAt: Date;
  heading: string | null;
  consultationId: string | null;
  code: string | null;
  quadrant: string | null;
  score: number;
  excerpt: TextSegment[];
}

export interface FacetCount {
  value: string;
  count: number;
}

export interface SearchOutcome {
  hits: SearchHitRow[];
  totalCount: number;
  offset: number;
  facets: Record<Facet, FacetCount[]>;
}

// Control characters: refused in every text the API stores, so only this code can write them.
const START = '\u0002';
const STOP = '\u0003';
const LESS_THAN = '\u0001';
const HEADLINE_OPTIONS = `StartSel=${START}, StopSel=${STOP}, MaxWords=35, MinWords=15`;

/**
 * An excerpt around the matches. ts_headline drops whatever its parser takes for an HTML tag, so
 * "<script>" would silently vanish from the excerpt: '<' is swapped out before and back after.
 */
const headline = (text: string) =>
  `ts_headline('italian', replace(${text}, '<', chr(1)), q.tsq, '${HEADLINE_OPTIONS}')`;

const excerptSegments = (excerpt: string) =>
  highlightSegments(excerpt.replaceAll(LESS_THAN, '<'), START, STOP);

const FACET_VALUE: Record<Facet, string> = {
  types: 'type',
  areas: 'unnest(area_codes)',
  kinds: 'kind',
  categories: 'category',
  statuses: 'status',
  months: LOCAL_MONTH,
};

/**
 * Full-text search (the `italian` configuration, so "turistici" finds "turismo") with trigram
 * word similarity for misspellings, over public content only: what anyone may read. One SQL
 * statement returns the page, the total and every facet's counts.
 */
@Injectable()
export class SearchService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async search(
    text: string,
    filters: SearchFilters,
    page: { first: number; offset: number },
  ): Promise<SearchOutcome> {
    const query = requireQuery(text);
    const params: unknown[] = [query];
    const conditions = filterConditions(filters, params);
    const limit = `$${params.push(page.first)}`;
    const offset = `$${params.push(page.offset)}`;
    const facetCounts = FACETS.map(
      (facet) => `'${facet}', (SELECT coalesce(json_agg(json_build_object('value', value, 'count', n)
           ORDER BY n DESC, value), '[]') FROM (SELECT ${FACET_VALUE[facet]} AS value, count(*)::int AS n
           FROM docs ${whereClause(conditions, facet)} GROUP BY 1) f WHERE value IS NOT NULL)`,
    );
    const [row] = (await this.dataSource.query(
      `WITH q AS (SELECT websearch_to_tsquery('italian', $1) AS tsq),
            ${SEARCH_DOCUMENTS},
            page AS (SELECT * FROM docs ${whereClause(conditions)}
                     ORDER BY score DESC, created_at DESC, id LIMIT ${limit} OFFSET ${offset})
       SELECT (SELECT count(*)::int FROM docs ${whereClause(conditions)}) AS total,
              (SELECT coalesce(json_agg(json_build_object(
                  'type', type, 'id', id, 'areaCodes', area_codes, 'kind', kind, 'category', category,
                  'status', status, 'createdAt', created_at, 'heading', heading,
                  'consultationId', consultation_id, 'code', code, 'quadrant', quadrant, 'score', score,
                  'excerpt', ${headline('text')})
                  ORDER BY score DESC, created_at DESC, id), '[]')
                FROM page CROSS JOIN q) AS hits,
              json_build_object(${facetCounts.join(', ')}) AS facets`,
      params,
    )) as { total: number; hits: RawHit[]; facets: Record<Facet, FacetCount[]> }[];
    return {
      totalCount: row.total,
      offset: page.offset,
      facets: row.facets,
      hits: row.hits.map((hit) => ({
        ...hit,
        createdAt: new Date(hit.createdAt),
        excerpt: excerptSegments(hit.excerpt),
      })),
    };
  }

  /**
   * Published contributions of the consultation that share words with a draft, best first: shown
   * while someone writes, so they can support or answer an existing one instead of repeating it.
   * Any significant word of the draft may match (its lexemes joined by OR), ranked by how many and
   * how rare; no trigram pass, which on a long draft would compare thousands of trigrams per row.
   */
  async similarContributions(consultationId: string, draft: string, first: number): Promise<SearchHitRow[]> {
    const text = draft.trim().slice(0, SEARCH_LIMITS.draftMax);
    if (text.length < SEARCH_LIMITS.draftMin) return [];
    const rows = (await this.dataSource.query(
      `WITH q AS (SELECT replace(plainto_tsquery('italian', $1)::text, ' & ', ' | ')::tsquery AS tsq)
       SELECT c.id, c.kind, c.category, c.created_at AS "createdAt", k.area_codes AS "areaCodes",
              k.title AS heading, k.id AS "consultationId",
              coalesce(d.outcome, '${AWAITING_ANSWER}') AS status,
              ts_rank_cd(to_tsvector('italian', c.body), q.tsq) AS score,
              ${headline('c.body')} AS excerpt
         FROM contributions c
         JOIN consultations k ON k.id = c.consultation_id
         LEFT JOIN dispositions d ON d.contribution_id = c.id AND d.published_at IS NOT NULL
         CROSS JOIN q
        WHERE c.consultation_id = $2 AND c.status = 'PUBLISHED' AND k.status <> 'DRAFT'
          AND to_tsvector('italian', c.body) @@ q.tsq
        ORDER BY score DESC, c.created_at DESC LIMIT $3`,
      [text, consultationId, first],
    )) as (Omit<RawHit, 'type' | 'code' | 'quadrant'> & { createdAt: Date })[];
    return rows.map((row) => ({
      ...row,
      type: 'CONTRIBUTION',
      code: null,
      quadrant: null,
      excerpt: excerptSegments(row.excerpt),
    }));
  }
}

type RawHit = Omit<SearchHitRow, 'createdAt' | 'excerpt'> & { createdAt: string; excerpt: string };

function requireQuery(text: string): string {
  const query = text.trim();
  if (query.length < SEARCH_LIMITS.queryMin)
    throw InvalidInputError.field('query', `query must have at least ${SEARCH_LIMITS.queryMin} characters`);
  return query;
}
