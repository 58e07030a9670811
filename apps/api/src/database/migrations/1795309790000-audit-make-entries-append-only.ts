import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit trail is append-only: the database itself refuses to change or delete an entry, so
 * no code path (or mistaken script run by the application's role) can rewrite history.
 */
export class AuditMakeEntriesAppendOnly1795309790000 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION audit_entries_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_entries is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER audit_entries_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_entries
      FOR EACH STATEMENT EXECUTE FUNCTION audit_entries_refuse_change()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER audit_entries_append_only ON audit_entries');
    await queryRunner.query('DROP FUNCTION audit_entries_refuse_change()');
  }
}
