import type { SelectHTMLAttributes } from 'react';
import { describedByIds, FieldHelp } from './form-field';
import './select-field.css';

export interface SelectOption {
  value: string;
  label: string;
}

export interface SelectFieldProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value'> {
  id: string;
  label: string;
  value: string;
  options: readonly SelectOption[];
  hint?: string;
  errors?: readonly string[];
}

/** A labelled native select in the kit's style: native, so it works with every keyboard and reader. */
export function SelectField({ id, label, hint, errors = [], options, ...selectProps }: SelectFieldProps) {
  const { hintId, errorId, describedBy } = describedByIds(id, hint, errors);
  return (
    <div className="select-wrapper select-field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        className={errorId ? 'is-invalid' : undefined}
        aria-invalid={errorId ? true : undefined}
        aria-describedby={describedBy}
        {...selectProps}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldHelp hint={hint} hintId={hintId} errors={errors} errorId={errorId} />
    </div>
  );
}
