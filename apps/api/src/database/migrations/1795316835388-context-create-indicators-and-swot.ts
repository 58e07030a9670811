import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ContextCreateIndicatorsAndSwot1795316835388 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "chamber_objectives" ("code" text NOT NULL, "strategic_area_code" text NOT NULL, "strategic_area_title" jsonb NOT NULL, "title" jsonb NOT NULL, "status" text NOT NULL, "budget" jsonb, "targets" jsonb NOT NULL DEFAULT \'[]\', "primary_area_codes" text array NOT NULL DEFAULT \'{}\', "secondary_area_codes" text array NOT NULL DEFAULT \'{}\', "cross_cutting" boolean NOT NULL DEFAULT false, "source" jsonb NOT NULL, "position" smallint NOT NULL, CONSTRAINT "PK_c58805ab8f5085c552325ba0bb0" PRIMARY KEY ("code"))',
    );
    await queryRunner.query(
      'CREATE TABLE "chamber_projects" ("code" text NOT NULL, "objective_code" text NOT NULL, "title" text NOT NULL, "office" text, "cost_centre" text, "summary" text, "source" jsonb NOT NULL, CONSTRAINT "PK_1284ea293cadfb298ae78e95a8c" PRIMARY KEY ("code"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_chamber_projects_objective" ON "chamber_projects"  ("objective_code") ',
    );
    await queryRunner.query(
      'CREATE TABLE "indicator_series" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" text NOT NULL, "title" jsonb NOT NULL, "unit" text NOT NULL, "territory" text NOT NULL, "scope" text NOT NULL, "source" jsonb NOT NULL, "notes" jsonb NOT NULL DEFAULT \'[]\', "origin" text NOT NULL, "cross_cutting" boolean NOT NULL DEFAULT false, "content_hash" text NOT NULL, "revision" integer NOT NULL DEFAULT \'1\', "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_a1bebbcc45dfdb17ebdf5c4888e" UNIQUE ("code"), CONSTRAINT "PK_cc84362b206850711763fc59fc8" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "indicator_areas" ("series_id" uuid NOT NULL, "area_code" text NOT NULL, CONSTRAINT "PK_ea2db0b5de50c40d564a642f6e0" PRIMARY KEY ("series_id", "area_code"))',
    );
    await queryRunner.query(
      'CREATE TABLE "indicator_observations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "series_id" uuid NOT NULL, "position" integer NOT NULL, "dimension" text NOT NULL, "measure" text NOT NULL, "label" text NOT NULL, "value" numeric NOT NULL, CONSTRAINT "PK_7a50c2da87fcc038f926514a50a" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "UQ_indicator_observations_cell" ON "indicator_observations"  ("series_id", "dimension", "measure", "label") ',
    );
    await queryRunner.query(
      'CREATE TABLE "swot_items" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "area_code" text NOT NULL, "quadrant" text NOT NULL, "text" text NOT NULL, "weight" smallint NOT NULL, "evidence" jsonb NOT NULL DEFAULT \'[]\', "status" text NOT NULL, "version" integer NOT NULL DEFAULT \'1\', "created_by" uuid NOT NULL, "published_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_swot_items_weight" CHECK ("weight" BETWEEN 1 AND 5), CONSTRAINT "PK_e02f7ff596c7221cb58220ff2a6" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_swot_items_area" ON "swot_items"  ("area_code", "quadrant") ');
    await queryRunner.query(
      'CREATE TABLE "swot_item_versions" ("item_id" uuid NOT NULL, "version" integer NOT NULL, "snapshot" jsonb NOT NULL, "author_id" uuid NOT NULL, "reason" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e6c6de3cca51a1993909f40c9ce" PRIMARY KEY ("item_id", "version"))',
    );
    await queryRunner.query(
      'CREATE TABLE "swot_publications" ("area_code" text NOT NULL, "edition" integer NOT NULL, "published_by" uuid NOT NULL, "items" jsonb NOT NULL, "note" text, "published_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_63a2949de65a7c5923c21fd4257" PRIMARY KEY ("area_code", "edition"))',
    );
    await queryRunner.query(
      'ALTER TABLE "chamber_projects" ADD CONSTRAINT "FK_f042bbf64250ab62400ecaf4af4" FOREIGN KEY ("objective_code") REFERENCES "chamber_objectives"("code") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "indicator_areas" ADD CONSTRAINT "FK_4cd8e77c4961e4cbd723dd29153" FOREIGN KEY ("series_id") REFERENCES "indicator_series"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "indicator_areas" ADD CONSTRAINT "FK_03b5859ab7f44138fb944bd718a" FOREIGN KEY ("area_code") REFERENCES "intervention_areas"("code") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "indicator_observations" ADD CONSTRAINT "FK_cf67f746a74bf785b0e0bcf106f" FOREIGN KEY ("series_id") REFERENCES "indicator_series"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "swot_items" ADD CONSTRAINT "FK_f192a51291aa25275575ca1fce5" FOREIGN KEY ("area_code") REFERENCES "intervention_areas"("code") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "swot_item_versions" ADD CONSTRAINT "FK_6b54910ba42b6b323699feddc9a" FOREIGN KEY ("item_id") REFERENCES "swot_items"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "swot_item_versions" DROP CONSTRAINT "FK_6b54910ba42b6b323699feddc9a"',
    );
    await queryRunner.query('ALTER TABLE "swot_items" DROP CONSTRAINT "FK_f192a51291aa25275575ca1fce5"');
    await queryRunner.query(
      'ALTER TABLE "indicator_observations" DROP CONSTRAINT "FK_cf67f746a74bf785b0e0bcf106f"',
    );
    await queryRunner.query('ALTER TABLE "indicator_areas" DROP CONSTRAINT "FK_03b5859ab7f44138fb944bd718a"');
    await queryRunner.query('ALTER TABLE "indicator_areas" DROP CONSTRAINT "FK_4cd8e77c4961e4cbd723dd29153"');
    await queryRunner.query(
      'ALTER TABLE "chamber_projects" DROP CONSTRAINT "FK_f042bbf64250ab62400ecaf4af4"',
    );
    await queryRunner.query('DROP TABLE "swot_publications"');
    await queryRunner.query('DROP TABLE "swot_item_versions"');
    await queryRunner.query('DROP INDEX "public"."IDX_swot_items_area"');
    await queryRunner.query('DROP TABLE "swot_items"');
    await queryRunner.query('DROP INDEX "public"."UQ_indicator_observations_cell"');
    await queryRunner.query('DROP TABLE "indicator_observations"');
    await queryRunner.query('DROP TABLE "indicator_areas"');
    await queryRunner.query('DROP TABLE "indicator_series"');
    await queryRunner.query('DROP INDEX "public"."IDX_chamber_projects_objective"');
    await queryRunner.query('DROP TABLE "chamber_projects"');
    await queryRunner.query('DROP TABLE "chamber_objectives"');
  }
}
