import { Transform } from 'class-transformer';
import { ValidateBy, type ValidationOptions } from 'class-validator';
import { isValidTaxCode, isWebsite, normaliseTaxCode } from '@piano2030/shared-domain';

/** A partita IVA or codice fiscale with its check character (shared/domain isValidTaxCode). */
export const IsTaxCode = (options: ValidationOptions = {}) =>
  ValidateBy(
    {
      name: 'isTaxCode',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && isValidTaxCode(value),
        defaultMessage: () =>
          '$property must be a partita IVA (11 digits) or a codice fiscale (16 characters) with its check character',
      },
    },
    options,
  );

/** An http(s) address (shared/domain isWebsite). */
export const IsWebsite = (options: ValidationOptions = {}) =>
  ValidateBy(
    {
      name: 'isWebsite',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && isWebsite(value),
        defaultMessage: () => '$property must be a web address starting with https:// or http://',
      },
    },
    options,
  );

/** Tax codes are kept in capitals without spaces; an empty one is no tax code. */
export const NormaliseTaxCode = () =>
  Transform(({ value }: { value: unknown }) => {
    if (typeof value !== 'string') return value;
    const code = normaliseTaxCode(value);
    return code === '' ? undefined : code;
  });

/** An empty optional text is no text. */
export const EmptyAsAbsent = () =>
  Transform(({ value }: { value: unknown }) => {
    if (typeof value !== 'string') return value;
    const trimmed = value.trim();
    return trimmed === '' ? undefined : trimmed;
  });
