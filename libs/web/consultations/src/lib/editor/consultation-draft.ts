import {
  CONSULTATION_LIMITS as L,
  type ConsultationDocument,
  type ParticipationMode,
} from '@piano2030/shared-domain';
import type { CommitteeConsultationFragment } from '@piano2030/web-core';
import { romeLocalToDate, toRomeLocal } from '@piano2030/web-ui';

/** The fields the committee writes, in the order the form presents them. */
export const EDITOR_FIELDS = [
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
  'opensAt',
  'closesAt',
  'shortWindowReason',
  'resultsReportDue',
  'preModeration',
  'participation',
  'hideAfterReports',
] as const;
export type EditorField = (typeof EDITOR_FIELDS)[number];

/** Limits the API applies beyond the shared ones (its input validation). */
export const EDITOR_LIMITS = {
  planSectionMax: 300,
  hideAfterReportsMin: 1,
  hideAfterReportsMax: 50,
  defaultHideAfterReports: 3,
} as const;

export interface QuestionRow {
  key: string;
  text: string;
}

/** The consultation as the form holds it: text as typed, dates as Italian wall-clock time. */
export interface ConsultationDraft {
  title: string;
  areaCodes: string[];
  interventionIds: string[];
  swotItemIds: string[];
  planSection: string;
  objectives: string;
  context: string;
  questions: QuestionRow[];
  useOfContributions: string;
  timeline: string;
  /** `YYYY-MM-DDTHH:mm`, Italian time, or ''. */
  opensAt: string;
  closesAt: string;
  shortWindowReason: string;
  /** `YYYY-MM-DD` or ''. */
  resultsReportDue: string;
  preModeration: boolean;
  participation: ParticipationMode;
  /** As typed. */
  hideAfterReports: string;
}

/** What the form would send, field by field, as the API stores it (trimmed, blanks dropped). */
export interface ConsultationValues {
  title: string;
  areaCodes: string[];
  interventionIds: string[];
  swotItemIds: string[];
  planSection: string | null;
  objectives: string;
  context: string;
  questions: string[];
  useOfContributions: string;
  timeline: string;
  opensAt: string | null;
  closesAt: string | null;
  shortWindowReason: string | null;
  resultsReportDue: string | null;
  preModeration: boolean;
  participation: ParticipationMode;
  hideAfterReports: number;
}

export interface ReadDraft {
  values: ConsultationValues;
  /** For each sent question, its row in the form (blank rows are not sent). */
  questionRows: number[];
}

let lastKey = 0;
/** Keys for question rows, so React keeps each row's input when one above is removed. */
export const rowKey = () => `question-${++lastKey}`;

export const emptyQuestion = (): QuestionRow => ({ key: rowKey(), text: '' });

export function emptyDraft(): ConsultationDraft {
  return {
    title: '',
    areaCodes: [],
    interventionIds: [],
    swotItemIds: [],
    planSection: '',
    objectives: '',
    context: '',
    questions: [emptyQuestion()],
    useOfContributions: '',
    timeline: '',
    opensAt: '',
    closesAt: '',
    shortWindowReason: '',
    resultsReportDue: '',
    preModeration: false,
    participation: 'REGISTERED',
    hideAfterReports: String(EDITOR_LIMITS.defaultHideAfterReports),
  };
}

const localOf = (instant: string | null) => (instant ? toRomeLocal(new Date(instant)) : '');

/** A saved consultation as the form shows it. */
export function draftOf(consultation: CommitteeConsultationFragment): ConsultationDraft {
  return {
    title: consultation.title,
    areaCodes: [...consultation.areaCodes],
    interventionIds: [...consultation.interventionIds],
    swotItemIds: [...consultation.swotItemIds],
    planSection: consultation.planSection ?? '',
    objectives: consultation.objectives,
    context: consultation.context,
    questions: consultation.questions.length
      ? consultation.questions.map((text) => ({ key: rowKey(), text }))
      : [emptyQuestion()],
    useOfContributions: consultation.useOfContributions,
    timeline: consultation.timeline,
    opensAt: localOf(consultation.opensAt),
    closesAt: localOf(consultation.closesAt),
    shortWindowReason: consultation.shortWindowReason ?? '',
    resultsReportDue: consultation.resultsReportDue ?? '',
    preModeration: consultation.settings.preModeration,
    participation: consultation.settings.participation,
    hideAfterReports: String(consultation.settings.hideAfterReports),
  };
}

const instantOf = (local: string) => romeLocalToDate(local)?.toISOString() ?? null;
const hideAfterOf = (text: string) => (/^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN);

export function readDraft(draft: ConsultationDraft): ReadDraft {
  const questions: string[] = [];
  const questionRows: number[] = [];
  draft.questions.forEach((row, index) => {
    const text = row.text.trim();
    if (!text) return;
    questions.push(text);
    questionRows.push(index);
  });
  return {
    values: {
      title: draft.title.trim(),
      areaCodes: [...draft.areaCodes],
      interventionIds: [...draft.interventionIds],
      swotItemIds: [...draft.swotItemIds],
      planSection: draft.planSection.trim() || null,
      objectives: draft.objectives.trim(),
      context: draft.context.trim(),
      questions,
      useOfContributions: draft.useOfContributions.trim(),
      timeline: draft.timeline.trim(),
      opensAt: instantOf(draft.opensAt),
      closesAt: instantOf(draft.closesAt),
      shortWindowReason: draft.shortWindowReason.trim() || null,
      resultsReportDue: draft.resultsReportDue || null,
      preModeration: draft.preModeration,
      participation: draft.participation,
      hideAfterReports: hideAfterOf(draft.hideAfterReports),
    },
    questionRows,
  };
}

