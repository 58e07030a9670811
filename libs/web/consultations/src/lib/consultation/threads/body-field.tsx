import { CONTRIBUTION_LIMITS } from '@piano2030/shared-domain';
import type { TextareaHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../shared/use-locale';

/** Characters as the rules count them (code points, not UTF-16 units), trimmed like the API does. */
export const countCharacters = (text: string) => [...text.trim()].length;

/** What the live region says: only when crossing into the last tenth, or over the limit. */
function counterAlert(count: number, max: number): 'over' | 'near' | null {
  if (count > max) return 'over';
  if (count >= max * 0.9) return 'near';
  return null;
}

/**
 * The text of a contribution: label, formatting help, a character counter that says how much room
 * is left, and the errors, all tied to the textarea. Crossing into the last tenth of the room, or
 * past it, is announced once, politely; the counter itself is read with the field.
 */
export function BodyField({
  id,
  label,
  value,
  errors = [],
  onChange,
  ...textareaProps
}: {
  id: string;
  label: string;
  value: string;
  errors?: readonly string[];
  onChange: (value: string) => void;
} & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'value' | 'onChange' | 'id'>) {
  const { t } = useTranslation();
  const locale = useLocale();
  const max = CONTRIBUTION_LIMITS.bodyMax;
  const count = countCharacters(value);
  const alert = counterAlert(count, max);
  const hintId = `${id}-hint`;
  const counterId = `${id}-counter`;
  const errorId = errors.length ? `${id}-error` : undefined;
  return (
    <div className="form-group cons-body-field">
      <label htmlFor={id} className="active">
        {label}
      </label>
      <textarea
        id={id}
        rows={5}
        className={`form-control${errorId || alert === 'over' ? ' is-invalid' : ''}`}
        aria-invalid={errorId || alert === 'over' ? true : undefined}
        aria-describedby={[hintId, counterId, errorId].filter(Boolean).join(' ')}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        {...textareaProps}
      />
      <small id={hintId} className="form-text d-block">
        {t('consultations.composer.formatHint')}
      </small>
      <small
        id={counterId}
        className={`form-text d-block cons-counter${alert === 'over' ? ' text-danger fw-semibold' : ''}`}
      >
        {t('consultations.composer.counter', {
          count: count,
          used: count.toLocaleString(locale),
          max: max.toLocaleString(locale),
        })}
      </small>
      <span className="visually-hidden" aria-live="polite">
        {alert === 'over'
          ? t('consultations.composer.counterOver', { max: max.toLocaleString(locale) })
          : alert === 'near'
            ? t('consultations.composer.counterNear')
            : ''}
      </span>
      {errorId && (
        <div id={errorId} className="invalid-feedback d-block">
          {errors.map((message) => (
            <span key={message} className="d-block">
              {message}
            </span>
          ))}
        </div>
      )}
    </div>
  );
}
