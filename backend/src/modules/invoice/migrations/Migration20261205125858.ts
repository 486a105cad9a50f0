import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261205125858 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "invoice" add column if not exists "status" text check ("status" in ('unpaid', 'paid', 'refunded')) null;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_invoice_status" ON "invoice" ("status") WHERE deleted_at IS NULL;`);
    // invoices issued before the column start unpaid; the migration script refresh-invoice-statuses sets their real state
    this.addSql(`update "invoice" set "status" = 'unpaid' where "kind" = 'invoice' and "status" is null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_invoice_status";`);
    this.addSql(`alter table if exists "invoice" drop column if exists "status";`);
  }

}
