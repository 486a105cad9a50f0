import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261205045831 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "service_action" drop constraint if exists "service_action_dedupe_key_unique";`);
    this.addSql(`alter table if exists "service" drop constraint if exists "service_ipv4_unique";`);
    this.addSql(`alter table if exists "service" drop constraint if exists "service_subscription_id_unique";`);
    this.addSql(`create table if not exists "service" ("id" text not null, "subscription_id" text not null, "order_id" text not null, "customer_id" text not null, "provider_id" text not null default 'local', "status" text check ("status" in ('provisioning', 'active', 'suspended', 'terminated', 'failed')) not null default 'provisioning', "ipv4" text null, "ipv6" text null, "hostname" text null, "location" text null, "os" text null, "ssh_key_fingerprint" text null, "root_password_encrypted" text null, "external_id" text null, "provisioned_at" timestamptz null, "suspended_at" timestamptz null, "terminated_at" timestamptz null, "terminate_after" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "service_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_service_subscription_id_unique" ON "service" ("subscription_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_order_id" ON "service" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_customer_id" ON "service" ("customer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_provider_id" ON "service" ("provider_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_status" ON "service" ("status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_service_ipv4_unique" ON "service" ("ipv4") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_external_id" ON "service" ("external_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_terminate_after" ON "service" ("terminate_after") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_deleted_at" ON "service" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "service_action" ("id" text not null, "service_id" text not null, "action" text check ("action" in ('provision', 'suspend', 'unsuspend', 'terminate', 'reboot', 'reinstall')) not null, "status" text check ("status" in ('pending', 'running', 'succeeded', 'failed')) not null default 'pending', "attempts" integer not null default 0, "next_attempt_at" timestamptz null, "error" text null, "dedupe_key" text not null, "requested_by" text check ("requested_by" in ('system', 'customer', 'admin')) not null default 'system', "requested_by_id" text null, "started_at" timestamptz null, "finished_at" timestamptz null, "data" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "service_action_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_action_service_id" ON "service_action" ("service_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_action_status" ON "service_action" ("status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_action_next_attempt_at" ON "service_action" ("next_attempt_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_service_action_dedupe_key_unique" ON "service_action" ("dedupe_key") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_action_deleted_at" ON "service_action" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "service_action" add constraint "service_action_service_id_foreign" foreign key ("service_id") references "service" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "service_action" drop constraint if exists "service_action_service_id_foreign";`);

    this.addSql(`drop table if exists "service" cascade;`);

    this.addSql(`drop table if exists "service_action" cascade;`);
  }

}
