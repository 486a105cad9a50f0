import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261125064135 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "ticket" ("id" text not null, "display_id" serial, "customer_id" text not null, "subject" text not null, "category" text not null default 'general', "priority" text check ("priority" in ('low', 'normal', 'high', 'urgent')) not null default 'normal', "status" text check ("status" in ('open', 'pending', 'on_hold', 'resolved', 'closed')) not null default 'open', "assignee_id" text null, "source" text check ("source" in ('portal', 'chat', 'email', 'admin')) not null default 'portal', "rating" integer null, "rating_comment" text null, "closed_at" timestamptz null, "last_message_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ticket_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ticket_customer_id" ON "ticket" ("customer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ticket_category" ON "ticket" ("category") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ticket_priority" ON "ticket" ("priority") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ticket_status" ON "ticket" ("status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ticket_assignee_id" ON "ticket" ("assignee_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ticket_source" ON "ticket" ("source") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ticket_last_message_at" ON "ticket" ("last_message_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ticket_deleted_at" ON "ticket" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "ticket_message" ("id" text not null, "ticket_id" text not null, "author_type" text check ("author_type" in ('customer', 'admin', 'system')) not null, "author_id" text null, "body" text not null, "attachments" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ticket_message_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ticket_message_ticket_id" ON "ticket_message" ("ticket_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ticket_message_author_type" ON "ticket_message" ("author_type") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ticket_message_deleted_at" ON "ticket_message" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "ticket_note" ("id" text not null, "ticket_id" text not null, "author_id" text not null, "body" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ticket_note_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ticket_note_ticket_id" ON "ticket_note" ("ticket_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ticket_note_author_id" ON "ticket_note" ("author_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ticket_note_deleted_at" ON "ticket_note" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "ticket_message" add constraint "ticket_message_ticket_id_foreign" foreign key ("ticket_id") references "ticket" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "ticket_note" add constraint "ticket_note_ticket_id_foreign" foreign key ("ticket_id") references "ticket" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "ticket_message" drop constraint if exists "ticket_message_ticket_id_foreign";`);

    this.addSql(`alter table if exists "ticket_note" drop constraint if exists "ticket_note_ticket_id_foreign";`);

    this.addSql(`drop table if exists "ticket" cascade;`);

    this.addSql(`drop table if exists "ticket_message" cascade;`);

    this.addSql(`drop table if exists "ticket_note" cascade;`);
  }

}
