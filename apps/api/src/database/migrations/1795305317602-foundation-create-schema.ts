import type { MigrationInterface, QueryRunner } from 'typeorm';

export class FoundationCreateSchema1795305317602 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "audit_entries" ("id" BIGSERIAL NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor_id" uuid, "action" text NOT NULL, "subject_type" text NOT NULL, "subject_id" text, "data" jsonb NOT NULL, CONSTRAINT "PK_6b1623bcad4d04530b76548d619" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_audit_entries_actor" ON "audit_entries"  ("actor_id") ');
    await queryRunner.query(
      'CREATE INDEX "IDX_audit_entries_subject" ON "audit_entries"  ("subject_type", "subject_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" text NOT NULL, "password_hash" text NOT NULL, "display_name" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_97672ac88f789774dd47f7c8be3" UNIQUE ("email"), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "user_roles" ("user_id" uuid NOT NULL, "role" text NOT NULL, "granted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "granted_by" uuid, CONSTRAINT "PK_09d115a69b6014d324d592f9c42" PRIMARY KEY ("user_id", "role"))',
    );
    await queryRunner.query(
      'CREATE TABLE "sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "token_hash" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_abaa9e068cdd390bc5210f79884" UNIQUE ("token_hash"), CONSTRAINT "PK_3238ef96f18b355b671619111bc" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_sessions_user" ON "sessions"  ("user_id") ');
    await queryRunner.query(
      'CREATE TABLE "guidelines" ("code" text NOT NULL, "position" smallint NOT NULL, "title" jsonb NOT NULL, "description" jsonb NOT NULL, CONSTRAINT "UQ_6c79dc458261cef9bb54a5d84df" UNIQUE ("position"), CONSTRAINT "PK_2fcab20983c10c3f5771f52bb91" PRIMARY KEY ("code"))',
    );
    await queryRunner.query(
      'CREATE TABLE "intervention_areas" ("code" text NOT NULL, "position" smallint NOT NULL, "name" jsonb NOT NULL, "description" jsonb NOT NULL, CONSTRAINT "UQ_10995b8451f8b0d07133b558fd4" UNIQUE ("position"), CONSTRAINT "PK_5afe75b9a842eeb62c4f01c36f6" PRIMARY KEY ("code"))',
    );
    await queryRunner.query(
      'CREATE TABLE "parties" ("code" text NOT NULL, "position" smallint NOT NULL, "name" jsonb NOT NULL, "short_name" jsonb NOT NULL, "website" text, CONSTRAINT "UQ_aca3c817919009b2f0e184d8ecf" UNIQUE ("position"), CONSTRAINT "PK_8dd8a6a5e52f67cf478fa526a5a" PRIMARY KEY ("code"))',
    );
    await queryRunner.query(
      'CREATE TABLE "process_phases" ("code" text NOT NULL, "position" smallint NOT NULL, "name" jsonb NOT NULL, "description" jsonb NOT NULL, "starts_on" date NOT NULL, "ends_on" date NOT NULL, CONSTRAINT "UQ_24577b58a39e0197726433a5328" UNIQUE ("position"), CONSTRAINT "CHK_process_phases_dates" CHECK ("ends_on" >= "starts_on"), CONSTRAINT "PK_ac4b7b79879b5c2d28b4da8fdb2" PRIMARY KEY ("code"))',
    );
    await queryRunner.query(
      'ALTER TABLE "user_roles" ADD CONSTRAINT "FK_87b8888186ca9769c960e926870" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "sessions" ADD CONSTRAINT "FK_085d540d9f418cfbdc7bd55bb19" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "sessions" DROP CONSTRAINT "FK_085d540d9f418cfbdc7bd55bb19"');
    await queryRunner.query('ALTER TABLE "user_roles" DROP CONSTRAINT "FK_87b8888186ca9769c960e926870"');
    await queryRunner.query('DROP TABLE "process_phases"');
    await queryRunner.query('DROP TABLE "parties"');
    await queryRunner.query('DROP TABLE "intervention_areas"');
    await queryRunner.query('DROP TABLE "guidelines"');
    await queryRunner.query('DROP INDEX "public"."IDX_sessions_user"');
    await queryRunner.query('DROP TABLE "sessions"');
    await queryRunner.query('DROP TABLE "user_roles"');
    await queryRunner.query('DROP TABLE "users"');
    await queryRunner.query('DROP INDEX "public"."IDX_audit_entries_subject"');
    await queryRunner.query('DROP INDEX "public"."IDX_audit_entries_actor"');
    await queryRunner.query('DROP TABLE "audit_entries"');
  }
}
