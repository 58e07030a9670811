import type { InterventionChamberProjectsQuery } from '@piano2030/web-core';
import { FieldErrorText, type FieldMessage } from '@piano2030/web-ui';
import { Button, Icon } from 'design-react-kit';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Guideline } from '../shared/use-intervention-reference';
import { controlIds } from './field-paths';

type Objective = InterventionChamberProjectsQuery['chamberObjectives'][number];

/** The six guidelines as checkboxes: one or more. */
export function GuidelineChoices({
  guidelines,
  chosen,
  onChange,
  errors,
}: {
  guidelines: readonly Guideline[];
  chosen: readonly string[];
  onChange: (codes: string[]) => void;
  errors: readonly FieldMessage[] | undefined;
}) {
  const { t } = useTranslation();
  const errorId = errors?.length ? `${controlIds.guideline(0)}-error` : undefined;
  const hintId = 'int-guidelines-hint';
  return (
    <fieldset className="mb-4" aria-describedby={[hintId, errorId].filter(Boolean).join(' ')}>
      <legend className="h5">{t('interventions.fields.guidelineCodes')}</legend>
      <p id={hintId} className="small mb-2">
        {t('interventions.editor.guidelinesHint')}
      </p>
      {guidelines.map((guideline, index) => {
        const id = controlIds.guideline(index);
        return (
          <div key={guideline.code} className="form-check">
            <input
              id={id}
              type="checkbox"
              checked={chosen.includes(guideline.code)}
              aria-invalid={errorId ? true : undefined}
              onChange={(event) =>
                onChange(
                  event.target.checked
                    ? // Kept in the guidelines' own order, whatever the order of the clicks.
                      guidelines
                        .map((g) => g.code)
                        .filter((code) => code === guideline.code || chosen.includes(code))
                    : chosen.filter((code) => code !== guideline.code),
                )
              }
            />
            <label htmlFor={id}>
              {guideline.code} – {guideline.title}
            </label>
          </div>
        );
      })}
      <FieldErrorText id={`${controlIds.guideline(0)}-error`} messages={errors} />
    </fieldset>
  );
}

/** The chamber's projects the intervention builds on: chosen from its programme, by objective. */
export function ProjectChoices({
  objectives,
  chosen,
  onChange,
  errors,
}: {
  objectives: readonly Objective[];
  chosen: readonly string[];
  onChange: (codes: string[]) => void;
  errors: readonly FieldMessage[] | undefined;
}) {
  const { t } = useTranslation();
  const [picked, setPicked] = useState('');
  const titleOf = (code: string) =>
    objectives.flatMap((objective) => objective.projects).find((project) => project.code === code)?.title;
  const errorId = errors?.length ? `${controlIds.projects}-error` : undefined;
  const add = () => {
    if (!picked || chosen.includes(picked)) return;
    onChange([...chosen, picked]);
    setPicked('');
  };
  return (
    <>
      {chosen.length === 0 ? (
        <p>{t('interventions.editor.projects.none')}</p>
      ) : (
        <ul className="list-unstyled">
          {chosen.map((code) => (
            <li key={code} className="d-flex flex-wrap align-items-center gap-2 mb-2">
              <span className="flex-grow-1">
                <strong>{code}</strong>
                {titleOf(code) && ` – ${titleOf(code)}`}
              </span>
              <Button
                type="button"
                color="danger"
                outline
                size="sm"
                onClick={() => {
                  onChange(chosen.filter((other) => other !== code));
                  setTimeout(() => document.getElementById(controlIds.projects)?.focus(), 0);
                }}
              >
                <Icon icon="it-delete" size="sm" color="danger" aria-hidden />
                <span>{t('interventions.editor.projects.remove', { code })}</span>
              </Button>
            </li>
          ))}
        </ul>
      )}
      <div className="d-flex flex-wrap align-items-end gap-2 mt-5">
        <div className="select-wrapper select-field flex-grow-1 int-project-select">
          <label htmlFor={controlIds.projects}>{t('interventions.editor.projects.choose')}</label>
          <select
            id={controlIds.projects}
            value={picked}
            className={errorId ? 'is-invalid' : undefined}
            aria-invalid={errorId ? true : undefined}
            aria-describedby={errorId}
            onChange={(event) => setPicked(event.target.value)}
          >
            <option value="">{t('interventions.editor.projects.placeholder')}</option>
            {objectives.map((objective) => (
              <optgroup key={objective.code} label={`${objective.code} – ${objective.title}`}>
                {objective.projects.map((project) => (
                  <option key={project.code} value={project.code} disabled={chosen.includes(project.code)}>
                    {project.code} – {project.title}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </div>
        <Button type="button" color="primary" outline size="sm" className="mb-2" onClick={add}>
          {t('interventions.editor.projects.add')}
        </Button>
      </div>
      <FieldErrorText id={`${controlIds.projects}-error`} messages={errors} />
    </>
  );
}
