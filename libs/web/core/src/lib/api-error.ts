import { CombinedGraphQLErrors, ServerError } from '@apollo/client';
import type { GraphQLFormattedError } from 'graphql';

export type ApiErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'TOO_MANY_REQUESTS'
  | 'NETWORK'
  | 'UNKNOWN';

/** Messages per input field, keyed by the field's name without the `input.` argument prefix. */
export type FieldErrors = Record<string, string[]>;

export interface ApiError {
  code: ApiErrorCode;
  message: string;
  fieldErrors: FieldErrors;
  retryAfterSeconds?: number;
  /** With a CONFLICT over a stale revision: the record as it now stands (its `revision` among others). */
  current?: Record<string, unknown>;
}

const KNOWN_CODES = new Set<string>([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'TOO_MANY_REQUESTS',
]);

/** Turns whatever Apollo reports into the shape the API promises (`extensions.code` and friends). */
export function readApiError(error: unknown): ApiError {
  if (CombinedGraphQLErrors.is(error)) return fromGraphQLError(error.errors[0], error.message);
  if (ServerError.is(error)) return fromServerError(error);
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'NETWORK', message, fieldErrors: {} };
}

export function isApiErrorCode(error: unknown, code: ApiErrorCode): boolean {
  return error !== undefined && error !== null && readApiError(error).code === code;
}

function fromGraphQLError(first: GraphQLFormattedError | undefined, fallbackMessage: string): ApiError {
  const extensions = first?.extensions ?? {};
  const code =
    typeof extensions.code === 'string' && KNOWN_CODES.has(extensions.code) ? extensions.code : 'UNKNOWN';
  const retryAfter = extensions.retryAfterSeconds;
  const current = extensions.current;
  return {
    code: code as ApiErrorCode,
    message: first?.message ?? fallbackMessage,
    fieldErrors: normaliseFieldErrors(extensions.fieldErrors),
    ...(typeof retryAfter === 'number' ? { retryAfterSeconds: retryAfter } : {}),
    ...(current && typeof current === 'object' ? { current: current as Record<string, unknown> } : {}),
  };
}

/** Rate-limited answers arrive with HTTP 429; their body still carries the GraphQL error when it is JSON. */
function fromServerError(error: ServerError): ApiError {
  const first = parseErrors(error.bodyText)[0];
  if (first) return fromGraphQLError(first, error.message);
  if (error.statusCode === 429) {
    const retryAfter = Number(error.response.headers.get('retry-after'));
    return {
      code: 'TOO_MANY_REQUESTS',
      message: error.message,
      fieldErrors: {},
      ...(Number.isFinite(retryAfter) && retryAfter > 0 ? { retryAfterSeconds: retryAfter } : {}),
    };
  }
  return { code: 'NETWORK', message: error.message, fieldErrors: {} };
}

function parseErrors(bodyText: string): GraphQLFormattedError[] {
  try {
    const body: unknown = JSON.parse(bodyText);
    const errors = (body as { errors?: unknown }).errors;
    return Array.isArray(errors) ? (errors as GraphQLFormattedError[]) : [];
  } catch {
    return [];
  }
}

function normaliseFieldErrors(value: unknown): FieldErrors {
  if (!value || typeof value !== 'object') return {};
  const result: FieldErrors = {};
  for (const [path, messages] of Object.entries(value)) {
    if (!Array.isArray(messages)) continue;
    const field = path.replace(/^input\./, '');
    result[field] = [...(result[field] ?? []), ...messages.filter((m): m is string => typeof m === 'string')];
  }
  return result;
}
