import { Controller, Get } from '@nestjs/common';
import { Public } from '@piano2030/api-core';
import type { StatementCounter } from './statement-counter';

/** How many SQL statements the process has sent so far; mounted only when COUNT_SQL_STATEMENTS is set. */
export function statementsController(counter: StatementCounter) {
  @Controller('diagnostics')
  class StatementsController {
    @Get('sql-statements')
    @Public()
    statements(): { statements: number } {
      return { statements: counter.statements };
    }
  }
  return StatementsController;
}