/** The document as the shared scheduling rules read it. */
export function documentOf(values: ConsultationValues): ConsultationDocument {
  return {
    title: values.title,
    areaCodes: values.areaCodes,
    objectives: values.objectives,
    context: values.context,
    questions: values.questions,
    useOfContributions: values.useOfContributions,
    timeline: values.timeline,
    resultsReportDue: values.resultsReportDue,
    opensAt: values.opensAt ? new Date(values.opensAt) : null,
    closesAt: values.closesAt ? new Date(values.closesAt) : null,
    shortWindowReason: values.shortWindowReason,
  };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The fields whose value differs between two drafts, in form order. */
export function differingFields(before: ConsultationDraft, after: ConsultationDraft): EditorField[] {
  const a = readDraft(before).values;
  const b = readDraft(after).values;
  return EDITOR_FIELDS.filter((field) => !same(a[field], b[field]));
}

export type ConsultationInput = Partial<ConsultationValues>;

/** Only what the person changed, as the update sends it: the audit trail then says exactly that. */
export function changedInput(base: ConsultationDraft, draft: ConsultationDraft): ConsultationInput {
  const values = readDraft(draft).values;
  return Object.fromEntries(differingFields(base, draft).map((field) => [field, values[field]]));
}

/** A new draft sends what was written; empty fields are left to their defaults. */
export function createInput(draft: ConsultationDraft): ConsultationInput & { title: string } {
  const empty = emptyDraft();
  return { ...changedInput(empty, draft), title: readDraft(draft).values.title };
}

/**
 * The form's own checks, with the API's sentences so both read the same way beside the fields:
 * lengths, the number of questions, the reports threshold, the window in order.
 */
export function checkDraft(read: ReadDraft, fields: readonly EditorField[]): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  const add = (field: string, message: string) => (errors[field] ??= []).push(message);
  const { values } = read;
  const checked = new Set(fields);
  const length = (text: string | null) => [...(text ?? '')].length;
  if (checked.has('title') && (length(values.title) < L.titleMin || length(values.title) > L.titleMax))
    add('title', `title must be between ${L.titleMin} and ${L.titleMax} characters`);
  for (const field of ['objectives', 'context', 'useOfContributions', 'timeline'] as const) {
    if (checked.has(field) && length(values[field]) > L.textMax)
      add(field, `${field} must be at most ${L.textMax} characters`);
  }
  if (checked.has('planSection') && length(values.planSection) > EDITOR_LIMITS.planSectionMax)
    add('planSection', `planSection must be at most ${EDITOR_LIMITS.planSectionMax} characters`);
  if (checked.has('questions')) {
    if (values.questions.length > L.questionsMax)
      add('questions', `questions can list at most ${L.questionsMax} questions`);
    values.questions.forEach((question, index) => {
      if (length(question) > L.questionMax)
        add(`questions.${index}`, `each question must be at most ${L.questionMax} characters`);
    });
  }
  if (checked.has('shortWindowReason') && length(values.shortWindowReason) > L.reasonMax)
    add('shortWindowReason', `shortWindowReason must be at most ${L.reasonMax} characters`);
  if (
    (checked.has('opensAt') || checked.has('closesAt')) &&
    values.opensAt &&
    values.closesAt &&
    values.closesAt <= values.opensAt
  )
    add('closesAt', 'closesAt must be after opensAt');
  const hide = values.hideAfterReports;
  if (
    checked.has('hideAfterReports') &&
    !(
      Number.isInteger(hide) &&
      hide >= EDITOR_LIMITS.hideAfterReportsMin &&
      hide <= EDITOR_LIMITS.hideAfterReportsMax
    )
  )
    add(
      'hideAfterReports',
      `hideAfterReports must be between ${EDITOR_LIMITS.hideAfterReportsMin} and ${EDITOR_LIMITS.hideAfterReportsMax}`,
    );
  return errors;
}

export interface Rebased {
  draft: ConsultationDraft;
  /** Fields the person changed that still differ from the newer version. */
  mine: EditorField[];
  /** Of those, the ones the newer version changed too. */
  theirsToo: EditorField[];
}

/**
 * Moves what the person typed onto a newer version: fields they changed keep their value, the
 * others take the newer version's, so saving never undoes someone else's change to a field the
 * person did not touch.
 */
export function rebaseDraft(
  draft: ConsultationDraft,
  oldBase: ConsultationDraft,
  newBase: ConsultationDraft,
): Rebased {
  const mine = differingFields(oldBase, draft);
  const rebased = { ...draft } as Record<EditorField, unknown>;
  for (const field of EDITOR_FIELDS) {
    if (!mine.includes(field)) rebased[field] = newBase[field];
  }
  const next = rebased as unknown as ConsultationDraft;
  const stillDiffer = differingFields(newBase, next);
  const theyChanged = differingFields(oldBase, newBase);
  return {
    draft: next,
    mine: mine.filter((field) => stillDiffer.includes(field)),
    theirsToo: mine.filter((field) => theyChanged.includes(field)),
  };
}
