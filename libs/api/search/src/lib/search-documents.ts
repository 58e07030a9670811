import { AWAITING_ANSWER } from '@piano2030/shared-domain';

/** An intervention's words, its title weighing most; the index on interventions is on this expression. */
const INTERVENTION_VECTOR = `(setweight(to_tsvector('italian', i.title), 'A') || setweight(to_tsvector('italian', i.description || ' ' || i.objectives || ' ' || i.expected_results), 'B'))`;

/**
 * The searchable documents as one relation, built from the live tables (no copy to keep in step):
 * public contributions of consultations past their draft, interventions past theirs, published SWOT
 * items. Each branch matches the query on an expression its GIN indexes cover (the full-text
 * vector with the `italian` configuration, and trigram word similarity for misspellings); only
 * rows that match leave the branch. $1 is the query text, the CTE `q` its tsquery.
 */
export const SEARCH_DOCUMENTS = `
  SELECT 'CONTRIBUTION' AS type, c.id, k.area_codes, c.kind, c.category,
         coalesce(d.outcome, '${AWAITING_ANSWER}') AS status, c.created_at, c.body AS text,
         k.title AS heading, k.id AS consultation_id, NULL::text AS code, NULL::text AS quadrant,
         ts_rank_cd(to_tsvector('italian', c.body), q.tsq) + word_similarity($1, c.body) AS score
    FROM contributions c
    JOIN consultations k ON k.id = c.consultation_id AND k.status <> 'DRAFT'
    LEFT JOIN dispositions d ON d.contribution_id = c.id AND d.published_at IS NOT NULL
    CROSS JOIN q
   WHERE c.status = 'PUBLISHED'
     AND (to_tsvector('italian', c.body) @@ q.tsq OR $1 <% c.body)
  UNION ALL
  SELECT 'INTERVENTION', i.id, ARRAY[i.area_code], NULL, NULL, i.status, i.created_at,
         concat_ws(E'\\n', i.description, i.objectives, i.expected_results), i.title, NULL,
         i.area_code || '.' || i.number, NULL,
         ts_rank_cd(${INTERVENTION_VECTOR}, q.tsq) + word_similarity($1, i.title)
    FROM interventions i CROSS JOIN q
   WHERE i.status <> 'DRAFT'
     AND (${INTERVENTION_VECTOR} @@ q.tsq OR $1 <% i.title)
  UNION ALL
  SELECT 'SWOT_ITEM', s.id, ARRAY[s.area_code], NULL, NULL, s.status, s.created_at, s.text,
         NULL, NULL, NULL, s.quadrant,
         ts_rank_cd(to_tsvector('italian', s.text), q.tsq) + word_similarity($1, s.text)
    FROM swot_items s CROSS JOIN q
   WHERE s.status = 'PUBLISHED'
     AND (to_tsvector('italian', s.text) @@ q.tsq OR $1 <% s.text)`;
