import { AWAITING_ANSWER } from '@piano2030/shared-domain';

/** An intervention's words, its title weighing most; the index on interventions is on this expression. */
const INTERVENTION_VECTOR = `(setweight(to_tsvector('italian', i.title), 'A') || setweight(to_tsvector('italian', i.description || ' ' || i.objectives || ' ' || i.expected_results), 'B'))`;

/** How a branch matches and ranks: each predicate is an expression one of the GIN indexes covers. */
interface Matching {
  contribution: { where: string; score: string };
  intervention: { where: string; score: string };
  swot: { where: string; score: string };
}

const FULL_TEXT: Matching = {
  contribution: {
    where: `to_tsvector('italian', c.body) @@ q.tsq`,
    score: `ts_rank_cd(to_tsvector('italian', c.body), q.tsq)`,
  },
  intervention: {
    where: `${INTERVENTION_VECTOR} @@ q.tsq`,
    score: `ts_rank_cd(${INTERVENTION_VECTOR}, q.tsq)`,
  },
  swot: {
    where: `to_tsvector('italian', s.text) @@ q.tsq`,
    score: `ts_rank_cd(to_tsvector('italian', s.text), q.tsq)`,
  },
};

const SIMILAR_SPELLING: Matching = {
  contribution: { where: `$1 <% c.body`, score: `word_similarity($1, c.body)` },
  intervention: { where: `$1 <% i.title`, score: `word_similarity($1, i.title)` },
  swot: { where: `$1 <% s.text`, score: `word_similarity($1, s.text)` },
};

/** The three kinds of public document, matched one way. */
const branches = ({ contribution, intervention, swot }: Matching) => `
  SELECT 'CONTRIBUTION' AS type, c.id, k.area_codes, c.kind, c.category,
         coalesce(d.outcome, '${AWAITING_ANSWER}') AS status, c.created_at, c.body AS text,
         k.title AS heading, k.id AS consultation_id, NULL::text AS code, NULL::text AS quadrant,
         ${contribution.score} AS score
    FROM contributions c
    JOIN consultations k ON k.id = c.consultation_id AND k.status <> 'DRAFT'
    LEFT JOIN dispositions d ON d.contribution_id = c.id AND d.published_at IS NOT NULL
    CROSS JOIN q
   WHERE c.status = 'PUBLISHED' AND ${contribution.where}
  UNION ALL
  SELECT 'INTERVENTION', i.id, ARRAY[i.area_code], NULL, NULL, i.status, i.created_at,
         concat_ws(E'\\n', i.description, i.objectives, i.expected_results), i.title, NULL,
         i.area_code || '.' || i.number, NULL, ${intervention.score}
    FROM interventions i CROSS JOIN q
   WHERE i.status <> 'DRAFT' AND ${intervention.where}
  UNION ALL
  SELECT 'SWOT_ITEM', s.id, ARRAY[s.area_code], NULL, NULL, s.status, s.created_at, s.text,
         NULL, NULL, NULL, s.quadrant, ${swot.score}
    FROM swot_items s CROSS JOIN q
   WHERE s.status = 'PUBLISHED' AND ${swot.where}`;

/**
 * The searchable documents as CTEs ending in `docs`, built from the live tables (no copy to keep in
 * step): public contributions of consultations past their draft, interventions past theirs,
 * published SWOT items. Full text with the `italian` configuration first; only when it finds
 * nothing, trigram word similarity, for a misspelt query. Measured on 100,000 contributions, the
 * trigram recheck costs four times the full-text match, so it is not paid when the words exist.
 * $1 is the query text, the CTE `q` its tsquery.
 */
export const SEARCH_DOCUMENTS = `
  exact AS (${branches(FULL_TEXT)}),
  docs AS (
    SELECT * FROM exact
    UNION ALL
    SELECT * FROM (${branches(SIMILAR_SPELLING)}) fuzzy WHERE NOT EXISTS (SELECT 1 FROM exact))`;
