import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261125053955 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "impersonation_session" ("id" text not null, "user_id" text not null, "customer_id" text not null, "reason" text not null, "status" text check ("status" in ('active', 'ended', 'expired')) not null default 'active', "started_at" timestamptz not null, "expires_at" timestamptz not null, "ended_at" timestamptz null, "duration_seconds" integer null, "ended_by" text check ("ended_by" in ('admin', 'storefront', 'expiry')) null, "ip" text null, "user_agent" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "impersonation_session_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_impersonation_session_user_id" ON "impersonation_session" ("user_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_impersonation_session_customer_id" ON "impersonation_session" ("customer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_impersonation_session_status" ON "impersonation_session" ("status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_impersonation_session_started_at" ON "impersonation_session" ("started_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_impersonation_session_expires_at" ON "impersonation_session" ("expires_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_impersonation_session_deleted_at" ON "impersonation_session" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "impersonation_event" ("id" text not null, "session_id" text not null, "kind" text check ("kind" in ('request', 'page_view', 'note')) not null, "method" text null, "path" text null, "status_code" integer null, "at" timestamptz not null, "note" text null, "author_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "impersonation_event_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_impersonation_event_session_id" ON "impersonation_event" ("session_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_impersonation_event_kind" ON "impersonation_event" ("kind") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_impersonation_event_at" ON "impersonation_event" ("at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_impersonation_event_deleted_at" ON "impersonation_event" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "impersonation_event" add constraint "impersonation_event_session_id_foreign" foreign key ("session_id") references "impersonation_session" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "impersonation_event" drop constraint if exists "impersonation_event_session_id_foreign";`);

    this.addSql(`drop table if exists "impersonation_session" cascade;`);

    this.addSql(`drop table if exists "impersonation_event" cascade;`);
  }

}
