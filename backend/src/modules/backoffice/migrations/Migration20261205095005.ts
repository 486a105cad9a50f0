import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261205095005 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "support_profile" ("id" text not null, "display_name" text null, "avatar_url" text null, "timezone" text not null default 'UTC', "days" jsonb not null, "opens_at" text not null default '08:00', "closes_at" text not null default '20:00', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "support_profile_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_support_profile_deleted_at" ON "support_profile" ("deleted_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "support_profile" cascade;`);
  }

}
