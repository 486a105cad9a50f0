import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261125075016 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "payment_failure" ("id" text not null, "event_key" text not null, "provider_id" text not null, "action" text check ("action" in ('failed', 'canceled')) not null, "payment_session_id" text not null, "payment_collection_id" text null, "cart_id" text null, "customer_id" text null, "email" text null, "amount" numeric null, "currency_code" text null, "code" text null, "reason" text null, "occurred_at" timestamptz not null, "raw_amount" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "payment_failure_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_payment_failure_event_key" ON "payment_failure" ("event_key") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payment_failure_session" ON "payment_failure" ("payment_session_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payment_failure_cart" ON "payment_failure" ("cart_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payment_failure_customer" ON "payment_failure" ("customer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payment_failure_deleted_at" ON "payment_failure" ("deleted_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "payment_failure" cascade;`);
  }

}
