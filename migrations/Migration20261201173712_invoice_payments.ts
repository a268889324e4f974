import { Migration } from '@mikro-orm/migrations';

export class Migration20261201173712_invoice_payments extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "invoicing_applied_payments" ("account_id" uuid not null, "payment_id" varchar(64) not null, "invoice_id" uuid not null, "source" varchar(20) not null, "amount_minor" bigint not null, "applied_minor" bigint not null, "outcome" varchar(20) not null, "paid_at" timestamptz not null, "applied_at" timestamptz not null, constraint "invoicing_applied_payments_pkey" primary key ("account_id", "payment_id"));`);
    this.addSql(`create index "invoicing_applied_payments_invoice_idx" on "invoicing_applied_payments" ("account_id", "invoice_id");`);

    this.addSql(`alter table "invoicing_invoices" add column "paid_in_settle_minor" bigint not null default 0, add column "overpaid_minor" bigint not null default 0, add column "quick_books_customer_id" varchar(50) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "invoicing_applied_payments" cascade;`);

    this.addSql(`alter table "invoicing_invoices" drop column "paid_in_settle_minor", drop column "overpaid_minor", drop column "quick_books_customer_id";`);
  }

}
