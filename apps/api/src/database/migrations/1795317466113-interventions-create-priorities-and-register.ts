import type { MigrationInterface, QueryRunner } from 'typeorm';

export class InterventionsCreatePrioritiesAndRegister1795317466113 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "strategic_priorities" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "area_code" text NOT NULL, "position" smallint NOT NULL, "title" text NOT NULL, "description" text NOT NULL DEFAULT \'\', "guideline_codes" text array NOT NULL DEFAULT \'{}\', "revision" integer NOT NULL DEFAULT \'1\', "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_729e4b023125dface7c2986a00c" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_strategic_priorities_area" ON "strategic_priorities"  ("area_code", "position") ',
    );
    await queryRunner.query(
      'CREATE TABLE "interventions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "priority_id" uuid NOT NULL, "area_code" text NOT NULL, "number" integer NOT NULL, "status" text NOT NULL, "version" integer NOT NULL DEFAULT \'1\', "title" text NOT NULL, "description" text NOT NULL DEFAULT \'\', "objectives" text NOT NULL DEFAULT \'\', "expected_results" text NOT NULL DEFAULT \'\', "guideline_codes" text array NOT NULL, "kpis" jsonb NOT NULL DEFAULT \'[]\', "starts_on" date NOT NULL, "ends_on" date NOT NULL, "milestones" jsonb NOT NULL DEFAULT \'[]\', "lead_actor" text NOT NULL DEFAULT \'\', "partners" text array NOT NULL DEFAULT \'{}\', "project_codes" text array NOT NULL DEFAULT \'{}\', "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_interventions_number" UNIQUE ("area_code", "number"), CONSTRAINT "CHK_interventions_dates" CHECK ("ends_on" >= "starts_on" AND "ends_on" <= \'2030-12-31\'), CONSTRAINT "PK_39babe074cbaa90750582bfc38d" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_interventions_priority" ON "interventions"  ("priority_id") ');
    await queryRunner.query(
      'CREATE TABLE "intervention_versions" ("intervention_id" uuid NOT NULL, "version" integer NOT NULL, "snapshot" jsonb NOT NULL, "author_id" uuid NOT NULL, "reason" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f35c541de24b5586e72fc09a842" PRIMARY KEY ("intervention_id", "version"))',
    );
    await queryRunner.query(
      'CREATE TABLE "intervention_resources" ("intervention_id" uuid NOT NULL, "year" smallint NOT NULL, "source" text NOT NULL, "amount" numeric(14,2) NOT NULL, CONSTRAINT "CHK_intervention_resources_amount" CHECK ("amount" >= 0), CONSTRAINT "CHK_intervention_resources_year" CHECK ("year" BETWEEN 2021 AND 2030), CONSTRAINT "PK_26e296951581f720c741188eb74" PRIMARY KEY ("intervention_id", "year", "source"))',
    );
    await queryRunner.query(
      'ALTER TABLE "strategic_priorities" ADD CONSTRAINT "FK_1cd93e383af90c85f412ce5527d" FOREIGN KEY ("area_code") REFERENCES "intervention_areas"("code") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "interventions" ADD CONSTRAINT "FK_d602ba114db25fbecd6cbe1fea7" FOREIGN KEY ("priority_id") REFERENCES "strategic_priorities"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "intervention_versions" ADD CONSTRAINT "FK_a4ccd37f53cc2a5ab4e6a64630f" FOREIGN KEY ("intervention_id") REFERENCES "interventions"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "intervention_resources" ADD CONSTRAINT "FK_cee079d924eeda02cc4ba37c699" FOREIGN KEY ("intervention_id") REFERENCES "interventions"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "intervention_resources" DROP CONSTRAINT "FK_cee079d924eeda02cc4ba37c699"',
    );
    await queryRunner.query(
      'ALTER TABLE "intervention_versions" DROP CONSTRAINT "FK_a4ccd37f53cc2a5ab4e6a64630f"',
    );
    await queryRunner.query('ALTER TABLE "interventions" DROP CONSTRAINT "FK_d602ba114db25fbecd6cbe1fea7"');
    await queryRunner.query(
      'ALTER TABLE "strategic_priorities" DROP CONSTRAINT "FK_1cd93e383af90c85f412ce5527d"',
    );
    await queryRunner.query('DROP TABLE "intervention_resources"');
    await queryRunner.query('DROP TABLE "intervention_versions"');
    await queryRunner.query('DROP INDEX "public"."IDX_interventions_priority"');
    await queryRunner.query('DROP TABLE "interventions"');
    await queryRunner.query('DROP INDEX "public"."IDX_strategic_priorities_area"');
    await queryRunner.query('DROP TABLE "strategic_priorities"');
  }
}
