import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261205095101 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payment_failure_occurred_at" ON "payment_failure" ("occurred_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_payment_failure_occurred_at";`);
  }

}
