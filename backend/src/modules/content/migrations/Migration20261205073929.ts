import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261205073929 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "resource" drop constraint if exists "resource_handle_unique";`);
    this.addSql(`alter table if exists "content_page" drop constraint if exists "content_page_handle_unique";`);
    this.addSql(`alter table if exists "blog_post" drop constraint if exists "blog_post_handle_unique";`);
    this.addSql(`create table if not exists "blog_post" ("id" text not null, "title" text not null, "handle" text not null, "excerpt" text null, "author" text null, "cover_image_url" text null, "tags" jsonb null, "body" text not null, "status" text check ("status" in ('draft', 'published')) not null default 'draft', "published_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "blog_post_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_blog_post_handle_unique" ON "blog_post" ("handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_blog_post_status" ON "blog_post" ("status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_blog_post_published_at" ON "blog_post" ("published_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_blog_post_deleted_at" ON "blog_post" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "content_page" ("id" text not null, "handle" text not null, "title" text not null, "body" text not null, "content_updated_at" timestamptz not null, "status" text check ("status" in ('draft', 'published')) not null default 'draft', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "content_page_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_content_page_handle_unique" ON "content_page" ("handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_content_page_status" ON "content_page" ("status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_content_page_deleted_at" ON "content_page" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "resource" ("id" text not null, "title" text not null, "handle" text not null, "kind" text check ("kind" in ('guide', 'download', 'link')) not null, "description" text null, "url" text null, "body" text null, "rank" integer not null default 0, "status" text check ("status" in ('draft', 'published')) not null default 'draft', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "resource_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_resource_handle_unique" ON "resource" ("handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_resource_kind" ON "resource" ("kind") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_resource_status" ON "resource" ("status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_resource_deleted_at" ON "resource" ("deleted_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "blog_post" cascade;`);

    this.addSql(`drop table if exists "content_page" cascade;`);

    this.addSql(`drop table if exists "resource" cascade;`);
  }

}
