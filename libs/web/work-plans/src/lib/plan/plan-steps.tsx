import type { WorkPlanAction, WorkPlanPageQuery } from '@piano2030/web-core';
import { useTranslation } from 'react-i18next';
import type { WorkPlanPeople } from '../reference/use-work-plan-people';
import { ClosePlan } from './close-plan';
import { ProposeForm } from './propose-form';
import { ReturnForm } from './return-form';
import { ReviseForm } from './revise-form';

type Plan = WorkPlanPageQuery['workPlan'];

/** The plan's next step, for whoever may take it now: propose, return, revise or close. */
export function PlanSteps({
  plan,
  capabilities,
  people,
}: {
  plan: Plan;
  capabilities: ReadonlySet<WorkPlanAction>;
  people: WorkPlanPeople;
}) {
  const { t } = useTranslation();
  const steps = (['PROPOSE', 'RETURN', 'REVISE', 'CLOSE'] as const).filter((step) => capabilities.has(step));
  if (steps.length === 0) return null;
  return (
    <section aria-labelledby="plan-steps-title" className="mt-4 p-4 border border-primary rounded">
      <h2 id="plan-steps-title" className="h4">
        {t('workPlans.steps.title')}
      </h2>
      {capabilities.has('PROPOSE') && <ProposeForm plan={plan} meetings={people.openCabinaMeetings} />}
      {capabilities.has('RETURN') && <ReturnForm plan={plan} />}
      {capabilities.has('REVISE') && <ReviseForm plan={plan} />}
      {capabilities.has('CLOSE') && <ClosePlan plan={plan} />}
    </section>
  );
}
