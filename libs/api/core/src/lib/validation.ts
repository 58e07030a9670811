import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { InvalidInputError, type FieldErrors } from './domain-errors';

/** class-validator failures become BAD_USER_INPUT with one entry per offending field. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidNonWhitelisted: true,
    stopAtFirstError: false,
    exceptionFactory: (errors) => new InvalidInputError(collectFieldErrors(errors)),
  });
}

function collectFieldErrors(errors: ValidationError[], prefix = ''): FieldErrors {
  const result: FieldErrors = {};
  for (const error of errors) {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    if (error.constraints) result[path] = Object.values(error.constraints);
    if (error.children?.length) Object.assign(result, collectFieldErrors(error.children, path));
  }
  return result;
}
