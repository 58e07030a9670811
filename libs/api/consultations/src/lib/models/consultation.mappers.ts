import type { FieldErrors } from '@piano2030/api-core';
import {
  isShortWindow,
  schedulingProblems,
  windowDays,
  type ConsultationDocument,
  type DocumentProblem,
  type JsonObject,
  type JsonValue,
} from '@piano2030/shared-domain';
import { distinct } from '../consultation-scope';
import type { ConsultationFields } from '../dto/consultation.inputs';
import type { ConsultationEntity } from '../entities/consultation.entity';
import type { ConsultationModel } from './consultation.model';

/*
 * Between the input, the entity and the model: what the committee writes, what changed, and the
 * consultation as the API shows it.
 */

/** The document as the shared rules read it. */
export const documentOf = (c: ConsultationEntity): ConsultationDocument => ({
  title: c.title,
  areaCodes: c.areaCodes,
  objectives: c.objectives,
  context: c.context,
  questions: c.questions,
  useOfContributions: c.useOfContributions,
  timeline: c.timeline,
  resultsReportDue: c.resultsReportDue,
  opensAt: c.opensAt,
  closesAt: c.closesAt,
  shortWindowReason: c.shortWindowReason,
});

/**
 * `canManage`: the caller runs consultations; only they see what keeps a draft from being
 * scheduled (a scheduled one has passed the checklist already).
 */
export function toConsultationModel(
  c: ConsultationEntity,
  canManage: boolean,
  now: Date = new Date(),
): ConsultationModel {
  return {
    id: c.id,
    status: c.status,
    version: c.version,
    title: c.title,
    areaCodes: c.areaCodes,
    interventionIds: c.interventionIds,
    swotItemIds: c.swotItemIds,
    planSection: c.planSection,
    objectives: c.objectives,
    context: c.context,
    questions: c.questions,
    useOfContributions: c.useOfContributions,
    timeline: c.timeline,
    resultsReportDue: c.resultsReportDue,
    opensAt: c.opensAt,
    closesAt: c.closesAt,
    shortWindowReason: c.shortWindowReason,
    shortWindow: isShortWindow(c.opensAt, c.closesAt),
    windowDays: c.opensAt && c.closesAt ? windowDays(c.opensAt, c.closesAt) : null,
    settings: {
      preModeration: c.preModeration,
      participation: c.participation,
      hideAfterReports: c.hideAfterReports,
    },
    contributionCount: c.contributionCount,
    openedAt: c.openedAt,
    closedAt: c.closedAt,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
    viewerCanManage: canManage,
    schedulingProblems: canManage && c.status === 'DRAFT' ? schedulingProblems(documentOf(c), now) : [],
  };
}

/** The columns the committee writes: the document, its scope and the settings. */
export const EDITABLE_FIELDS = [
  'title',
  'areaCodes',
  'interventionIds',
  'swotItemIds',
  'planSection',
  'objectives',
  'context',
  'questions',
  'useOfContributions',
  'timeline',
  'resultsReportDue',
  'opensAt',
  'closesAt',
  'shortWindowReason',
  'preModeration',
  'participation',
  'hideAfterReports',
] as const satisfies readonly (keyof ConsultationEntity)[];
export type EditableField = (typeof EDITABLE_FIELDS)[number];
export type EditableColumns = Pick<ConsultationEntity, EditableField>;

export const SCOPE_FIELDS: readonly EditableField[] = ['areaCodes', 'interventionIds', 'swotItemIds'];

/** A new draft before its input: nothing but defaults. */
export const BLANK_CONSULTATION: EditableColumns = {
  title: '',
  areaCodes: [],
  interventionIds: [],
  swotItemIds: [],
  planSection: null,
  objectives: '',
  context: '',
  questions: [],
  useOfContributions: '',
  timeline: '',
  resultsReportDue: null,
  opensAt: null,
  closesAt: null,
  shortWindowReason: null,
  preModeration: false,
  participation: 'REGISTERED',
  hideAfterReports: 3,
};

/**
 * The columns after an input: fields left out keep their value; lists lose repeats and blank
 * questions; an empty optional text is null.
 */
export function applyConsultationInput(
  current: EditableColumns,
  input: ConsultationFields & { title?: string },
): EditableColumns {
  const next: EditableColumns = { ...current };
  const set = <K extends EditableField>(key: K, value: EditableColumns[K] | undefined) => {
    if (value !== undefined) next[key] = value;
  };
  const orNull = (value: string | null | undefined) => (value === undefined ? undefined : value || null);
  set('title', input.title);
  set('areaCodes', input.areaCodes && distinct(input.areaCodes));
  set('interventionIds', input.interventionIds && distinct(input.interventionIds));
  set('swotItemIds', input.swotItemIds && distinct(input.swotItemIds));
  set('planSection', orNull(input.planSection));
  set('objectives', input.objectives);
  set('context', input.context);
  set('questions', input.questions?.map((q) => q.trim()).filter(Boolean));
  set('useOfContributions', input.useOfContributions);
  set('timeline', input.timeline);
  set('resultsReportDue', input.resultsReportDue);
  set('opensAt', input.opensAt);
  set('closesAt', input.closesAt);
  set('shortWindowReason', orNull(input.shortWindowReason));
  set('preModeration', input.preModeration);
  set('participation', input.participation);
  set('hideAfterReports', input.hideAfterReports);
  return next;
}

export const jsonOf = (value: unknown): JsonValue =>
  value instanceof Date ? value.toISOString() : (value as JsonValue);

/** The fields whose value differs, in the order of the document. */
export function changedFields(before: EditableColumns, after: EditableColumns): EditableField[] {
  return EDITABLE_FIELDS.filter(
    (field) => JSON.stringify(jsonOf(before[field])) !== JSON.stringify(jsonOf(after[field])),
  );
}

/** Problems of the shared rules, as field errors (a field may have several). */
export function fieldErrorsOf(problems: readonly DocumentProblem[], into: FieldErrors = {}): FieldErrors {
  for (const { field, message } of problems) {
    const messages = (into[field] ??= []);
    if (!messages.includes(message)) messages.push(message);
  }
  return into;
}

export const valuesOf = (columns: Partial<EditableColumns>, fields: readonly EditableField[]): JsonObject =>
  Object.fromEntries(fields.map((field) => [field, jsonOf(columns[field])]));

export const hasErrors = (errors: FieldErrors) => Object.keys(errors).length > 0;
