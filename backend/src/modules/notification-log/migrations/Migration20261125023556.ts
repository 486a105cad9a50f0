import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261125023556 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "notification_detail" drop constraint if exists "notification_detail_idempotency_key_unique";`);
    this.addSql(`create table if not exists "notification_detail" ("id" text not null, "channel" text check ("channel" in ('email', 'sms')) not null, "to" text not null, "customer_id" text null, "shopper_id" text null, "template" text not null, "subject" text null, "body_html" text null, "body_text" text not null, "data" jsonb null, "provider" text null, "provider_message_id" text null, "notification_id" text null, "status" text check ("status" in ('queued', 'sending', 'sent', 'delivered', 'failed', 'bounced')) not null default 'queued', "error" text null, "attempts" integer not null default 0, "next_attempt_at" timestamptz null, "sent_at" timestamptz null, "delivered_at" timestamptz null, "failed_at" timestamptz null, "resend_of_id" text null, "idempotency_key" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "notification_detail_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_notification_detail_channel" ON "notification_detail" ("channel") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_notification_detail_to" ON "notification_detail" ("to") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_notification_detail_customer_id" ON "notification_detail" ("customer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_notification_detail_shopper_id" ON "notification_detail" ("shopper_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_notification_detail_template" ON "notification_detail" ("template") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_notification_detail_provider" ON "notification_detail" ("provider") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_notification_detail_provider_message_id" ON "notification_detail" ("provider_message_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_notification_detail_status" ON "notification_detail" ("status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_notification_detail_next_attempt_at" ON "notification_detail" ("next_attempt_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_notification_detail_resend_of_id" ON "notification_detail" ("resend_of_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_notification_detail_idempotency_key_unique" ON "notification_detail" ("idempotency_key") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_notification_detail_deleted_at" ON "notification_detail" ("deleted_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "notification_detail" cascade;`);
  }

}
