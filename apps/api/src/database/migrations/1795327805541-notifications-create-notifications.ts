import type { MigrationInterface, QueryRunner } from 'typeorm';

export class NotificationsCreateNotifications1795327805541 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "email_outbox" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "to_address" text NOT NULL, "subject" text NOT NULL, "text_body" text NOT NULL, "kind" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "sent_at" TIMESTAMP WITH TIME ZONE, "attempts" integer NOT NULL DEFAULT \'0\', "last_error" text, "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_email_outbox_kind" CHECK ("kind" IN (\'IMMEDIATE\', \'DIGEST\')), CONSTRAINT "PK_b6fbfc201f705fbf1ac87bd7197" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_email_outbox_unsent" ON "email_outbox"  ("next_attempt_at") WHERE "sent_at" IS NULL',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_email_outbox_created" ON "email_outbox"  ("created_at", "id") ',
    );
    await queryRunner.query(
      "CREATE TABLE \"notification_preferences\" (\"user_id\" uuid NOT NULL, \"reply_email\" text NOT NULL DEFAULT 'IMMEDIATE', \"disposition_email\" text NOT NULL DEFAULT 'IMMEDIATE', \"mention_email\" text NOT NULL DEFAULT 'IMMEDIATE', \"moderation_email\" text NOT NULL DEFAULT 'IMMEDIATE', \"last_digest_on\" date, \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"CHK_notification_preferences_modes\" CHECK (\"reply_email\" IN ('IMMEDIATE', 'DAILY', 'NONE') AND \"disposition_email\" IN ('IMMEDIATE', 'DAILY', 'NONE') AND \"mention_email\" IN ('IMMEDIATE', 'DAILY', 'NONE') AND \"moderation_email\" IN ('IMMEDIATE', 'DAILY', 'NONE')), CONSTRAINT \"PK_64c90edc7310c6be7c10c96f675\" PRIMARY KEY (\"user_id\"))",
    );
    await queryRunner.query(
      'CREATE TABLE "notifications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "kind" text NOT NULL, "consultation_id" uuid NOT NULL, "event_seq" integer NOT NULL, "contribution_id" uuid NOT NULL, "data" jsonb NOT NULL, "email_mode" text NOT NULL, "emailed_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "read_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "CHK_notifications_email_mode" CHECK ("email_mode" IN (\'IMMEDIATE\', \'DAILY\', \'NONE\')), CONSTRAINT "CHK_notifications_kind" CHECK ("kind" IN (\'REPLY\', \'DISPOSITION\', \'MENTION\', \'MODERATION\')), CONSTRAINT "PK_6a72c3c0f683f6462415e653c3a" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_notifications_digest" ON "notifications"  ("user_id") WHERE "email_mode" = \'DAILY\' AND "emailed_at" IS NULL',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_notifications_unread" ON "notifications"  ("user_id") WHERE "read_at" IS NULL',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_notifications_user" ON "notifications"  ("user_id", "created_at", "id") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "UQ_notifications_event_user" ON "notifications"  ("consultation_id", "event_seq", "user_id") ',
    );
    await queryRunner.query('ALTER TABLE "consultation_events" ADD "notified_at" TIMESTAMP WITH TIME ZONE');
    // Events logged before notifications existed are read already: nobody is flooded with old news.
    await queryRunner.query('UPDATE "consultation_events" SET "notified_at" = "created_at"');
    await queryRunner.query(
      'CREATE INDEX "IDX_consultation_events_unnotified" ON "consultation_events"  ("created_at", "seq") WHERE "notified_at" IS NULL',
    );
    await queryRunner.query(
      'ALTER TABLE "email_outbox" ADD CONSTRAINT "FK_ae04df408be63460ebad1284b9e" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "notification_preferences" ADD CONSTRAINT "FK_64c90edc7310c6be7c10c96f675" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "notifications" ADD CONSTRAINT "FK_9a8a82462cab47c73d25f49261f" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "notifications" ADD CONSTRAINT "FK_b7904cf7971f5d4ca62af193c0d" FOREIGN KEY ("consultation_id") REFERENCES "consultations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "notifications" ADD CONSTRAINT "FK_d77357516c88aca32160fb758e7" FOREIGN KEY ("contribution_id") REFERENCES "contributions"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "notifications" DROP CONSTRAINT "FK_d77357516c88aca32160fb758e7"');
    await queryRunner.query('ALTER TABLE "notifications" DROP CONSTRAINT "FK_b7904cf7971f5d4ca62af193c0d"');
    await queryRunner.query('ALTER TABLE "notifications" DROP CONSTRAINT "FK_9a8a82462cab47c73d25f49261f"');
    await queryRunner.query(
      'ALTER TABLE "notification_preferences" DROP CONSTRAINT "FK_64c90edc7310c6be7c10c96f675"',
    );
    await queryRunner.query('ALTER TABLE "email_outbox" DROP CONSTRAINT "FK_ae04df408be63460ebad1284b9e"');
    await queryRunner.query('DROP INDEX "public"."IDX_consultation_events_unnotified"');
    await queryRunner.query('ALTER TABLE "consultation_events" DROP COLUMN "notified_at"');
    await queryRunner.query('DROP INDEX "public"."UQ_notifications_event_user"');
    await queryRunner.query('DROP INDEX "public"."IDX_notifications_user"');
    await queryRunner.query('DROP INDEX "public"."IDX_notifications_unread"');
    await queryRunner.query('DROP INDEX "public"."IDX_notifications_digest"');
    await queryRunner.query('DROP TABLE "notifications"');
    await queryRunner.query('DROP TABLE "notification_preferences"');
    await queryRunner.query('DROP INDEX "public"."IDX_email_outbox_created"');
    await queryRunner.query('DROP INDEX "public"."IDX_email_outbox_unsent"');
    await queryRunner.query('DROP TABLE "email_outbox"');
  }
}
