import { Migration } from '@mikro-orm/migrations';

export class Migration20261201174127_payments extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "payments_payments" ("id" uuid not null, "account_id" uuid not null, "invoice_id" uuid not null, "contact_id" uuid null, "attempt_id" uuid null, "source" varchar(20) not null, "method" varchar(20) not null, "method_name" varchar(100) not null, "amount_minor" bigint not null, "currency" varchar(3) not null, "reference" varchar(21) null, "paid_on" date not null, "provider_payment_id" varchar(255) null, "status" varchar(30) not null, "refunded_minor" bigint not null, "needs_reconcile" boolean not null, "application" varchar(20) not null, "applied_minor" bigint null, "quick_books_invoice_id" varchar(64) null, "quick_books_state" varchar(20) not null, "quick_books_payment_id" varchar(64) null, "quick_books_failure" varchar(1000) null, "recorded_by_user_id" uuid null, "history" jsonb not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "payments_payments_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "payments_payments_account_idx" on "payments_payments" ("account_id", "id");`);
    this.addSql(`create index "payments_payments_invoice_idx" on "payments_payments" ("account_id", "invoice_id");`);
    this.addSql(
      `create index "payments_payments_quickbooks_idx" on "payments_payments" ("account_id", "quick_books_state");`,
    );
    this.addSql(
      `alter table "payments_payments" add constraint "payments_payments_provider_payment_unique" unique ("source", "provider_payment_id");`,
    );

    this.addSql(
      `create table "payments_attempts" ("id" uuid not null, "account_id" uuid not null, "invoice_id" uuid not null, "contact_id" uuid null, "provider" varchar(20) not null, "stripe_account_id" varchar(64) not null, "amount_minor" bigint not null, "currency" varchar(3) not null, "provider_session_id" varchar(255) null, "provider_payment_id" varchar(255) null, "status" varchar(30) not null, "failure_reason" varchar(500) null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "payments_attempts_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "payments_attempts_invoice_idx" on "payments_attempts" ("account_id", "invoice_id", "created_at");`,
    );

    this.addSql(
      `create table "payments_stripe_connections" ("id" uuid not null, "account_id" uuid not null, "stripe_account_id" varchar(64) not null, "status" varchar(20) not null, "charges_enabled" boolean not null, "business_name" varchar(200) null, "default_currency" varchar(3) null, "connected_by_user_id" uuid not null, "connected_at" timestamptz not null, "disconnected_at" timestamptz null, "updated_at" timestamptz not null, constraint "payments_stripe_connections_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "payments_stripe_connections_stripe_account_idx" on "payments_stripe_connections" ("stripe_account_id");`,
    );
    this.addSql(
      `alter table "payments_stripe_connections" add constraint "payments_stripe_connections_account_unique" unique ("account_id");`,
    );

    this.addSql(
      `create table "payments_oauth_states" ("id" varchar(64) not null, "account_id" uuid not null, "user_id" uuid not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "used_at" timestamptz null, constraint "payments_oauth_states_pkey" primary key ("id"));`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "payments_payments" cascade;`);

    this.addSql(`drop table if exists "payments_attempts" cascade;`);

    this.addSql(`drop table if exists "payments_stripe_connections" cascade;`);

    this.addSql(`drop table if exists "payments_oauth_states" cascade;`);
  }
}
