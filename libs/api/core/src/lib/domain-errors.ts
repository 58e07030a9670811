import type { PolicyVerdict } from '@piano2030/shared-domain';

/**
 * Errors a service throws when a request cannot be honoured. Each carries the GraphQL error code
 * the client sees: graphql-js copies `extensions` onto the GraphQL error, so this file is the one
 * mapping. The HTTP status stays 200 once execution ran (GraphQL over HTTP; @nestjs/apollo resets
 * it), so clients read the code, never the status.
 */
export type DomainErrorCode =
  'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_USER_INPUT' | 'CONFLICT' | 'TOO_MANY_REQUESTS';

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }

  get extensions(): Record<string, unknown> {
    return { code: this.code, ...this.details };
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(message = 'You need to sign in to do this.') {
    super('UNAUTHENTICATED', message);
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = 'You are not allowed to do this.') {
    super('FORBIDDEN', message);
  }
}

export class NotFoundError extends DomainError {
  constructor(entity: string, key: string) {
    super('NOT_FOUND', `${entity} "${key}" does not exist.`, { entity, key });
  }
}

export class ConflictError extends DomainError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super('CONFLICT', message, details);
  }
}

/** Per-field messages, keyed by the input field's path (e.g. `email`, `input.endsOn`). */
export type FieldErrors = Record<string, string[]>;

export class InvalidInputError extends DomainError {
  constructor(readonly fieldErrors: FieldErrors) {
    super('BAD_USER_INPUT', InvalidInputError.summarise(fieldErrors), { fieldErrors });
  }

  static field(field: string, message: string): InvalidInputError {
    return new InvalidInputError({ [field]: [message] });
  }

  private static summarise(fieldErrors: FieldErrors): string {
    const parts = Object.entries(fieldErrors).map(([field, messages]) => `${field}: ${messages.join('; ')}`);
    return `Invalid input. ${parts.join(' | ')}`;
  }
}

export class TooManyRequestsError extends DomainError {
  constructor(message: string, retryAfterSeconds: number) {
    super('TOO_MANY_REQUESTS', message, { retryAfterSeconds });
  }
}

/** A policy's refusal as the error it maps to: FORBIDDEN for the role, CONFLICT for the state. */
export function enforceVerdict(verdict: PolicyVerdict): void {
  if (verdict.allowed) return;
  throw verdict.code === 'FORBIDDEN' ? new ForbiddenError(verdict.reason) : new ConflictError(verdict.reason);
}
