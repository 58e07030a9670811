import { GRAPHQL_LIMITS } from '@piano2030/shared-domain';
import { InvalidInputError } from './domain-errors';

/**
 * Where a page ends in a list ordered by (created_at, id): opaque to clients. The time is the
 * database's text with its microseconds (a JavaScript Date would round them away, and the next
 * page would repeat the row).
 */
export interface CreatedCursor {
  createdAt: string;
  id: string;
}

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function encodeCursor({ createdAt, id }: CreatedCursor): string {
  return Buffer.from(JSON.stringify([createdAt, id])).toString('base64url');
}

/** A cursor this API handed out, or a BAD_USER_INPUT naming `field`. */
export function decodeCursor(cursor: string, field = 'after'): CreatedCursor {
  try {
    const [createdAt, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (
      typeof createdAt === 'string' &&
      TIMESTAMP.test(createdAt) &&
      typeof id === 'string' &&
      UUID.test(id)
    ) {
      return { createdAt, id };
    }
  } catch {
    // Falls through to the error below: any malformed cursor is the same mistake.
  }
  throw InvalidInputError.field(field, `${field} is not a cursor this API returned`);
}

/** A page size between 1 and the API's maximum, whatever the client asked for. */
export function clampPageSize(first: number | null | undefined, fallback: number): number {
  const size = first ?? fallback;
  return Math.min(Math.max(Math.trunc(size), 1), GRAPHQL_LIMITS.maxPageSize);
}
