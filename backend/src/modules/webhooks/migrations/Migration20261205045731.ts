import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261205045731 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "webhook_delivery" drop constraint if exists "webhook_delivery_dedupe_key_unique";`);
    this.addSql(`create table if not exists "webhook_delivery" ("id" text not null, "endpoint_id" text not null, "event_type" text not null, "event_id" text not null, "payload" jsonb not null, "status" text check ("status" in ('pending', 'succeeded', 'failed')) not null default 'pending', "attempts" integer not null default 0, "next_attempt_at" timestamptz null, "response_status" integer null, "response_body" text null, "error" text null, "delivered_at" timestamptz null, "dedupe_key" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "webhook_delivery_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_webhook_delivery_endpoint_id" ON "webhook_delivery" ("endpoint_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_webhook_delivery_event_type" ON "webhook_delivery" ("event_type") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_webhook_delivery_event_id" ON "webhook_delivery" ("event_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_webhook_delivery_status" ON "webhook_delivery" ("status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_webhook_delivery_next_attempt_at" ON "webhook_delivery" ("next_attempt_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_webhook_delivery_dedupe_key_unique" ON "webhook_delivery" ("dedupe_key") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_webhook_delivery_deleted_at" ON "webhook_delivery" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_webhook_delivery_endpoint_created" ON "webhook_delivery" ("endpoint_id", "created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "webhook_endpoint" ("id" text not null, "url" text not null, "events" text[] not null, "secret" text not null, "enabled" boolean not null default true, "description" text null, "last_success_at" timestamptz null, "last_failure_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "webhook_endpoint_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_webhook_endpoint_enabled" ON "webhook_endpoint" ("enabled") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_webhook_endpoint_deleted_at" ON "webhook_endpoint" ("deleted_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "webhook_delivery" cascade;`);

    this.addSql(`drop table if exists "webhook_endpoint" cascade;`);
  }

}
