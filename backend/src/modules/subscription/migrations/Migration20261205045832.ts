import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261205045832 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "subscription" add column if not exists "service_config" jsonb null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "subscription" drop column if exists "service_config";`);
  }

}
