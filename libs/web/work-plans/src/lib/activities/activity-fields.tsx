import { WORK_PLAN_LIMITS } from '@piano2030/shared-domain';
import type { FieldErrors } from '@piano2030/web-core';
import { FormField, SelectField, TextAreaField } from '@piano2030/web-ui';
import { useTranslation } from 'react-i18next';
import type { Person, WorkPlanPeople } from '../reference/use-work-plan-people';
import type { WorkPlanReference } from '../reference/use-work-plan-reference';
import type { ActivityDraft, Period } from './activity-draft';

/** The id of a field of the activity form `prefix`, as labels and the error focus use it. */
export const activityFieldId = (prefix: string, field: string) => `${prefix}-${field}`;

/**
 * An activity's planned content. People come from the bodies: owners from the Comitato operativo,
 * contributors from the experts engaged now (plus anyone already named, so they can be removed).
 */
export function ActivityFields({
  prefix,
  draft,
  onChange,
  errors,
  period,
  reference,
  people,
  named = [],
}: {
  prefix: string;
  draft: ActivityDraft;
  onChange: (draft: ActivityDraft) => void;
  errors: FieldErrors;
  period: Period;
  reference: WorkPlanReference;
  people: WorkPlanPeople;
  /** The people the activity already names, who may have left their body or engagement since. */
  named?: readonly Person[];
}) {
  const { t } = useTranslation();
  const L = WORK_PLAN_LIMITS;
  const id = (field: string) => activityFieldId(prefix, field);
  const set = (change: Partial<ActivityDraft>) => onChange({ ...draft, ...change });
  const owners = [...people.committee];
  const namedOwner = named.find((person) => person.id === draft.ownerId);
  if (namedOwner && !owners.some((person) => person.id === namedOwner.id)) owners.push(namedOwner);
  const contributors = people.experts.map((expert) => ({ ...expert.person, theme: expert.theme }));
  for (const person of named) {
    if (draft.contributorIds.includes(person.id) && !contributors.some((c) => c.id === person.id)) {
      contributors.push({ ...person, theme: null });
    }
  }
  const contributorsErrorId = errors.contributorIds?.length ? id('contributorIds-error') : undefined;
  const contributorsHintId = id('contributorIds-hint');

  return (
    <>
      <FormField
        required
        id={id('title')}
        label={t('workPlans.activity.fields.title')}
        hint={t('workPlans.activity.hints.title', { max: L.titleMaxLength })}
        maxLength={L.titleMaxLength}
        value={draft.title}
        errors={errors.title}
        onChange={(event) => set({ title: event.target.value })}
      />
      <TextAreaField
        id={id('description')}
        label={t('workPlans.activity.fields.description')}
        hint={t('workPlans.activity.hints.optional')}
        rows={3}
        maxLength={L.descriptionMaxLength}
        value={draft.description}
        errors={errors.description}
        onChange={(event) => set({ description: event.target.value })}
      />
      <div className="row mt-5">
        <div className="col-md-6">
          <SelectField
            required
            id={id('phaseCode')}
            label={t('workPlans.activity.fields.phaseCode')}
            value={draft.phaseCode}
            errors={errors.phaseCode}
            options={[
              { value: '', label: t('workPlans.activity.choosePhase') },
              ...reference.phases.map((phase) => ({ value: phase.code, label: phase.name })),
            ]}
            onChange={(event) => set({ phaseCode: event.target.value })}
          />
        </div>
        <div className="col-md-6">
          <SelectField
            required
            id={id('areaCode')}
            label={t('workPlans.activity.fields.areaCode')}
            value={draft.areaCode}
            errors={errors.areaCode}
            options={[
              { value: '', label: t('workPlans.activity.chooseArea') },
              ...reference.areas.map((area) => ({ value: area.code, label: area.name })),
            ]}
            onChange={(event) => set({ areaCode: event.target.value })}
          />
        </div>
        <div className="col-md-6">
          <SelectField
            required
            id={id('ownerId')}
            label={t('workPlans.activity.fields.ownerId')}
            hint={t('workPlans.activity.hints.owner')}
            value={draft.ownerId}
            errors={errors.ownerId}
            options={[
              { value: '', label: t('workPlans.activity.chooseOwner') },
              ...owners.map((person) => ({ value: person.id, label: person.displayName })),
            ]}
            onChange={(event) => set({ ownerId: event.target.value })}
          />
        </div>
        <div className="col-md-3">
          <FormField
            required
            id={id('startOn')}
            type="date"
            label={t('workPlans.activity.fields.startOn')}
            hint={t('workPlans.activity.hints.dates', { quarter: period.label })}
            value={draft.startOn}
            errors={errors.startOn}
            onChange={(event) => set({ startOn: event.target.value })}
          />
        </div>
        <div className="col-md-3">
          <FormField
            required
            id={id('dueOn')}
            type="date"
            label={t('workPlans.activity.fields.dueOn')}
            min={draft.startOn || undefined}
            value={draft.dueOn}
            errors={errors.dueOn}
            onChange={(event) => set({ dueOn: event.target.value })}
          />
        </div>
      </div>
      <fieldset
        className="mb-4"
        aria-describedby={[contributorsHintId, contributorsErrorId].filter(Boolean).join(' ')}
      >
        <legend className="h6 mb-1">{t('workPlans.activity.fields.contributorIds')}</legend>
        <p id={contributorsHintId} className="small mb-2">
          {t('workPlans.activity.hints.contributors')}
        </p>
        {contributors.length === 0 && <p>{t('workPlans.activity.noExperts')}</p>}
        {contributors.map((person, index) => {
          const checkboxId = index === 0 ? id('contributorIds') : id(`contributor-${person.id}`);
          return (
            <div key={person.id} className="form-check">
              <input
                id={checkboxId}
                type="checkbox"
                checked={draft.contributorIds.includes(person.id)}
                aria-invalid={contributorsErrorId ? true : undefined}
                onChange={(event) =>
                  set({
                    contributorIds: event.target.checked
                      ? [...draft.contributorIds, person.id]
                      : draft.contributorIds.filter((other) => other !== person.id),
                  })
                }
              />
              <label htmlFor={checkboxId}>
                {person.displayName}
                {person.theme && <span className="fw-normal"> – {person.theme}</span>}
              </label>
            </div>
          );
        })}
        {contributorsErrorId && (
          <div id={contributorsErrorId} className="invalid-feedback d-block">
            {errors.contributorIds?.join(' ')}
          </div>
        )}
      </fieldset>
      <TextAreaField
        id={id('deliverables')}
        label={t('workPlans.activity.fields.deliverables')}
        hint={t('workPlans.activity.hints.deliverables', { max: L.deliverablesMax })}
        rows={3}
        value={draft.deliverables}
        errors={errors.deliverables}
        onChange={(event) => set({ deliverables: event.target.value })}
      />
    </>
  );
}
