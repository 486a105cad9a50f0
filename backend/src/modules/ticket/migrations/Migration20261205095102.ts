import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261205095102 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "ticket_message" drop constraint if exists "ticket_message_email_message_id_unique";`);
    this.addSql(`alter table if exists "ticket_message" add column if not exists "email_message_id" text null;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ticket_message_email_message_id_unique" ON "ticket_message" ("email_message_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_ticket_message_email_message_id_unique";`);
    this.addSql(`alter table if exists "ticket_message" drop column if exists "email_message_id";`);
  }

}
