import { FUNDING_SOURCES, isFundingSource, type FundingSource } from './funding-sources';
import { PLAN_END, PLAN_FIRST_YEAR, PLAN_LAST_YEAR, PLAN_START, isIsoDate } from './plan-horizon';

/** Money planned for one year from one source, in euros with at most two decimals. */
export interface InterventionResource {
  year: number;
  source: FundingSource;
  amount: number;
}

export interface InterventionKpi {
  name: string;
  unit: string;
  baselineValue: number;
  baselineYear: number;
  target2030: number;
  /** The code of the context indicator series this KPI follows, when there is one. */
  indicatorCode: string | null;
}

export interface InterventionMilestone {
  title: string;
  dueOn: string;
}

/** What the committee writes for an intervention (scheda intervento); versions and diffs compare these. */
export interface InterventionContent {
  priorityId: string;
  title: string;
  description: string;
  objectives: string;
  expectedResults: string;
  guidelineCodes: readonly string[];
  kpis: readonly InterventionKpi[];
  resources: readonly InterventionResource[];
  startsOn: string;
  endsOn: string;
  milestones: readonly InterventionMilestone[];
  leadActor: string;
  partners: readonly string[];
  projectCodes: readonly string[];
}

export const INTERVENTION_LIMITS = {
  titleMax: 200,
  textMax: 10000,
  kpisMax: 20,
  resourcesMax: 200,
  milestonesMax: 30,
  partnersMax: 30,
  actorMax: 200,
  maxAmount: 1e11,
} as const;

/** Baselines may predate the plan: the context analysis goes back to the start of the century. */
export const KPI_BASELINE_FIRST_YEAR = 2000;

/** Amounts in whole cents, so sums of many euro amounts stay exact. */
export function toCents(amount: number): number {
  return Math.round(amount * 100);
}

export function totalResources(resources: readonly InterventionResource[]): number {
  return resources.reduce((cents, r) => cents + toCents(r.amount), 0) / 100;
}

/** The closest double to a two-decimal amount is exactly what dividing its cents by 100 gives back. */
function hasAtMostTwoDecimals(amount: number): boolean {
  return toCents(amount) / 100 === amount;
}

/** Counted in code points, as the database counts characters. */
const length = (text: string) => [...text].length;

type Errors = Record<string, string[]>;

function add(errors: Errors, path: string, message: string): void {
  (errors[path] ??= []).push(message);
}

/** Messages name the field itself ('name'), not its whole path ('kpis.0.name'): the form shows them beside it. */
const label = (path: string) =>
  path
    .replace(/^partners\.\d+$/, 'partner')
    .split('.')
    .pop() as string;

interface TextRule {
  max: number;
  required?: boolean;
  /** Names and titles are shown one per line in lists and diffs, so a line break would split them. */
  singleLine?: boolean;
}

function checkText(errors: Errors, path: string, text: string, rule: TextRule): void {
  if (rule.required && text.trim() === '') add(errors, path, `${label(path)} must not be empty`);
  if (length(text) > rule.max)
    add(errors, path, `${label(path)} must be at most ${rule.max} characters (got ${length(text)})`);
  if (rule.singleLine && /[\r\n]/.test(text)) add(errors, path, `${label(path)} must fit on one line`);
}

function checkCount(errors: Errors, path: string, items: readonly unknown[], max: number): void {
  if (items.length > max) add(errors, path, `${path} may list at most ${max} entries (got ${items.length})`);
}

function checkYear(errors: Errors, path: string, year: number, first: number, last: number): void {
  if (!Number.isInteger(year) || year < first || year > last)
    add(errors, path, `${label(path)} must be a whole year from ${first} to ${last} (got ${year})`);
}

function checkFinite(errors: Errors, path: string, value: number): void {
  if (!Number.isFinite(value)) add(errors, path, `${label(path)} must be a finite number (got ${value})`);
}

/** Blank codes and codes listed twice; a set of codes must name each one once. */
function checkCodes(errors: Errors, path: string, codes: readonly string[]): void {
  if (codes.some((code) => code.trim() === '')) add(errors, path, `${path} must not contain blank entries`);
  if (codes.some((code) => /[\r\n]/.test(code))) add(errors, path, `${path} must not contain line breaks`);
  const seen = new Set<string>();
  for (const code of codes) {
    if (seen.has(code)) add(errors, path, `${code} is listed twice`);
    seen.add(code);
  }
}

function checkAmount(errors: Errors, path: string, amount: number): void {
  if (!Number.isFinite(amount)) add(errors, path, `amount must be a finite number (got ${amount})`);
  else if (amount < 0) add(errors, path, `amount must be zero or more (got ${amount})`);
  else if (amount > INTERVENTION_LIMITS.maxAmount)
    add(errors, path, `amount must be at most ${INTERVENTION_LIMITS.maxAmount} (got ${amount})`);
  else if (!hasAtMostTwoDecimals(amount))
    add(errors, path, `amount must have at most 2 decimals (got ${amount})`);
}

