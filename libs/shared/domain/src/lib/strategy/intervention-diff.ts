import { FUNDING_SOURCES } from './funding-sources';
import {
  toCents,
  type InterventionContent,
  type InterventionKpi,
  type InterventionMilestone,
  type InterventionResource,
} from './intervention-content';
import type { InterventionStatus } from './intervention-states';
import { PLAN_LAST_YEAR } from './plan-horizon';
import { diffLines, diffWords, type DiffSegment } from './text-diff';

/** An intervention as one version freezes it. */
export interface InterventionSnapshot extends InterventionContent {
  status: InterventionStatus;
}

export const INTERVENTION_FIELDS: readonly (keyof InterventionSnapshot)[] = [
  'status',
  'priorityId',
  'title',
  'description',
  'objectives',
  'expectedResults',
  'guidelineCodes',
  'kpis',
  'resources',
  'startsOn',
  'endsOn',
  'milestones',
  'leadActor',
  'partners',
  'projectCodes',
];

export interface InterventionFieldChange {
  field: keyof InterventionSnapshot;
  before: string;
  after: string;
  segments: DiffSegment[];
}

export function describeResource(r: InterventionResource): string {
  return `${r.year} · ${r.source} · ${(toCents(r.amount) / 100).toFixed(2)}`;
}

export function describeKpi(k: InterventionKpi): string {
  const base = `${k.name} (${k.unit}): ${k.baselineValue} in ${k.baselineYear} → ${k.target2030} by ${PLAN_LAST_YEAR}`;
  return k.indicatorCode ? `${base} · ${k.indicatorCode}` : base;
}

export function describeMilestone(m: InterventionMilestone): string {
  return `${m.dueOn} · ${m.title}`;
}

type Kind = 'text' | 'list' | 'scalar';

const KINDS: Readonly<Record<keyof InterventionSnapshot, Kind>> = {
  status: 'scalar',
  priorityId: 'scalar',
  title: 'text',
  description: 'text',
  objectives: 'text',
  expectedResults: 'text',
  guidelineCodes: 'list',
  kpis: 'list',
  resources: 'list',
  startsOn: 'scalar',
  endsOn: 'scalar',
  milestones: 'list',
  leadActor: 'text',
  partners: 'list',
  projectCodes: 'list',
};

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const byYearAndSource = (a: InterventionResource, b: InterventionResource) =>
  a.year - b.year || FUNDING_SOURCES.indexOf(a.source) - FUNDING_SOURCES.indexOf(b.source);

const byDate = (a: InterventionMilestone, b: InterventionMilestone) =>
  byText(a.dueOn, b.dueOn) || byText(a.title, b.title);

/**
 * One entry per line, in a canonical order for what is a set, so that reordering a set is no
 * change. KPIs keep the committee's order: it is the order the intervention's sheet presents them.
 */
function lines(snapshot: InterventionSnapshot, field: keyof InterventionSnapshot): string[] {
  switch (field) {
    case 'kpis':
      return snapshot.kpis.map(describeKpi);
    case 'resources':
      return [...snapshot.resources].sort(byYearAndSource).map(describeResource);
    case 'milestones':
      return [...snapshot.milestones].sort(byDate).map(describeMilestone);
    case 'guidelineCodes':
    case 'projectCodes':
      return [...snapshot[field]].sort(byText);
    case 'partners':
      return [...snapshot.partners];
    default:
      return [String(snapshot[field])];
  }
}

/** Partners are shown in the order written but are a set: a mere reordering is no change. */
function samePartners(before: InterventionSnapshot, after: InterventionSnapshot): boolean {
  const [a, b] = [before.partners, after.partners].map((list) => [...list].sort(byText).join('\n'));
  return a === b;
}

function scalarSegments(before: string, after: string): DiffSegment[] {
  const segments: DiffSegment[] = [
    { op: 'DELETE', text: before },
    { op: 'INSERT', text: after },
  ];
  return segments.filter((s) => s.text !== '');
}

/** What changed between two versions of an intervention, field by field in display order. */
export function diffInterventions(
  before: InterventionSnapshot,
  after: InterventionSnapshot,
): InterventionFieldChange[] {
  return INTERVENTION_FIELDS.flatMap((field): InterventionFieldChange[] => {
    const [a, b] = [lines(before, field).join('\n'), lines(after, field).join('\n')];
    if (a === b || (field === 'partners' && samePartners(before, after))) return [];
    const kind = KINDS[field];
    const segments =
      kind === 'text' ? diffWords(a, b) : kind === 'list' ? diffLines(a, b) : scalarSegments(a, b);
    return [{ field, before: a, after: b, segments }];
  });
}
