import type { MigrationInterface, QueryRunner } from 'typeorm';

export class GovernanceCreateBodies1795308882210 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "bodies" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" text NOT NULL, "kind" text NOT NULL, "position" smallint NOT NULL, "name" jsonb NOT NULL, "description" jsonb NOT NULL, "seats" smallint, "seats_per_party" smallint, "voting_rules" jsonb NOT NULL, "results_hidden_until_close" boolean NOT NULL, CONSTRAINT "UQ_bd85ca8d0af741c2edab3d8746b" UNIQUE ("code"), CONSTRAINT "UQ_0ad1bbdf49e08d6de3f7883efc2" UNIQUE ("position"), CONSTRAINT "PK_efc66684e75152471d119b6e5a3" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "memberships" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "body_id" uuid NOT NULL, "user_id" uuid NOT NULL, "role" text NOT NULL, "party_code" text, "designation_reference" text NOT NULL, "designation_date" date NOT NULL, "term_from" date NOT NULL, "term_to" date, "alternate_user_id" uuid, "ended_on" date, "end_reason" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_memberships_term" CHECK ("term_to" IS NULL OR "term_to" >= "term_from"), CONSTRAINT "PK_25d28bd932097a9e90495ede7b4" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_memberships_user" ON "memberships"  ("user_id") ');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "UQ_memberships_open_chair" ON "memberships"  ("body_id") WHERE "ended_on" IS NULL AND "role" = \'CHAIR\'',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "UQ_memberships_open_person" ON "memberships"  ("body_id", "user_id") WHERE "ended_on" IS NULL',
    );
    await queryRunner.query(
      'ALTER TABLE "memberships" ADD CONSTRAINT "FK_6b4c9e7bd3cf5e0289f0f95e924" FOREIGN KEY ("body_id") REFERENCES "bodies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "memberships" ADD CONSTRAINT "FK_7c1e2fdfed4f6838e0c05ae5051" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "memberships" ADD CONSTRAINT "FK_723d9a0d769f979d24335d3db2d" FOREIGN KEY ("party_code") REFERENCES "parties"("code") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "memberships" ADD CONSTRAINT "FK_f40339e0956b0c25f2a8df88588" FOREIGN KEY ("alternate_user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "memberships" DROP CONSTRAINT "FK_f40339e0956b0c25f2a8df88588"');
    await queryRunner.query('ALTER TABLE "memberships" DROP CONSTRAINT "FK_723d9a0d769f979d24335d3db2d"');
    await queryRunner.query('ALTER TABLE "memberships" DROP CONSTRAINT "FK_7c1e2fdfed4f6838e0c05ae5051"');
    await queryRunner.query('ALTER TABLE "memberships" DROP CONSTRAINT "FK_6b4c9e7bd3cf5e0289f0f95e924"');
    await queryRunner.query('DROP INDEX "public"."UQ_memberships_open_person"');
    await queryRunner.query('DROP INDEX "public"."UQ_memberships_open_chair"');
    await queryRunner.query('DROP INDEX "public"."IDX_memberships_user"');
    await queryRunner.query('DROP TABLE "memberships"');
    await queryRunner.query('DROP TABLE "bodies"');
  }
}
