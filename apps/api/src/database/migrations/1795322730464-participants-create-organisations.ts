import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ParticipantsCreateOrganisations1795322730464 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "organisations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "name_key" text NOT NULL, "category" text NOT NULL, "tax_code" text, "website" text, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_organisations_tax_code" UNIQUE ("tax_code"), CONSTRAINT "UQ_organisations_name_key" UNIQUE ("name_key"), CONSTRAINT "CHK_organisations_category" CHECK ("category" IN (\'LOCAL_INSTITUTION\', \'BUSINESS_ASSOCIATION\', \'TRADE_UNION\', \'RESEARCH_EDUCATION\', \'BANKING_FOUNDATION\', \'LOCAL_SERVICE_COMPANY\', \'THIRD_SECTOR\')), CONSTRAINT "PK_7bf54cba378d5b2f1d4c10ef4df" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "organisation_representatives" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "user_id" uuid NOT NULL, "title" text NOT NULL, "status" text NOT NULL DEFAULT \'PENDING\', "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "decided_by" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, "decision_reason" text, CONSTRAINT "CHK_organisation_representatives_decision" CHECK (("status" = \'PENDING\') = ("decided_at" IS NULL) AND ("decided_at" IS NULL) = ("decided_by" IS NULL)), CONSTRAINT "CHK_organisation_representatives_status" CHECK ("status" IN (\'PENDING\', \'VERIFIED\', \'REJECTED\', \'REVOKED\')), CONSTRAINT "PK_b2be1c2d14812eed85c9def8dd3" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_organisation_representatives_status" ON "organisation_representatives"  ("status", "requested_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_organisation_representatives_user" ON "organisation_representatives"  ("user_id") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "UQ_organisation_representatives_live" ON "organisation_representatives"  ("organisation_id", "user_id") WHERE "status" IN (\'PENDING\', \'VERIFIED\')',
    );
    await queryRunner.query('ALTER TABLE "users" ADD "public_name_mode" text NOT NULL DEFAULT \'INITIALS\'');
    await queryRunner.query('ALTER TABLE "users" ADD "privacy_consent_at" TIMESTAMP WITH TIME ZONE');
    await queryRunner.query('ALTER TABLE "users" ADD "privacy_notice_version" text');
    await queryRunner.query(
      'ALTER TABLE "users" ADD CONSTRAINT "CHK_users_public_name_mode" CHECK ("public_name_mode" IN (\'INITIALS\', \'FULL_NAME\'))',
    );
    await queryRunner.query(
      'ALTER TABLE "organisation_representatives" ADD CONSTRAINT "FK_aaca0f1c856a7913c407dee4888" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "organisation_representatives" ADD CONSTRAINT "FK_c4a884a368bcd0ce3d5e8efbb1f" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "organisation_representatives" DROP CONSTRAINT "FK_c4a884a368bcd0ce3d5e8efbb1f"',
    );
    await queryRunner.query(
      'ALTER TABLE "organisation_representatives" DROP CONSTRAINT "FK_aaca0f1c856a7913c407dee4888"',
    );
    await queryRunner.query('ALTER TABLE "users" DROP CONSTRAINT "CHK_users_public_name_mode"');
    await queryRunner.query('ALTER TABLE "users" DROP COLUMN "privacy_notice_version"');
    await queryRunner.query('ALTER TABLE "users" DROP COLUMN "privacy_consent_at"');
    await queryRunner.query('ALTER TABLE "users" DROP COLUMN "public_name_mode"');
    await queryRunner.query('DROP INDEX "public"."UQ_organisation_representatives_live"');
    await queryRunner.query('DROP INDEX "public"."IDX_organisation_representatives_user"');
    await queryRunner.query('DROP INDEX "public"."IDX_organisation_representatives_status"');
    await queryRunner.query('DROP TABLE "organisation_representatives"');
    await queryRunner.query('DROP TABLE "organisations"');
  }
}
