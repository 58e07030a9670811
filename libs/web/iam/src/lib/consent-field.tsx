import { PRIVACY_NOTICE_VERSION } from '@piano2030/shared-domain';
import { paths } from '@piano2030/web-core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

/**
 * The privacy consent a registration needs: a labelled checkbox whose description links to the
 * notice (in a new tab, so what was typed stays) and carries its errors, like the other fields.
 */
export function ConsentField({
  id,
  checked,
  errors = [],
  onChange,
}: {
  id: string;
  checked: boolean;
  errors?: readonly string[];
  onChange: (checked: boolean) => void;
}) {
  const { t } = useTranslation();
  const hintId = `${id}-hint`;
  const errorId = errors.length ? `${id}-error` : undefined;
  return (
    <div className="form-check mb-4">
      <input
        id={id}
        type="checkbox"
        required
        checked={checked}
        aria-invalid={errorId ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(' ')}
        onChange={(event) => onChange(event.target.checked)}
      />
      <label htmlFor={id}>{t('auth.fields.privacyConsent')}</label>
      <small id={hintId} className="form-text d-block">
        <Link to={paths.privacy} target="_blank" rel="noopener">
          {t('auth.register.privacyLink', { version: PRIVACY_NOTICE_VERSION })}
        </Link>{' '}
        {t('auth.register.publicNameNote')}
      </small>
      {errorId && (
        <div id={errorId} className="invalid-feedback d-block">
          {errors.join(' ')}
        </div>
      )}
    </div>
  );
}
