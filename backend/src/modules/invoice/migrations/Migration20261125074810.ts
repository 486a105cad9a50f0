import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261125074810 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "invoice_counter" drop constraint if exists "invoice_counter_kind_year_unique";`);
    this.addSql(`alter table if exists "invoice" drop constraint if exists "invoice_refund_id_unique";`);
    this.addSql(`alter table if exists "invoice" drop constraint if exists "invoice_order_invoice_unique";`);
    this.addSql(`alter table if exists "invoice" drop constraint if exists "invoice_kind_year_sequence_unique";`);
    this.addSql(`alter table if exists "invoice" drop constraint if exists "invoice_number_unique";`);
    this.addSql(`create table if not exists "invoice" ("id" text not null, "order_id" text not null, "kind" text check ("kind" in ('invoice', 'credit_note')) not null, "year" integer not null, "sequence" integer not null, "number" text not null, "invoice_id" text null, "refund_id" text null, "payment_id" text null, "currency_code" text not null, "subtotal" numeric not null, "tax_total" numeric not null, "total" numeric not null, "lines" jsonb not null, "seller" jsonb not null, "buyer" jsonb not null, "locale" text not null default 'en-US', "issued_at" timestamptz not null, "raw_subtotal" jsonb not null, "raw_tax_total" jsonb not null, "raw_total" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "invoice_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_invoice_order_id" ON "invoice" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_invoice_kind" ON "invoice" ("kind") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_invoice_number_unique" ON "invoice" ("number") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_invoice_invoice_id" ON "invoice" ("invoice_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_invoice_payment_id" ON "invoice" ("payment_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_invoice_issued_at" ON "invoice" ("issued_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_invoice_deleted_at" ON "invoice" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_invoice_kind_year_sequence_unique" ON "invoice" ("kind", "year", "sequence") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_invoice_order_invoice_unique" ON "invoice" ("order_id") WHERE kind = 'invoice' AND deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_invoice_refund_id_unique" ON "invoice" ("refund_id") WHERE refund_id IS NOT NULL AND deleted_at IS NULL;`);

    this.addSql(`create table if not exists "invoice_counter" ("id" text not null, "kind" text check ("kind" in ('invoice', 'credit_note')) not null, "year" integer not null, "value" integer not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "invoice_counter_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_invoice_counter_deleted_at" ON "invoice_counter" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_invoice_counter_kind_year_unique" ON "invoice_counter" ("kind", "year") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "invoice" cascade;`);

    this.addSql(`drop table if exists "invoice_counter" cascade;`);
  }

}
