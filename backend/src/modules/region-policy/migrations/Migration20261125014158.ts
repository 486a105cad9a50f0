import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261125014158 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "region_restriction" drop constraint if exists "region_restriction_region_product_unique";`);
    this.addSql(`create table if not exists "region_restriction" ("id" text not null, "region_id" text not null, "product_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "region_restriction_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_region_restriction_region_id" ON "region_restriction" ("region_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_region_restriction_product_id" ON "region_restriction" ("product_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_region_restriction_deleted_at" ON "region_restriction" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_region_restriction_region_product_unique" ON "region_restriction" ("region_id", "product_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "region_restriction" cascade;`);
  }

}
