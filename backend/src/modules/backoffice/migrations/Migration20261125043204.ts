import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261125043204 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "admin_action" ("id" text not null, "actor_type" text check ("actor_type" in ('user', 'system')) not null, "actor_id" text null, "action" text not null, "resource_type" text not null, "resource_id" text not null, "customer_id" text null, "reason" text null, "data" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "admin_action_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_admin_action_actor_type" ON "admin_action" ("actor_type") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_admin_action_actor_id" ON "admin_action" ("actor_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_admin_action_action" ON "admin_action" ("action") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_admin_action_resource_id" ON "admin_action" ("resource_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_admin_action_customer_id" ON "admin_action" ("customer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_admin_action_deleted_at" ON "admin_action" ("deleted_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "admin_action" cascade;`);
  }

}
