import { Input } from 'design-react-kit';
import type { InputHTMLAttributes } from 'react';

export interface FormFieldProps extends Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'type' | 'value' | 'size'
> {
  id: string;
  label: string;
  type?: 'text' | 'email' | 'password' | 'url' | 'datetime-local' | 'date' | 'number';
  value: string;
  /** Guidance shown under the field at all times (format, length). */
  hint?: string;
  /** Messages from the client's own checks or from the API, shown next to the field. */
  errors?: readonly string[];
}

/**
 * A labelled input whose hint and errors are tied to it with aria-describedby, so a screen reader
 * reads them with the field. The kit's own wrapper cannot give the error text an id, hence noWrapper.
 */
export function FormField({ id, label, hint, errors = [], type = 'text', ...inputProps }: FormFieldProps) {
  const { hintId, errorId, describedBy } = describedByIds(id, hint, errors);
  return (
    <div className="form-group">
      <label htmlFor={id} className="active">
        {label}
      </label>
      <Input
        noWrapper
        id={id}
        type={type}
        valid={errorId ? false : undefined}
        aria-invalid={errorId ? true : undefined}
        aria-describedby={describedBy}
        {...inputProps}
      />
      <FieldHelp hint={hint} hintId={hintId} errors={errors} errorId={errorId} />
    </div>
  );
}

/** The ids a field's hint and errors get, and the aria-describedby that reads them after the label. */
export function describedByIds(id: string, hint: string | undefined, errors: readonly string[]) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors.length > 0 ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return { hintId, errorId, describedBy };
}

/** The hint under a field, then its errors. */
export function FieldHelp({
  hint,
  hintId,
  errors,
  errorId,
}: {
  hint?: string;
  hintId?: string;
  errors: readonly string[];
  errorId?: string;
}) {
  return (
    <>
      {hint && (
        <small id={hintId} className="form-text">
          {hint}
        </small>
      )}
      {errorId && (
        <div id={errorId} className="invalid-feedback d-block">
          {errors.length === 1 ? (
            errors[0]
          ) : (
            <ul className="mb-0 ps-3">
              {errors.map((message) => (
                <li key={message}>{message}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </>
  );
}
