import type { FundingSource } from '@piano2030/shared-domain';
import { placeFieldErrors, type FieldMessage, type FormFailure } from '@piano2030/web-ui';
import type { TFunction } from 'i18next';
import type { ReadDraft } from './draft';

/** Ids of the editor's controls; labels, error messages and the summary's links use them. */
export const controlIds = {
  area: 'int-area',
  reason: 'int-reason',
  field: (name: string) => `int-${name}`,
  guideline: (index: number) => `int-guideline-${index}`,
  kpi: (index: number, part: string) => `int-kpi-${index}-${part}`,
  kpisAdd: 'int-kpis-add',
  milestone: (index: number, part: string) => `int-milestone-${index}-${part}`,
  milestonesAdd: 'int-milestones-add',
  partner: (index: number) => `int-partner-${index}`,
  partnersAdd: 'int-partners-add',
  projects: 'int-projects-select',
  resources: 'int-resources',
  cell: (key: string) => `int-res-${key.replace(':', '-')}`,
};

const TEXT_FIELDS = new Set([
  'priorityId',
  'title',
  'description',
  'objectives',
  'expectedResults',
  'startsOn',
  'endsOn',
  'leadActor',
]);

/** The control an error's path points at (`kpis.0.unit`, `resources.2.amount`, `partners.1`). */
export function controlIdFor(path: string, read: ReadDraft): string | undefined {
  const [head, index, part] = path.split('.');
  const at = index === undefined ? undefined : Number(index);
  if (TEXT_FIELDS.has(head)) return controlIds.field(head);
  switch (head) {
    case 'reason':
      return controlIds.reason;
    case 'guidelineCodes':
      return controlIds.guideline(0);
    case 'kpis':
      return at === undefined ? controlIds.kpisAdd : controlIds.kpi(at, part ?? 'name');
    case 'milestones':
      return at === undefined ? controlIds.milestonesAdd : controlIds.milestone(at, part ?? 'title');
    case 'partners': {
      const row = at === undefined ? undefined : read.partnerRows[at];
      return row === undefined ? controlIds.partnersAdd : controlIds.partner(row);
    }
    case 'projectCodes':
      return controlIds.projects;
    case 'resources': {
      const cell = at === undefined ? undefined : read.resourceCells[at];
      return cell ? controlIds.cell(cell) : controlIds.resources;
    }
    default:
      return undefined;
  }
}

/** The field an error's path points at, as its label names it ("Indicatore 2 – Unità di misura"). */
export function labelFor(path: string, read: ReadDraft, t: TFunction): string {
  const [head, index, part] = path.split('.');
  const at = index === undefined ? undefined : Number(index);
  switch (head) {
    case 'kpis':
      return at === undefined
        ? t('interventions.fields.kpis')
        : `${t('interventions.editor.kpis.row', { number: at + 1 })} – ${t(
            `interventions.editor.kpis.${(part ?? 'name') as 'name'}`,
          )}`;
    case 'milestones':
      return at === undefined
        ? t('interventions.fields.milestones')
        : `${t('interventions.editor.milestones.row', { number: at + 1 })} – ${t(
            `interventions.editor.milestones.${(part ?? 'title') as 'title'}`,
          )}`;
    case 'partners': {
      const row = at === undefined ? undefined : read.partnerRows[at];
      return row === undefined
        ? t('interventions.fields.partners')
        : t('interventions.editor.partners.row', { number: row + 1 });
    }
    case 'resources': {
      const cell = at === undefined ? undefined : read.resourceCells[at];
      if (!cell) return t('interventions.fields.resources');
      const [year, source] = cell.split(':');
      return t('interventions.editor.resources.cell', {
        year,
        source: t(`interventions.sources.${source as FundingSource}`),
      });
    }
    case 'reason':
      return t('interventions.editor.reason');
    case 'id':
      return t('interventions.fields.intervention');
    default:
      return t(`interventions.fields.${head as 'title'}`, { defaultValue: head });
  }
}

/** Errors keyed by control, for the fields to show beside them, and as summary entries. */
export function placeErrors(
  errors: Readonly<Record<string, readonly FieldMessage[]>>,
  read: ReadDraft,
  t: TFunction,
): Pick<FormFailure, 'byControl' | 'entries'> {
  return placeFieldErrors(errors, (path) => ({
    targetId: controlIdFor(path, read),
    label: labelFor(path, read, t),
  }));
}
