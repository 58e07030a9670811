import { placeFieldErrors, type FieldMessage, type FormFailure } from '@piano2030/web-ui';
import type { TFunction } from 'i18next';
import { EDITOR_FIELDS, type ConsultationDraft, type ReadDraft } from './consultation-draft';

/** Ids of the editor's controls; labels, error messages, the checklist and the summary use them. */
export const controlIds = {
  field: (name: string) => `cons-${name}`,
  area: (code: string) => `cons-area-${code}`,
  intervention: (id: string) => `cons-int-${id}`,
  swotItem: (id: string) => `cons-swot-${id}`,
  question: (row: number) => `cons-question-${row}`,
  questionsAdd: 'cons-questions-add',
  participation: (mode: string) => `cons-participation-${mode}`,
  areas: 'cons-areas',
};

/** Fields of several controls (a list, a choice): the others have one control, named after them. */
const COMPOSITE_FIELDS: readonly string[] = [
  'areaCodes',
  'interventionIds',
  'swotItemIds',
  'questions',
  'participation',
];
const PLAIN_FIELDS = new Set<string>(EDITOR_FIELDS.filter((field) => !COMPOSITE_FIELDS.includes(field)));

/** The control an error's path points at (`title`, `questions.1`, `interventionIds.0`). */
export function controlIdFor(
  path: string,
  draft: ConsultationDraft,
  read: ReadDraft,
  firstArea: string | undefined,
): string | undefined {
  const [head, index] = path.split('.');
  const at = index === undefined ? undefined : Number(index);
  if (PLAIN_FIELDS.has(head)) return controlIds.field(head);
  switch (head) {
    case 'areaCodes': {
      const code = at === undefined ? (draft.areaCodes[0] ?? firstArea) : draft.areaCodes[at];
      return code ? controlIds.area(code) : controlIds.areas;
    }
    case 'interventionIds': {
      const id = at === undefined ? undefined : draft.interventionIds[at];
      return id ? controlIds.intervention(id) : undefined;
    }
    case 'swotItemIds': {
      const id = at === undefined ? undefined : draft.swotItemIds[at];
      return id ? controlIds.swotItem(id) : undefined;
    }
    case 'questions': {
      if (at === undefined) return draft.questions.length ? controlIds.question(0) : controlIds.questionsAdd;
      const row = read.questionRows[at];
      return row === undefined ? controlIds.questionsAdd : controlIds.question(row);
    }
    case 'participation':
      return controlIds.participation(draft.participation);
    default:
      return undefined;
  }
}

/** The field an error's path points at, as its label names it ("Domanda 2"). */
export function labelFor(path: string, read: ReadDraft, t: TFunction): string {
  const [head, index] = path.split('.');
  if (head === 'questions' && index !== undefined) {
    const row = read.questionRows[Number(index)];
    return t('consultationsAdmin.editor.questionLabel', { number: (row ?? Number(index)) + 1 });
  }
  if (head === 'interventionIds' && index !== undefined)
    return t('consultationsAdmin.fields.interventionIds');
  if (head === 'swotItemIds' && index !== undefined) return t('consultationsAdmin.fields.swotItemIds');
  if (head === 'id') return t('consultationsAdmin.fields.consultation');
  return t(`consultationsAdmin.fields.${head as 'title'}`, { defaultValue: head });
}

/** Errors keyed by control, for the fields to show beside them, and as summary entries. */
export function placeErrors(
  errors: Readonly<Record<string, readonly FieldMessage[]>>,
  draft: ConsultationDraft,
  read: ReadDraft,
  t: TFunction,
  firstArea: string | undefined,
): Pick<FormFailure, 'byControl' | 'entries'> {
  return placeFieldErrors(errors, (path) => ({
    targetId: controlIdFor(path, draft, read, firstArea),
    label: labelFor(path, read, t),
  }));
}
