import type { Logger } from '@nestjs/common';
import type { CommandResult } from '@piano2030/shared-realtime-contracts';
import { DomainError } from './domain-errors';

type CommandError = Extract<CommandResult<never>, { ok: false }>['error'];

/**
 * What a socket command's caller sees of an error: the GraphQL formatter's rule for sockets. A
 * domain error keeps its code, message and details; anything else is a bug, logged in full and
 * answered with a generic message.
 */
export function toCommandError(error: unknown, logger: Logger): CommandError {
  if (error instanceof DomainError) return { message: error.message, ...error.extensions } as CommandError;
  logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  return { code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error' };
}

/** Runs a command and wraps its outcome for the acknowledgement callback. */
export async function runCommand<T>(logger: Logger, command: () => Promise<T>): Promise<CommandResult<T>> {
  try {
    return { ok: true, value: await command() };
  } catch (error) {
    return { ok: false, error: toCommandError(error, logger) };
  }
}
