import { Transform } from 'class-transformer';
import { Matches, type ValidationOptions } from 'class-validator';

// Control characters other than tab, line feed and carriage return; NUL among them, which PostgreSQL refuses.
// eslint-disable-next-line no-control-regex
const NO_CONTROL_CHARACTERS = /^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]*$/;

/** Text a person typed: any Unicode, but no control characters. */
export const IsPlainText = (options: ValidationOptions = {}) =>
  Matches(NO_CONTROL_CHARACTERS, { message: '$property must not contain control characters', ...options });

/** Trims surrounding white space (of a string or of each string in a list) before validation, so "   " fails a length check instead of passing. */
export const Trim = () => Transform(({ value }: { value: unknown }) => trim(value));

function trim(value: unknown): unknown {
  if (typeof value === 'string') return value.trim();
  return Array.isArray(value) ? value.map((item) => (typeof item === 'string' ? item.trim() : item)) : value;
}
