import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes for search, written by hand: expression indexes that the entities declare with
 * `synchronize: false` (TypeORM cannot describe them). Each expression is exactly the one the
 * search queries use, or PostgreSQL would not use the index.
 */
export class SearchCreateTextIndexes1795327248280 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    await queryRunner.query(
      'CREATE INDEX "IDX_contributions_fts" ON "contributions" USING gin (to_tsvector(\'italian\', "body"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_contributions_trgm" ON "contributions" USING gin ("body" gin_trgm_ops)',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_interventions_fts" ON "interventions" USING gin ((setweight(to_tsvector(\'italian\', "title"), \'A\') || setweight(to_tsvector(\'italian\', "description" || \' \' || "objectives" || \' \' || "expected_results"), \'B\')))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_interventions_trgm" ON "interventions" USING gin ("title" gin_trgm_ops)',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_swot_items_fts" ON "swot_items" USING gin (to_tsvector(\'italian\', "text"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_swot_items_trgm" ON "swot_items" USING gin ("text" gin_trgm_ops)',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const index of [
      'IDX_swot_items_trgm',
      'IDX_swot_items_fts',
      'IDX_interventions_trgm',
      'IDX_interventions_fts',
      'IDX_contributions_trgm',
      'IDX_contributions_fts',
    ])
      await queryRunner.query(`DROP INDEX "${index}"`);
    // pg_trgm stays: other databases' objects may use it, and keeping it harms nothing.
  }
}
