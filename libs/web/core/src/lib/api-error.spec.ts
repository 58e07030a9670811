import { CombinedGraphQLErrors, ServerError } from '@apollo/client';
import { isApiErrorCode, readApiError } from './api-error';

/** jsdom has no fetch Response; the reader only looks at the status and headers. */
function httpResponse(status: number, headers: Record<string, string> = {}): Response {
  return {
    status,
    headers: { get: (name: string) => headers[name.toLowerCase()] ?? null },
  } as unknown as Response;
}

describe('readApiError', () => {
  it('reads the code and the per-field messages, without the input. prefix', () => {
    const error = new CombinedGraphQLErrors({
      data: null,
      errors: [
        {
          message: 'Invalid input.',
          extensions: {
            code: 'BAD_USER_INPUT',
            fieldErrors: { 'input.email': ['email must be an email'], password: ['too short', 'too simple'] },
          },
        },
      ],
    });

    expect(readApiError(error)).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'Invalid input.',
      fieldErrors: { email: ['email must be an email'], password: ['too short', 'too simple'] },
    });
  });

  it('reads a rate limit answered with HTTP 429 from the GraphQL body', () => {
    const body = {
      errors: [{ message: 'Slow down', extensions: { code: 'TOO_MANY_REQUESTS', retryAfterSeconds: 120 } }],
    };
    const response = httpResponse(429);
    const error = new ServerError('Response not successful', { response, bodyText: JSON.stringify(body) });

    expect(readApiError(error)).toMatchObject({ code: 'TOO_MANY_REQUESTS', retryAfterSeconds: 120 });
  });

  it('falls back to the Retry-After header when a 429 has no GraphQL body', () => {
    const response = httpResponse(429, { 'retry-after': '30' });
    const error = new ServerError('Response not successful', { response, bodyText: 'busy' });

    expect(readApiError(error)).toMatchObject({ code: 'TOO_MANY_REQUESTS', retryAfterSeconds: 30 });
  });

  it('reads the current state a stale-revision conflict carries', () => {
    const error = new CombinedGraphQLErrors({
      data: null,
      errors: [
        {
          message: 'The work plan was changed by someone else.',
          extensions: { code: 'CONFLICT', current: { id: 'p-1', revision: 8, status: 'DRAFT' } },
        },
      ],
    });

    expect(readApiError(error)).toMatchObject({
      code: 'CONFLICT',
      current: { id: 'p-1', revision: 8, status: 'DRAFT' },
    });
  });

  it('treats a failed fetch as a network error and an unknown code as unknown', () => {
    expect(readApiError(new TypeError('Failed to fetch')).code).toBe('NETWORK');
    const odd = new CombinedGraphQLErrors({
      data: null,
      errors: [{ message: 'x', extensions: { code: 'TEAPOT' } }],
    });
    expect(readApiError(odd).code).toBe('UNKNOWN');
  });

  it('answers whether an error carries a given code', () => {
    const notFound = new CombinedGraphQLErrors({
      data: null,
      errors: [{ message: 'InterventionArea "PS9" does not exist.', extensions: { code: 'NOT_FOUND' } }],
    });
    expect(isApiErrorCode(notFound, 'NOT_FOUND')).toBe(true);
    expect(isApiErrorCode(undefined, 'NOT_FOUND')).toBe(false);
  });
});
