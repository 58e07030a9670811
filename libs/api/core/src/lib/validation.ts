import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { plainToInstance, type ClassConstructor } from 'class-transformer';
import { validate } from 'class-validator';
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

/**
 * Validates what arrives outside GraphQL (a socket command) with the input class and the options of
 * the GraphQL pipe: the same messages, or BAD_USER_INPUT naming each field.
 */
export async function validatedInput<T extends object>(
  type: ClassConstructor<T>,
  value: unknown,
): Promise<T> {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw InvalidInputError.field('input', 'input must be an object');
  const input = plainToInstance(type, value);
  const errors = await validate(input, {
    whitelist: true,
    forbidNonWhitelisted: true,
    stopAtFirstError: false,
  });
  if (errors.length) throw new InvalidInputError(collectFieldErrors(errors));
  return input;
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
