import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261125050450 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_notification_detail_created_at" ON "notification_detail" ("created_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_notification_detail_created_at";`);
  }

}
