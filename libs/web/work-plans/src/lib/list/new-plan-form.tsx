import { useMutation } from '@apollo/client/react';
import {
  WORK_PLAN_LIMITS,
  quarterBounds,
  quarterOf,
  todayInItaly,
  type Quarter,
} from '@piano2030/shared-domain';
import { isApiErrorCode, paths } from '@piano2030/web-core';
import {
  ActionAlert,
  feedbackFromChecks,
  SelectField,
  TextAreaField,
  useActionFeedback,
} from '@piano2030/web-ui';
import { Button } from 'design-react-kit';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { changeFeedback } from '../shared/change-feedback';
import { CARRY_OVER_FIRST_ID, CarryOverChoices } from './carry-over-choices';
import { CreateWorkPlanDraftMutationDocument } from './work-plans-page.documents';

const FIELD_IDS = {
  year: 'create-year',
  quarter: 'create-quarter',
  summary: 'create-summary',
  carryOverActivityIds: CARRY_OVER_FIRST_ID,
};

const nextQuarter = ({ year, quarter }: Quarter): Quarter =>
  quarter === 4 ? { year: year + 1, quarter: 1 } : { year, quarter: quarter + 1 };

/** The current quarter, or the first after it that has no plan yet. */
function firstFreeQuarter(taken: readonly Quarter[], today: string): Quarter {
  let candidate = quarterOf(today);
  while (taken.some((plan) => plan.year === candidate.year && plan.quarter === candidate.quarter)) {
    candidate = nextQuarter(candidate);
  }
  return candidate;
}

/**
 * "Avvia un piano": a committee member starts a quarter's draft, optionally carrying over the
 * previous quarter's unfinished activities. On success the new plan's page opens.
 */
export function NewPlanForm({ existing }: { existing: readonly Quarter[] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [today] = useState(todayInItaly);
  const [quarter, setQuarter] = useState<Quarter>(() => firstFreeQuarter(existing, today));
  const [summary, setSummary] = useState('');
  const [carryOver, setCarryOver] = useState<string[]>([]);
  const { feedback, alertRef, fail, reset } = useActionFeedback(FIELD_IDS);
  const [create, { loading }] = useMutation(CreateWorkPlanDraftMutationDocument, {
    update: (cache) => cache.evict({ fieldName: 'workPlans' }),
  });
  const errors = feedback?.fieldErrors ?? {};
  const thisYear = quarterOf(today).year;
  const rules = {
    year: t('workPlans.create.checks.quarter'),
    quarter: t('workPlans.create.checks.quarter'),
    summary: t('workPlans.create.checks.summary', { max: WORK_PLAN_LIMITS.descriptionMaxLength }),
    'carryOverActivityIds.*': t('workPlans.create.checks.carryOver'),
  };

  const choose = (next: Quarter) => {
    setQuarter(next);
    // The candidates belong to the quarter before the one chosen.
    setCarryOver([]);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (loading) return;
    const length = summary.trim().length;
    const checked = feedbackFromChecks(
      {
        ...(quarterBounds(quarter).endsOn < today ? { quarter: [rules.quarter] } : {}),
        ...(length < 10 || length > WORK_PLAN_LIMITS.descriptionMaxLength
          ? { summary: [rules.summary] }
          : {}),
      },
      t,
    );
    if (checked) {
      fail(checked);
      return;
    }
    reset();
    try {
      const { data } = await create({
        variables: { input: { ...quarter, summary: summary.trim(), carryOverActivityIds: carryOver } },
      });
      if (data) void navigate(paths.workPlan(data.createWorkPlanDraft.id));
    } catch (error) {
      const { feedback: shown } = changeFeedback(error, t, null, rules);
      fail(isApiErrorCode(error, 'CONFLICT') ? { ...shown, lead: t('workPlans.create.exists') } : shown);
    }
  };

  return (
    <form noValidate aria-labelledby="create-plan-title" onSubmit={(event) => void submit(event)}>
      <h2 id="create-plan-title">{t('workPlans.create.title')}</h2>
      <p className="mb-5">{t('workPlans.create.intro')}</p>
      <ActionAlert feedback={feedback} alertRef={alertRef} className="mb-5" />
      <div className="row">
        <div className="col-md-4">
          <SelectField
            id={FIELD_IDS.year}
            label={t('workPlans.create.year')}
            value={String(quarter.year)}
            options={[thisYear, thisYear + 1].map((year) => ({ value: String(year), label: String(year) }))}
            errors={errors.year}
            onChange={(event) => choose({ ...quarter, year: Number(event.target.value) })}
          />
        </div>
        <div className="col-md-8">
          <SelectField
            id={FIELD_IDS.quarter}
            label={t('workPlans.create.quarter')}
            hint={t('workPlans.create.quarterHint')}
            value={String(quarter.quarter)}
            options={[1, 2, 3, 4].map((value) => ({
              value: String(value),
              label: t(`workPlans.quarters.${value as 1 | 2 | 3 | 4}`),
            }))}
            errors={errors.quarter}
            onChange={(event) => choose({ ...quarter, quarter: Number(event.target.value) })}
          />
        </div>
      </div>
      <TextAreaField
        required
        id={FIELD_IDS.summary}
        label={t('workPlans.create.summary')}
        hint={t('workPlans.create.summaryHint')}
        rows={4}
        maxLength={WORK_PLAN_LIMITS.descriptionMaxLength}
        value={summary}
        errors={errors.summary}
        onChange={(event) => setSummary(event.target.value)}
      />
      <CarryOverChoices
        quarter={quarter}
        chosen={carryOver}
        onChange={setCarryOver}
        errors={errors.carryOverActivityIds}
      />
      <Button type="submit" color="primary" aria-disabled={loading || undefined}>
        {loading ? t('workPlans.create.submitting') : t('workPlans.create.submit')}
      </Button>
    </form>
  );
}
