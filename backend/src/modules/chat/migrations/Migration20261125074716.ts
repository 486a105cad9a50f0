import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261125074716 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "chat_conversation" ("id" text not null, "customer_id" text not null, "status" text check ("status" in ('bot', 'waiting', 'active', 'closed')) not null default 'bot', "assigned_user_id" text null, "subject" text null, "ticket_id" text null, "unhelpful_count" integer not null default 0, "customer_unread_count" integer not null default 0, "admin_unread_count" integer not null default 0, "last_message_at" timestamptz null, "waiting_since" timestamptz null, "closed_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "chat_conversation_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_chat_conversation_customer_id" ON "chat_conversation" ("customer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_chat_conversation_status" ON "chat_conversation" ("status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_chat_conversation_assigned_user_id" ON "chat_conversation" ("assigned_user_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_chat_conversation_ticket_id" ON "chat_conversation" ("ticket_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_chat_conversation_last_message_at" ON "chat_conversation" ("last_message_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_chat_conversation_deleted_at" ON "chat_conversation" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_chat_conversation_open_per_customer" ON "chat_conversation" ("customer_id") WHERE status != 'closed' AND deleted_at IS NULL;`);

    this.addSql(`create table if not exists "chat_message" ("id" text not null, "conversation_id" text not null, "author_type" text check ("author_type" in ('customer', 'admin', 'bot', 'system')) not null, "author_id" text null, "author_name" text null, "body" text not null, "attachments" jsonb null, "citations" jsonb null, "helpful" boolean null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "chat_message_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_chat_message_conversation_id" ON "chat_message" ("conversation_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_chat_message_deleted_at" ON "chat_message" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_chat_message_conversation_created" ON "chat_message" ("conversation_id", "created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "chat_message" add constraint "chat_message_conversation_id_foreign" foreign key ("conversation_id") references "chat_conversation" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "chat_message" drop constraint if exists "chat_message_conversation_id_foreign";`);

    this.addSql(`drop table if exists "chat_conversation" cascade;`);

    this.addSql(`drop table if exists "chat_message" cascade;`);
  }

}
