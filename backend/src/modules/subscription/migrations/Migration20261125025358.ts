import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261125025358 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "subscription_event" drop constraint if exists "subscription_event_dedupe_key_unique";`);
    this.addSql(`alter table if exists "subscription" drop constraint if exists "subscription_line_item_id_unique";`);
    this.addSql(`create table if not exists "subscription" ("id" text not null, "display_id" serial, "status" text check ("status" in ('active', 'suspended', 'cancelled', 'expired')) not null default 'active', "customer_id" text not null, "order_id" text not null, "line_item_id" text not null, "product_id" text not null, "variant_id" text not null, "region_id" text not null, "product_title" text not null, "plan" text not null, "currency_code" text not null, "amount" numeric not null, "billing_interval" text check ("billing_interval" in ('day', 'week', 'month', 'year')) not null default 'month', "billing_interval_count" integer not null default 1, "started_at" timestamptz not null, "current_period_start" timestamptz not null, "expires_at" timestamptz not null, "auto_renew" boolean not null default false, "cancel_at_period_end" boolean not null default false, "grace_days" integer not null default 3, "suspension_reason" text null, "suspended_at" timestamptz null, "cancelled_at" timestamptz null, "payment_method_ref" text null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "subscription_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_subscription_status" ON "subscription" ("status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_subscription_customer_id" ON "subscription" ("customer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_subscription_order_id" ON "subscription" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_subscription_line_item_id_unique" ON "subscription" ("line_item_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_subscription_product_id" ON "subscription" ("product_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_subscription_region_id" ON "subscription" ("region_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_subscription_expires_at" ON "subscription" ("expires_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_subscription_auto_renew" ON "subscription" ("auto_renew") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_subscription_deleted_at" ON "subscription" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "subscription_event" ("id" text not null, "subscription_id" text not null, "type" text not null, "actor" text check ("actor" in ('system', 'customer', 'admin')) not null default 'system', "actor_id" text null, "note" text null, "data" jsonb null, "occurred_at" timestamptz not null, "dedupe_key" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "subscription_event_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_subscription_event_subscription_id" ON "subscription_event" ("subscription_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_subscription_event_type" ON "subscription_event" ("type") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_subscription_event_dedupe_key_unique" ON "subscription_event" ("dedupe_key") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_subscription_event_deleted_at" ON "subscription_event" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "subscription_event" add constraint "subscription_event_subscription_id_foreign" foreign key ("subscription_id") references "subscription" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "subscription_event" drop constraint if exists "subscription_event_subscription_id_foreign";`);

    this.addSql(`drop table if exists "subscription" cascade;`);

    this.addSql(`drop table if exists "subscription_event" cascade;`);
  }

}
