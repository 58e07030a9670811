import { WORK_PLAN_LIMITS } from '@piano2030/shared-domain';
import type { FieldErrors, WorkPlanActivityFieldsFragment } from '@piano2030/web-core';
import type { TFunction } from 'i18next';

/** An activity's planned content as its form holds it; deliverables are typed one per line. */
export interface ActivityDraft {
  title: string;
  description: string;
  phaseCode: string;
  areaCode: string;
  ownerId: string;
  contributorIds: string[];
  startOn: string;
  dueOn: string;
  deliverables: string;
}

export type PlannedFields = Omit<ActivityDraft, 'deliverables'> & { deliverables: string[] };

export const ACTIVITY_FIELDS = [
  'title',
  'description',
  'phaseCode',
  'areaCode',
  'ownerId',
  'contributorIds',
  'startOn',
  'dueOn',
  'deliverables',
] as const;

export interface Period {
  label: string;
  startsOn: string;
  endsOn: string;
}

export function emptyDraft(period: Period, ownerId: string): ActivityDraft {
  return {
    title: '',
    description: '',
    phaseCode: '',
    areaCode: '',
    ownerId,
    contributorIds: [],
    startOn: period.startsOn,
    dueOn: period.endsOn,
    deliverables: '',
  };
}

export function draftOf(activity: WorkPlanActivityFieldsFragment): ActivityDraft {
  return {
    title: activity.title,
    description: activity.description,
    phaseCode: activity.phaseCode,
    areaCode: activity.areaCode,
    ownerId: activity.owner?.id ?? '',
    contributorIds: activity.contributors.map((person) => person.id),
    startOn: activity.startOn,
    dueOn: activity.dueOn,
    deliverables: activity.deliverables.join('\n'),
  };
}

export function plannedFields(draft: ActivityDraft): PlannedFields {
  return {
    ...draft,
    title: draft.title.trim(),
    description: draft.description.trim(),
    deliverables: draft.deliverables
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean),
  };
}

/** Only what the person changed: an edit then says exactly what it changes, in the audit trail too. */
export function changedFields(before: ActivityDraft, after: ActivityDraft): Partial<PlannedFields> {
  const [from, to] = [plannedFields(before), plannedFields(after)];
  const same = (field: keyof PlannedFields) => JSON.stringify(from[field]) === JSON.stringify(to[field]);
  return Object.fromEntries(
    ACTIVITY_FIELDS.filter((field) => !same(field)).map((field) => [field, to[field]]),
  );
}

/** The rule shown next to a field that the form's checks or the API reject, in the reader's language. */
export function activityRules(t: TFunction, period: Period): Record<string, string> {
  const L = WORK_PLAN_LIMITS;
  const deliverables = t('workPlans.activity.checks.deliverables', {
    max: L.deliverablesMax,
    length: L.deliverableMaxLength,
  });
  const contributors = t('workPlans.activity.checks.contributors');
  return {
    title: t('workPlans.activity.checks.title', { max: L.titleMaxLength }),
    description: t('workPlans.activity.checks.description', { max: L.descriptionMaxLength }),
    phaseCode: t('workPlans.activity.checks.phase'),
    areaCode: t('workPlans.activity.checks.area'),
    ownerId: t('workPlans.activity.checks.owner'),
    contributorIds: contributors,
    'contributorIds.*': contributors,
    startOn: t('workPlans.activity.checks.startOn', { quarter: period.label }),
    dueOn: t('workPlans.activity.checks.dueOn'),
    deliverables,
    'deliverables.*': deliverables,
  };
}

/** The form's own checks: the API's rules, so most mistakes are caught before a round trip. */
export function checkDraft(draft: ActivityDraft, period: Period, t: TFunction): FieldErrors {
  const L = WORK_PLAN_LIMITS;
  const rule = activityRules(t, period);
  const planned = plannedFields(draft);
  const errors: FieldErrors = {};
  if (planned.title.length < 3 || planned.title.length > L.titleMaxLength) errors.title = [rule.title];
  if (planned.description.length > L.descriptionMaxLength) errors.description = [rule.description];
  if (!planned.phaseCode) errors.phaseCode = [rule.phaseCode];
  if (!planned.areaCode) errors.areaCode = [rule.areaCode];
  if (!planned.ownerId) errors.ownerId = [rule.ownerId];
  if (!planned.startOn || planned.startOn > period.endsOn) errors.startOn = [rule.startOn];
  if (!planned.dueOn || planned.dueOn < planned.startOn || planned.dueOn < period.startsOn) {
    errors.dueOn = [planned.dueOn && planned.dueOn < period.startsOn ? rule.startOn : rule.dueOn];
  }
  const badDeliverable = planned.deliverables.some(
    (line) => line.length < 2 || line.length > L.deliverableMaxLength,
  );
  if (badDeliverable || planned.deliverables.length > L.deliverablesMax)
    errors.deliverables = [rule.deliverables];
  return errors;
}
