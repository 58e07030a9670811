import { paths, type WorkPlanActivityFieldsFragment } from '@piano2030/web-core';
import { FormattedDate, focusSoon, StatusMessage } from '@piano2030/web-ui';
import { Button, Progress } from 'design-react-kit';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ProgressReportForm } from '../progress/progress-report-form';
import type { WorkPlanPeople } from '../reference/use-work-plan-people';
import type { WorkPlanReference } from '../reference/use-work-plan-reference';
import { ActivityStatusBadge } from '../shared/status-badges';
import type { Period } from './activity-draft';
import { EditActivityForm } from './edit-activity-form';
import { RemoveActivity } from './remove-activity';
import '../shared/plain-text.css';

type Panel = 'edit' | 'progress' | null;

/**
 * One activity: who, when, what it delivers, where it stands. In a draft the committee edits or
 * removes it here; once adopted, whoever may report on it does so here.
 */
export function ActivityCard({
  activity,
  editable,
  period,
  reference,
  people,
}: {
  activity: WorkPlanActivityFieldsFragment;
  editable: boolean;
  period: Period;
  reference: WorkPlanReference;
  people: WorkPlanPeople;
}) {
  const { t } = useTranslation();
  const [panel, setPanel] = useState<Panel>(null);
  const [message, setMessage] = useState<string | null>(null);
  const titleId = `activity-${activity.id}`;
  const progressText = t('workPlans.activity.progressValue', { percent: activity.progress });
  const late = activity.status === 'LATE';
  // Focus goes to the form's first field, the place to start typing.
  const open = (next: Panel, firstField: string) => {
    setMessage(null);
    setPanel(next);
    focusSoon(firstField);
  };
  const done = (opener: string) => (result: string | null) => {
    setPanel(null);
    setMessage(result);
    focusSoon(opener);
  };

  return (
    <article
      className={`activity-card p-3 p-md-4 rounded border${late ? ' activity-card-late' : ''}`}
      aria-labelledby={titleId}
    >
      <h5 id={titleId} tabIndex={-1} className="d-flex flex-wrap align-items-center gap-2">
        {activity.title}
        <ActivityStatusBadge status={activity.status} />
      </h5>
      {activity.description && <p className="plain-text">{activity.description}</p>}
      <dl className="row small mb-2">
        <dt className="col-sm-3">{t('workPlans.activity.fields.ownerId')}</dt>
        <dd className="col-sm-9">{activity.owner?.displayName ?? t('workPlans.activity.noOwner')}</dd>
        <dt className="col-sm-3">{t('workPlans.activity.fields.contributorIds')}</dt>
        <dd className="col-sm-9">
          {activity.contributors.map((person) => person.displayName).join(', ') ||
            t('workPlans.activity.none')}
        </dd>
        <dt className="col-sm-3">{t('workPlans.activity.dates')}</dt>
        <dd className="col-sm-9">
          <FormattedDate value={activity.startOn} month="short" />
          {' – '}
          <FormattedDate value={activity.dueOn} month="short" />
          {late && <strong className="text-danger"> · {t('workPlans.activity.lateNote')}</strong>}
        </dd>
        <dt className="col-sm-3">{t('workPlans.activity.fields.deliverables')}</dt>
        <dd className="col-sm-9">
          {activity.deliverables.length ? (
            <ul className="mb-0 ps-3">
              {activity.deliverables.map((deliverable) => (
                <li key={deliverable}>{deliverable}</li>
              ))}
            </ul>
          ) : (
            t('workPlans.activity.none')
          )}
        </dd>
      </dl>
      {activity.carriedFrom && (
        <p className="small mb-2">
          {t('workPlans.activity.carriedFrom', {
            quarter: activity.carriedFrom.quarter,
            status: t(`workPlans.status.activity.${activity.carriedFrom.status}`).toLowerCase(),
            progress: activity.carriedFrom.progress,
          })}{' '}
          <Link to={paths.workPlan(activity.carriedFrom.workPlanId)}>
            {t('workPlans.activity.carriedFromLink', { quarter: activity.carriedFrom.quarter })}
          </Link>
        </p>
      )}
      <p className="fw-semibold mb-1">{progressText}</p>
      <Progress
        wrapperClassName="activity-progress mb-2"
        value={activity.progress}
        color={late ? 'danger' : activity.status === 'DONE' ? 'success' : 'primary'}
        aria-label={t('workPlans.activity.progressLabel', { title: activity.title })}
        aria-valuetext={progressText}
      />
      {activity.progressNote && (
        <p className="small plain-text mb-2">
          <span className="fw-semibold">{t('workPlans.progress.note')}:</span> {activity.progressNote}
        </p>
      )}

      {(editable || activity.canReport) && panel === null && (
        <div className="d-flex flex-wrap gap-2 mt-3">
          {editable && (
            <>
              <Button
                id={`${titleId}-edit`}
                color="primary"
                outline
                size="sm"
                onClick={() => open('edit', `edit-${activity.id}-title`)}
              >
                {t('workPlans.activity.edit')}
                <span className="visually-hidden"> – {activity.title}</span>
              </Button>
              <RemoveActivity activity={activity} />
            </>
          )}
          {activity.canReport && (
            <Button
              id={`${titleId}-report`}
              color="primary"
              size="sm"
              onClick={() => open('progress', `progress-${activity.id}-status`)}
            >
              {t('workPlans.progress.open')}
              <span className="visually-hidden"> – {activity.title}</span>
            </Button>
          )}
        </div>
      )}
      {panel === 'edit' && (
        <EditActivityForm
          activity={activity}
          period={period}
          reference={reference}
          people={people}
          onDone={done(`${titleId}-edit`)}
        />
      )}
      {panel === 'progress' && <ProgressReportForm activity={activity} onDone={done(`${titleId}-report`)} />}
      <StatusMessage message={message} />
    </article>
  );
}
