import type { WorkPlanPageQuery, WorkPlanVersionFieldsFragment } from '@piano2030/web-core';
import { useTranslation } from 'react-i18next';
import type { WorkPlanPeople } from '../reference/use-work-plan-people';
import type { WorkPlanReference } from '../reference/use-work-plan-reference';
import { ActivityCard } from './activity-card';
import { AddActivityForm } from './add-activity-form';
import { groupActivities } from './group-activities';
import { ACTIVITIES_TITLE_ID } from './remove-activity';
import './activities-section.css';

/** The chosen version's activities under their phase and area; the draft's also editable here. */
export function ActivitiesSection({
  plan,
  version,
  editable,
  reference,
  people,
}: {
  plan: WorkPlanPageQuery['workPlan'];
  version: WorkPlanVersionFieldsFragment;
  editable: boolean;
  reference: WorkPlanReference;
  people: WorkPlanPeople;
}) {
  const { t } = useTranslation();
  const groups = groupActivities(version.activities, reference.phases, reference.areas);
  return (
    <section aria-labelledby={ACTIVITIES_TITLE_ID} className="mt-5">
      <h2 id={ACTIVITIES_TITLE_ID} tabIndex={-1}>
        {t('workPlans.activities.title', { number: version.number })}
      </h2>
      <p>
        {editable ? t('workPlans.activities.draftIntro') : t('workPlans.activities.intro')}{' '}
        {t('workPlans.activities.count', { count: version.activities.length })}
      </p>
      {groups.map((group) => (
        <section key={group.phase.code} aria-labelledby={`phase-${group.phase.code}`} className="mt-4">
          <h3 id={`phase-${group.phase.code}`} className="activities-phase">
            {group.phase.name}
          </h3>
          {group.areas.map((area) => (
            <section
              key={area.area.code}
              aria-labelledby={`phase-${group.phase.code}-${area.area.code}`}
              className="mt-3"
            >
              <h4 id={`phase-${group.phase.code}-${area.area.code}`} className="h5 text-secondary">
                {area.area.name}
              </h4>
              <ul className="list-unstyled">
                {area.activities.map((activity) => (
                  <li key={activity.id} className="mb-3">
                    <ActivityCard
                      activity={activity}
                      editable={editable}
                      period={plan.period}
                      reference={reference}
                      people={people}
                    />
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </section>
      ))}
      {editable && (
        <AddActivityForm workPlanId={plan.id} period={plan.period} reference={reference} people={people} />
      )}
    </section>
  );
}
