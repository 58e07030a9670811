import {
  FUNDING_SOURCES,
  PLAN_YEARS,
  interventionContentErrors,
  type FundingSource,
  type InterventionContent,
} from '@piano2030/shared-domain';
import { amountInputText, cellKey, parseDecimal } from '../shared/money';

/** The fields of an intervention's content, in the order the form and the API's diffs present them. */
export const CONTENT_FIELDS = [
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
] as const satisfies readonly (keyof InterventionContent)[];
export type ContentField = (typeof CONTENT_FIELDS)[number];

export interface KpiRow {
  key: string;
  name: string;
  unit: string;
  baselineValue: string;
  baselineYear: string;
  target2030: string;
  indicatorCode: string;
}

export interface MilestoneRow {
  key: string;
  title: string;
  dueOn: string;
}

export interface PartnerRow {
  key: string;
  name: string;
}

/** The content as the form holds it: numbers as typed, rows with keys, resources by cell. */
export interface InterventionDraft {
  priorityId: string;
  title: string;
  description: string;
  objectives: string;
  expectedResults: string;
  guidelineCodes: string[];
  kpis: KpiRow[];
  /** Amounts as typed, by `cellKey(year, source)`; blank cells have no entry or ''. */
  resources: Record<string, string>;
  startsOn: string;
  endsOn: string;
  milestones: MilestoneRow[];
  leadActor: string;
  partners: PartnerRow[];
  projectCodes: string[];
}

let lastKey = 0;
/** Keys for repeatable rows, so React keeps each row's inputs when one above is removed. */
export const rowKey = () => `row-${++lastKey}`;

export const emptyKpi = (): KpiRow => ({
  key: rowKey(),
  name: '',
  unit: '',
  baselineValue: '',
  baselineYear: '',
  target2030: '',
  indicatorCode: '',
});
export const emptyMilestone = (): MilestoneRow => ({ key: rowKey(), title: '', dueOn: '' });
export const emptyPartner = (): PartnerRow => ({ key: rowKey(), name: '' });

export function emptyDraft(priorityId = ''): InterventionDraft {
  return {
    priorityId,
    title: '',
    description: '',
    objectives: '',
    expectedResults: '',
    guidelineCodes: [],
    kpis: [],
    resources: {},
    startsOn: '',
    endsOn: '',
    milestones: [],
    leadActor: '',
    partners: [],
    projectCodes: [],
  };
}

const sourceOrder = (source: string) => FUNDING_SOURCES.indexOf(source as FundingSource);

/**
 * An intervention's content in a canonical form, whatever it came from (the API's answer, a
 * CONFLICT's `current`): only the content's fields, resources by year then the plan's source
 * order and without zero lines, KPIs without an indicator as null.
 */
export function contentOf(source: Readonly<Record<string, unknown>>): InterventionContent {
  const value = source as unknown as InterventionContent;
  return {
    priorityId: String(value.priorityId ?? ''),
    title: String(value.title ?? ''),
    description: String(value.description ?? ''),
    objectives: String(value.objectives ?? ''),
    expectedResults: String(value.expectedResults ?? ''),
    guidelineCodes: [...(value.guidelineCodes ?? [])],
    kpis: (value.kpis ?? []).map((kpi) => ({
      name: kpi.name,
      unit: kpi.unit,
      baselineValue: kpi.baselineValue,
      baselineYear: kpi.baselineYear,
      target2030: kpi.target2030,
      indicatorCode: kpi.indicatorCode ?? null,
    })),
    resources: (value.resources ?? [])
      .filter((line) => line.amount !== 0)
      .map((line) => ({ year: line.year, source: line.source, amount: line.amount }))
      .sort((a, b) => a.year - b.year || sourceOrder(a.source) - sourceOrder(b.source)),
    startsOn: String(value.startsOn ?? ''),
    endsOn: String(value.endsOn ?? ''),
    milestones: (value.milestones ?? []).map((milestone) => ({
      title: milestone.title,
      dueOn: milestone.dueOn,
    })),
    leadActor: String(value.leadActor ?? ''),
    partners: [...(value.partners ?? [])],
    projectCodes: [...(value.projectCodes ?? [])],
  };
}

const numberText = (value: number, locale: string) =>
  Number.isFinite(value)
    ? new Intl.NumberFormat(locale, { useGrouping: false, maximumFractionDigits: 6 }).format(value)
    : '';

/** One field of the content as the form shows it. */
export function draftField<F extends ContentField>(
  content: InterventionContent,
  field: F,
  locale: string,
): InterventionDraft[F] {
  const fields: { [K in ContentField]: () => InterventionDraft[K] } = {
    priorityId: () => content.priorityId,
    title: () => content.title,
    description: () => content.description,
    objectives: () => content.objectives,
    expectedResults: () => content.expectedResults,
    guidelineCodes: () => [...content.guidelineCodes],
    kpis: () =>
      content.kpis.map((kpi) => ({
        key: rowKey(),
        name: kpi.name,
        unit: kpi.unit,
        baselineValue: numberText(kpi.baselineValue, locale),
        baselineYear: Number.isFinite(kpi.baselineYear) ? String(kpi.baselineYear) : '',
        target2030: numberText(kpi.target2030, locale),
        indicatorCode: kpi.indicatorCode ?? '',
      })),
    resources: () =>
      Object.fromEntries(
        content.resources.map((line) => [
          cellKey(line.year, line.source),
          amountInputText(line.amount, locale),
        ]),
      ),
    startsOn: () => content.startsOn,
    endsOn: () => content.endsOn,
    milestones: () => content.milestones.map((milestone) => ({ key: rowKey(), ...milestone })),
    leadActor: () => content.leadActor,
    partners: () => content.partners.map((name) => ({ key: rowKey(), name })),
    projectCodes: () => [...content.projectCodes],
  };
  return fields[field]() as InterventionDraft[F];
}

