import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261205100137 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "notification_template_version" drop constraint if exists "notification_template_version_unique";`);
    this.addSql(`create table if not exists "notification_template_version" ("id" text not null, "template" text not null, "version" integer not null, "source" text check ("source" in ('edit', 'revert', 'reset')) not null, "reverted_from" integer null, "subject" text null, "html" text null, "text" text not null, "author_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "notification_template_version_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_notification_template_version_template" ON "notification_template_version" ("template") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_notification_template_version_deleted_at" ON "notification_template_version" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_notification_template_version_unique" ON "notification_template_version" ("template", "version") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "notification_template_version" cascade;`);
  }

}
