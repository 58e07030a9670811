import type { TextareaHTMLAttributes } from 'react';
import { describedByIds, FieldHelp } from './form-field';

export interface TextAreaFieldProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'value'> {
  id: string;
  label: string;
  value: string;
  hint?: string;
  errors?: readonly string[];
}

/** A labelled multi-line field, with its hint and errors tied to it like FormField's. */
export function TextAreaField({
  id,
  label,
  hint,
  errors = [],
  rows = 4,
  ...textAreaProps
}: TextAreaFieldProps) {
  const { hintId, errorId, describedBy } = describedByIds(id, hint, errors);
  return (
    <div className="form-group">
      <label htmlFor={id} className="active">
        {label}
      </label>
      <textarea
        id={id}
        rows={rows}
        className={`form-control${errorId ? ' is-invalid' : ''}`}
        aria-invalid={errorId ? true : undefined}
        aria-describedby={describedBy}
        {...textAreaProps}
      />
      <FieldHelp hint={hint} hintId={hintId} errors={errors} errorId={errorId} />
    </div>
  );
}
