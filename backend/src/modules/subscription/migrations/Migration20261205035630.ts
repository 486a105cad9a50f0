import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261205035630 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "subscription" drop constraint if exists "subscription_status_check";`);

    this.addSql(`alter table if exists "subscription" add column if not exists "payment_due_at" timestamptz null, add column if not exists "unpaid_order" jsonb null, add column if not exists "renewal_cart_id" text null, add column if not exists "scheduled_change" jsonb null, add column if not exists "pending_upgrade" jsonb null;`);
    this.addSql(`alter table if exists "subscription" alter column "status" type text using ("status"::text);`);
    this.addSql(`alter table if exists "subscription" alter column "status" set default 'pending_payment';`);
    this.addSql(`alter table if exists "subscription" add constraint "subscription_status_check" check("status" in ('pending_payment', 'active', 'suspended', 'cancelled', 'expired'));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_subscription_payment_due_at" ON "subscription" ("payment_due_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "subscription" drop constraint if exists "subscription_status_check";`);

    this.addSql(`drop index if exists "IDX_subscription_payment_due_at";`);
    this.addSql(`alter table if exists "subscription" drop column if exists "payment_due_at", drop column if exists "unpaid_order", drop column if exists "renewal_cart_id", drop column if exists "scheduled_change", drop column if exists "pending_upgrade";`);

    this.addSql(`alter table if exists "subscription" alter column "status" type text using ("status"::text);`);
    this.addSql(`alter table if exists "subscription" alter column "status" set default 'active';`);
    this.addSql(`alter table if exists "subscription" add constraint "subscription_status_check" check("status" in ('active', 'suspended', 'cancelled', 'expired'));`);
  }

}
