import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261205073930 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "ticket" drop constraint if exists "ticket_source_check";`);

    this.addSql(`alter table if exists "ticket" add column if not exists "contact_email" text null, add column if not exists "contact_name" text null;`);
    this.addSql(`alter table if exists "ticket" add constraint "ticket_source_check" check("source" in ('portal', 'chat', 'email', 'admin', 'contact'));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ticket_contact_email" ON "ticket" ("contact_email") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "ticket" drop constraint if exists "ticket_source_check";`);

    this.addSql(`drop index if exists "IDX_ticket_contact_email";`);
    this.addSql(`alter table if exists "ticket" drop column if exists "contact_email", drop column if exists "contact_name";`);

    this.addSql(`alter table if exists "ticket" add constraint "ticket_source_check" check("source" in ('portal', 'chat', 'email', 'admin'));`);
  }

}
