import type { MigrationInterface, QueryRunner } from 'typeorm';

export class WorkPlansCreatePlansAndActivities1795313687295 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "work_plans" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "year" smallint NOT NULL, "quarter" smallint NOT NULL, "status" text NOT NULL, "revision" integer NOT NULL DEFAULT \'1\', "adopted_decision_id" uuid, "report_status" text NOT NULL DEFAULT \'NONE\', "report_introduction" text, "report_next_steps" text, "report_snapshot" jsonb, "report_agenda_item_id" uuid, "report_decision_id" uuid, "closed_at" TIMESTAMP WITH TIME ZONE, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_work_plans_quarter" UNIQUE ("year", "quarter"), CONSTRAINT "CHK_work_plans_quarter" CHECK ("quarter" BETWEEN 1 AND 4), CONSTRAINT "PK_aec61407bc55c68a5e31f4aaeec" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "work_plan_versions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "work_plan_id" uuid NOT NULL, "number" smallint NOT NULL, "status" text NOT NULL, "summary" text NOT NULL, "agenda_item_id" uuid, "proposed_by" uuid, "proposed_at" TIMESTAMP WITH TIME ZONE, "remarks" text, "returned_at" TIMESTAMP WITH TIME ZONE, "decision_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_87cdfe0767b443fd3922ad16931" UNIQUE ("agenda_item_id"), CONSTRAINT "UQ_work_plan_versions_number" UNIQUE ("work_plan_id", "number"), CONSTRAINT "PK_d26982bee7935327fb591f47ac8" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "UQ_work_plan_versions_adopted" ON "work_plan_versions"  ("work_plan_id") WHERE "status" = \'ADOPTED\'',
    );
    await queryRunner.query(
      'CREATE TABLE "work_plan_activities" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version_id" uuid NOT NULL, "lineage_id" uuid NOT NULL, "carried_from_id" uuid, "position" smallint NOT NULL, "phase_code" text NOT NULL, "area_code" text NOT NULL, "title" text NOT NULL, "description" text NOT NULL DEFAULT \'\', "owner_id" uuid NOT NULL, "contributor_ids" uuid array NOT NULL DEFAULT \'{}\', "start_on" date NOT NULL, "due_on" date NOT NULL, "deliverables" text array NOT NULL DEFAULT \'{}\', "status" text NOT NULL DEFAULT \'PLANNED\', "progress" smallint NOT NULL DEFAULT \'0\', "progress_note" text, "revision" integer NOT NULL DEFAULT \'1\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_work_plan_activities_progress" CHECK ("progress" BETWEEN 0 AND 100), CONSTRAINT "CHK_work_plan_activities_dates" CHECK ("due_on" >= "start_on"), CONSTRAINT "PK_eef2f123425ff2fcf5eed2e727d" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_work_plan_activities_lineage" ON "work_plan_activities"  ("lineage_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_work_plan_activities_version" ON "work_plan_activities"  ("version_id", "position") ',
    );
    await queryRunner.query(
      'ALTER TABLE "work_plans" ADD CONSTRAINT "FK_ba887cd38ce8efed0027245c1c2" FOREIGN KEY ("adopted_decision_id") REFERENCES "decisions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "work_plans" ADD CONSTRAINT "FK_615bb6c2daa432350f3fb22d201" FOREIGN KEY ("report_agenda_item_id") REFERENCES "agenda_items"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "work_plans" ADD CONSTRAINT "FK_41a198b39c925a78753de686f1c" FOREIGN KEY ("report_decision_id") REFERENCES "decisions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "work_plans" ADD CONSTRAINT "FK_65cace3ca1ae194ead9aeff0d95" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "work_plan_versions" ADD CONSTRAINT "FK_35e39acdfd2d0f3a417b4adbd1c" FOREIGN KEY ("work_plan_id") REFERENCES "work_plans"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "work_plan_versions" ADD CONSTRAINT "FK_87cdfe0767b443fd3922ad16931" FOREIGN KEY ("agenda_item_id") REFERENCES "agenda_items"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "work_plan_versions" ADD CONSTRAINT "FK_2fd332aa14f85f0f045847ee697" FOREIGN KEY ("proposed_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "work_plan_versions" ADD CONSTRAINT "FK_fdc1e676b695861d30ee4b6d115" FOREIGN KEY ("decision_id") REFERENCES "decisions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "work_plan_activities" ADD CONSTRAINT "FK_054cb02597bdb20d8054558951d" FOREIGN KEY ("version_id") REFERENCES "work_plan_versions"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "work_plan_activities" ADD CONSTRAINT "FK_da72d99153699cb470e9e32ff54" FOREIGN KEY ("carried_from_id") REFERENCES "work_plan_activities"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "work_plan_activities" ADD CONSTRAINT "FK_13c24868b00fc9485a79d4f93fc" FOREIGN KEY ("phase_code") REFERENCES "process_phases"("code") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "work_plan_activities" ADD CONSTRAINT "FK_e0515b86b608e98640b79fea503" FOREIGN KEY ("area_code") REFERENCES "intervention_areas"("code") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "work_plan_activities" ADD CONSTRAINT "FK_f9936ca690170faf1d6e8c29d42" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "work_plan_activities" DROP CONSTRAINT "FK_f9936ca690170faf1d6e8c29d42"',
    );
    await queryRunner.query(
      'ALTER TABLE "work_plan_activities" DROP CONSTRAINT "FK_e0515b86b608e98640b79fea503"',
    );
    await queryRunner.query(
      'ALTER TABLE "work_plan_activities" DROP CONSTRAINT "FK_13c24868b00fc9485a79d4f93fc"',
    );
    await queryRunner.query(
      'ALTER TABLE "work_plan_activities" DROP CONSTRAINT "FK_da72d99153699cb470e9e32ff54"',
    );
    await queryRunner.query(
      'ALTER TABLE "work_plan_activities" DROP CONSTRAINT "FK_054cb02597bdb20d8054558951d"',
    );
    await queryRunner.query(
      'ALTER TABLE "work_plan_versions" DROP CONSTRAINT "FK_fdc1e676b695861d30ee4b6d115"',
    );
    await queryRunner.query(
      'ALTER TABLE "work_plan_versions" DROP CONSTRAINT "FK_2fd332aa14f85f0f045847ee697"',
    );
    await queryRunner.query(
      'ALTER TABLE "work_plan_versions" DROP CONSTRAINT "FK_87cdfe0767b443fd3922ad16931"',
    );
    await queryRunner.query(
      'ALTER TABLE "work_plan_versions" DROP CONSTRAINT "FK_35e39acdfd2d0f3a417b4adbd1c"',
    );
    await queryRunner.query('ALTER TABLE "work_plans" DROP CONSTRAINT "FK_65cace3ca1ae194ead9aeff0d95"');
    await queryRunner.query('ALTER TABLE "work_plans" DROP CONSTRAINT "FK_41a198b39c925a78753de686f1c"');
    await queryRunner.query('ALTER TABLE "work_plans" DROP CONSTRAINT "FK_615bb6c2daa432350f3fb22d201"');
    await queryRunner.query('ALTER TABLE "work_plans" DROP CONSTRAINT "FK_ba887cd38ce8efed0027245c1c2"');
    await queryRunner.query('DROP INDEX "public"."IDX_work_plan_activities_version"');
    await queryRunner.query('DROP INDEX "public"."IDX_work_plan_activities_lineage"');
    await queryRunner.query('DROP TABLE "work_plan_activities"');
    await queryRunner.query('DROP INDEX "public"."UQ_work_plan_versions_adopted"');
    await queryRunner.query('DROP TABLE "work_plan_versions"');
    await queryRunner.query('DROP TABLE "work_plans"');
  }
}
