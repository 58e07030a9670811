import type { ActivityField, WorkPlanVersionFieldsFragment } from '@piano2030/web-core';
import { FormattedDate } from '@piano2030/web-ui';
import { useTranslation } from 'react-i18next';
import type { WorkPlanReference } from '../reference/use-work-plan-reference';

type Change = WorkPlanVersionFieldsFragment['changesFromPrevious'][number];

/** A field's value as a reader knows it: days as dates, codes as names. */
function FieldValue({
  field,
  value,
  reference,
}: {
  field: ActivityField;
  value: string;
  reference: WorkPlanReference;
}) {
  const { t } = useTranslation();
  if (!value) return <em>{t('workPlans.versions.emptyValue')}</em>;
  if (field === 'startOn' || field === 'dueOn') return <FormattedDate value={value} month="short" />;
  if (field === 'phaseCode') return <>{reference.phaseName(value)}</>;
  if (field === 'areaCode') return <>{reference.areaName(value)}</>;
  return <>{value}</>;
}

/** Activity by activity: added, removed, or changed with each field's value before and after. */
export function VersionChanges({
  changes,
  reference,
}: {
  changes: readonly Change[];
  reference: WorkPlanReference;
}) {
  const { t } = useTranslation();
  if (changes.length === 0) return <p className="mb-0">{t('workPlans.versions.noChanges')}</p>;
  return (
    <ul className="list-unstyled mb-0">
      {changes.map((change) => (
        <li key={change.lineageId} className="mb-3 version-change">
          <p className="mb-1">
            <span className="fw-semibold">{t(`workPlans.versions.kind.${change.kind}`)}:</span> {change.title}
          </p>
          {change.changes.length > 0 && (
            <ul className="mb-0">
              {change.changes.map((fieldChange) => (
                <li key={fieldChange.field}>
                  {t(`workPlans.activity.fields.${fieldChange.field}`)}:{' '}
                  <del>
                    <span className="visually-hidden">{t('workPlans.versions.before')} </span>
                    <FieldValue field={fieldChange.field} value={fieldChange.before} reference={reference} />
                  </del>
                  <span aria-hidden="true"> → </span>
                  <ins>
                    <span className="visually-hidden"> {t('workPlans.versions.after')} </span>
                    <FieldValue field={fieldChange.field} value={fieldChange.after} reference={reference} />
                  </ins>
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );
}