function checkResources(errors: Errors, resources: readonly InterventionResource[]): void {
  checkCount(errors, 'resources', resources, INTERVENTION_LIMITS.resourcesMax);
  const seen = new Set<string>();
  resources.forEach((r, i) => {
    const path = `resources.${i}`;
    checkYear(errors, `${path}.year`, r.year, PLAN_FIRST_YEAR, PLAN_LAST_YEAR);
    if (!isFundingSource(r.source))
      add(errors, `${path}.source`, `source must be one of ${FUNDING_SOURCES.join(', ')} (got ${r.source})`);
    checkAmount(errors, `${path}.amount`, r.amount);
    // One line per year and source keeps the tables additive: two lines would be summed silently.
    const key = `${r.year} · ${r.source}`;
    if (seen.has(key)) add(errors, path, `${key} is listed twice`);
    seen.add(key);
  });
}

function checkKpis(errors: Errors, kpis: readonly InterventionKpi[]): void {
  checkCount(errors, 'kpis', kpis, INTERVENTION_LIMITS.kpisMax);
  kpis.forEach((kpi, i) => {
    const path = `kpis.${i}`;
    checkText(errors, `${path}.name`, kpi.name, {
      max: INTERVENTION_LIMITS.titleMax,
      required: true,
      singleLine: true,
    });
    checkText(errors, `${path}.unit`, kpi.unit, {
      max: INTERVENTION_LIMITS.titleMax,
      required: true,
      singleLine: true,
    });
    checkFinite(errors, `${path}.baselineValue`, kpi.baselineValue);
    checkFinite(errors, `${path}.target2030`, kpi.target2030);
    checkYear(errors, `${path}.baselineYear`, kpi.baselineYear, KPI_BASELINE_FIRST_YEAR, PLAN_LAST_YEAR);
    if (kpi.indicatorCode !== null && kpi.indicatorCode.trim() === '')
      add(errors, `${path}.indicatorCode`, 'indicatorCode must be null rather than blank');
  });
}

/** Each bound is checked only when it is itself a valid date, so one bad date gives one error. */
function checkDates(errors: Errors, content: InterventionContent): void {
  const { startsOn, endsOn } = content;
  const startValid = isIsoDate(startsOn);
  const endValid = isIsoDate(endsOn);
  if (!startValid) add(errors, 'startsOn', `startsOn must be a date written YYYY-MM-DD (got '${startsOn}')`);
  else if (startsOn < PLAN_START)
    add(errors, 'startsOn', `startsOn must be on or after ${PLAN_START} (got ${startsOn})`);
  if (!endValid) add(errors, 'endsOn', `endsOn must be a date written YYYY-MM-DD (got '${endsOn}')`);
  else if (endsOn > PLAN_END)
    add(errors, 'endsOn', `endsOn must be on or before ${PLAN_END} (got ${endsOn})`);
  if (startValid && endValid && endsOn < startsOn)
    add(errors, 'endsOn', `endsOn must be on or after startsOn ${startsOn} (got ${endsOn})`);

  checkCount(errors, 'milestones', content.milestones, INTERVENTION_LIMITS.milestonesMax);
  content.milestones.forEach((milestone, i) => {
    const path = `milestones.${i}`;
    checkText(errors, `${path}.title`, milestone.title, {
      max: INTERVENTION_LIMITS.titleMax,
      required: true,
      singleLine: true,
    });
    const { dueOn } = milestone;
    if (!isIsoDate(dueOn))
      add(errors, `${path}.dueOn`, `dueOn must be a date written YYYY-MM-DD (got '${dueOn}')`);
    else if ((startValid && dueOn < startsOn) || (endValid && dueOn > endsOn))
      add(errors, `${path}.dueOn`, `dueOn must fall between ${startsOn} and ${endsOn} (got ${dueOn})`);
  });
}

/**
 * Everything wrong with an intervention's content, keyed by the path of the offending field, each
 * message naming the value. Whether the priority and the codes exist is for the caller to check.
 */
export function interventionContentErrors(content: InterventionContent): Record<string, string[]> {
  const errors: Errors = {};
  const { titleMax, textMax, actorMax } = INTERVENTION_LIMITS;
  if (content.priorityId.trim() === '') add(errors, 'priorityId', 'priorityId must not be empty');
  checkText(errors, 'title', content.title, { max: titleMax, required: true, singleLine: true });
  checkText(errors, 'description', content.description, { max: textMax });
  checkText(errors, 'objectives', content.objectives, { max: textMax });
  checkText(errors, 'expectedResults', content.expectedResults, { max: textMax });
  if (content.guidelineCodes.length === 0)
    add(errors, 'guidelineCodes', 'guidelineCodes must name at least one guideline');
  checkCodes(errors, 'guidelineCodes', content.guidelineCodes);
  checkKpis(errors, content.kpis);
  checkResources(errors, content.resources);
  checkDates(errors, content);
  checkText(errors, 'leadActor', content.leadActor, { max: actorMax, singleLine: true });
  checkCount(errors, 'partners', content.partners, INTERVENTION_LIMITS.partnersMax);
  checkCodes(errors, 'partners', content.partners);
  content.partners.forEach((partner, i) => checkText(errors, `partners.${i}`, partner, { max: actorMax }));
  checkCodes(errors, 'projectCodes', content.projectCodes);
  return errors;
}
