import type { Logger } from 'typeorm';

/**
 * Counts the SQL statements the process sends, for the test that keeps a page of contributions
 * at a constant number of statements whatever its size (R2). Only installed when
 * COUNT_SQL_STATEMENTS is set; nothing is logged.
 */
export class StatementCounter implements Logger {
  private count = 0;

  get statements(): number {
    return this.count;
  }

  logQuery(): void {
    this.count += 1;
  }

  logQueryError(): void {
    this.count += 1;
  }

  logQuerySlow(): void {
    // Already counted by logQuery.
  }

  logSchemaBuild(): void {
    // Schema building is not a request's work.
  }

  logMigration(): void {
    // Migrations are not a request's work.
  }

  log(): void {
    // Driver notices are not statements.
  }
}
