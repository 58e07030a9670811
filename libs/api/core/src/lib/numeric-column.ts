import type { ValueTransformer } from 'typeorm';

/**
 * pg returns `numeric` as a string so no precision is lost in transit; the amounts and indicator
 * values we keep fit a double exactly enough (cents, four decimals), so they are read as numbers.
 */
export const NUMERIC_AS_NUMBER: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};
