import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261125044200 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "security_event" ("id" text not null, "customer_id" text null, "auth_identity_id" text null, "type" text not null, "ip" text null, "user_agent" text null, "data" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "security_event_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_security_event_customer_id" ON "security_event" ("customer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_security_event_auth_identity_id" ON "security_event" ("auth_identity_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_security_event_type" ON "security_event" ("type") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_security_event_deleted_at" ON "security_event" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "account_profile" add column if not exists "status" text check ("status" in ('active', 'suspended', 'deleted')) not null default 'active', add column if not exists "suspension_reason" text null, add column if not exists "suspended_at" timestamptz null, add column if not exists "email_verified_at" timestamptz null, add column if not exists "phone" text null, add column if not exists "phone_verified_at" timestamptz null, add column if not exists "password_changed_at" timestamptz null, add column if not exists "recovery_codes_remaining" integer not null default 0, add column if not exists "anonymized_at" timestamptz null;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_account_profile_status" ON "account_profile" ("status") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "security_event" cascade;`);

    this.addSql(`drop index if exists "IDX_account_profile_status";`);
    this.addSql(`alter table if exists "account_profile" drop column if exists "status", drop column if exists "suspension_reason", drop column if exists "suspended_at", drop column if exists "email_verified_at", drop column if exists "phone", drop column if exists "phone_verified_at", drop column if exists "password_changed_at", drop column if exists "recovery_codes_remaining", drop column if exists "anonymized_at";`);
  }

}
