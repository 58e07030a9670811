import { useQuery } from '@apollo/client/react';
import { previousQuarter, quarterLabel, type Quarter } from '@piano2030/shared-domain';
import { ErrorState, LoadingState } from '@piano2030/web-ui';
import { useTranslation } from 'react-i18next';
import { ActivityStatusBadge } from '../shared/status-badges';
import { CarryOverCandidatesQueryDocument } from './work-plans-page.documents';

export const CARRY_OVER_FIRST_ID = 'create-carry-over-first';

/**
 * The previous quarter's unfinished activities, each a checkbox: ticked ones start the new draft
 * with their progress so far. The list follows the quarter chosen above it.
 */
export function CarryOverChoices({
  quarter,
  chosen,
  onChange,
  errors,
}: {
  quarter: Quarter;
  chosen: readonly string[];
  onChange: (ids: string[]) => void;
  errors?: readonly string[];
}) {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(CarryOverCandidatesQueryDocument, { variables: quarter });
  const previous = quarterLabel(previousQuarter(quarter));
  const errorId = errors?.length ? 'create-carry-over-error' : undefined;
  const toggle = (id: string, on: boolean) =>
    onChange(on ? [...chosen, id] : chosen.filter((other) => other !== id));

  return (
    <fieldset className="mb-4" aria-describedby={errorId}>
      <legend className="h6">{t('workPlans.create.carryOver', { quarter: previous })}</legend>
      {error && <ErrorState onRetry={() => void refetch()} />}
      {!data && !error && <LoadingState />}
      {data?.workPlanCarryOverCandidates.length === 0 && (
        <p>{t('workPlans.create.nothingToCarry', { quarter: previous })}</p>
      )}
      {data?.workPlanCarryOverCandidates.map((activity, index) => {
        const id = index === 0 ? CARRY_OVER_FIRST_ID : `create-carry-over-${activity.id}`;
        return (
          <div key={activity.id} className="form-check">
            <input
              id={id}
              type="checkbox"
              checked={chosen.includes(activity.id)}
              aria-invalid={errorId ? true : undefined}
              onChange={(event) => toggle(activity.id, event.target.checked)}
            />
            <label htmlFor={id} className="d-flex flex-wrap align-items-center gap-2">
              <span className="fw-semibold">{activity.title}</span>
              <ActivityStatusBadge status={activity.status} />
              <span>
                {t('workPlans.create.carryOverDetail', {
                  progress: activity.progress,
                  owner: activity.owner?.displayName ?? t('workPlans.activity.noOwner'),
                })}
              </span>
            </label>
          </div>
        );
      })}
      {errorId && (
        <div id={errorId} className="invalid-feedback d-block">
          {errors?.join(' ')}
        </div>
      )}
    </fieldset>
  );
}