export function draftOf(content: InterventionContent, locale: string): InterventionDraft {
  return Object.fromEntries(
    CONTENT_FIELDS.map((field) => [field, draftField(content, field, locale)]),
  ) as unknown as InterventionDraft;
}

/** The content a draft stands for, with where each sent line came from in the form. */
export interface ReadDraft {
  content: InterventionContent;
  /** For each sent resource line, its cell: the API names lines by their index (`resources.2.amount`). */
  resourceCells: string[];
  /** For each sent partner, its row in the form (blank rows are not sent). */
  partnerRows: number[];
}

const yearOf = (text: string) => (/^\s*\d{1,4}\s*$/.test(text) ? Number(text) : Number.NaN);
const numberOf = (text: string, locale: string) => parseDecimal(text, locale) ?? Number.NaN;

/**
 * What the form would send. Text is trimmed as the API trims it; blank and zero cells are no
 * resource line; numbers that cannot be read become NaN, which the content rules then reject
 * with their own message beside the field ("must be a finite number").
 */
export function readDraft(draft: InterventionDraft, locale: string): ReadDraft {
  const resourceCells: string[] = [];
  const resources: InterventionContent['resources'][number][] = [];
  for (const year of PLAN_YEARS) {
    for (const source of FUNDING_SOURCES) {
      const key = cellKey(year, source);
      const amount = parseDecimal(draft.resources[key] ?? '', locale);
      if (amount === null || amount === 0) continue;
      resources.push({ year, source, amount });
      resourceCells.push(key);
    }
  }
  const partnerRows: number[] = [];
  const partners: string[] = [];
  draft.partners.forEach((row, index) => {
    const name = row.name.trim();
    if (!name) return;
    partners.push(name);
    partnerRows.push(index);
  });
  return {
    content: {
      priorityId: draft.priorityId,
      title: draft.title.trim(),
      description: draft.description.trim(),
      objectives: draft.objectives.trim(),
      expectedResults: draft.expectedResults.trim(),
      guidelineCodes: [...draft.guidelineCodes],
      kpis: draft.kpis.map((row) => ({
        name: row.name.trim(),
        unit: row.unit.trim(),
        baselineValue: numberOf(row.baselineValue, locale),
        baselineYear: yearOf(row.baselineYear),
        target2030: numberOf(row.target2030, locale),
        indicatorCode: row.indicatorCode || null,
      })),
      resources,
      startsOn: draft.startsOn,
      endsOn: draft.endsOn,
      milestones: draft.milestones.map((row) => ({ title: row.title.trim(), dueOn: row.dueOn })),
      leadActor: draft.leadActor.trim(),
      partners,
      projectCodes: [...draft.projectCodes],
    },
    resourceCells,
    partnerRows,
  };
}

/** The content rules of the shared domain, the very ones the API applies, keyed by field path. */
export function checkContent(read: ReadDraft): Record<string, string[]> {
  return interventionContentErrors(read.content);
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Content as the API's inputs take it: the same fields, in plain (mutable) arrays. */
export type ContentInput = {
  -readonly [K in keyof InterventionContent]: InterventionContent[K] extends readonly (infer Item)[]
    ? Item[]
    : InterventionContent[K];
};

export function inputOf(content: InterventionContent): ContentInput {
  return Object.fromEntries(
    Object.entries(content).map(([field, value]) => [field, Array.isArray(value) ? [...value] : value]),
  ) as ContentInput;
}

/** The fields whose value differs between two contents, in form order. */
export function differingFields(before: InterventionContent, after: InterventionContent): ContentField[] {
  return CONTENT_FIELDS.filter((field) => !same(before[field], after[field]));
}

/** Only what the person changed, as the update sends it: the audit trail then says exactly that. */
export function changedFields(
  before: InterventionContent,
  after: InterventionContent,
): Partial<ContentInput> {
  const all = inputOf(after);
  return Object.fromEntries(differingFields(before, after).map((field) => [field, all[field]]));
}

export interface Rebased {
  draft: InterventionDraft;
  /** Fields the person changed, with the newer version's value beside theirs. */
  mine: ContentField[];
  /** Of those, the ones the newer version changed too. */
  theirsToo: ContentField[];
}

/**
 * Moves what the person typed onto a newer version: fields they changed keep their value, the
 * others take the newer version's, so saving never undoes someone else's change to a field the
 * person did not touch.
 */
export function rebaseDraft(
  draft: InterventionDraft,
  oldBase: InterventionContent,
  newBase: InterventionContent,
  locale: string,
): Rebased {
  const typed = readDraft(draft, locale).content;
  const mine = differingFields(oldBase, typed);
  const rebased = { ...draft } as Record<ContentField, unknown>;
  for (const field of CONTENT_FIELDS) {
    if (!mine.includes(field)) rebased[field] = draftField(newBase, field, locale);
  }
  return {
    draft: rebased as unknown as InterventionDraft,
    mine: mine.filter((field) => !same(newBase[field], typed[field])),
    theirsToo: mine.filter((field) => !same(oldBase[field], newBase[field])),
  };
}
