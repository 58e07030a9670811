import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ConsultationsCreateConsultationsAndContributions1795322992144 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "consultations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "status" text NOT NULL, "version" integer NOT NULL DEFAULT \'1\', "title" text NOT NULL, "area_codes" text array NOT NULL DEFAULT \'{}\', "intervention_ids" uuid array NOT NULL DEFAULT \'{}\', "swot_item_ids" uuid array NOT NULL DEFAULT \'{}\', "plan_section" text, "objectives" text NOT NULL DEFAULT \'\', "context" text NOT NULL DEFAULT \'\', "questions" text array NOT NULL DEFAULT \'{}\', "use_of_contributions" text NOT NULL DEFAULT \'\', "timeline" text NOT NULL DEFAULT \'\', "results_report_due" date, "opens_at" TIMESTAMP WITH TIME ZONE, "closes_at" TIMESTAMP WITH TIME ZONE, "short_window_reason" text, "pre_moderation" boolean NOT NULL DEFAULT false, "participation" text NOT NULL DEFAULT \'REGISTERED\', "hide_after_reports" integer NOT NULL DEFAULT \'3\', "last_event_seq" integer NOT NULL DEFAULT \'0\', "contribution_count" integer NOT NULL DEFAULT \'0\', "opened_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_consultations_hide_after" CHECK ("hide_after_reports" BETWEEN 1 AND 50), CONSTRAINT "CHK_consultations_window" CHECK ("closes_at" IS NULL OR "opens_at" IS NULL OR "closes_at" > "opens_at"), CONSTRAINT "PK_c5b78e9424d9bc68464f6a12103" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_consultations_status" ON "consultations"  ("status") ');
    await queryRunner.query(
      'CREATE TABLE "consultation_events" ("consultation_id" uuid NOT NULL, "seq" integer NOT NULL, "type" text NOT NULL, "contribution_id" uuid, "thread_id" uuid, "data" jsonb NOT NULL DEFAULT \'{}\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_819246011b8bb5661ea92b59c0d" PRIMARY KEY ("consultation_id", "seq"))',
    );
    await queryRunner.query(
      'CREATE TABLE "contributions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "consultation_id" uuid NOT NULL, "parent_id" uuid, "thread_id" uuid NOT NULL, "depth" integer NOT NULL, "author_id" uuid NOT NULL, "organisation_id" uuid, "category" text NOT NULL, "kind" text NOT NULL, "body" text NOT NULL, "anchor_kind" text, "anchor_ref" text, "status" text NOT NULL, "moderation_reason" text, "idempotency_key" text NOT NULL, "reply_count" integer NOT NULL DEFAULT \'0\', "support_count" integer NOT NULL DEFAULT \'0\', "report_count" integer NOT NULL DEFAULT \'0\', "edit_count" integer NOT NULL DEFAULT \'0\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "edited_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_contributions_idempotency" UNIQUE ("author_id", "idempotency_key"), CONSTRAINT "CHK_contributions_counts" CHECK ("reply_count" >= 0 AND "support_count" >= 0 AND "report_count" >= 0), CONSTRAINT "CHK_contributions_root" CHECK (("parent_id" IS NULL) = ("depth" = 1)), CONSTRAINT "CHK_contributions_depth" CHECK ("depth" BETWEEN 1 AND 3), CONSTRAINT "PK_ca2b4f39eb9e32a61278c711f79" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_contributions_status" ON "contributions"  ("consultation_id", "status") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_contributions_author" ON "contributions"  ("author_id", "created_at") ',
    );
    await queryRunner.query('CREATE INDEX "IDX_contributions_thread" ON "contributions"  ("thread_id") ');
    await queryRunner.query(
      'CREATE INDEX "IDX_contributions_replies" ON "contributions"  ("parent_id", "created_at", "id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_contributions_roots" ON "contributions"  ("consultation_id", "created_at", "id") WHERE "parent_id" IS NULL',
    );
    await queryRunner.query(
      'CREATE TABLE "contribution_revisions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "contribution_id" uuid NOT NULL, "body" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_24bf0b5f641fd355e6ef7250904" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_contribution_revisions_contribution" ON "contribution_revisions"  ("contribution_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "contribution_supports" ("contribution_id" uuid NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4c1fcbe3d5b075e879fdde4ddb1" PRIMARY KEY ("contribution_id", "user_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "consultation_invitations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "consultation_id" uuid NOT NULL, "user_id" uuid, "organisation_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_consultation_invitations_one" CHECK (num_nonnulls("user_id", "organisation_id") = 1), CONSTRAINT "PK_1ee678787684d3779015232dcd6" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "UQ_consultation_invitations_organisation" ON "consultation_invitations"  ("consultation_id", "organisation_id") WHERE "organisation_id" IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "UQ_consultation_invitations_user" ON "consultation_invitations"  ("consultation_id", "user_id") WHERE "user_id" IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE TABLE "contribution_reports" ("contribution_id" uuid NOT NULL, "reporter_id" uuid NOT NULL, "reason" text NOT NULL, "note" text NOT NULL DEFAULT \'\', "open" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_89c4c20835d210ded9d8317b6ff" PRIMARY KEY ("contribution_id", "reporter_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "dispositions" ("contribution_id" uuid NOT NULL, "consultation_id" uuid NOT NULL, "outcome" text NOT NULL, "reasons" text NOT NULL, "intervention_id" uuid, "intervention_version" integer, "swot_item_id" uuid, "swot_item_version" integer, "version" integer NOT NULL DEFAULT \'1\', "prepared_by" uuid NOT NULL, "prepared_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "published_by" uuid, "published_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_87207fd5c890499655eac07cb87" PRIMARY KEY ("contribution_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_dispositions_swot_item" ON "dispositions"  ("swot_item_id") WHERE "swot_item_id" IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_dispositions_intervention" ON "dispositions"  ("intervention_id") WHERE "intervention_id" IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_dispositions_consultation" ON "dispositions"  ("consultation_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "moderation_actions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "contribution_id" uuid NOT NULL, "consultation_id" uuid NOT NULL, "moderator_id" uuid, "decision" text NOT NULL, "from_status" text NOT NULL, "to_status" text NOT NULL, "reason" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d259906fb4d2a5ef718f1f66e35" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_moderation_actions_consultation" ON "moderation_actions"  ("consultation_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_moderation_actions_contribution" ON "moderation_actions"  ("contribution_id", "created_at") ',
    );
    await queryRunner.query(
      'ALTER TABLE "consultations" ADD CONSTRAINT "FK_36ea238711a190c03c127c07c8d" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "consultation_events" ADD CONSTRAINT "FK_6ab54e6bd793785feda85ed7db2" FOREIGN KEY ("consultation_id") REFERENCES "consultations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "contributions" ADD CONSTRAINT "FK_949d0a361af52ae47ed13467c89" FOREIGN KEY ("consultation_id") REFERENCES "consultations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "contributions" ADD CONSTRAINT "FK_43ca6228934adf8692e96590c4c" FOREIGN KEY ("parent_id") REFERENCES "contributions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "contributions" ADD CONSTRAINT "FK_bce87730f5bfc0c6c1cfbb3a58a" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "contributions" ADD CONSTRAINT "FK_4e6bc6ba760b2b17e1b457dcbc0" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "contribution_revisions" ADD CONSTRAINT "FK_b1d7019a0459010d10654e2e949" FOREIGN KEY ("contribution_id") REFERENCES "contributions"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "contribution_supports" ADD CONSTRAINT "FK_9bd8afe1c30decc51e9bda35dbf" FOREIGN KEY ("contribution_id") REFERENCES "contributions"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "contribution_supports" ADD CONSTRAINT "FK_2bced1c6f884d36052fd3a9ced4" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "consultation_invitations" ADD CONSTRAINT "FK_b75fc5f0e9e43257af3277eadd0" FOREIGN KEY ("consultation_id") REFERENCES "consultations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "consultation_invitations" ADD CONSTRAINT "FK_b1f235c6feec65f0b61df499eb0" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "consultation_invitations" ADD CONSTRAINT "FK_d76c6086c5517101e743177323a" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "contribution_reports" ADD CONSTRAINT "FK_a4731aa73c9af850e1947c504ea" FOREIGN KEY ("contribution_id") REFERENCES "contributions"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "contribution_reports" ADD CONSTRAINT "FK_548b51f7d23042b55f727993b6d" FOREIGN KEY ("reporter_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "dispositions" ADD CONSTRAINT "FK_87207fd5c890499655eac07cb87" FOREIGN KEY ("contribution_id") REFERENCES "contributions"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "moderation_actions" ADD CONSTRAINT "FK_defb8a25f673c92099cd91fe046" FOREIGN KEY ("contribution_id") REFERENCES "contributions"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "moderation_actions" DROP CONSTRAINT "FK_defb8a25f673c92099cd91fe046"',
    );
    await queryRunner.query('ALTER TABLE "dispositions" DROP CONSTRAINT "FK_87207fd5c890499655eac07cb87"');
    await queryRunner.query(
      'ALTER TABLE "contribution_reports" DROP CONSTRAINT "FK_548b51f7d23042b55f727993b6d"',
    );
    await queryRunner.query(
      'ALTER TABLE "contribution_reports" DROP CONSTRAINT "FK_a4731aa73c9af850e1947c504ea"',
    );
    await queryRunner.query(
      'ALTER TABLE "consultation_invitations" DROP CONSTRAINT "FK_d76c6086c5517101e743177323a"',
    );
    await queryRunner.query(
      'ALTER TABLE "consultation_invitations" DROP CONSTRAINT "FK_b1f235c6feec65f0b61df499eb0"',
    );
    await queryRunner.query(
      'ALTER TABLE "consultation_invitations" DROP CONSTRAINT "FK_b75fc5f0e9e43257af3277eadd0"',
    );
    await queryRunner.query(
      'ALTER TABLE "contribution_supports" DROP CONSTRAINT "FK_2bced1c6f884d36052fd3a9ced4"',
    );
    await queryRunner.query(
      'ALTER TABLE "contribution_supports" DROP CONSTRAINT "FK_9bd8afe1c30decc51e9bda35dbf"',
    );
    await queryRunner.query(
      'ALTER TABLE "contribution_revisions" DROP CONSTRAINT "FK_b1d7019a0459010d10654e2e949"',
    );
    await queryRunner.query('ALTER TABLE "contributions" DROP CONSTRAINT "FK_4e6bc6ba760b2b17e1b457dcbc0"');
    await queryRunner.query('ALTER TABLE "contributions" DROP CONSTRAINT "FK_bce87730f5bfc0c6c1cfbb3a58a"');
    await queryRunner.query('ALTER TABLE "contributions" DROP CONSTRAINT "FK_43ca6228934adf8692e96590c4c"');
    await queryRunner.query('ALTER TABLE "contributions" DROP CONSTRAINT "FK_949d0a361af52ae47ed13467c89"');
    await queryRunner.query(
      'ALTER TABLE "consultation_events" DROP CONSTRAINT "FK_6ab54e6bd793785feda85ed7db2"',
    );
    await queryRunner.query('ALTER TABLE "consultations" DROP CONSTRAINT "FK_36ea238711a190c03c127c07c8d"');
    await queryRunner.query('DROP INDEX "public"."IDX_moderation_actions_contribution"');
    await queryRunner.query('DROP INDEX "public"."IDX_moderation_actions_consultation"');
    await queryRunner.query('DROP TABLE "moderation_actions"');
    await queryRunner.query('DROP INDEX "public"."IDX_dispositions_consultation"');
    await queryRunner.query('DROP INDEX "public"."IDX_dispositions_intervention"');
    await queryRunner.query('DROP INDEX "public"."IDX_dispositions_swot_item"');
    await queryRunner.query('DROP TABLE "dispositions"');
    await queryRunner.query('DROP TABLE "contribution_reports"');
    await queryRunner.query('DROP INDEX "public"."UQ_consultation_invitations_user"');
    await queryRunner.query('DROP INDEX "public"."UQ_consultation_invitations_organisation"');
    await queryRunner.query('DROP TABLE "consultation_invitations"');
    await queryRunner.query('DROP TABLE "contribution_supports"');
    await queryRunner.query('DROP INDEX "public"."IDX_contribution_revisions_contribution"');
    await queryRunner.query('DROP TABLE "contribution_revisions"');
    await queryRunner.query('DROP INDEX "public"."IDX_contributions_roots"');
    await queryRunner.query('DROP INDEX "public"."IDX_contributions_replies"');
    await queryRunner.query('DROP INDEX "public"."IDX_contributions_thread"');
    await queryRunner.query('DROP INDEX "public"."IDX_contributions_author"');
    await queryRunner.query('DROP INDEX "public"."IDX_contributions_status"');
    await queryRunner.query('DROP TABLE "contributions"');
    await queryRunner.query('DROP TABLE "consultation_events"');
    await queryRunner.query('DROP INDEX "public"."IDX_consultations_status"');
    await queryRunner.query('DROP TABLE "consultations"');
  }
}
