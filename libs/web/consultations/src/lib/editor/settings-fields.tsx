import { PARTICIPATION_MODES } from '@piano2030/shared-domain';
import { FieldErrorText, FormField, texts, type FieldMessage } from '@piano2030/web-ui';
import { useTranslation } from 'react-i18next';
import { EDITOR_LIMITS, type ConsultationDraft } from './consultation-draft';
import { controlIds } from './field-paths';

/** Who may take part, whether contributions wait for a moderator, and when reports hide one. */
export function SettingsFields({
  draft,
  set,
  errorsAt,
}: {
  draft: ConsultationDraft;
  set: <F extends keyof ConsultationDraft>(field: F, value: ConsultationDraft[F]) => void;
  errorsAt: (id: string) => readonly FieldMessage[] | undefined;
}) {
  const { t } = useTranslation();
  const participationErrors = errorsAt(controlIds.participation(draft.participation));
  const preModerationId = controlIds.field('preModeration');
  return (
    <section aria-labelledby="cons-sec-settings" className="cons-form-section">
      <h2 id="cons-sec-settings" className="h4 mb-4">
        {t('consultationsAdmin.editor.sections.settings')}
      </h2>
      <fieldset
        className="mb-4"
        aria-describedby={participationErrors?.length ? 'cons-participation-error' : undefined}
      >
        <legend className="h5">{t('consultationsAdmin.fields.participation')}</legend>
        {PARTICIPATION_MODES.map((mode) => {
          const id = controlIds.participation(mode);
          return (
            <div key={mode} className="form-check">
              <input
                id={id}
                type="radio"
                name="cons-participation"
                value={mode}
                checked={draft.participation === mode}
                aria-describedby={`${id}-hint`}
                onChange={() => set('participation', mode)}
              />
              <label htmlFor={id}>{t(`consultationsAdmin.participation.${mode}.label`)}</label>
              <small id={`${id}-hint`} className="form-text d-block ms-0">
                {t(`consultationsAdmin.participation.${mode}.hint`)}
              </small>
            </div>
          );
        })}
        <FieldErrorText id="cons-participation-error" messages={participationErrors} />
      </fieldset>
      <div className="form-check mb-4">
        <input
          id={preModerationId}
          type="checkbox"
          checked={draft.preModeration}
          aria-describedby={`${preModerationId}-hint`}
          onChange={(event) => set('preModeration', event.target.checked)}
        />
        <label htmlFor={preModerationId}>{t('consultationsAdmin.fields.preModeration')}</label>
        <small id={`${preModerationId}-hint`} className="form-text d-block">
          {t('consultationsAdmin.editor.hints.preModeration')}
        </small>
      </div>
      <div className="cons-narrow-field">
        <FormField
          id={controlIds.field('hideAfterReports')}
          type="number"
          inputMode="numeric"
          min={EDITOR_LIMITS.hideAfterReportsMin}
          max={EDITOR_LIMITS.hideAfterReportsMax}
          label={t('consultationsAdmin.fields.hideAfterReports')}
          hint={t('consultationsAdmin.editor.hints.hideAfterReports', {
            min: EDITOR_LIMITS.hideAfterReportsMin,
            max: EDITOR_LIMITS.hideAfterReportsMax,
          })}
          value={draft.hideAfterReports}
          errors={texts(errorsAt(controlIds.field('hideAfterReports')))}
          onChange={(event) => set('hideAfterReports', event.target.value)}
        />
      </div>
    </section>
  );
}
