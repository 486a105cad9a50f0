import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261205095100 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "notification_detail" add column if not exists "archived_at" timestamptz null;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_notification_detail_archived_at" ON "notification_detail" ("archived_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_notification_detail_archived_at";`);
    this.addSql(`alter table if exists "notification_detail" drop column if exists "archived_at";`);
  }

}
