import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261125023555 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "account_profile" drop constraint if exists "account_profile_shopper_id_unique";`);
    this.addSql(`alter table if exists "account_profile" drop constraint if exists "account_profile_customer_id_unique";`);
    this.addSql(`create table if not exists "account_profile" ("id" text not null, "customer_id" text not null, "shopper_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "account_profile_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_account_profile_customer_id_unique" ON "account_profile" ("customer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_account_profile_shopper_id_unique" ON "account_profile" ("shopper_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_account_profile_deleted_at" ON "account_profile" ("deleted_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "account_profile" cascade;`);
  }

}
