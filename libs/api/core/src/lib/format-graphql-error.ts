import type { Logger } from '@nestjs/common';
import type { GraphQLFormattedError } from 'graphql';
import { DomainError } from './domain-errors';

/**
 * The single place where errors become what clients see. Domain errors and graphql-js's own
 * (parse, validation, variable coercion) keep their code and message; anything else is a bug:
 * it is logged in full and, in production, shown only as a generic message.
 */
export function createGraphQLErrorFormatter(options: { production: boolean; logger: Logger }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = (error as { originalError?: unknown } | undefined)?.originalError;
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    if (original instanceof DomainError || !original || hasOwnCode(extensions)) {
      return { ...formatted, extensions };
    }
    options.logger.error(original instanceof Error ? (original.stack ?? original.message) : String(original));
    if (!options.production)
      return { ...formatted, extensions: { ...extensions, code: 'INTERNAL_SERVER_ERROR' } };
    return {
      message: 'Internal server error',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}

function hasOwnCode(extensions: Record<string, unknown>): boolean {
  return typeof extensions.code === 'string' && extensions.code !== 'INTERNAL_SERVER_ERROR';
}
