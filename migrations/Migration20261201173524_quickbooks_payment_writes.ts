import { Migration } from '@mikro-orm/migrations';

export class Migration20261201173524_quickbooks_payment_writes extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "integration_quickbooks_payment_writes" ("id" uuid not null, "account_id" uuid not null, "payment_id" varchar(100) not null, "connection_id" uuid null, "realm_id" varchar(32) null, "invoice_quick_books_id" varchar(64) not null, "amount_minor" bigint not null, "applied_minor" bigint not null, "currency" varchar(3) not null, "method_name" varchar(100) not null, "reference" varchar(200) null, "paid_on" date not null, "state" varchar(10) not null, "quick_books_payment_id" varchar(64) null, "sync_token" varchar(40) null, "last_error" text null, "round" int not null, "attempts" int not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "written_at" timestamptz null, constraint "integration_quickbooks_payment_writes_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "integration_qbo_payment_writes_qbo_payment_idx" on "integration_quickbooks_payment_writes" ("account_id", "realm_id", "quick_books_payment_id");`,
    );
    this.addSql(
      `create index "integration_qbo_payment_writes_state_idx" on "integration_quickbooks_payment_writes" ("account_id", "state", "updated_at");`,
    );
    this.addSql(
      `alter table "integration_quickbooks_payment_writes" add constraint "integration_qbo_payment_writes_payment_key" unique ("account_id", "payment_id");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "integration_quickbooks_payment_writes" cascade;`);
  }
}
