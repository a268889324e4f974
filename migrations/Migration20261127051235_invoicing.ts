import { Migration } from '@mikro-orm/migrations';

export class Migration20261127051235_invoicing extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "invoicing_import_outcomes" ("import_id" varchar(100) not null, "quick_books_id" varchar(50) not null, "account_id" uuid not null, "doc_number" varchar(50) null, "result" varchar(20) not null, "invoice_id" uuid null, "reasons" jsonb not null, "recorded_at" timestamptz not null, constraint "invoicing_import_outcomes_pkey" primary key ("import_id", "quick_books_id"));`,
    );
    this.addSql(
      `create index "invoicing_import_outcomes_account_id_index" on "invoicing_import_outcomes" ("account_id");`,
    );

    this.addSql(
      `create table "invoicing_invoices" ("id" uuid not null, "account_id" uuid not null, "contact_id" uuid not null, "number" varchar(50) null, "txn_date" date not null, "due_date" date null, "contact_name" varchar(500) null, "billing_address" jsonb null, "bill_email" varchar(500) null, "currency" varchar(3) not null, "exchange_rate" varchar(40) null, "tax_treatment" varchar(10) not null, "apply_tax_after_discount" boolean not null, "lines" jsonb not null, "tax_lines" jsonb not null, "subtotal_minor" bigint not null, "discount_minor" bigint not null, "tax_minor" bigint not null, "total_minor" bigint not null, "balance_minor" bigint not null, "home_total_minor" bigint null, "computed_total_minor" bigint not null, "totals_mismatch" boolean not null, "payment_state" varchar(20) not null, "customer_memo" text null, "public_token" varchar(64) not null, "message" text null, "voided_in_quick_books" boolean not null default false, "deleted_in_quick_books" boolean not null default false, "quick_books_id" varchar(50) null, "quick_books_sync_token" varchar(50) null, "quick_books_updated_at" timestamptz null, "last_action_kind" varchar(40) not null, "last_action_by" varchar(64) not null, "last_action_at" timestamptz not null, "removed_at" timestamptz null, "removal_reason" varchar(40) null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "invoicing_invoices_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "invoicing_invoices_account_id_index" on "invoicing_invoices" ("account_id");`);
    this.addSql(
      `create index "invoicing_invoices_txn_date_idx" on "invoicing_invoices" ("account_id", "txn_date", "id");`,
    );
    this.addSql(`create index "invoicing_invoices_due_date_idx" on "invoicing_invoices" ("account_id", "due_date");`);
    this.addSql(`create index "invoicing_invoices_contact_idx" on "invoicing_invoices" ("account_id", "contact_id");`);
    this.addSql(
      `create index "invoicing_invoices_status_idx" on "invoicing_invoices" ("account_id", "payment_state", "due_date");`,
    );
    this.addSql(`create index "invoicing_invoices_currency_idx" on "invoicing_invoices" ("account_id", "currency");`);
    this.addSql(`create index "invoicing_invoices_number_idx" on "invoicing_invoices" ("account_id", "number");`);
    this.addSql(
      `create index "invoicing_invoices_total_idx" on "invoicing_invoices" ("account_id", "total_minor", "id");`,
    );
    this.addSql(
      `create index "invoicing_invoices_balance_idx" on "invoicing_invoices" ("account_id", "balance_minor", "id");`,
    );
    this.addSql(
      `alter table "invoicing_invoices" add constraint "invoicing_invoices_account_quickbooks_unique" unique ("account_id", "quick_books_id");`,
    );
    this.addSql(
      `alter table "invoicing_invoices" add constraint "invoicing_invoices_public_token_unique" unique ("public_token");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "invoicing_import_outcomes" cascade;`);

    this.addSql(`drop table if exists "invoicing_invoices" cascade;`);
  }
}
