import type { ArgumentsHost } from '@nestjs/common';
import { DomainErrorFilter } from './domain-error.filter';
import {
  ConflictError,
  ForbiddenError,
  InvalidInputError,
  NotFoundError,
  TooManyRequestsError,
  UnauthenticatedError,
  type DomainError,
} from './domain-errors';

/** An HTTP host whose response records what the filter sends. */
function httpHost() {
  const sent: { status?: number; body?: unknown } = {};
  const response = {
    status: (code: number) => ((sent.status = code), response),
    json: (body: unknown) => ((sent.body = body), response),
  };
  const host = {
    getType: () => 'http',
    switchToHttp: () => ({ getResponse: () => response }),
  } as unknown as ArgumentsHost;
  return { host, sent };
}

describe('DomainErrorFilter', () => {
  it.each<[DomainError, number]>([
    [new UnauthenticatedError(), 401],
    [new ForbiddenError(), 403],
    [new NotFoundError('Intervention area', 'PS9'), 404],
    [InvalidInputError.field('endsOn', 'endsOn must be on or after startsOn'), 400],
    [new ConflictError('Taken'), 409],
    [new TooManyRequestsError('Slow down', 30), 429],
  ])('answers %s on HTTP with %i and the GraphQL extensions as body', (error, status) => {
    const { host, sent } = httpHost();
    new DomainErrorFilter().catch(error, host);
    expect(sent.status).toBe(status);
    expect(sent.body).toEqual({ message: error.message, ...error.extensions });
  });

  it('hands GraphQL errors back to Apollo untouched', () => {
    const error = new ForbiddenError();
    const host = { getType: () => 'graphql' } as unknown as ArgumentsHost;
    expect(new DomainErrorFilter().catch(error, host)).toBe(error);
  });
});
