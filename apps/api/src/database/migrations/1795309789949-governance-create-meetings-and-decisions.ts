import type { MigrationInterface, QueryRunner } from 'typeorm';

export class GovernanceCreateMeetingsAndDecisions1795309789949 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "meetings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "body_id" uuid NOT NULL, "title" text NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "place" text, "link" text, "status" text NOT NULL, "convened_by" uuid NOT NULL, "started_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, "minutes" text, "minutes_status" text NOT NULL, "minutes_approved_at_meeting_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_aa73be861afa77eb4ed31f3ed57" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_meetings_body_starts" ON "meetings"  ("body_id", "starts_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "agenda_items" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "meeting_id" uuid NOT NULL, "position" smallint NOT NULL, "title" text NOT NULL, "description" text, "subject_kind" text NOT NULL, "subject_reference" text, "area_code" text, "phase_code" text, CONSTRAINT "UQ_agenda_items_position" UNIQUE ("meeting_id", "position"), CONSTRAINT "PK_7274c40301175b4b4b347820d0c" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "votes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "body_id" uuid NOT NULL, "meeting_id" uuid NOT NULL, "agenda_item_id" uuid NOT NULL, "title" text NOT NULL, "status" text NOT NULL, "deadline" TIMESTAMP WITH TIME ZONE, "opened_by" uuid NOT NULL, "opened_at" TIMESTAMP WITH TIME ZONE NOT NULL, "closed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_f3d9fd4a0af865152c3f59db8ff" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_votes_open_deadline" ON "votes"  ("deadline") WHERE "status" = \'OPEN\' AND "deadline" IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "UQ_votes_open_item" ON "votes"  ("agenda_item_id") WHERE "status" = \'OPEN\'',
    );
    await queryRunner.query(
      'CREATE TABLE "decisions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "body_id" uuid NOT NULL, "year" smallint NOT NULL, "number" integer NOT NULL, "title" text NOT NULL, "meeting_id" uuid NOT NULL, "vote_id" uuid NOT NULL, "result" text NOT NULL, "outcome" jsonb NOT NULL, "decided_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_decisions_number" UNIQUE ("body_id", "year", "number"), CONSTRAINT "REL_e23bb4b973bb3caaf7075242db" UNIQUE ("vote_id"), CONSTRAINT "PK_48eee6fa229cd5e43648f6a2ec3" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "attendances" ("meeting_id" uuid NOT NULL, "membership_id" uuid NOT NULL, "status" text NOT NULL, "recorded_by" uuid NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ce251cef132552f5d294a5df517" PRIMARY KEY ("meeting_id", "membership_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "ballots" ("vote_id" uuid NOT NULL, "membership_id" uuid NOT NULL, "choice" text NOT NULL, "cast_by" uuid NOT NULL, "cast_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0aae2933f0de8f1e24fb28f6db4" PRIMARY KEY ("vote_id", "membership_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "expert_engagements" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "decision_id" uuid NOT NULL, "phase_codes" text array NOT NULL, "area_codes" text array NOT NULL, "theme" text, "starts_on" date NOT NULL, "ends_on" date NOT NULL, "declaration_of_interest" text NOT NULL, "ended_on" date, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_expert_engagements_scope" CHECK (cardinality("phase_codes") + cardinality("area_codes") > 0), CONSTRAINT "CHK_expert_engagements_dates" CHECK ("ends_on" >= "starts_on"), CONSTRAINT "PK_fec6058ad29961474057a62d575" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_expert_engagements_user" ON "expert_engagements"  ("user_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "expert_opinions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "engagement_id" uuid NOT NULL, "agenda_item_id" uuid NOT NULL, "text" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_37b9f90964af8db70604427e6f5" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('ALTER TABLE "memberships" ADD "decision_id" uuid');
    await queryRunner.query(
      'ALTER TABLE "meetings" ADD CONSTRAINT "FK_8e524e5163ecc0d8a674b3f1c85" FOREIGN KEY ("body_id") REFERENCES "bodies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "meetings" ADD CONSTRAINT "FK_70595ff9808b87e8f068ab5cd39" FOREIGN KEY ("convened_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "meetings" ADD CONSTRAINT "FK_eb33b6f6a6e555f2d4ff54bc017" FOREIGN KEY ("minutes_approved_at_meeting_id") REFERENCES "meetings"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "agenda_items" ADD CONSTRAINT "FK_c58f166b8bff4fd19c5353cd310" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "agenda_items" ADD CONSTRAINT "FK_c2fa694bfbe656d667be5823218" FOREIGN KEY ("area_code") REFERENCES "intervention_areas"("code") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "agenda_items" ADD CONSTRAINT "FK_8afddbc342695d1cee1ad690943" FOREIGN KEY ("phase_code") REFERENCES "process_phases"("code") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "votes" ADD CONSTRAINT "FK_4dc5a6844306b58b596b3bfd6aa" FOREIGN KEY ("body_id") REFERENCES "bodies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "votes" ADD CONSTRAINT "FK_8ea8556bf292ebd1399d128d293" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "votes" ADD CONSTRAINT "FK_df093a73a92dc559e980f09e6cc" FOREIGN KEY ("agenda_item_id") REFERENCES "agenda_items"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "votes" ADD CONSTRAINT "FK_ae628c24e457f8e6232de348087" FOREIGN KEY ("opened_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "decisions" ADD CONSTRAINT "FK_bda691039b6fa54b49daefa4c7b" FOREIGN KEY ("body_id") REFERENCES "bodies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "decisions" ADD CONSTRAINT "FK_449b70492ca79d469c415a714f3" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "decisions" ADD CONSTRAINT "FK_e23bb4b973bb3caaf7075242db5" FOREIGN KEY ("vote_id") REFERENCES "votes"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "memberships" ADD CONSTRAINT "FK_1e567a43d9a5cff5e62c7819868" FOREIGN KEY ("decision_id") REFERENCES "decisions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "attendances" ADD CONSTRAINT "FK_b94f53d4a85c0ebd31fe5b177aa" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "attendances" ADD CONSTRAINT "FK_d00a1e80c6d5f589d674e24ae97" FOREIGN KEY ("membership_id") REFERENCES "memberships"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "attendances" ADD CONSTRAINT "FK_e0ff1c3c262fb8b55222e4d8329" FOREIGN KEY ("recorded_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "ballots" ADD CONSTRAINT "FK_2c6e4620bf87a173eefc793d321" FOREIGN KEY ("vote_id") REFERENCES "votes"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "ballots" ADD CONSTRAINT "FK_05ce4886985146fb650990fc1aa" FOREIGN KEY ("membership_id") REFERENCES "memberships"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "ballots" ADD CONSTRAINT "FK_95f1876cb6c1570824d627b508f" FOREIGN KEY ("cast_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "expert_engagements" ADD CONSTRAINT "FK_98380ab526db8d6a9b43538fc4a" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "expert_engagements" ADD CONSTRAINT "FK_02e460193cb24b5deef5acd416e" FOREIGN KEY ("decision_id") REFERENCES "decisions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "expert_opinions" ADD CONSTRAINT "FK_007b2953163f54710da96c2308f" FOREIGN KEY ("engagement_id") REFERENCES "expert_engagements"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "expert_opinions" ADD CONSTRAINT "FK_fa2741b1b95a40a8e67cef06417" FOREIGN KEY ("agenda_item_id") REFERENCES "agenda_items"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "expert_opinions" DROP CONSTRAINT "FK_fa2741b1b95a40a8e67cef06417"');
    await queryRunner.query('ALTER TABLE "expert_opinions" DROP CONSTRAINT "FK_007b2953163f54710da96c2308f"');
    await queryRunner.query(
      'ALTER TABLE "expert_engagements" DROP CONSTRAINT "FK_02e460193cb24b5deef5acd416e"',
    );
    await queryRunner.query(
      'ALTER TABLE "expert_engagements" DROP CONSTRAINT "FK_98380ab526db8d6a9b43538fc4a"',
    );
    await queryRunner.query('ALTER TABLE "ballots" DROP CONSTRAINT "FK_95f1876cb6c1570824d627b508f"');
    await queryRunner.query('ALTER TABLE "ballots" DROP CONSTRAINT "FK_05ce4886985146fb650990fc1aa"');
    await queryRunner.query('ALTER TABLE "ballots" DROP CONSTRAINT "FK_2c6e4620bf87a173eefc793d321"');
    await queryRunner.query('ALTER TABLE "attendances" DROP CONSTRAINT "FK_e0ff1c3c262fb8b55222e4d8329"');
    await queryRunner.query('ALTER TABLE "attendances" DROP CONSTRAINT "FK_d00a1e80c6d5f589d674e24ae97"');
    await queryRunner.query('ALTER TABLE "attendances" DROP CONSTRAINT "FK_b94f53d4a85c0ebd31fe5b177aa"');
    await queryRunner.query('ALTER TABLE "memberships" DROP CONSTRAINT "FK_1e567a43d9a5cff5e62c7819868"');
    await queryRunner.query('ALTER TABLE "decisions" DROP CONSTRAINT "FK_e23bb4b973bb3caaf7075242db5"');
    await queryRunner.query('ALTER TABLE "decisions" DROP CONSTRAINT "FK_449b70492ca79d469c415a714f3"');
    await queryRunner.query('ALTER TABLE "decisions" DROP CONSTRAINT "FK_bda691039b6fa54b49daefa4c7b"');
    await queryRunner.query('ALTER TABLE "votes" DROP CONSTRAINT "FK_ae628c24e457f8e6232de348087"');
    await queryRunner.query('ALTER TABLE "votes" DROP CONSTRAINT "FK_df093a73a92dc559e980f09e6cc"');
    await queryRunner.query('ALTER TABLE "votes" DROP CONSTRAINT "FK_8ea8556bf292ebd1399d128d293"');
    await queryRunner.query('ALTER TABLE "votes" DROP CONSTRAINT "FK_4dc5a6844306b58b596b3bfd6aa"');
    await queryRunner.query('ALTER TABLE "agenda_items" DROP CONSTRAINT "FK_8afddbc342695d1cee1ad690943"');
    await queryRunner.query('ALTER TABLE "agenda_items" DROP CONSTRAINT "FK_c2fa694bfbe656d667be5823218"');
    await queryRunner.query('ALTER TABLE "agenda_items" DROP CONSTRAINT "FK_c58f166b8bff4fd19c5353cd310"');
    await queryRunner.query('ALTER TABLE "meetings" DROP CONSTRAINT "FK_eb33b6f6a6e555f2d4ff54bc017"');
    await queryRunner.query('ALTER TABLE "meetings" DROP CONSTRAINT "FK_70595ff9808b87e8f068ab5cd39"');
    await queryRunner.query('ALTER TABLE "meetings" DROP CONSTRAINT "FK_8e524e5163ecc0d8a674b3f1c85"');
    await queryRunner.query('ALTER TABLE "memberships" DROP COLUMN "decision_id"');
    await queryRunner.query('DROP TABLE "expert_opinions"');
    await queryRunner.query('DROP INDEX "public"."IDX_expert_engagements_user"');
    await queryRunner.query('DROP TABLE "expert_engagements"');
    await queryRunner.query('DROP TABLE "ballots"');
    await queryRunner.query('DROP TABLE "attendances"');
    await queryRunner.query('DROP TABLE "decisions"');
    await queryRunner.query('DROP INDEX "public"."UQ_votes_open_item"');
    await queryRunner.query('DROP INDEX "public"."IDX_votes_open_deadline"');
    await queryRunner.query('DROP TABLE "votes"');
    await queryRunner.query('DROP TABLE "agenda_items"');
    await queryRunner.query('DROP INDEX "public"."IDX_meetings_body_starts"');
    await queryRunner.query('DROP TABLE "meetings"');
  }
}
