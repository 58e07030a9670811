import { Transform } from 'class-transformer';
import { Matches } from 'class-validator';

// Control characters other than tab, line feed and carriage return; NUL among them, which PostgreSQL refuses.
// eslint-disable-next-line no-control-regex
const NO_CONTROL_CHARACTERS = /^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]*$/;

/** Text a person typed: any Unicode, but no control characters. */
export const IsPlainText = () =>
  Matches(NO_CONTROL_CHARACTERS, { message: '$property must not contain control characters' });

/** Trims surrounding white space before validation, so "   " fails a length check instead of passing. */
export const Trim = () =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));
