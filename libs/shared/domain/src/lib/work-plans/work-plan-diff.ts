/** The planned content of an activity: what a proposal freezes and a revision may change. */
export interface PlannedActivity {
  /** Stable across versions and quarters: the same activity revised or carried over. */
  lineageId: string;
  title: string;
  description: string;
  phaseCode: string;
  areaCode: string;
  ownerId: string;
  contributorIds: readonly string[];
  startOn: string;
  dueOn: string;
  deliverables: readonly string[];
}

export const PLANNED_FIELDS = [
  'title',
  'description',
  'phaseCode',
  'areaCode',
  'ownerId',
  'contributorIds',
  'startOn',
  'dueOn',
  'deliverables',
] as const;
export type PlannedField = (typeof PLANNED_FIELDS)[number];

export interface FieldChange {
  field: PlannedField;
  before: string;
  after: string;
}

export interface ActivityChange {
  lineageId: string;
  title: string;
  kind: 'ADDED' | 'REMOVED' | 'CHANGED';
  changes: FieldChange[];
}

const show = (value: string | readonly string[]): string =>
  typeof value === 'string' ? value : [...value].join('; ');

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().join('\u0000') === [...b].sort().join('\u0000');

function fieldChanges(before: PlannedActivity, after: PlannedActivity): FieldChange[] {
  return PLANNED_FIELDS.flatMap((field) => {
    const [a, b] = [before[field], after[field]];
    // Contributors are a set; deliverables are an ordered list the committee writes.
    const same = field === 'contributorIds' ? sameSet(a as string[], b as string[]) : show(a) === show(b);
    return same ? [] : [{ field, before: show(a), after: show(b) }];
  });
}

/**
 * What changed from one version of a plan to the next, activity by activity (matched by lineage):
 * added, removed, or changed with each field's before and after. Unchanged activities are left out.
 */
export function diffActivities(
  before: readonly PlannedActivity[],
  after: readonly PlannedActivity[],
): ActivityChange[] {
  const previous = new Map(before.map((a) => [a.lineageId, a]));
  const next = new Map(after.map((a) => [a.lineageId, a]));
  const changed: ActivityChange[] = after.flatMap((activity): ActivityChange[] => {
    const old = previous.get(activity.lineageId);
    if (!old) return [{ lineageId: activity.lineageId, title: activity.title, kind: 'ADDED', changes: [] }];
    const changes = fieldChanges(old, activity);
    return changes.length
      ? [{ lineageId: activity.lineageId, title: activity.title, kind: 'CHANGED', changes }]
      : [];
  });
  const removed: ActivityChange[] = before
    .filter((a) => !next.has(a.lineageId))
    .map((a) => ({ lineageId: a.lineageId, title: a.title, kind: 'REMOVED', changes: [] }));
  return [...changed, ...removed];
}
