import type { EntityManager } from 'typeorm';
import type { DispositionOutcome, SwotQuadrant } from '@piano2030/shared-domain';

/** An answer with what it links to, read in one statement (the intervention and SWOT tables by join). */
export interface DispositionRow {
  contributionId: string;
  consultationId: string;
  outcome: DispositionOutcome;
  reasons: string;
  version: number;
  preparedAt: Date;
  publishedAt: Date | null;
  interventionVersion: number | null;
  swotItemVersion: number | null;
  intervention: { id: string; reference: string; title: string; draft: boolean } | null;
  swotItem: { id: string; areaCode: string; quadrant: SwotQuadrant; text: string; draft: boolean } | null;
}

interface RawRow {
  contribution_id: string;
  consultation_id: string;
  outcome: DispositionOutcome;
  reasons: string;
  version: number;
  prepared_at: Date;
  published_at: Date | null;
  intervention_id: string | null;
  intervention_version: number | null;
  swot_item_id: string | null;
  swot_item_version: number | null;
  i_area: string | null;
  i_number: number | null;
  i_title: string | null;
  i_status: string | null;
  s_area: string | null;
  s_quadrant: SwotQuadrant | null;
  s_text: string | null;
  s_status: string | null;
}

const SELECT = `
  SELECT d.contribution_id, d.consultation_id, d.outcome, d.reasons, d.version, d.prepared_at, d.published_at,
    d.intervention_id, d.intervention_version, d.swot_item_id, d.swot_item_version,
    i.area_code AS i_area, i.number AS i_number, i.title AS i_title, i.status AS i_status,
    s.area_code AS s_area, s.quadrant AS s_quadrant, s.text AS s_text, s.status AS s_status
  FROM dispositions d
  LEFT JOIN interventions i ON i.id = d.intervention_id
  LEFT JOIN swot_items s ON s.id = d.swot_item_id`;

function toRow(raw: RawRow): DispositionRow {
  return {
    contributionId: raw.contribution_id,
    consultationId: raw.consultation_id,
    outcome: raw.outcome,
    reasons: raw.reasons,
    version: raw.version,
    preparedAt: raw.prepared_at,
    publishedAt: raw.published_at,
    interventionVersion: raw.intervention_version,
    swotItemVersion: raw.swot_item_version,
    intervention: raw.intervention_id
      ? {
          id: raw.intervention_id,
          reference: `${raw.i_area}.${raw.i_number}`,
          title: raw.i_title ?? '',
          draft: raw.i_status === 'DRAFT',
        }
      : null,
    swotItem: raw.swot_item_id
      ? {
          id: raw.swot_item_id,
          areaCode: raw.s_area ?? '',
          quadrant: raw.s_quadrant ?? 'STRENGTH',
          text: raw.s_text ?? '',
          draft: raw.s_status === 'DRAFT',
        }
      : null,
  };
}

/** The answers (prepared or published) of these contributions, whoever may see them: callers filter. */
export async function dispositionRowsByContributions(
  manager: EntityManager,
  contributionIds: readonly string[],
): Promise<DispositionRow[]> {
  if (!contributionIds.length) return [];
  const raw: RawRow[] = await manager.query(`${SELECT} WHERE d.contribution_id = ANY($1::uuid[])`, [
    [...contributionIds],
  ]);
  return raw.map(toRow);
}

/** What an answer links to: an intervention or a SWOT item. */
export type DispositionTarget = { interventionId: string } | { swotItemId: string };

export interface PublishedDispositionLink {
  contributionId: string;
  consultationId: string;
  outcome: DispositionOutcome;
  /** The version of the intervention or SWOT item that carries the change (null: none named). */
  targetVersion: number | null;
  publishedAt: Date;
}

/**
 * The published answers that link to an intervention or a SWOT item, oldest first, whatever the
 * status of their contributions: for the results report, search or notifications to build on.
 */
export async function publishedDispositionsLinkedTo(
  manager: EntityManager,
  target: DispositionTarget,
): Promise<PublishedDispositionLink[]> {
  const [column, version, id] =
    'interventionId' in target
      ? ['intervention_id', 'intervention_version', target.interventionId]
      : ['swot_item_id', 'swot_item_version', target.swotItemId];
  const raw = (await manager.query(
    `SELECT contribution_id, consultation_id, outcome, ${version} AS target_version, published_at
     FROM dispositions WHERE ${column} = $1 AND published_at IS NOT NULL ORDER BY published_at, contribution_id`,
    [id],
  )) as {
    contribution_id: string;
    consultation_id: string;
    outcome: DispositionOutcome;
    target_version: number | null;
    published_at: Date;
  }[];
  return raw.map((row) => ({
    contributionId: row.contribution_id,
    consultationId: row.consultation_id,
    outcome: row.outcome,
    targetVersion: row.target_version,
    publishedAt: row.published_at,
  }));
}
